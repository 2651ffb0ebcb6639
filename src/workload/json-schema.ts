/** The workload file's JSON Schema, generated from the zod schema (so editors can complete files). */
import { z } from 'zod';
import { WorkloadSchema } from './schema.js';

/** JSON Schema (draft 2020-12) of the workload file as written (input side: durations as text or seconds). */
export function workloadJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(WorkloadSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://avsim.invalid/schema/workload.schema.json',
    title: 'avsim workload',
    description: 'Sites, users, pools, A/V Edge servers, firewall openings and traffic for an avsim run (see WORKLOAD.md).',
    ...rest,
  };
}
