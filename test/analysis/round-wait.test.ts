/**
 * A shard waiting on a round (analysis/rounds.ts, `--wait`) reads the partials again
 * whenever the store's stamp changes. A partial that lands while the shard reads must
 * still be seen at the next look: the stamp is taken before the read it stands for, so
 * the next one differs. (Taken after, it would already include the file the read
 * missed, and the shard would wait until its wait ran out.)
 */
import { expect, it } from 'vitest';
import type { PartialFile } from '../../src/analysis/merge.js';
import { parsePartial, renderPartial } from '../../src/analysis/partial.js';
import type { PartialContent } from '../../src/analysis/partial.js';
import { shardRound } from '../../src/analysis/rounds.js';
import type { RoundStore } from '../../src/analysis/rounds.js';
import { runShard } from '../../src/analysis/shard-run.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { workload } from '../support/workloads.js';

const VERSION = '0.0.0-test';

it('a partial that lands during a read is read at the next look, not left to the end of the wait', async () => {
  const scenarios = loadScenarios(workload('row-1-p2p-open.yaml'));
  const input = { command: 'run', files: ['row-1-p2p-open.yaml'], scenarios };
  const options = { replications: 2, pool: keptPool() };
  const first = renderPartial(await runShard(input, { index: 1, count: 2 }, options), VERSION);
  const second = renderPartial(await runShard(input, { index: 2, count: 2 }, options), VERSION);
  const files = new Map<string, string>();
  let reads = 0;
  const store: RoundStore = {
    async read() {
      const found: PartialFile[] = [...files].map(([file, text]) => ({ file, partial: parsePartial(text, file) }));
      // Shard 1's partial lands just after the second read (the first of the wait) has listed the folder.
      if (++reads === 2) files.set('shard-1', first);
      return found;
    },
    async write(content: PartialContent) {
      files.set(`shard-${content.shard.index}`, renderPartial(content, VERSION));
      return `shard-${content.shard.index}`;
    },
    stamp: async () => [...files.keys()].sort().join(','),
  };
  const hash = parsePartial(second, 'shard-2').inputHash;
  const started = performance.now();
  const merged = await shardRound(1, hash, { index: 2, count: 2 }, store, VERSION, () => runShard(input, { index: 2, count: 2 }, options), false, { seconds: 5, pollMs: 5 });
  expect(merged.results.map((r) => r.replication)).toEqual([0, 1]);
  expect(reads).toBe(3);
  expect(performance.now() - started).toBeLessThan(4_000);
});
