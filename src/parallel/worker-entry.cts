/**
 * The file piscina loads in each worker thread: CommonJS, which hands piscina the
 * ES module `worker.js` through `import()`.
 *
 * Piscina first loads its worker file with `require()`. Since Node 20.19, `require()` of
 * an ES module works (require(esm)), but it is not safe when a worker is terminated
 * while it loads. Node then aborts the whole process with
 * `Assertion failed: facade->InstantiateModule(...)` in `CreateRequiredModuleFacade`.
 * This happens when a failed replication or an interrupt closes the pool while the
 * other worker is still starting. `import()` has no such step. Terminated mid-load, it
 * just stops (test/parallel/worker-entry.test.ts provokes both cases).
 *
 * `require()` of this file returns a promise of the handler. Piscina awaits the
 * `default` of what it loads, and its `require` wrapper puts the promise there.
 */
export = import('./worker.js').then((module) => module.default);
