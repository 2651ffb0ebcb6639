/**
 * One file written atomically: to a temporary file in the same directory, flushed to
 * disk, then renamed over its final name. A rename within one directory is atomic, so a
 * reader (or an interrupted run) sees either the old file or the complete new one, never
 * half of it. A command's set of files is written whole by result-set.ts.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Contents of a file: the bytes, or a function that renders them. */
/**
 * A file's contents: text, bytes, or text in pieces written one after another as they
 * come (a list, or a generator that makes them: never joined whole, as the whole may be
 * longer than a string may be). A generator is read once.
 */
export type FileText = string | Uint8Array | Iterable<string>;
export type FileData = FileText | (() => FileText);

/** A file's contents as one text (for a small file: a test, a message). */
export function textOf(data: FileData): string {
  if (typeof data === 'function') return textOf(data());
  if (typeof data === 'string') return data;
  return data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8') : [...data].join('');
}

/** One file of a result set (result-set.ts). */
export interface OutputFile {
  /** File name inside the directory (no directory part). */
  readonly name: string;
  readonly data: FileData;
}

/** Characters of a chunk a list of strings is written in. */
const CHUNK = 1 << 23;

/** `pieces` joined into chunks of about {@link CHUNK} characters (a longer piece is a chunk of its own). */
function* chunks(pieces: Iterable<string>): Generator<string> {
  let chunk: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    chunk.push(piece);
    length += piece.length;
    if (length >= CHUNK) {
      yield chunk.join('');
      chunk = [];
      length = 0;
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

/** Writes `data` into an open file from its start: text, bytes, or pieces one after another in chunks of a few MB. */
export async function writeText(handle: FileHandle, data: FileText): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
  else for (const chunk of chunks(data)) await handle.writeFile(chunk); // each from where the last ended
}

/**
 * Writes `data` to `path` atomically: temporary file `.<name>.<pid>.<random>.tmp` in the
 * same directory, fsync, rename. On any error the temporary file is removed and the
 * previous file at `path`, if any, is left untouched.
 *
 * @param path - Destination; its directory must exist.
 * @param data - Contents (strings are written as UTF-8); a list of strings is written one
 *   after another, in chunks of a few MB, never joined whole.
 */
export async function writeFileAtomic(path: string, data: FileText): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never reuse a file that happens to exist under the temporary name.
    const handle = await open(temp, 'wx');
    try {
      await writeText(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (thrown) {
    await rm(temp, { force: true });
    throw thrown;
  }
}

/**
 * Why a result set could not be written into `dir` (its path above it), or `undefined` when it could:
 * `dir` is a writable directory, or the nearest part of its path that exists is one (so
 * creating the rest will work). Checked before a run, so that a long simulation is not
 * lost at its end to an output directory that a file stands in the way of.
 */
export function outputDirProblem(dir: string): string | undefined {
  const target = resolve(dir);
  for (let path = target; ; ) {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (thrown) {
      const code = (thrown as NodeJS.ErrnoException).code;
      // ENOTDIR: a file further up stands in the way; the walk up names it.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return (thrown as Error).message;
      const parent = dirname(path);
      if (parent === path) return 'no part of the path exists';
      path = parent;
      continue;
    }
    if (!stat.isDirectory()) return path === target ? 'it exists and is not a directory' : `${path} exists and is not a directory`;
    try {
      accessSync(path, constants.W_OK | constants.X_OK);
    } catch {
      return `${path} is not writable`;
    }
    return undefined;
  }
}
