/**
 * The replication worker's import graph stays small: every run starts its workers, so
 * what they import is paid per run, per worker. zod and the schema (about 110 ms) and the
 * YAML parser are the main thread's business; a worker gets an already validated workload.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every module reached from `entry` by value imports (type-only imports are erased). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)';/gms)) {
      if (m[1] !== undefined) continue;
      const spec = m[2]!;
      if (spec.startsWith('.')) pending.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

test('the worker imports neither zod, the schema nor the YAML parser', () => {
  const { files, packages } = importGraph(join(SRC, 'parallel/worker.ts'));
  expect(files.has(join(SRC, 'model/replication.ts'))).toBe(true); // the walk follows imports
  expect(files.has(join(SRC, 'workload/schema.ts'))).toBe(false);
  expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/') || p === 'yaml')).toEqual([]);
});

test("the worker's packages: seedrandom's Alea file alone, not its entry with all seven generators", () => {
  const { packages } = importGraph(join(SRC, 'parallel/worker.ts'));
  expect([...packages].filter((p) => !p.startsWith('node:')).sort()).toEqual(['seedrandom/lib/alea.js']);
});
