/**
 * CAC routes looked up, not recomputed: the policies a call between two sites reserves
 * on depend only on the two sites, so each pair's route is asked of the negotiation
 * core once, on first use, and kept in a dense table (four numbers a pair: the route's
 * length + 1, 0 while unknown, then up to three applied policies). Beyond
 * {@link DENSE_ROUTE_SITES} sites the table would outgrow its use, and the core is
 * asked every time.
 */
import type { CacPolicy } from '../negotiation/cac.js';
import { MAX_ROUTE } from '../negotiation/cac.js';

/** Most sites whose pairs are kept (a 4 MiB table). */
export const DENSE_ROUTE_SITES = 512;

const SLOT = 1 + MAX_ROUTE;

export class CacRoutes {
  private readonly table: Int32Array | null;

  constructor(
    private readonly cac: CacPolicy,
    private readonly sites: number,
  ) {
    this.table = sites <= DENSE_ROUTE_SITES ? new Int32Array(sites * sites * SLOT) : null;
  }

  /** The route between sites a and b into `out` (R16); returns its length (0: not checked). */
  route(a: number, b: number, out: Int32Array): number {
    const table = this.table;
    if (table === null) return this.cac.route(a, b, out);
    const at = (a * this.sites + b) * SLOT;
    let known = table[at]!;
    if (known === 0) {
      const n = this.cac.route(a, b, out);
      for (let k = 0; k < n; k++) table[at + 1 + k] = out[k]!;
      table[at] = known = n + 1;
      return n;
    }
    const n = known - 1;
    for (let k = 0; k < n; k++) out[k] = table[at + 1 + k]!;
    return n;
  }
}
