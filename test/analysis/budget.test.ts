/**
 * The work budget (issue 17): a run too large for the machine is refused before it
 * starts, naming the fields that make it large and the limit; the legitimate large runs
 * the issue lists fit under it.
 */
import { expect, it } from 'vitest';
import { BUDGET, budgetProblems, checkWorkBudget, estimateWork } from '../../src/analysis/budget.js';
import { renderPartial } from '../../src/analysis/partial.js';
import { runScenarios } from '../../src/analysis/run.js';
import { runShard } from '../../src/analysis/shard-run.js';
import { AvsimError } from '../../src/errors.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import type { Workload } from '../../src/workload/schema.js';

/** A workload of `sites` sites of `users` each, with the given simulation settings. */
function workload(sites: number, users: number, simulation: Record<string, unknown> = {}, traffic: Record<string, unknown> = {}): Workload {
  return parseWorkloadValue(
    {
      name: 'w',
      simulation,
      deployment: {
        edges: [{ name: 'edge' }],
        pools: [{ name: 'pool', edge: 'edge' }],
        sites: Array.from({ length: sites }, (_, i) => ({ name: `s${i}`, pool: 'pool', users })),
      },
      traffic,
    },
    'w.yaml',
  );
}

it('an interval of a millisecond over a year is refused, naming simulation.interval and the limit (row 1)', () => {
  const problems = budgetProblems([workload(2, 100, { warmup: 0, duration: '365d', interval: '0.001s', replications: 5 })], 5);
  expect(problems.join('\n')).toMatch(/the results would take about .* GiB before they are merged \(limit 1\.5 GiB\): .* time-series buckets \(simulation\.duration \/ simulation\.interval\)/);
  expect(problems.join('\n')).toMatch(/timeseries\.csv would have .* rows \(limit 5 million\)/);
});

it('a run of too many calls is refused, naming the users, the rates, the window and the replications (row 4)', () => {
  const big = workload(4, 10_000_000, { duration: '24h', replications: 100 }, { perUserPerHour: { peerAudio: 10 } });
  const problems = budgetProblems([big], 100);
  expect(problems[0]).toMatch(/^the run would simulate about .* calls \(limit 500 million\): 40 million users \(deployment\.sites\[\]\.users, deployment\.remote\.users\) x their calls per hour \(traffic\.perUserPerHour\) x 25 h simulated .* x 100 replications \(simulation\.replications\)/);
  expect(problems.some((p) => /calls would be in progress at once .* \(limit 5 million\)/.test(p))).toBe(true);
  expect(() => checkWorkBudget([big], 100)).toThrow(AvsimError);
  try {
    checkWorkBudget([big], 100);
  } catch (thrown) {
    expect((thrown as AvsimError).kind).toBe('budget');
  }
});

it('the library refuses it too, before starting any worker', async () => {
  const big = workload(4, 10_000_000, { duration: '24h' }, { perUserPerHour: { peerAudio: 10 } });
  await expect(runScenarios([{ name: 'big', workload: big }])).rejects.toMatchObject({ kind: 'budget' });
});

it.each([
  ['2,000 sites', workload(2000, 50, { duration: '24h', interval: '15m', replications: 10 })],
  ['a 1-minute interval over 30 days', workload(3, 1000, { warmup: '1h', duration: '30d', interval: '1m', replications: 10 })],
  ['10 million calls', workload(10, 10_000, { duration: '24h', replications: 10 }, { profile: 'flat', perUserPerHour: { peerAudio: 0.4, peerVideo: 0, conference: 0, liveMeeting: 0 } })],
  ['10,000 one-user sites', workload(10_000, 1, { duration: '8h', replications: 10 })],
])('a legitimate large run fits: %s', (_label, w) => {
  expect(budgetProblems([w], w.simulation.replications)).toEqual([]);
  const work = estimateWork([w], w.simulation.replications);
  expect(work.calls).toBeLessThan(BUDGET.calls);
  expect(work.resultNumbers).toBeLessThan(BUDGET.resultNumbers);
});

it('10 million calls is what it says: the estimate is within a few per cent of the calls expected', () => {
  // 10 sites x 10,000 users x 0.4 calls/h x 25 h simulated x 10 replications = 10 million.
  const w = workload(10, 10_000, { duration: '24h', replications: 10 }, { profile: 'flat', perUserPerHour: { peerAudio: 0.4, peerVideo: 0, conference: 0, liveMeeting: 0 } });
  expect(estimateWork([w], 10).calls).toBeCloseTo(10_000_000, -4);
});

