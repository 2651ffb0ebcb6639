/**
 * A hand-built run for the report tests: the summarize fixture (two scenarios, an Edge of
 * capacity 2 and an unlimited port pool, a 1.5 h window in two 45-minute buckets) on a
 * parsed workload whose window opens at 08:00 UTC. The workload's name, description and
 * scenario names can be replaced, to check what the page does with hostile text.
 */
import { summarize } from '../../src/results/summarize.js';
import type { ReportRun } from '../../src/report/html/load-series.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { RESOURCES, SCENARIOS, results } from '../results/summarize-fixture.js';

/** What a test may replace. */
export interface FixtureText {
  readonly name?: string;
  readonly description?: string;
  readonly scenarios?: readonly string[];
}

/** The fixture run, its texts replaced as asked. */
export function fixtureRun(text: FixtureText = {}): ReportRun {
  const parsed = parseWorkloadValue(
    {
      name: 'fixture',
      description: 'two sites and an Edge',
      simulation: { warmup: '0s', duration: '90m', start: '08:00', replications: 2, interval: '45m' },
      deployment: {
        edges: [{ name: 'dmz', servers: 1, sessionsPerServer: 2 }],
        pools: [{ name: 'pool1', edge: 'dmz' }],
        sites: [{ name: 'hq', pool: 'pool1', users: 10 }],
      },
    },
    'fixture.yaml',
  );
  // Validation would refuse such names: the report must still escape whatever it is given.
  const workload = { ...parsed, name: text.name ?? parsed.name, description: text.description ?? parsed.description };
  const names = text.scenarios ?? SCENARIOS;
  const rs = results();
  return {
    scenarios: names.map((name) => ({ name, workload })),
    seed: 1,
    replications: 2,
    resources: names.map(() => RESOURCES),
    results: rs,
    summary: summarize(names, RESOURCES, rs),
  };
}
