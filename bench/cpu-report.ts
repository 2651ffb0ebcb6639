/**
 * Preloaded into an `avsim` process by the bench (`node --import cpu-report.js ...`):
 * when the process exits, writes the CPU seconds it used, every thread of it (the
 * workers included), to the file named by AVSIM_CPU_REPORT. A parent cannot read a
 * child's CPU time from Node otherwise.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['AVSIM_CPU_REPORT'];
if (file !== undefined) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, `${(user + system) / 1e6}\n`);
  });
}
