/**
 * The slices of a run, each run by runShard, written as partials, read back and merged,
 * are the run: every result bit for bit in job order, and so the same summary.
 */
import { expect, it } from 'vitest';
import { mergePartials } from '../../src/analysis/merge.js';
import { parsePartial, renderPartial } from '../../src/analysis/partial.js';
import { runScenarios } from '../../src/analysis/run.js';
import { runShard } from '../../src/analysis/shard-run.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { workload } from '../support/workloads.js';

it('3 shards of a 3-scenario comparison, each through its partial file, merge to the one-machine results', async () => {
  const scenarios = loadScenarios(workload('p2p-open-vs-blocked.yaml'));
  const options = { replications: 2, pool: keptPool() };
  const whole = await runScenarios(scenarios, options);
  const partials = [];
  for (const index of [3, 1, 2]) {
    const content = await runShard({ command: 'run', files: ['p2p-open-vs-blocked.yaml'], scenarios }, { index, count: 3 }, options);
    expect(content.jobs).toEqual({ start: [0, 2, 4][index - 1], end: [2, 4, 6][index - 1], total: 6 });
    const text = renderPartial(content, '0.0.0-test');
    expect(renderPartial(content, '0.0.0-test')).toBe(text); // nothing of the time or the machine in it
    partials.push({ file: `shard-${index}.json`, partial: parsePartial(text, `shard-${index}.json`) });
  }
  const merged = mergePartials(partials, '0.0.0-test');
  expect(merged.results).toEqual(whole.results);
  expect(merged.results.map((r) => [r.scenario, r.replication])).toEqual(whole.results.map((r) => [r.scenario, r.replication]));
  expect(merged.scenarios.map((s) => s.resources)).toEqual(whole.resources);
  expect(merged.scenarios.map((s) => s.workload)).toEqual(scenarios.map((s) => s.workload));
  expect(Object.isFrozen(merged.scenarios[0]!.workload.deployment)).toBe(true);
});
