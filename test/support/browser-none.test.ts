/**
 * When no Chromium launches, the browser helper fails, and its message names every
 * attempt with the reason it failed: the browser tests must fail, never skip, and say
 * what to install. The packaged browser is replaced by one that cannot unpack.
 */
import { join } from 'node:path';
import packaged from '@sparticuz/chromium';
import { afterEach, expect, it, vi } from 'vitest';
import { launchChromium, packagedArgs } from './browser.js';
import type { PackagedChromium } from './browser.js';
import { tempDir } from './temp.js';

const UNPACKABLE: PackagedChromium = {
  args: ['--no-sandbox'],
  executablePath: () => Promise.reject(new Error('cannot unpack: disk full')),
};

afterEach(() => {
  vi.unstubAllEnvs();
});

it('no browser: an error that lists the packaged one, AVSIM_CHROMIUM and each system path, with why each failed', async () => {
  // The helper's second try removes <tmp>/chromium: keep it away from the real one.
  vi.stubEnv('TMPDIR', tempDir());
  const missing = join(tempDir(), 'no-chromium');
  vi.stubEnv('AVSIM_CHROMIUM', missing);
  const error = await launchChromium({ packaged: UNPACKABLE, systemPaths: [join(tempDir(), 'chromium'), '/no/such/chromium-browser'] }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toMatch(/^no headless Chromium could be launched\. Tried:\n/);
  expect(message).toContain('- @sparticuz/chromium (not unpacked): cannot unpack: disk full');
  expect(message).toContain('- @sparticuz/chromium unpacked afresh (not unpacked): cannot unpack: disk full');
  expect(message).toContain(`- AVSIM_CHROMIUM=${missing}: no such file`);
  expect(message).toMatch(/- \S+chromium: no such file\n/);
  expect(message).toContain('- /no/such/chromium-browser: no such file');
  expect(message).toMatch(/apt-get install -y chromium/);
});

it('without AVSIM_CHROMIUM the message says it was not set', async () => {
  vi.stubEnv('TMPDIR', tempDir());
  vi.stubEnv('AVSIM_CHROMIUM', '');
  await expect(launchChromium({ packaged: UNPACKABLE, systemPaths: [] })).rejects.toThrow(/- AVSIM_CHROMIUM: not set/);
});

it("the package's flags lose only what breaks Playwright or undoes its defaults", () => {
  const args = packaged.args;
  const kept = packagedArgs(args);
  // What is dropped is there to drop (else the filter tests nothing).
  for (const dropped of [/^--headless/, /^--single-process$/, /^--disable-features=/, /^--enable-features=/]) {
    expect(args.some((arg) => dropped.test(arg)), String(dropped)).toBe(true);
    expect(kept.some((arg) => dropped.test(arg)), String(dropped)).toBe(false);
  }
  expect(kept).toEqual(args.filter((arg) => !/^(--headless|--single-process$|--disable-features=|--enable-features=)/.test(arg)));
  expect(kept).toContain('--no-sandbox');
  expect(kept).toContain('--no-zygote');
});
