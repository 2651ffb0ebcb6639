import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from './summarize-fixture.js';

describe('summarize: scenario figures and totals', () => {
  const out = summarize(SCENARIOS, RESOURCES, results());

  it('gives the R11 no-QoS share, R13 signalling and throughput per scenario', () => {
    expect(out.scenarios[0]).toEqual({
      scenario: 'base',
      replications: 2,
      media_minutes_relayed: 20,
      media_minutes_direct: 60,
      no_qos_share: 0.25, // 40 / 160
      no_qos_share_ci95_low: 0.25, // both replications at 1/4: no width
      no_qos_share_ci95_high: 0.25,
      signalling_connections: 110,
      calls_simulated: 19,
      events: 150,
    });
    expect(out.scenarios[1]).toMatchObject({ scenario: 'alt', replications: 1, no_qos_share: 0.25, signalling_connections: 50 });
    expect(out.scenarios[1]!.no_qos_share_ci95_low).toBeNaN();
  });

  it('totals throughput over the whole run', () => {
    expect(out.totals).toEqual({ replications: 3, calls_simulated: 23, events: 190 });
  });
});
