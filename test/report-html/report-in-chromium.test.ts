/**
 * End to end: `avsim run` writes report.html, and a real browser (headless Chromium,
 * driven by playwright-core) shows every chart: an SVG of non-zero size with marks and
 * axis titles, nothing fetched, no error, nothing wider than an A4 page when printed.
 * Saves a screenshot to results/report-screenshot.png.
 *
 * The browser comes with `npm install` (test/support/browser.ts says what is tried, and
 * in which order). It is required, not optional: when no Chromium launches this test
 * fails, naming every attempt.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { ROOT, avsim, tempDir, workload } from '../cli/process/cli-harness.js';
import { launchChromium } from '../support/browser.js';

const SCREENSHOT = join(ROOT, 'results', 'report-screenshot.png');
/** A4 (210 mm) less the page's 14 mm margins, in CSS pixels (96 per inch). */
const A4_TEXT_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

/** What the page says about one figure. */
interface FigureCheck {
  label: string;
  width: number;
  height: number;
  marks: number;
  axisTitles: string[];
}

it('report.html opens in headless Chromium with every chart drawn, offline and A4-wide', async ({ annotate }) => {
  const out = tempDir();
  const r = avsim(['run', workload('p2p-open-vs-blocked.yaml'), '--out', out, '--replications', '3', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const url = pathToFileURL(join(out, 'report.html')).href;

  const { browser, source, executablePath } = await launchChromium(); // throws, naming what it tried, when no browser launches
  await annotate(`Chromium ${browser.version()} from ${source} (${executablePath})`);
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      requested.push(route.request().url());
      return route.request().url() === url ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url, { waitUntil: 'load' });

    const figures: FigureCheck[] = await page.$$eval('figure.chart', (nodes) =>
      nodes.map((figure) => {
        const svg = figure.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        const marks = svg ? [...svg.querySelectorAll('.role-mark')].filter((mark) => mark.querySelector('path, line, text, rect') !== null).length : 0;
        const axisTitles = svg ? [...svg.querySelectorAll('.role-axis-title text')].map((t) => t.textContent ?? '') : [];
        return { label: figure.getAttribute('aria-label') ?? '', width: box?.width ?? 0, height: box?.height ?? 0, marks, axisTitles };
      }),
    );
    // Per scenario: a load chart per resource that carried load (open: all 5; blocked-hq-branches:
    // 4, ports:hq carries none; blocked-all-inter-site: the Edge and the MCU), an hourly blocking
    // chart per resource that blocked (the Edge in the two blocked scenarios), paths, no-QoS share.
    expect(figures).toHaveLength(5 + 4 + 2 + 2 + 3 * 2);
    for (const f of figures) {
      expect(f.width, f.label).toBeGreaterThan(100);
      expect(f.height, f.label).toBeGreaterThan(30);
      expect(f.marks, f.label).toBeGreaterThan(0);
      expect(f.axisTitles.length, f.label).toBeGreaterThan(0);
      expect(f.axisTitles.every((t) => t.trim() !== ''), f.label).toBe(true);
    }
    const edge = figures.find((f) => f.label === 'edge:edge: concurrent sessions')!;
    expect(edge.axisTitles).toEqual(['time of day (UTC)', 'concurrent sessions']);
    const headline = await page.textContent('.headline');
    expect(headline).toMatch(/edge:edge \(A\/V Edge\) is busiest from \d\d:\d\d to \d\d:\d\d UTC/);
    expect(headline).toMatch(/of its capacity of 40/);
    expect(headline).toMatch(/calls per replication: [\d.]+% peer-to-peer/);

    mkdirSync(join(ROOT, 'results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Printed on A4: nothing wider than the page's text.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1100 });
    const widest = await page.$$eval('figure.chart svg', (svgs) => Math.max(...svgs.map((svg) => svg.getBoundingClientRect().width)));
    expect(widest).toBeLessThanOrEqual(A4_TEXT_WIDTH);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_TEXT_WIDTH);

    expect(problems).toEqual([]);
    expect(requested).toEqual([url]); // the page alone: no font, image or script fetched
  } finally {
    await browser.close();
  }
  expect(existsSync(SCREENSHOT)).toBe(true);
}, 90_000);
