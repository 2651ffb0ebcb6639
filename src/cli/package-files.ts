/**
 * Files that ship with avsim (package.json, workloads/), found from this module
 * whether it runs from src/ (tests) or dist/src/ (the installed command).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package's root folder: the nearest one above this file whose package.json is avsim's. */
export function packageRoot(): string {
  for (const up of ['../../', '../../../']) {
    const root = fileURLToPath(new URL(up, import.meta.url));
    try {
      const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name?: string };
      if (pkg.name === 'avsim') return root;
    } catch {
      // not this level
    }
  }
  throw new Error('avsim: cannot find the package folder (package.json) above the running module');
}

/** avsim's version, from its package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(`${packageRoot()}package.json`, 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** The path of a file shipped with the package (`workloads/starter.yaml`), or an error naming it. */
export function packageFile(relative: string): string {
  const path = `${packageRoot()}${relative}`;
  if (!existsSync(path)) throw new Error(`avsim: ${relative} is missing from the installed package`);
  return path;
}
