import { expect, it } from 'vitest';
import { renderRunTable } from '../../src/report/table.js';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from '../results/summarize-fixture.js';

it('prints each scenario block with its resources, paths and the no-QoS share', () => {
  const text = renderRunTable({ summary: summarize(SCENARIOS, RESOURCES, results()), wallSeconds: 2 });
  expect(text).toContain('scenario base (2 replications)');
  expect(text).toContain('scenario alt (1 replication)');
  // Figures to 3-4 significant digits; the busy hour with its blocking and interval.
  expect(text).toMatch(/edge:dmz\s+2\s+10\s+15%\s+0\.75\s+2\s+2\s+08:00\s+0\.6667\s+15% \[0%, 78\.5%\]\s+0\.09\n/);
  expect(text).toMatch(/ports:hq\s+unlimited\s+3\s+0%/);
  expect(text).toMatch(/resource\s+capacity\s+offered\/rep\s+blocking\s+mean in use\s+p95\s+peak\s+busy hour UTC\s+BH erlangs\s+BH blocking \[95% CI\]\s+BH Mbit\/s/);
  expect(text).toContain('calls by path: p2p 53.3%, edge-udp 20%, failed-no-path 6.67%, blocked-capacity 20%');
  // Rule IDs come with what they mean.
  expect(text).toContain('no-QoS media share (R11: DSCP markings are lost through the A/V Edge): 25% [25%, 25%]');
  expect(text).toContain('signalling connections (R13: remote users to the Access Edge, not A/V relay load): 110');
  expect(text).toContain('BH: the busy hour, the UTC clock hour with the most offered traffic');
  expect(text.endsWith('3 replications, 23 calls, 190 events in 2.00 s (12 calls/s)')).toBe(true);
  const withWorkers = (workers: number): string => renderRunTable({ summary: summarize(SCENARIOS, RESOURCES, results()), wallSeconds: 2, workers });
  expect(withWorkers(1).endsWith('(12 calls/s on 1 worker)')).toBe(true);
  expect(withWorkers(2).endsWith('(12 calls/s on 2 workers)')).toBe(true);
});
