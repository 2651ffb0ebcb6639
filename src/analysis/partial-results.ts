/**
 * A replication result as a partial holds it (layout version 3, analysis/partial.ts):
 * its arrays' numbers in one array, written as one base64 text, and the result with
 * each array's length in its place. One text per result instead of one per array is
 * most of what reading a partial saves.
 */
import type { ReplicationResult } from '../results/types.js';
import { RESOURCE_ARRAYS, RESULT_ARRAYS } from '../results/types.js';
import type { Reader } from './partial-reader.js';

/** A result's arrays that it may lack (a run without records, a job without pair paths). */
const OPTIONAL_ARRAYS = ['records', 'pairPaths'] as const satisfies readonly (keyof ReplicationResult)[];
/** A result's own arrays, in the order they are packed: those it always has, then those it may lack. */
const OWN_ARRAYS = [...RESULT_ARRAYS, ...OPTIONAL_ARRAYS];

/** A replication result as a partial holds it: its arrays' numbers in one array, the result with each array's length in its place. */
interface PackedResult {
  readonly arrays: Float64Array;
  readonly result: Record<string, unknown>;
}

/**
 * A result with its arrays packed: in the order of {@link RESULT_ARRAYS},
 * {@link OPTIONAL_ARRAYS} (those present), then each resource's {@link RESOURCE_ARRAYS}.
 * Any other field stays as it is (a typed array there is written on its own).
 */
export function packResult(result: ReplicationResult): PackedResult {
  const fields = result as unknown as Record<string, unknown>;
  let length = 0;
  for (const key of OWN_ARRAYS) if (fields[key] !== undefined) length += (fields[key] as Float64Array).length;
  for (const r of result.resources) for (const key of RESOURCE_ARRAYS) length += r[key].length;
  const arrays = new Float64Array(length);
  let at = 0;
  const put = (values: Float64Array): number => {
    arrays.set(values, at);
    at += values.length;
    return values.length;
  };
  const packed: Record<string, unknown> = { ...fields };
  for (const key of OWN_ARRAYS) if (fields[key] !== undefined) packed[key] = put(fields[key] as Float64Array);
  packed['resources'] = result.resources.map((r) => {
    const resource: Record<string, unknown> = { ...r };
    for (const key of RESOURCE_ARRAYS) resource[key] = put(r[key]);
    return resource;
  });
  return { arrays, result: packed };
}

/** {@link packResult} undone: each length becomes a view of its stretch of the arrays, in the same order; a length that does not fit is corrupt. */
export function unpackResult(read: Reader, value: unknown, field: string): Record<string, unknown> {
  const packed = read.object(value, field);
  const arrays = packed['arrays'];
  if (!(arrays instanceof Float64Array)) throw read.corrupt(`${field}.arrays: expected numbers`);
  const result = { ...read.object(packed['result'], `${field}.result`) };
  let at = 0;
  const take = (length: unknown, name: string): Float64Array => {
    const n = read.whole(length, name);
    if (at + n > arrays.length) throw read.corrupt(`${name}: ${n} numbers where ${arrays.length - at} are left`);
    at += n;
    return arrays.subarray(at - n, at);
  };
  for (const key of RESULT_ARRAYS) result[key] = take(result[key], `${field}.result.${key}`);
  for (const key of OPTIONAL_ARRAYS) if (result[key] !== undefined) result[key] = take(result[key], `${field}.result.${key}`);
  result['resources'] = read.array(result['resources'], `${field}.result.resources`).map((r, i) => {
    const resource = { ...read.object(r, `${field}.result.resources[${i}]`) };
    for (const key of RESOURCE_ARRAYS) resource[key] = take(resource[key], `${field}.result.resources[${i}].${key}`);
    return resource;
  });
  if (at !== arrays.length) throw read.corrupt(`${field}.arrays: ${arrays.length - at} numbers left over`);
  return result;
}
