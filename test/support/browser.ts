/**
 * The headless Chromium that browser tests drive with playwright-core, found the same way
 * on CI and on a newcomer's machine that has nothing but Node.
 *
 * {@link launchChromium} tries, in order, and keeps the first that launches:
 * 1. **The Chromium inside the npm package `@sparticuz/chromium`** (a devDependency, so
 *    `npm install` / `npm ci` brings it; the build ships compressed in the package, with
 *    no download step). `executablePath()` unpacks it into the OS temp folder on first use
 *    (`<tmp>/chromium`, a second or two) and finds it there afterwards; if what it finds
 *    does not launch as the package's version, it is unpacked afresh once. This one comes
 *    first so that CI and everyone else test the same browser whatever the machine has
 *    installed. It links to a few shared libraries of the host (libnss3, libnspr4,
 *    libexpat); a machine without them cannot run it.
 * 2. **A system Chromium**, only when the packaged one cannot run: the executable that
 *    the AVSIM_CHROMIUM environment variable names, then Debian's /usr/bin/chromium, then
 *    /usr/bin/chromium-browser.
 *
 * When none launches it throws, listing every attempt and why it failed: a browser test
 * must fail, never skip, for want of a browser.
 *
 * The packaged browser's launch flags (`chromium.args`) are meant for AWS Lambda and
 * Puppeteer; a few of them are dropped here, each for the reason in {@link packagedArgs}.
 * Playwright's own default flags are kept: among them `--disable-background-networking`
 * and `--disable-component-update`, and a feature list that stops connections at
 * start-up. This machine refuses connections to the outside, and the report test checks
 * that the page fetches nothing.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** A launched browser and where it came from. */
export interface LaunchedBrowser {
  readonly browser: Browser;
  /** Which attempt launched it: `@sparticuz/chromium`, `AVSIM_CHROMIUM=<path>`, or the system path. */
  readonly source: string;
  readonly executablePath: string;
}

/** System Chromium paths tried after AVSIM_CHROMIUM, in order. */
export const SYSTEM_CHROMIUMS: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium major version `@sparticuz/chromium` ships: its own major version (153.0.0 ships Chromium 153). */
const PACKAGED_MAJOR = (
  JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'package.json'), 'utf8')) as { version: string }
).version.split('.')[0];

/** How long one launch may take before it counts as failed (a busy 2-core machine is slow). */
const LAUNCH_TIMEOUT_MS = 30_000;

/**
 * `@sparticuz/chromium`'s flags, less those that break Playwright or undo its defaults:
 * - `--headless=...` (`--headless='shell'`, quotes included): Playwright passes its own
 *   `--headless` for `headless: true`, and Chromium keeps the last of a repeated switch,
 *   so the package's would replace Playwright's choice.
 * - `--single-process`: the package needs it on Lambda; under it Chromium supports one
 *   browser context at most, and Playwright's contexts then take the browser down when
 *   a second is opened or one is closed (Playwright does not support the flag).
 * - `--disable-features=...` and `--enable-features=...`: Chromium keeps only the last of
 *   each, so the package's lists would replace Playwright's, which switch off features
 *   that connect out at start-up (optimization hints, network time, search preconnect).
 *   The package's own features serve `--single-process` (no site isolation) and Lambda
 *   (the audio service in process); the report needs none of them.
 */
export function packagedArgs(args: readonly string[]): string[] {
  return args.filter(
    (arg) => !arg.startsWith('--headless') && arg !== '--single-process' && !arg.startsWith('--disable-features=') && !arg.startsWith('--enable-features='),
  );
}

/**
 * A fontconfig file that offers the packaged browser only the fonts the package ships
 * (Open Sans, which `executablePath()` unpacks into `<tmp>/fonts`), so that text is
 * measured alike on every machine. Left to the system's fonts, the report's layout
 * followed whatever was installed: on a Debian machine with DejaVu Sans alone (no
 * Liberation Sans, which Debian's chromium package used to bring along) a table of the
 * report came out 14 px wider than an A4 page. The package's own fonts.conf names
 * /tmp/fonts, which is wrong when TMPDIR points elsewhere, hence a file of our own.
 * Written whole and renamed into place, since parallel runs may write it at once.
 */
