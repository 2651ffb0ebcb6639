/**
 * Result sets written whole (DESIGN.md "Output files"): every file of a command's
 * output goes into a temporary folder beside the destination, which then takes the
 * destination's place, so that a reader, a failure, a signal or a second run writing
 * to the same folder only ever leaves the old complete set or the new complete one,
 * never a mix, and never a file of another run beside them.
 *
 * The replacement is two renames (the old set aside, the new one in), each atomic; a
 * process killed between the two leaves the old set aside under a name the next write to
 * that folder recognises and puts back. Temporary folders of processes that no longer
 * run are removed by the next write beside them.
 *
 * Only a folder that holds a result set (or nothing) is ever replaced: a destination
 * holding other files (a home folder given as --out by mistake) is refused up front.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AvsimError, InterruptedError } from '../errors.js';
import type { FileData, FileText, OutputFile } from './atomic-write.js';
import { writeText } from './atomic-write.js';

/** The file that marks a folder as an avsim result set. */
export const SET_MARKER = '.avsim-results';

/** Files avsim writes into result sets (a folder of these and nothing else may be replaced). */
export const RESULT_FILES: ReadonlySet<string> = new Set([
  SET_MARKER,
  'summary.csv',
  'paths.csv',
  'timeseries.csv',
  'comparison.csv',
  'sizing.csv',
  'calibration.csv',
  'fitted.yaml',
  'fit.csv',
  'whatif.csv',
  'records.csv',
  'report.html',
  'bench.csv',
]);

/** Writes one file's bytes (and syncs them); tests give a writer that fails to check what a failure leaves. */
export type FileWriter = (path: string, data: FileText) => Promise<void>;

/** The writer of real files: written, flushed to disk, closed. */
export const writeSynced: FileWriter = async (path, data) => {
  const handle = await open(path, 'wx');
  try {
    await writeText(handle, data);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

export interface ResultSetOptions {
  /** Aborting (a stop signal) before the set is in place leaves the old set as it was. */
  readonly signal?: AbortSignal;
  /** @default {@link writeSynced} */
  readonly writer?: FileWriter;
}

/** The names of this process's temporary and set-aside folders for destination `base`. */
function siblingName(base: string, kind: 'tmp' | 'old'): string {
  return `.${base}.avsim-${process.pid}-${randomBytes(4).toString('hex')}.${kind}`;
}

/** A leftover of some process's write to `base`: its pid and kind. */
function leftoverOf(entry: string, base: string): { pid: number; kind: 'tmp' | 'old' } | undefined {
  const prefix = `.${base}.avsim-`;
  if (!entry.startsWith(prefix)) return undefined;
  const match = /^(\d+)-[0-9a-f]{8}\.(tmp|old)$/.exec(entry.slice(prefix.length));
  return match === null ? undefined : { pid: Number(match[1]), kind: match[2] as 'tmp' | 'old' };
}

/** Whether process `pid` still runs (a process of another user counts as running). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (thrown) {
    return (thrown as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Tidies what interrupted writes to `dir` left in its parent: a set put aside by a
 * process that died before the new one went in is put back (when nothing stands in
 * its place) or removed; temporary folders of dead processes are removed.
 */
export async function cleanLeftovers(dir: string): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  const base = basename(target);
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return; // no parent yet: nothing left over
  }
  for (const entry of entries.sort()) {
    const leftover = leftoverOf(entry, base);
    if (leftover === undefined || alive(leftover.pid)) continue;
    const path = join(parent, entry);
    if (leftover.kind === 'old' && !exists(target)) {
      await rename(path, target).catch(() => undefined);
      continue;
    }
    await rm(path, { recursive: true, force: true });
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why `dir` cannot take a result set, or `undefined` when it can: it does not exist
 * (and the nearest part of its path that does is a writable folder), or it is an empty
 * folder or a result set. Checked before a run, so that a long simulation is not lost
 * at its end.
 */
export function resultSetProblem(dir: string): string | undefined {
  const target = resolve(dir);
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return undefined; // created when written (outputDirProblem checks the path above)
  }
  if (stat.isSymbolicLink()) return 'it is a symbolic link (a set replaces its folder whole); give the folder it points to';
  if (!stat.isDirectory()) return 'it exists and is not a directory';
  const foreign = readdirSync(target).filter((entry) => !RESULT_FILES.has(entry));
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    return `it holds files avsim did not write (${shown}); a result set replaces its folder whole, so give a new or empty folder`;
  }
  return undefined;
}

/**
 * Writes `files` as the result set in `dir`, replacing whatever set was there, whole:
 * the files are rendered (when given as functions) and written into a temporary folder
 * beside `dir`, which then takes its place.
 *
 * @throws RangeError when a file name is not a plain file name; InterruptedError when
 *   the signal aborts before the set is in place (the old set is untouched); AvsimError
 *   of kind `output` when the folder cannot be written or holds files avsim did not write.
 */
export async function writeResultSet(dir: string, files: readonly OutputFile[], options: ResultSetOptions = {}): Promise<void> {
  const writer = options.writer ?? writeSynced;
  const rendered = files.map((file) => {
    if (file.name === '' || file.name === '.' || file.name === '..' || basename(file.name) !== file.name || file.name.includes('\\')) {
      throw new RangeError(`file name must be a plain file name, got "${file.name}"`);
    }
    return { name: file.name, data: dataOf(file.data) };
  });
  const target = resolve(dir);
  const parent = dirname(target);
  const base = basename(target);
  const stopped = (): void => {
    if (options.signal?.aborted) throw options.signal.reason instanceof InterruptedError ? options.signal.reason : new InterruptedError();
  };
  await mkdir(parent, { recursive: true });
  await cleanLeftovers(target);
  const problem = resultSetProblem(target);
  if (problem !== undefined) throw new AvsimError('output', `${dir}: ${problem}`);
  const temp = join(parent, siblingName(base, 'tmp'));
  await mkdir(temp);
  try {
    for (const file of [...rendered, { name: SET_MARKER, data: `avsim result set\n${rendered.map((f) => f.name).join('\n')}\n` }]) {
      stopped();
      await writer(join(temp, file.name), file.data);
    }
    stopped();
    await swapIn(temp, target);
  } catch (thrown) {
    await rm(temp, { recursive: true, force: true });
    throw thrown;
  }
}

function dataOf(data: FileData): FileText {
  return typeof data === 'function' ? data() : data;
}

/**
 * Puts the complete set in `temp` in the place of `target`: the old set aside, the new
 * one in, the old one removed. Another run swapping into the same folder at the same
 * moment may win the place first; then this one tries again, so the last to finish
 * stands, whole.
 */
async function swapIn(temp: string, target: string): Promise<void> {
  const parent = dirname(target);
  const base = basename(target);
  const asides: string[] = [];
  for (let attempt = 0; ; attempt++) {
    const aside = join(parent, siblingName(base, 'old'));
    try {
      await rename(target, aside);
      asides.push(aside);
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') throw thrown;
    }
    try {
      await rename(temp, target);
      break;
    } catch (thrown) {
      const code = (thrown as NodeJS.ErrnoException).code;
      if ((code === 'ENOTEMPTY' || code === 'EEXIST') && attempt < 10) continue; // another run's set came in between
      const last = asides.pop();
      if (last !== undefined && !exists(target)) await rename(last, target).catch(() => undefined);
      throw thrown;
    }
  }
  for (const aside of asides) await rm(aside, { recursive: true, force: true });
}
