/**
 * A hand-built run for the report tests: the summarize fixture (two scenarios, an Edge of
 * capacity 2 and an unlimited port pool, a 1.5 h window in two 45-minute buckets) on a
 * parsed workload whose window opens at 08:00 UTC. The workload's name, description and
 * scenario names can be replaced, to check what the page does with hostile text. The
 * same as a comparison ({@link fixtureCompare}) and a sizing of its Edge
 * ({@link fixtureSize}); and {@link workloadRun}: a real run of a workload file.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenarios } from '../../src/analysis/run.js';
import type { RunOutput } from '../../src/analysis/run.js';
import type { CompareOutput } from '../../src/analysis/compare.js';
import type { SizeOutput } from '../../src/analysis/size.js';
import { comparisonRows } from '../../src/results/comparison.js';
import { summarize } from '../../src/results/summarize.js';
import type { ReportRun } from '../../src/report/html/load-series.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { RESOURCES, SCENARIOS, results } from '../results/summarize-fixture.js';
import { keptPool } from '../support/pool.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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

/**
 * A real run of a workload of workloads/ (all its scenarios, or those named), on the
 * test file's kept worker pool from dist/ (`npm run build` first): for tests of what the
 * page says about realistic figures.
 *
 * @param replications - @default 2
 */
export async function workloadRun(file: string, names?: readonly string[], replications = 2): Promise<RunOutput> {
  const all = loadScenarios(join(ROOT, 'workloads', file));
  const scenarios = names === undefined ? all : all.filter((s) => names.includes(s.name));
  return runScenarios(scenarios, { replications, pool: keptPool() });
}

/**
 * A comparison as `avsim compare` hands it over: the fixture's "base" scenario (two
 * replications), and "same" running its very calls again (a comparison pairs replications,
 * and the fixture's "alt" has one).
 */
export function fixtureCompare(text: FixtureText = {}): CompareOutput {
  const [base] = fixtureRun(text).scenarios;
  const names = ['base', 'same'];
  const first = results().filter((r) => r.scenario === 0);
  const rs = [...first, ...first.map((r) => ({ ...r, scenario: 1 }))];
  const resources = names.map(() => RESOURCES);
  const summary = summarize(names, resources, rs);
  return {
    scenarios: names.map((name) => ({ name, workload: base!.workload, file: 'fixture.yaml', localName: name })),
    seed: 1,
    replications: 2,
    resources,
    results: rs,
    summary,
    comparison: comparisonRows(names, resources, summary.summary, rs),
    wallSeconds: 0,
    workers: 1,
    notes: [],
  };
}

/**
 * A sizing of the fixture's Edge (`edge:dmz`, 10 sessions per server, 4 configured) as
 * `avsim size` hands it over: 6 servers chosen, busy hour 09:00 UTC with 38.7 erlangs.
 */
export function fixtureSize(criterion: Pick<SizeOutput, 'over' | 'redundancy'> = { over: 'busy-hour', redundancy: 'none' }, text: FixtureText = {}): SizeOutput {
  const scenario = fixtureRun(text).scenarios[0]!;
  const row = {
    resource: 'edge:dmz',
    target_blocking: 0.01,
    servers: 6,
    capacity: 60,
    blocking_probability: 0.002,
    blocking_ci95_high: 0.008,
    erlang_b: 0.0003,
    blocking_one_server_down: 0.0079,
    over: criterion.over,
    redundancy: criterion.redundancy,
    busy_hour_utc: '09:00',
    busy_hour_offered_erlangs: 38.7,
    units_per_server: 10,
  };
  const sizing = {
    target: { resource: 'edge:dmz', kind: 'edge' as const, name: 'dmz', unitsPerServer: 10, configuredServers: 4 },
    row,
    offered: { busyHourErlangs: 38.7, busyHour: '09:00', windowErlangs: 30, peak: 55 },
    erlangBServers: 5,
    evaluations: [
      { servers: 5, capacity: 50, blocking: 0.0079, blockingHigh: 0.0121 },
      { servers: 6, capacity: 60, blocking: 0.002, blockingHigh: 0.008 },
    ],
  };
  return { scenario, seed: 1, replications: 4, target: 0.01, ...criterion, sizings: [sizing], rows: [row], wallSeconds: 0 };
}
