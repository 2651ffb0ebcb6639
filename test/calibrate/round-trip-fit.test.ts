/**
 * The round trip's second half (issue 19): the workload fitted to a simulated day's
 * records is written as YAML, loaded by the real loader, and simulated by `avsim fit`
 * against those records: it passes. The true workload with its firewall rule removed is
 * caught by `avsim fit` on the same records, at the pair the rule is about.
 *
 * Multiple testing: fit.csv holds one test per location pair with more than one path,
 * one over all pairs and one per busy hour. "Passes" is stated family-wise: no test
 * rejects after Holm's adjustment at 1% (one run in a hundred of a right workload would
 * fail it; this one is seeded, so it passes or fails the same every time). The fitted
 * workload's parameters come from these records, which makes the test a little lenient.
 */
import { beforeAll, expect, it } from 'vitest';
import { fitModel } from '../../src/calibrate/model-fit.js';
import type { ModelFit } from '../../src/calibrate/model-fit.js';
import { countRejections } from '../../src/calibrate/multiple-testing.js';
import { textRecordSource } from '../../src/calibrate/record-source.js';
import { fittedWorkloadYaml } from '../../src/report/workload-yaml.js';
import { parseWorkloadText, parseWorkloadValue } from '../../src/workload/load.js';
import { keptPool } from '../support/pool.js';
import { ROUND_TRIP, simulatedDay, WITHOUT_RULE } from './round-trip-fixture.js';

let yaml = '';
let fitted: ModelFit;
let withoutRule: ModelFit;

beforeAll(async () => {
  const day = await simulatedDay(201);
  yaml = fittedWorkloadYaml(day.calibration.fit, { file: 'seed-201.csv', workloadName: 'fitted' }, ROUND_TRIP);
  const source = textRecordSource('seed-201.csv', day.text);
  const options = { pool: keptPool(), replications: 10 };
  fitted = await fitModel({ name: 'baseline', workload: parseWorkloadText(yaml, 'fitted.yaml') }, source, options);
  withoutRule = await fitModel({ name: 'baseline', workload: parseWorkloadValue(WITHOUT_RULE, 'without-rule.yaml') }, source, options);
});

it('the fitted YAML loads with the real loader, in the schema\'s forms', () => {
  const w = parseWorkloadText(yaml, 'fitted.yaml');
  expect(w.name).toBe('fitted');
  expect(yaml).toMatch(/sizes:\n\s+"3": [\d.]+ # fitted/);
  expect(Object.keys(w.traffic.conferenceSize.sizes!)).toEqual(['3', '4', '6']);
  expect(w.traffic.holdingTime.peerAudio).toMatchObject({ distribution: 'lognormal' });
  expect(w.traffic.holdingTime.peerVideo).toMatchObject({ distribution: 'exponential' });
  expect(w.traffic.holdingTime.distribution).toBeUndefined();
  // Bangalore's step profile differs from the others': each site has traffic of its own.
  expect(w.deployment.sites.map((s) => s.traffic?.profile !== undefined)).toEqual([true, true, true]);
  expect(w.network.rules).toEqual(ROUND_TRIP.network.rules);
});

it('avsim fit of the fitted workload against the records it came from passes', () => {
  const p = fitted.rows.map((r) => r.p_value);
  expect(fitted.tests.tests).toBeGreaterThanOrEqual(3);
  expect(countRejections(p, 0.01).holm).toBe(0);
  expect(fitted.withoutMedia).toEqual([]);
  expect(fitted.notes).toEqual([]);
  // The busy hours were tested (one day of records: the prediction test).
  expect(fitted.busyHour.map((b) => [b.resource, b.method])).toEqual([['edge:edge', 'prediction'], ['mcu:pool1', 'prediction']]);
});

it('a workload without the firewall rule is caught on the original records, at the pair the rule is about', () => {
  const holm = (caller: string, callee: string) =>
    withoutRule.rows.find((r) => r.check === 'path_homogeneity' && r.caller_location === caller && r.callee_location === callee)!.p_value_holm;
  expect(holm('london', 'bangalore')).toBeLessThan(1e-6);
  expect(holm('bangalore', 'london')).toBeLessThan(1e-6);
  const rejected = withoutRule.rows.filter((r) => r.p_value_holm < 0.01 && r.check === 'path_homogeneity').map((r) => `${r.caller_location}>${r.callee_location}`);
  expect(rejected.sort()).toEqual(['*>*', 'bangalore>london', 'london>bangalore']);
  const london = withoutRule.paths.find((c) => c.callerLocation === 'london' && c.calleeLocation === 'bangalore')!;
  expect(london.observedShares[1]).toBe(1); // the records: all through the Edge (edge-udp)
  expect(london.simulatedShares[0]).toBe(1); // the workload: all peer to peer
});
