/**
 * Temporary folders for tests, removed when the test file finishes.
 *
 * Each test file gets one parent folder under the OS temp dir; `tempDir()` makes fresh
 * folders inside it. test/support/setup.ts (a `setupFiles` entry of vitest.config.ts)
 * calls {@link removeTempDirs} after each test file: vitest runs setup files once per
 * test file, also where test files share their modules (the `unit` project), which a
 * hook registered here, when this module is first imported, would not be. Set
 * AVSIM_KEEP_TEST_DIRS=1 to keep them for a look.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let parent: string | undefined;

/** A new empty folder, removed with its contents after the test file. */
export function tempDir(prefix = 'avsim-test-'): string {
  parent ??= mkdtempSync(join(tmpdir(), 'avsim-tests-'));
  return mkdtempSync(join(parent, prefix));
}

/** Removes the folders made since the last call (unless AVSIM_KEEP_TEST_DIRS=1). */
export function removeTempDirs(): void {
  if (parent !== undefined && process.env.AVSIM_KEEP_TEST_DIRS !== '1') rmSync(parent, { recursive: true, force: true });
  parent = undefined;
}
