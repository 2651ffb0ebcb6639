/** The repository's folders and example workloads, for tests. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The path of `workloads/<name>`. */
export function workload(name: string): string {
  return join(ROOT, 'workloads', name);
}

/** Every workload file shipped in workloads/ (YAML or JSON), sorted by name. */
export function workloadFiles(): string[] {
  return readdirSync(join(ROOT, 'workloads'))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();
}
