import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkloadError } from '../../src/workload/errors.js';

export const MINIMAL = `name: t
deployment:
  pools: [{ name: pool1 }]
  sites: [{ name: hq, pool: pool1, users: 10 }]
`;

/** Writes `text` to a fresh temporary file named `name`; returns its path. */
export function file(text: string, name = 'w.yaml'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'avsim-wl-')), name);
  writeFileSync(path, text);
  return path;
}

/** The problems of a load that must fail. */
export function problemsOf(load: () => unknown): readonly string[] {
  try {
    load();
  } catch (thrown) {
    if (thrown instanceof WorkloadError) return thrown.problems;
    throw thrown;
  }
  throw new Error('expected a WorkloadError');
}
