/**
 * Two projects, both run by `npm test` (after the build: the worker threads load
 * dist/src/parallel/worker-entry.cjs, and the CLI tests spawn dist/src/cli/main.js):
 *
 * - `unit`: everything that runs in the test's own process, the library and the CLI's
 *   command modules included (test/cli/in-process.ts runs a command without a process).
 *   test/parallel/worker-entry.test.ts starts a process too, but a harness of its own,
 *   not the CLI.
 * - `cli`: the few smoke tests that start `avsim` as a process of its own
 *   (test/cli/process/, through its cli-harness.ts) because what they check only a
 *   process shows: main.ts's dispatch, --help and --version, exit codes, SIGINT, the
 *   shebang's Node flags, a worker failure that used to crash the process; and the
 *   report opened in headless Chromium.
 *
 * Timeouts are set for a busy 2-core machine, shared with other work: vitest's 5 s
 * default failed there on runs that take 1 s on a calm one.
 */
import { defineConfig } from 'vitest/config';

/** Test files that start the CLI as a process. */
const CLI_PROCESS_TESTS = ['test/cli/process/**/*.test.ts', 'test/report-html/report-in-chromium.test.ts'];

export default defineConfig({
  test: {
    // Per test file: temporary folders removed, a kept worker pool closed.
    setupFiles: ['test/support/setup.ts'],
    // What a test stubs or spies on is put back after it, whichever file comes next.
    restoreMocks: true,
    unstubEnvs: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: CLI_PROCESS_TESTS,
          // The test files of a worker share their modules: each file used to load zod,
          // the schema and the YAML parser afresh (a third of a second, over a hundred
          // files). So a helper's module-level state outlives its file: per-file clean-up
          // goes in test/support/setup.ts, and no file mocks a module (vi.mock).
          isolate: false,
          // Both cores: vitest's default leaves one idle on a 2-core machine.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: CLI_PROCESS_TESTS,
          // After the unit files (a project with its own maxWorkers needs a group of its
          // own, and groups run one after the other), not beside them: each file starts
          // processes that start worker threads. Two files at a time: many of them wait
          // on a process most of the time (--help, a bad file, a signal), so one file at
          // a time left a core idle.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
