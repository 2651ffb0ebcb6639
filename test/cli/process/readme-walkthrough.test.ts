/**
 * The README's walk-through, as a newcomer would copy-paste it: the workload its heredoc
 * writes, the typo it validates, then run, compare and size, each printing the lines
 * the README shows (so the README cannot drift from what avsim prints). And the install
 * it tells of: `npm install -g .` gives an `avsim` command that works outside the clone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CLI, ROOT, tempDir } from './cli-harness.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The workload the README's heredoc writes. */
function heredocWorkload(): string {
  const match = /cat > three-sites\.yaml <<'EOF'\n([\s\S]*?)\nEOF\n/.exec(README);
  if (match === null) throw new Error('README.md has no heredoc writing three-sites.yaml');
  return `${match[1]!}\n`;
}

/** The lines of the README's code block that follows `marker` (the commands' output as shown), without the `$ ` lines. */
function shownLines(marker: string): string[] {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`README.md lacks ${marker}`);
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(README.slice(at))![1]!;
  return block.split('\n').filter((line) => line.trim() !== '' && line !== '...' && !line.startsWith('$ '));
}

function avsimIn(dir: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Every shown line appears in the output, each as a whole line (spacing as printed). */
function expectShown(output: string, lines: readonly string[]): void {
  const printed = new Set(output.split('\n'));
  for (const line of lines) expect(printed, line).toContain(line);
}

it('the walk-through prints what the README shows: validate (a typo, then ok), run, compare, size', () => {
  const dir = tempDir('readme-');
  const text = heredocWorkload();
  writeFileSync(join(dir, 'three-sites.yaml'), text);
  writeFileSync(join(dir, 'typo.yaml'), text.replace('users: 800', 'user: 800'));

  const typo = avsimIn(dir, ['validate', 'typo.yaml']);
  expect(typo.status).toBe(2);
  const validateShown = shownLines('**2. Validate it.**');
  expectShown(typo.out, validateShown.filter((l) => l.startsWith('typo.yaml')));
  const ok = avsimIn(dir, ['validate', 'three-sites.yaml']);
  expect(ok.status).toBe(0);
  expectShown(ok.out, ['three-sites.yaml: ok']);

  const run = avsimIn(dir, ['run', 'three-sites.yaml']);
  expect(run.status).toBe(0);
  expectShown(run.out, shownLines('**3. Run it.**'));

  const compare = avsimIn(dir, ['compare', 'three-sites.yaml']);
  expect(compare.status).toBe(0);
  expectShown(compare.out, shownLines('**4. Compare the firewall change.**'));

  const size = avsimIn(dir, ['size', 'three-sites.yaml', '--target', '0.01']);
  expect(size.status).toBe(0);
  expectShown(size.out, shownLines('**5. Size the Edge.**'));

  for (const file of ['run/report.html', 'compare/comparison.csv', 'size/sizing.csv']) {
    expect(readFileSync(join(dir, 'results/three-sites', file), 'utf8').length, file).toBeGreaterThan(0);
  }
});

it('npm install -g . gives an avsim command that works outside the clone', () => {
  const prefix = tempDir('global-');
  const install = spawnSync('npm', ['install', '-g', '.', '--prefix', prefix, '--no-audit', '--no-fund'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(install.status, install.stderr).toBe(0);
  const elsewhere = tempDir('elsewhere-');
  const bin = join(prefix, 'bin', 'avsim');
  const version = spawnSync(bin, ['--version'], { cwd: elsewhere, encoding: 'utf8' });
  expect(version.status, version.stderr).toBe(0);
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  const init = spawnSync(bin, ['init', 'mine.yaml'], { cwd: elsewhere, encoding: 'utf8' });
  expect(init.status, init.stderr).toBe(0);
  const validate = spawnSync(bin, ['validate', 'mine.yaml'], { cwd: elsewhere, encoding: 'utf8' });
  expect(validate.status, validate.stderr).toBe(0);
  expect(validate.stdout).toContain('mine.yaml: ok');
});
