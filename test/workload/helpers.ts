/** Shared fixtures for the workload tests: a minimal valid file, temporary files, problem capture. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkloadError } from '../../src/workload/errors.js';
import { parseWorkloadText } from '../../src/workload/load.js';
import { tempDir } from '../support/temp.js';

/** The smallest valid workload: one pool, one site, no Edge. */
export const MINIMAL = `name: t
deployment:
  pools: [{ name: pool1 }]
  sites: [{ name: hq, pool: pool1, users: 10 }]
`;

/** A valid workload with an Edge and two sites, for the rules that need them. */
export const TWO_SITES = `name: t
deployment:
  edges: [{ name: edge }]
  pools: [{ name: pool1, edge: edge }]
  sites:
    - { name: hq, pool: pool1, users: 100 }
    - { name: branch, pool: pool1, users: 50 }
`;

/** Writes `text` to a fresh temporary file named `name`; returns its path. */
export function file(text: string, name = 'w.yaml'): string {
  const path = join(tempDir('avsim-wl-'), name);
  writeFileSync(path, text);
  return path;
}

/** The WorkloadError a call must throw. */
export function errorOf(load: () => unknown): WorkloadError {
  try {
    load();
  } catch (thrown) {
    if (thrown instanceof WorkloadError) return thrown;
    throw thrown;
  }
  throw new Error('expected a WorkloadError, but the workload loaded');
}

/** The problems of a load that must fail. */
export function problemsOf(load: () => unknown): readonly string[] {
  return errorOf(load).problems;
}

/** The problems of YAML text that must fail to load (named `w.yaml`). */
export function problemsOfText(text: string, name = 'w.yaml'): readonly string[] {
  return problemsOf(() => parseWorkloadText(text, name));
}
