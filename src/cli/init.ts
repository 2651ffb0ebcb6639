/** `avsim init [FILE]`: writes a commented starter workload that validates and runs. */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../report/atomic-write.js';
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import { packageFile } from './package-files.js';

/** Where `avsim init` writes when no FILE is given. */
export const DEFAULT_INIT_FILE = 'workload.yaml';

export const initCommand: Command = {
  name: 'init',
  usage: 'avsim init [FILE] [--force]',
  summary: 'write a commented starter workload (default workload.yaml) to edit and run',
  help: `Writes a starter workload to FILE (default ${DEFAULT_INIT_FILE}): three sites in three time
zones on one Skype for Business pool with an A/V Edge pool, P2P blocked to one site, and
traffic from Microsoft's planning figures where there are some, each figure marked
[Microsoft] or [assumption]. It validates and runs as written: edit it to your network.

Options:
  --force             overwrite FILE if it exists`,
  flags: ['force'],
  async run(files, values) {
    if (files.length > 1) throw new UsageError(`init takes at most one file name, got ${files.length}`, 'init');
    const file = files[0] ?? DEFAULT_INIT_FILE;
    if (existsSync(file) && !values.force) throw new UsageError(`${file} exists; pass --force to overwrite it, or name another file`, 'init');
    await writeFileAtomic(file, readFileSync(packageFile('workloads/starter.yaml'), 'utf8'));
    process.stdout.write(`wrote ${file}: a starter workload. Edit it, then:\n  avsim validate ${file}\n  avsim run ${file}\n`);
    return 0;
  },
};
