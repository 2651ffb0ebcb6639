/**
 * What the calibration takes from an existing workload: its sites (name, users, UTC
 * offset) and its remote users. Rates are per user, so the users of a location are the
 * denominator of every rate; without a base they are estimated from the records.
 */

/** A base deployment: a plain object, as read from a workload's `deployment`. */
export interface CalibrationBase {
  readonly sites?: readonly { readonly name: string; readonly users: number; readonly utcOffsetHours?: number }[];
  /** `deployment.remote.users`. */
  readonly remoteUsers?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the base out of a workload value as parsed from YAML or JSON (before or after
 * the schema's defaults: only `deployment.sites[].{name, users, utcOffsetHours}` and
 * `deployment.remote.users` are read).
 *
 * @param workload - The parsed workload document.
 * @returns The base; fields the document lacks are left out.
 * @throws TypeError when a site lacks a name or a positive number of users.
 */
export function calibrationBaseOf(workload: unknown): CalibrationBase {
  const deployment = isRecord(workload) && isRecord(workload.deployment) ? workload.deployment : {};
  const sites = Array.isArray(deployment.sites) ? deployment.sites : [];
  const out = sites.map((site: unknown, i: number) => {
    if (!isRecord(site) || typeof site.name !== 'string' || !(typeof site.users === 'number' && site.users > 0)) {
      throw new TypeError(`deployment.sites[${i}]: expected a name and a positive number of users, got ${JSON.stringify(site)}`);
    }
    const offset = site.utcOffsetHours;
    return { name: site.name, users: site.users, ...(typeof offset === 'number' ? { utcOffsetHours: offset } : {}) };
  });
  const remote = isRecord(deployment.remote) ? deployment.remote.users : undefined;
  return { sites: out, ...(typeof remote === 'number' ? { remoteUsers: remote } : {}) };
}
