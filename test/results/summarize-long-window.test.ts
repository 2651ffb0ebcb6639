import { expect, it } from 'vitest';
import { summarize } from '../../src/results/summarize.js';
import { replicationResult, resourceFigures } from '../support/replication-result.js';

it('a window of 144,000 buckets (a 1-minute interval over 100 days) summarises without running out of stack (issue 17, row 2)', () => {
  const buckets = 144_000;
  const edges = Float64Array.from({ length: buckets + 1 }, (_, b) => 60 * b);
  const results = [0, 1].map((replication) =>
    replicationResult({ replication, windowSeconds: 60 * buckets, bucketEdges: edges, hourEdges: Float64Array.of(0, 60 * buckets), resources: [resourceFigures(buckets, 1)] }),
  );
  const { timeseries } = summarize(['s'], [{ id: 'edge:e', kind: 'edge', capacity: 10 }], results);
  expect(timeseries).toHaveLength(buckets);
  expect(timeseries.at(-1)!.t_start_s).toBe(60 * (buckets - 1));
});
