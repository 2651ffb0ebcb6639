/** Workload files: schema, loading, validation, scenarios, JSON Schema. */
export { WorkloadSchema, Duration, parseDurationText, startSeconds } from './schema.js';
export type { Workload, WorkloadInput, Edge, Pool, Site, NetworkRule, P2pSetting, ReachSetting, HoldingTime, MeetingSize, Affinity, Product } from './schema.js';
export { WorkloadError } from './errors.js';
export {
  loadWorkloadFile,
  parseWorkloadText,
  parseWorkloadValue,
  parseWorkloadDocument,
  readWorkloadDocument,
  MAX_ALIAS_COUNT,
} from './load.js';
export { MAX_EXPANDED_NODES } from './alias-expansion.js';
export { MAX_NESTING } from './document-text.js';
export { validateWorkload } from './validate.js';
export { MIN_POLICY_PORTS } from './product-rules.js';
export { formatIssues } from './format-issues.js';
export { formatPath } from './field-path.js';
export { loadScenarios } from './scenarios.js';
export type { NamedWorkload } from './scenarios.js';
export { workloadJsonSchema, workloadJsonSchemaText } from './json-schema.js';
