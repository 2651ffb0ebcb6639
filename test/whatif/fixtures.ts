/** Small workloads and baseline traffic for the whatif tests. */
import { parseWorkloadValue } from '../../src/workload/load.js';
import type { Workload } from '../../src/workload/schema.js';
import { pairKey } from '../../src/whatif/baseline-traffic.js';
import type { BaselineTraffic } from '../../src/whatif/baseline-traffic.js';
import type { SummaryRow } from '../../src/results/types.js';

/** A validated workload: three sites on one pool and one Edge unless `fields` say otherwise. */
export function smallWorkload(fields: Record<string, unknown> = {}, deployment: Record<string, unknown> = {}): Workload {
  return parseWorkloadValue(
    {
      name: 'small',
      simulation: { warmup: '10m', duration: '2h', start: '09:00', replications: 3, interval: '30m' },
      deployment: {
        edges: [{ name: 'edge', servers: 1, sessionsPerServer: 200 }],
        pools: [{ name: 'pool', edge: 'edge' }],
        sites: [
          { name: 'hq', pool: 'pool', users: 1200 },
          { name: 'north', pool: 'pool', users: 400 },
          { name: 'south', pool: 'pool', users: 300 },
        ],
        remote: { users: 100 },
        ...deployment,
      },
      traffic: { profile: 'flat' },
      ...fields,
    },
    'small.yaml',
  );
}

/** Baseline traffic with the given relayed-or-failed calls per pair of sites (by index) and nothing else. */
export function trafficOf(sites: number, pairs: readonly [number, number, number][], rows: readonly Partial<SummaryRow>[] = []): BaselineTraffic {
  const pairCalls = new Map<number, number>();
  const siteCalls = new Float64Array(sites);
  for (const [a, b, calls] of pairs) {
    pairCalls.set(pairKey(a, b, sites), calls);
    siteCalls[a]! += calls;
    if (b !== a) siteCalls[b]! += calls;
  }
  return { pairCalls, siteCalls, resources: new Map(rows.map((r) => [r.resource!, r as SummaryRow])) };
}

/** A small workload file's text: three sites, P2P blocked between them, an Edge far above its load. */
export const WHATIF_YAML = `name: wi
seed: 5
simulation: { warmup: 10m, duration: 2h, start: "09:00", replications: 3, interval: 30m }
deployment:
  edges: [{ name: edge, servers: 1, sessionsPerServer: 1000 }]
  pools: [{ name: pool, edge: edge }]
  sites:
    - { name: hq, pool: pool, users: 4000 }
    - { name: north, pool: pool, users: 1600 }
    - { name: south, pool: pool, users: 400 }
  remote: { users: 100 }
network:
  default: { p2p: blocked }
traffic: { profile: flat }
`;

/**
 * A CSV text as records by column name: RFC 4180 fields, quoted when they hold a comma,
 * a quote (doubled) or a line break, as csv-stringify writes whatif.csv's patches.
 */
export function parseQuotedCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n') record.push(field), records.push(record), (record = []), (field = '');
    else field += c;
  }
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(row.map((cell, i) => [header![i]!, cell])));
}
