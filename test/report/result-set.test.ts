/**
 * Result sets are written whole (issue 17): whatever fails or stops the write, or a
 * second write to the same folder, the folder holds the old complete set or the new
 * complete one, never a mix, never a file of another set, never a temporary file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { InterruptedError } from '../../src/errors.js';
import { SET_MARKER, cleanLeftovers, resultSetProblem, writeResultSet, writeSynced } from '../../src/report/result-set.js';
import type { FileWriter } from '../../src/report/result-set.js';
import { tempDir } from '../support/temp.js';

const OLD = [
  { name: 'summary.csv', data: 'old summary\n' },
  { name: 'paths.csv', data: 'old paths\n' },
  { name: 'report.html', data: '<p>old</p>\n' },
];
const NEW = [
  { name: 'summary.csv', data: 'new summary\n' },
  { name: 'paths.csv', data: 'new paths\n' },
];

/** The folder's files and contents (the marker aside). */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== SET_MARKER)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}
const asFiles = (set: readonly { name: string; data: string }[]): Record<string, string> => Object.fromEntries([...set].sort((a, b) => a.name.localeCompare(b.name)).map((f) => [f.name, f.data]));

/** A folder beside which nothing but `name` stands (no temporary leftovers). */
function onlyChild(parent: string, name: string): void {
  expect(readdirSync(parent)).toEqual([name]);
}

it('a new set replaces the old one whole: a file the new set lacks is gone', async () => {
  const parent = tempDir();
  const out = join(parent, 'run');
  await writeResultSet(out, OLD);
  expect(contents(out)).toEqual(asFiles(OLD));
  await writeResultSet(out, NEW); // as a run with --no-report after one with the report
  expect(contents(out)).toEqual(asFiles(NEW));
  onlyChild(parent, 'run');
});

it('a writer that fails after some files leaves the old set untouched and no temporary folder', async () => {
  for (const failAfter of [0, 1, 2]) {
    const parent = tempDir();
    const out = join(parent, 'run');
    await writeResultSet(out, OLD);
    let written = 0;
    const failing: FileWriter = async (path, data) => {
      if (written++ === failAfter) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      await writeSynced(path, data);
    };
    await expect(writeResultSet(out, NEW, { writer: failing })).rejects.toThrow(/no space left/);
    expect(contents(out)).toEqual(asFiles(OLD));
    onlyChild(parent, 'run');
  }
});

it('a file that fails to render writes nothing, not even the folder', async () => {
  const parent = tempDir();
  const out = join(parent, 'run');
  const files = [{ name: 'summary.csv', data: (): string => { throw new Error('render failed'); } }];
  await expect(writeResultSet(out, files)).rejects.toThrow('render failed');
  expect(readdirSync(parent)).toEqual([]);
  await expect(writeResultSet(out, [{ name: '../escape.csv', data: 'x' }])).rejects.toThrow(RangeError);
  expect(readdirSync(parent)).toEqual([]);
});

it('a stop signal before the set is in place leaves the old set untouched', async () => {
  const parent = tempDir();
  const out = join(parent, 'run');
  await writeResultSet(out, OLD);
  const abort = new AbortController();
  const stopping: FileWriter = async (path, data) => {
    await writeSynced(path, data);
    abort.abort(new InterruptedError('SIGINT')); // Ctrl-C during the write phase
  };
  await expect(writeResultSet(out, NEW, { writer: stopping, signal: abort.signal })).rejects.toThrow(InterruptedError);
  expect(contents(out)).toEqual(asFiles(OLD));
  onlyChild(parent, 'run');
});

it('two writes to one folder at once leave one of the two sets, whole', async () => {
  const parent = tempDir();
  const out = join(parent, 'run');
  await writeResultSet(out, OLD);
  const a = NEW.map((f) => ({ ...f, data: `a ${f.data}` }));
  const b = [...NEW.map((f) => ({ ...f, data: `b ${f.data}` })), { name: 'timeseries.csv', data: 'b series\n' }];
  await Promise.all([writeResultSet(out, a), writeResultSet(out, b)]);
  const left = contents(out);
  expect([asFiles(a), asFiles(b)]).toContainEqual(left);
  onlyChild(parent, 'run');
});

it('the next write removes what a killed write left, and puts back a set it had set aside', async () => {
  // A pid no process has now: a child that has exited.
  const dead = spawnSync(process.execPath, ['-e', '']).pid!;
  const parent = tempDir();
  const out = join(parent, 'run');
  await writeResultSet(out, OLD);
  // Killed while writing its temporary folder...
  mkdirSync(join(parent, `.run.avsim-${dead}-0000abcd.tmp`));
  writeFileSync(join(parent, `.run.avsim-${dead}-0000abcd.tmp`, 'summary.csv'), 'half');
  await writeResultSet(out, NEW);
  onlyChild(parent, 'run');
  // ...and killed between its two renames: the old set aside, the new one not yet in.
  const aside = join(parent, `.run.avsim-${dead}-0000abce.old`);
  spawnSync('mv', [out, aside]);
  expect(existsSync(out)).toBe(false);
  await cleanLeftovers(out);
  expect(contents(out)).toEqual(asFiles(NEW));
  onlyChild(parent, 'run');
});

it('a folder holding files avsim did not write, or a symbolic link, is refused before any work', async () => {
  const parent = tempDir();
  const home = join(parent, 'home');
  mkdirSync(home);
  writeFileSync(join(home, 'thesis.docx'), 'years of work');
  expect(resultSetProblem(home)).toMatch(/holds files avsim did not write \(thesis\.docx\)/);
  await expect(writeResultSet(home, NEW)).rejects.toThrow(/thesis\.docx/);
  expect(readdirSync(home)).toEqual(['thesis.docx']);
  symlinkSync(join(parent, 'nowhere'), join(parent, 'dangling'));
  expect(resultSetProblem(join(parent, 'dangling'))).toMatch(/symbolic link/);
  // A directory where a result file would go (issue 17, row 9) is part of the old set: replaced whole.
  const out = join(parent, 'run');
  mkdirSync(join(out, 'timeseries.csv'), { recursive: true });
  expect(resultSetProblem(out)).toBeUndefined();
  await writeResultSet(out, NEW);
  expect(contents(out)).toEqual(asFiles(NEW));
});
