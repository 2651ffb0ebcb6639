/** Workload files: schema, loading, validation, scenarios, JSON Schema. */
export { WorkloadSchema, parseDurationText } from './schema.js';
export type { Workload, WorkloadInput } from './schema.js';
export { WorkloadError } from './errors.js';
export { loadWorkloadFile, parseWorkloadText, parseWorkloadValue, readWorkloadDocument, MAX_ALIAS_COUNT } from './load.js';
export { loadScenarios } from './scenarios.js';
export type { NamedWorkload } from './scenarios.js';
export { workloadJsonSchema } from './json-schema.js';
