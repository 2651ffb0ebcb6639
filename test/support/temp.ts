/**
 * Temporary folders for tests, removed when the test file finishes.
 *
 * Each test file gets one parent folder under the OS temp dir; `tempDir()` makes fresh
 * folders inside it. The `afterAll` below is registered while vitest collects the test
 * file that imports this module (vitest isolates modules per file), so the parent goes
 * when that file's tests are done. Set AVSIM_KEEP_TEST_DIRS=1 to keep them for a look.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

let parent: string | undefined;

afterAll(() => {
  if (parent !== undefined && process.env.AVSIM_KEEP_TEST_DIRS !== '1') rmSync(parent, { recursive: true, force: true });
  parent = undefined;
});

/** A new empty folder, removed with its contents after the test file. */
export function tempDir(prefix = 'avsim-test-'): string {
  parent ??= mkdtempSync(join(tmpdir(), 'avsim-tests-'));
  return mkdtempSync(join(parent, prefix));
}
