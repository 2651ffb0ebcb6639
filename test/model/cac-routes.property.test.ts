/**
 * The route cache answers as the negotiation core does: on random CAC workloads, every
 * ordered pair of sites gets the same route from CacRoutes as from CacPolicy.route, on
 * the first ask (filling the table) and on the second (from the table), whatever the
 * order the pairs are first asked in; and so does the one-entry table of a workload
 * beyond the dense table's sites, whose keys differ, down to a whole replication's
 * results (a call keeps its route's key in its slot and gives the route back by it).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CacRoutes } from '../../src/model/cac-routes.js';
import { compileWorkload } from '../../src/model/compiled.js';
import { runReplication } from '../../src/model/replication.js';
import { MAX_ROUTE } from '../../src/negotiation/cac.js';
import { arbitraryWorkload } from './cac-random-workload.js';
import { loadInput } from './theory.js';

const routeOf = (route: (a: number, b: number, out: Int32Array) => number, a: number, b: number): number[] => {
  const out = new Int32Array(MAX_ROUTE).fill(-7);
  const n = route(a, b, out);
  return Array.from(out.subarray(0, n));
};

/** The route CacRoutes keeps for the pair a-b, by its key. */
const cachedRoute = (routes: CacRoutes, a: number, b: number): number[] => {
  const at = routes.at(routes.key(a, b));
  return Array.from(routes.table.subarray(at + 1, at + routes.table[at]!));
};

it('CacRoutes gives every pair of sites the route CacPolicy.route gives', () => {
  fc.assert(
    fc.property(arbitraryWorkload, fc.nat(), (input, shuffle) => {
      const compiled = compileWorkload(loadInput(input));
      const cac = compiled.cac!;
      const S = compiled.cac!.regionOf.length;
      const dense = new CacRoutes(cac, S);
      const oneEntry = new CacRoutes(cac, S, false);
      const pairs = Array.from({ length: S * S }, (_, k) => [Math.floor(k / S), k % S] as const);
      // A rotation of the pairs: the table must not depend on which pair filled it first.
      const order = pairs.map((_, k) => pairs[(k + shuffle) % pairs.length]!);
      for (const pass of [0, 1]) {
        for (const [a, b] of order) {
          const expected = routeOf((x, y, o) => cac.route(x, y, o), a, b);
          expect(cachedRoute(dense, a, b), `pass ${pass}, sites ${a}-${b}`).toEqual(expected);
          expect(cachedRoute(oneEntry, a, b), `one entry, pass ${pass}, sites ${a}-${b}`).toEqual(expected);
        }
      }
    }),
    { numRuns: 60 },
  );
});

it('a replication reserves and gives back alike with the dense table and with one entry', () => {
  fc.assert(
    fc.property(arbitraryWorkload, (input) => {
      const workload = loadInput(input);
      const compiled = compileWorkload(workload);
      const oneEntry = { ...compiled, cacRoutes: new CacRoutes(compiled.cac!, compiled.cac!.regionOf.length, false) };
      const job = { workload, scenario: 0, replication: 0, seed: workload.seed };
      expect(runReplication(job, oneEntry)).toEqual(runReplication(job, compiled));
    }),
    { numRuns: 30 },
  );
});
