/** Moved to test/cli/process/cli-harness.ts, beside the tests that start the CLI as a process; kept until the last of the others no longer does. */
export * from './process/cli-harness.js';
