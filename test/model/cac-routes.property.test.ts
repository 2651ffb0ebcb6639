/**
 * The route cache answers as the negotiation core does: on random CAC workloads, every
 * ordered pair of sites gets the same route from CacRoutes as from CacPolicy.route, on
 * the first ask (filling the table) and on the second (from the table), whatever the
 * order the pairs are first asked in.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CacRoutes } from '../../src/model/cac-routes.js';
import { compileWorkload } from '../../src/model/compiled.js';
import { MAX_ROUTE } from '../../src/negotiation/cac.js';
import { arbitraryWorkload } from './cac-random-workload.js';
import { loadInput } from './theory.js';

const routeOf = (route: (a: number, b: number, out: Int32Array) => number, a: number, b: number): number[] => {
  const out = new Int32Array(MAX_ROUTE).fill(-7);
  const n = route(a, b, out);
  return Array.from(out.subarray(0, n));
};

it('CacRoutes gives every pair of sites the route CacPolicy.route gives', () => {
  fc.assert(
    fc.property(arbitraryWorkload, fc.nat(), (input, shuffle) => {
      const compiled = compileWorkload(loadInput(input));
      const cac = compiled.cac!;
      const S = compiled.cac!.regionOf.length;
      const routes = new CacRoutes(cac, S);
      const pairs = Array.from({ length: S * S }, (_, k) => [Math.floor(k / S), k % S] as const);
      // A rotation of the pairs: the table must not depend on which pair filled it first.
      const order = pairs.map((_, k) => pairs[(k + shuffle) % pairs.length]!);
      for (const pass of [0, 1]) {
        for (const [a, b] of order) {
          const expected = routeOf((x, y, o) => cac.route(x, y, o), a, b);
          expect(routeOf((x, y, o) => routes.route(x, y, o), a, b), `pass ${pass}, sites ${a}-${b}`).toEqual(expected);
        }
      }
    }),
    { numRuns: 60 },
  );
});
