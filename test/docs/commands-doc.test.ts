/**
 * docs/commands.md gives every command's `--help` exactly as avsim prints it, each in a
 * code block of its own: the test fails when a command is added, or its help changes,
 * and the page is not brought up to date. The help texts come from src/cli/commands.ts
 * (main.ts runs the command line when imported, so it is not).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandHelp, COMMANDS, generalHelp } from '../../src/cli/commands.js';
import { packageVersion } from '../../src/cli/package-files.js';

const PAGE = readFileSync(fileURLToPath(new URL('../../docs/commands.md', import.meta.url)), 'utf8');

/** The text of every fenced code block of the page. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```[a-z]*\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

const BLOCKS = codeBlocks(PAGE);

describe('docs/commands.md', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('gives the help of avsim %s verbatim', (_name, command) => {
    expect(BLOCKS).toContain(commandHelp(command));
  });

  it('has a section for every command', () => {
    for (const command of COMMANDS) expect(PAGE).toContain(`\n## \`avsim ${command.name}\`\n`);
  });

  it('gives avsim --help verbatim (whatever the version number)', () => {
    // The version line names package.json's version; the page may show an older one.
    const [first, ...rest] = generalHelp().split('\n');
    expect(first).toContain(packageVersion());
    const pattern = first!.replace(packageVersion(), '\u0000');
    const found = BLOCKS.some((block) => {
      const [line, ...others] = block.split('\n');
      const [before, after] = pattern.split('\u0000');
      return line!.startsWith(before!) && line!.endsWith(after!) && others.join('\n') === rest.join('\n');
    });
    expect(found, 'a code block with the text of avsim --help').toBe(true);
  });
});
