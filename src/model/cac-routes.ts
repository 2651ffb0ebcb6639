/**
 * CAC routes looked up, not recomputed: the policies a call between two sites reserves
 * on depend only on the two sites, so each pair's route is asked of the negotiation
 * core once, on first use, and kept in a dense table (four numbers a pair: the route's
 * length + 1, 0 while unknown, then up to three applied policies).
 *
 * A pair's route is named by a *key*, which a call keeps in its slot instead of the
 * policies themselves, and read where the key points in {@link CacRoutes.table}. Beyond
 * {@link DENSE_ROUTE_SITES} sites the table would outgrow its use: it is then one entry,
 * which every lookup fills afresh from the core (the key is then the pair itself).
 */
import type { CacPolicy } from '../negotiation/cac.js';
import { MAX_ROUTE } from '../negotiation/cac.js';

/** Most sites whose pairs are kept (a 4 MiB table). */
export const DENSE_ROUTE_SITES = 512;

const SLOT = 1 + MAX_ROUTE;

export class CacRoutes {
  /** `table[at]`: a route's length + 1 (0 while unknown); `table[at + 1 ..]`: its applied policies in route order. */
  readonly table: Int32Array;
  /** Numbers a key steps by from one pair to the next: {@link SLOT} in the dense table, 1 beyond it (a number, not a flag: optimised code tests it without a type check). */
  private readonly step: number;
  /** The policies of the one entry beyond the dense table, as the core writes them. */
  private readonly policies: Int32Array;

  constructor(
    private readonly cac: CacPolicy,
    private readonly sites: number,
    dense = sites <= DENSE_ROUTE_SITES,
  ) {
    this.step = dense ? SLOT : 1;
    this.table = new Int32Array(dense ? sites * sites * SLOT : SLOT);
    this.policies = this.table.subarray(1);
  }

  /** The key of the route between sites a and b: a whole number, at least 0. */
  key(a: number, b: number): number {
    return (a * this.sites + b) * this.step;
  }

  /** Where `key`'s route is in {@link table} (R16), looked up (or, beyond the dense table, worked out) now. */
  at(key: number): number {
    const table = this.table;
    if (this.step === 1) {
      const a = Math.floor(key / this.sites);
      table[0] = this.cac.route(a, key - a * this.sites, this.policies) + 1;
      return 0;
    }
    if (table[key] === 0) {
      const pair = key / SLOT;
      const a = Math.floor(pair / this.sites);
      table[key] = this.cac.route(a, pair - a * this.sites, this.table.subarray(key + 1, key + SLOT)) + 1;
    }
    return key;
  }
}