it('a run in shards is held to the calls limit per shard: its share of the jobs, rounded up, each of the largest scenario', () => {
  // 2 scenarios (1 and 2 million calls a replication) x 300 replications = 600 jobs, 900 million calls.
  const small = workload(1, 1_000_000, { warmup: 0, duration: '1h', interval: '1h', replications: 300 }, { profile: 'flat', perUserPerHour: { peerAudio: 1, peerVideo: 0, conference: 0, liveMeeting: 0 } });
  const large = workload(2, 1_000_000, { warmup: 0, duration: '1h', interval: '1h', replications: 300 }, { profile: 'flat', perUserPerHour: { peerAudio: 1, peerVideo: 0, conference: 0, liveMeeting: 0 } });
  const one = estimateWork([small, large], 300);
  expect(one.callsPerShard).toBe(one.calls);
  expect(budgetProblems([small, large], 300)[0]).toMatch(/^the run would simulate about 900 million calls \(limit 500 million\): .*or --shard i\/n spreads it over machines$/);
  const seven = estimateWork([small, large], 300, 7);
  expect(seven.calls).toBe(one.calls);
  expect(seven.callsPerShard).toBeCloseTo(Math.ceil(600 / 7) * one.scenarios[1]!.callsPerReplication, 0);
  // 2 shards: up to 300 jobs of 2 million; 3 shards: up to 200, which fits.
  expect(budgetProblems([small, large], 300, 2)).toEqual([expect.stringMatching(/^a shard of 2 would simulate up to about 600 million calls \(limit 500 million a shard\): .* over 2 shards \(--shard i\/2\); more shards/)]);
  expect(budgetProblems([small, large], 300, 3)).toEqual([]);
  expect(() => checkWorkBudget([small, large], 300, 2)).toThrow(/^refused, too large for a run in 2 shards: a shard of 2/);
  // A run that fits one machine fits any number of shards, however its scenarios differ in size.
  const tiny = workload(1, 10, { warmup: 0, duration: '1h', interval: '1h', replications: 1 });
  const most = workload(2, 8_000_000, { warmup: 0, duration: '1h', interval: '1h', replications: 1 }, { profile: 'flat', holdingTime: { mean: '10s' }, perUserPerHour: { peerAudio: 25, peerVideo: 0, conference: 0, liveMeeting: 0 } });
  expect(budgetProblems([most, tiny, tiny], 1)).toEqual([]);
  expect(estimateWork([most, tiny, tiny], 1, 2).callsPerShard).toBe(estimateWork([most, tiny, tiny], 1).calls);
  expect(budgetProblems([most, tiny, tiny], 1, 2)).toEqual([]);
});

it('a sharded run has a limit in all, and what its merge holds keeps the one-machine limit', () => {
  const hourly = { warmup: 0, duration: '1h', interval: '1h', replications: 10_000 };
  const big = workload(5, 2_000_000, hourly, { profile: 'flat', perUserPerHour: { peerAudio: 1, peerVideo: 0, conference: 0, liveMeeting: 0 } });
  // 10,000 replications of 10 million calls: 100 billion in all, over the 50 billion of a sharded run.
  const problems = budgetProblems([big], 10_000, 10_000);
  expect(problems).toEqual([expect.stringMatching(/^the sharded run would simulate about 100 billion calls in all \(limit 50 billion\): 10 million users .* x 10000 replications/)]);
  const fine = workload(2, 100, { warmup: 0, duration: '365d', interval: '0.001s', replications: 5 });
  expect(budgetProblems([fine], 5, 5).join('\n')).toMatch(/the results would take about .* GiB before they are merged \(limit 1\.5 GiB\)/);
});

it('a replication\'s result, a line of a shard\'s partial read as one text, is held under V8\'s longest string', () => {
  // 2,002 resources x (366 daily buckets and 8,785 hours) in one replication: about 92 million numbers.
  const w = workload(2000, 1, { warmup: 0, duration: '366d', interval: '1d', replications: 1 });
  expect(budgetProblems([w], 1)).toEqual([]); // on one machine no partial is written
  expect(estimateWork([w], 1).partialLineChars).toBe(0);
  const problems = budgetProblems([w], 1, 1);
  expect(problems).toEqual([
    expect.stringMatching(/^a replication's result would take about [\d,]+ MB in a shard's partial result \(limit 500 MB, one line of it, read as one text\): 366 time-series buckets \(simulation\.duration \/ simulation\.interval\) and 8,785 clock hours \(simulation\.duration\) x 2,002 resources; a shorter simulation\.duration/),
  ]);
  expect(() => checkWorkBudget([w], 1, 4)).toThrow(/^refused, too large for a run in 4 shards: a replication's result/);
  // A quarter of the window fits.
  expect(budgetProblems([workload(2000, 1, { warmup: 0, duration: '90d', interval: '1d', replications: 1 })], 1, 1)).toEqual([]);
});

it('the estimate of a result\'s line in a partial errs on the large side', async () => {
  const cases = [workload(1, 10, { warmup: 0, duration: '2d', interval: '1m', replications: 2 }), workload(40, 200, { duration: '8h', interval: '1h', replications: 2 })];
  for (const w of cases) {
    const content = await runShard({ command: 'run', files: ['w.yaml'], scenarios: [{ name: 'w', workload: w }] }, { index: 1, count: 1 }, { workers: 1 });
    const longest = Math.max(...renderPartial(content, '0.0.0').split('\n').map((line) => line.length));
    expect(estimateWork([w], 2, 1).partialLineChars).toBeGreaterThanOrEqual(longest);
  }
});
