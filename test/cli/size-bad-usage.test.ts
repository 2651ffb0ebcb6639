/** `avsim size`'s usage errors (and the size flags on other commands), with the commands run in-process (see in-process.ts). */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { compareCommand } from '../../src/cli/compare.js';
import { runCommand } from '../../src/cli/run.js';
import { sizeCommand } from '../../src/cli/size.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';
import type { CommandOutcome } from './in-process.js';

/** The commands these cases use, by name. */
const COMMANDS: Record<string, Command> = { size: sizeCommand, run: runCommand, compare: compareCommand };

/** `avsim <args>`, in-process: the first argument names the command (as main.ts would find it). */
function cli(args: readonly string[]): Promise<CommandOutcome> {
  const [name, ...rest] = args;
  return invoke(COMMANDS[name!]!, rest);
}

const FILE = workload('p2p-open-vs-blocked.yaml');

// Each: exit 2, the reason on stderr, no stack trace, nothing on stdout, nothing written.
const CASES: [string, string[], RegExp][] = [
  ['no --target', ['size', FILE], /size needs --target P/],
  ['target 0', ['size', FILE, '--target', '0'], /--target: expected a blocking probability strictly between 0 and 1 \(e\.g\. 0\.01\), got 0$/m],
  ['target 1', ['size', FILE, '--target', '1'], /--target: expected a blocking probability strictly between 0 and 1/],
  ['target 1.5', ['size', FILE, '--target', '1.5'], /got 1\.5$/m],
  ['target as a percentage', ['size', FILE, '--target', '1%'], /got "1%"/],
  ['target not a number', ['size', FILE, '--target', 'low'], /got "low"/],
  [
    'unknown resource, known ids listed',
    ['size', FILE, '--target', '0.01', '--resource', 'edge:nope'],
    /--resource: no resource "edge:nope" .*\(known: edge:edge, mcu:pool1, ports:hq, ports:branch-north, ports:branch-south\)/,
  ],
  ['unknown scenario, known names listed', ['size', FILE, '--target', '0.01', '--scenario', 'nope'], /--scenario: no scenario "nope" .*\(known: open, blocked-hq-branches, blocked-all-inter-site\)/],
  ['one replication', ['size', FILE, '--target', '0.01', '--replications', '1'], /--replications: expected at least 2 for sizing \(the search uses the blocking's 95% interval\), got 1/],
  [
    'n+1 for a port pool (no server to fail)',
    ['size', FILE, '--target', '0.01', '--resource', 'edge:edge', '--resource', 'ports:hq', '--redundancy', 'n+1'],
    /--redundancy: n\+1 \(one server down\) is for A\/V Edge and MCU servers; ports:hq is sized unit by unit, where no server fails: size it without --redundancy/,
  ],
  ['two files', ['size', FILE, FILE, '--target', '0.01'], /size takes exactly one workload file, got 2/],
  ['no file', ['size', '--target', '0.01'], /size takes exactly one workload file, got 0/],
  ['--target on run', ['run', FILE, '--target', '0.01'], /run does not take --target\nRun \"avsim run --help\" for usage\./],
  ['--resource on compare', ['compare', FILE, '--resource', 'edge:edge'], /compare does not take --resource/],
  ['a mistyped flag, the closest named', ['size', FILE, '--target', '0.01', '--redundency=n+1'], /^avsim: size does not take --redundency \(did you mean --redundancy\?\)\nRun "avsim size --help" for usage\.$/m],
  ['a mistyped flag on run', ['run', FILE, '--replication', '4'], /^avsim: run does not take --replication \(did you mean --replications\?\)$/m],
];

describe('avsim size: bad usage exits 2 and writes nothing', () => {
  it.each(CASES)('%s', async (_label, args, message) => {
    const out = join(tempDir(), 'out');
    const r = await cli([...args, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('a workload without an Edge needs --resource', async () => {
    const dir = tempDir();
    const file = join(dir, 'no-edge.yaml');
    writeFileSync(file, 'name: no-edge\ndeployment:\n  pools: [{ name: pool1 }]\n  sites: [{ name: hq, pool: pool1, users: 10 }]\n');
    const r = await cli(['size', file, '--target', '0.01', '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--resource: scenario \"baseline\" deploys no A\/V Edge: name the resource to size \(known: mcu:pool1, ports:hq\)/);
  });

  it('the valid base of these cases does run', async () => {
    const out = join(tempDir(), 'out');
    const r = await cli(['size', FILE, '--target', '0.01', '--replications', '2', '--quiet', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'sizing.csv'))).toBe(true);
  });
});
