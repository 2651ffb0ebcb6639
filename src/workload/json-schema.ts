/**
 * The workload file's JSON Schema, generated from the zod schema so that editors can
 * complete and check workload files. The repository keeps a copy in
 * `schema/workload.schema.json` (regenerate with `avsim schema > schema/workload.schema.json`);
 * a test fails when the copy is out of date.
 */
import { z } from 'zod';
import { WorkloadSchema } from './schema.js';

/** Where the published schema says it lives (`$id`). */
export const WORKLOAD_SCHEMA_ID = 'https://avsim.invalid/schema/workload.schema.json';

/**
 * JSON Schema (draft 2020-12) of the workload file as written: the input side, where
 * durations are text or seconds and fields with defaults are optional.
 */
export function workloadJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(WorkloadSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: WORKLOAD_SCHEMA_ID,
    title: 'avsim workload',
    description: 'Sites, users, pools, A/V Edge servers, firewall openings and traffic for an avsim run (see WORKLOAD.md).',
    ...rest,
  };
}

/** {@link workloadJsonSchema} as the repository stores it: two-space indents and a final newline. */
export function workloadJsonSchemaText(): string {
  return `${JSON.stringify(workloadJsonSchema(), null, 2)}\n`;
}