function packagedFontsConfig(): string {
  const file = join(tmpdir(), 'avsim-chromium-fonts.conf');
  const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(tmpdir(), 'fonts')}</dir>
  <cachedir>${join(tmpdir(), 'avsim-chromium-fonts-cache')}</cachedir>
</fontconfig>
`;
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
  return file;
}

/** The first lines of an error: Playwright's messages go on with a long call log. */
function reason(thrown: unknown): string {
  const text = thrown instanceof Error ? thrown.message : String(thrown);
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(0, 6).join(' | ');
}

/** What {@link launchChromium} reads of `@sparticuz/chromium`. */
export interface PackagedChromium {
  readonly args: readonly string[];
  executablePath(): Promise<string>;
}

/** What to try; tests of the helper replace these. */
export interface LaunchOptions {
  /** The packaged browser. @default `@sparticuz/chromium` */
  readonly packaged?: PackagedChromium;
  /** System Chromiums tried after AVSIM_CHROMIUM. @default {@link SYSTEM_CHROMIUMS} */
  readonly systemPaths?: readonly string[];
}

/**
 * Launches headless Chromium (see the module comment for what is tried and why).
 *
 * @throws Error naming every attempt and its failure when no browser launches.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { packaged = sparticuz, systemPaths = SYSTEM_CHROMIUMS } = options;
  const failures: string[] = [];

  // A second try unpacks afresh: `executablePath()` reuses whatever `<tmp>/chromium` it
  // finds, which may be left by an older version of the package or cut short by an
  // interrupted unpack (or still being written by another run).
  for (const attempt of ['', ' unpacked afresh']) {
    let path: string | undefined;
    try {
      if (attempt !== '') rmSync(join(tmpdir(), 'chromium'), { force: true });
      path = await packaged.executablePath();
      const browser = await chromium.launch({
        executablePath: path,
        args: packagedArgs(packaged.args),
        env: { ...process.env, FONTCONFIG_FILE: packagedFontsConfig() },
        headless: true,
        timeout: LAUNCH_TIMEOUT_MS,
      });
      const version = browser.version();
      if (version.split('.')[0] === PACKAGED_MAJOR) return { browser, source: '@sparticuz/chromium', executablePath: path };
      await browser.close();
      failures.push(`@sparticuz/chromium${attempt} (${path}): it is Chromium ${version}, not the package's ${PACKAGED_MAJOR}`);
    } catch (thrown) {
      failures.push(`@sparticuz/chromium${attempt} (${path ?? 'not unpacked'}): ${reason(thrown)}`);
    }
  }

  const candidates: { label: string; path: string }[] = [];
  const named = process.env['AVSIM_CHROMIUM'];
  if (named === undefined || named === '') failures.push('AVSIM_CHROMIUM: not set');
  else candidates.push({ label: `AVSIM_CHROMIUM=${named}`, path: named });
  for (const path of systemPaths) candidates.push({ label: path, path });
  for (const { label, path } of candidates) {
    if (!existsSync(path)) {
      failures.push(`${label}: no such file`);
      continue;
    }
    try {
      // Playwright's default flags suit a system Chromium as they are.
      const browser = await chromium.launch({ executablePath: path, headless: true, timeout: LAUNCH_TIMEOUT_MS });
      return { browser, source: label, executablePath: path };
    } catch (thrown) {
      failures.push(`${label}: ${reason(thrown)}`);
    }
  }

  throw new Error(
    `no headless Chromium could be launched. Tried:\n${failures.map((f) => `  - ${f}`).join('\n')}\n` +
      'The packaged one comes with "npm install" (@sparticuz/chromium) and needs libnss3, libnspr4 and libexpat; ' +
      'otherwise install a Chromium (Debian: apt-get install -y chromium) or set AVSIM_CHROMIUM to one.',
  );
}
