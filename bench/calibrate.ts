/**
 * `node dist/bench/calibrate.js [rows] [--raw]`: times `avsim calibrate`'s core on a
 * generated records file (default 1,000,000 rows, sorted by start as a Monitoring Server
 * export is): the whole streaming pass and the fit. Target: under 10 s on the project's
 * 2-core machine. The file is written to a temporary folder first (not timed) and removed
 * after. With `--raw` it prints `seconds records megabytes rss_mb` on one line, for
 * bench/run.ts (which runs it in a process of its own, so that its RSS is its own).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import alea from 'seedrandom/lib/alea.js';
import { calibrate } from '../src/calibrate/calibrate.js';
import { fileRecordSource } from '../src/calibrate/record-source.js';

const HEADER = 'start_utc,end_utc,kind,conference_id,caller,callee,caller_location,callee_location,path\n';
const SITES = ['london', 'paris', 'newyork', 'remote'] as const;

/** Writes `rows` records over 30 days: two-party calls and conferences of 3 to 6 legs. */
async function writeRecords(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(HEADER);
  const rng = alea('bench-calibrate');
  const start0 = Date.UTC(2026, 2, 2) / 1000;
  const step = (30 * 86400) / rows;
  let buffer = '';
  let conference = 0;
  const iso = (t: number): string => new Date(Math.round(t) * 1000).toISOString().replace('.000Z', 'Z');
  for (let i = 0, t = start0; i < rows; t += step) {
    const site = SITES[Math.floor(rng() * SITES.length)]!;
    const holding = Math.exp(4.5 + 0.9 * (rng() * 2 - 1 + rng() * 2 - 1));
    if (rng() < 0.04) {
      const legs = 3 + Math.floor(rng() * 4);
      const id = `c${conference++}`;
      for (let k = 0; k < legs && i < rows; k++, i++) {
        const where = k === 0 ? site : rng() < 0.3 ? 'remote' : rng() < 0.1 ? 'federated' : SITES[Math.floor(rng() * 3)]!;
        buffer += `${iso(t)},${iso(t + holding * 10)},conference,${id},u${Math.floor(rng() * 20000)},,${where},pool:pool1,mcu\n`;
      }
    } else {
      const callee = rng() < 0.05 ? 'federated' : SITES[Math.floor(rng() * SITES.length)]!;
      const path = site === callee && site !== 'remote' ? 'p2p' : rng() < 0.8 ? 'edge-udp' : 'edge-tcp';
      const kind = rng() < 0.8 ? 'audio' : 'video';
      buffer += `${iso(t)},${iso(t + holding)},${kind},,u${Math.floor(rng() * 20000)},u${Math.floor(rng() * 20000)},${site},${callee},${path}\n`;
      i++;
    }
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const raw = process.argv.includes('--raw');
const rows = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'avsim-bench-calibrate-'));
try {
  const path = join(dir, 'records.csv');
  await writeRecords(path, rows);
  const mb = statSync(path).size / 1e6;
  const t0 = performance.now();
  const calibration = await calibrate(fileRecordSource(path));
  const seconds = (performance.now() - t0) / 1000;
  const rss = process.memoryUsage().rss / 1e6;
  if (raw) console.log(`${seconds} ${calibration.read.records} ${mb} ${rss}`);
  else console.log(
    `calibrate: ${calibration.read.records} records (${mb.toFixed(0)} MB) read and fitted in ${seconds.toFixed(2)} s ` +
      `(${Math.round(calibration.read.records / seconds)} records/s; target < 10 s: ${seconds < 10 ? 'met' : 'NOT met'}); ` +
      `${calibration.fit.counts.conferences} conferences; RSS ${rss.toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
