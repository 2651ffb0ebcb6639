/**
 * The flags every simulating Node process of avsim starts with: the `avsim` command's
 * shebang (src/cli.ts) and the `start` and `bench` scripts (package.json) pass them, and
 * a test keeps the three in step with this list. They are process-wide V8 flags, so they
 * cannot be set from code once Node is running (V8 crashed when this one was).
 *
 * `--single-threaded-gc`: each worker thread collects its own garbage without V8's
 * helper threads. The worker threads already occupy every core, so helpers only take
 * time from them: they used about 0.35 s of CPU per 1,024 replications of the
 * enterprise workload and made no worker faster. Without them a 2-worker run is
 * 2-5% faster and a 1-worker run the same (`npm run bench`).
 */
export const NODE_FLAGS: readonly string[] = ['--single-threaded-gc'];
