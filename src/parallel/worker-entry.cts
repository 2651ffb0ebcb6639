/**
 * The file piscina loads in each worker thread: CommonJS, which hands piscina the
 * ES module `worker.js` through `import()`.
 *
 * Piscina first loads its worker file with `require()`. Since Node 20.19, `require()` of
 * an ES module works (require(esm)), but on Node 20.20 it is not safe when the worker
 * is terminated at the end of the load: Node aborts the whole process with
 * `Assertion failed: facade->InstantiateModule(...)` in `CreateRequiredModuleFacade`.
 * A failed replication or an interrupt closes the pool, and the other worker may still
 * be starting. `import()` has no such step; terminated mid-load, the worker just stops.
 * test/parallel/worker-entry.test.ts terminates 150 workers as they load this file;
 * pointed at `worker.js`, the same harness aborted in 5 runs of 6.
 *
 * `require()` of this file returns a promise of the handler. Piscina awaits the
 * `default` of what it loads, and its `require` wrapper puts the promise there.
 */
export = import('./worker.js').then((module) => module.default);
