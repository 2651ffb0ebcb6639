/**
 * The flags every simulating Node process of avsim starts with: the `avsim` command's
 * shebang (src/cli/main.ts) and the `start` and `bench` scripts (package.json) pass them, and
 * a test keeps the three in step with this list. They are process-wide V8 flags, so they
 * cannot be set from code once Node is running (V8 crashed when this one was). V8
 * flags that can be are set from code, for every way avsim runs: src/parallel/v8-tuning.ts.
 *
 * `--single-threaded-gc`: each worker thread collects its own garbage without V8's
 * helper threads. The worker threads already occupy every core, so helpers only take
 * time from them and make no worker faster (docs/performance.md).
 */
export const NODE_FLAGS: readonly string[] = ['--single-threaded-gc'];
