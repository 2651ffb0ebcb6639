import { textOf } from '../../src/report/atomic-write.js';
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/analysis/run.js';
import { renderRunCsv } from '../../src/report/csv.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { parseCsv } from '../support/csv.js';
import type { CsvRow } from '../support/csv.js';
import { keptPool } from '../support/pool.js';
import { workload } from '../support/workloads.js';

/**
 * paths.csv and summary.csv of a run of the workload as `avsim run FILE` makes it (its
 * own seed and replications), read back from the rendered text. The runs share one
 * kept worker pool.
 */
async function run(file: string): Promise<{ paths: CsvRow[]; summary: CsvRow[] }> {
  const output = await runScenarios(loadScenarios(workload(file)), { pool: keptPool() });
  const files = Object.fromEntries(renderRunCsv(output.summary).map((f) => [f.name, parseCsv(textOf(f.data)).rows]));
  return { paths: files['paths.csv']!, summary: files['summary.csv']! };
}

// One workload per row of MEDIA-RULES.md's scenario table, run end to end as `avsim run`
// runs it: the whole share of calls lands on the row's expected path.
const ROWS: [string, string, string][] = [
  ['row 1 (R3): both internal, range open -> peer-to-peer', 'row-1-p2p-open.yaml', 'p2p'],
  ['row 2 (R1): Live Meeting -> MCU', 'row-2-live-meeting.yaml', 'mcu'],
  ['row 3 (R1): conference, internal and remote -> MCU', 'row-3-conference.yaml', 'mcu'],
  ['row 5 (R4): both internal, range blocked -> Edge internal NIC, UDP 3478', 'row-5-blocked-udp.yaml', 'edge-udp'],
  ['row 5b (R4): range and UDP 3478 blocked -> Edge internal NIC, TCP 443', 'row-5b-blocked-tcp.yaml', 'edge-tcp'],
  ['row 5c (R4): range, 3478 and 443 blocked -> fails: no media path', 'row-5c-no-path.yaml', 'failed-no-path'],
  ['row 6 (R5): internal + remote -> Edge (internal + external NIC)', 'row-6-internal-remote.yaml', 'edge-udp'],
  ['row 6b (R5, R7): internal + remote, third joins -> starts on the Edge', 'row-6b-escalation.yaml', 'edge-udp'],
  ['row 7 (R5, R8): internal + remote, extra SAN -> fails', 'row-7-certificate-remote.yaml', 'failed-certificate'],
  ['row 8 (R4, R8): both internal blocked, extra SAN -> fails', 'row-8-certificate-internal.yaml', 'failed-certificate'],
  ['row 8b (R4, R8): extra SAN with internal CNAME -> Edge internal NIC', 'row-8b-certificate-cname.yaml', 'edge-udp'],
];

describe('seed scenario table, end to end through a run', () => {
  it.each(ROWS)('%s', async (_title, file, path) => {
    const { paths } = await run(file);
    const row = paths.find((p) => p.path === path)!;
    expect(Number(row.calls)).toBeGreaterThan(0);
    expect(Number(row.share)).toBe(1);
  });

  it('row 4 (R6): two remote users -> peer-to-peer (all but the calls of the one internal user)', async () => {
    const { paths, summary } = await run('row-4-remote-remote.yaml');
    const p2p = paths.find((p) => p.path === 'p2p')!;
    // One internal user among 10,000 remote ones takes part in ~2/10,000 of calls (R5, relayed).
    expect(Number(p2p.share)).toBeGreaterThan(0.999);
    const edge = summary.find((s) => s.resource === 'edge:edge')!;
    expect(Number(edge.offered)).toBe(Number(paths.find((p) => p.path === 'edge-udp')!.calls));
  });

  it('row 6b (R7): every escalated call moves to the MCU, three legs per call', async () => {
    const plain = await run('row-6-internal-remote.yaml');
    const escalated = await run('row-6b-escalation.yaml');
    const mcu = (s: CsvRow[]) => s.find((r) => r.resource === 'mcu:pool1')!;
    expect(Number(mcu(plain.summary).offered)).toBe(0);
    const calls = Number(escalated.paths.find((p) => p.path === 'edge-udp')!.calls);
    const legs = Number(mcu(escalated.summary).carried);
    // Escalations counted in the window belong to calls that arrived a little earlier,
    // so the ratio is close to, not exactly, three legs per call.
    expect(legs / calls).toBeGreaterThan(2.9);
    expect(legs / calls).toBeLessThan(3.1);
    expect(Number(mcu(escalated.summary).mean_concurrency)).toBeGreaterThan(0);
  });
});
