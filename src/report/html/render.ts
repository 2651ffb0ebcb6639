/**
 * Renders Vega-Lite specs to static SVG, at report time and offline: the spec is
 * compiled to Vega (vega-lite's `compile`), parsed, and drawn headless by a Vega View
 * with no renderer (`renderer: 'none'`, `toSVG()`), so the page needs no script.
 * Text widths are estimated (no canvas), which is enough for axis layout.
 *
 * Vega and Vega-Lite are imported on first use: commands that write no report do not
 * pay for loading them. Their log output is captured, never printed (library code does
 * not write to the console): warnings come back with the SVG, errors are thrown.
 */
import type { TopLevelSpec } from 'vega-lite';

/** One chart, rendered. */
export interface RenderedChart {
  /** A standalone `<svg>` element (Vega escapes the text it draws). */
  readonly svg: string;
  /** What Vega-Lite and Vega warned about while compiling and rendering (empty when all is well). */
  readonly warnings: readonly string[];
}

let libraries: Promise<[typeof import('vega'), typeof import('vega-lite')]> | undefined;

/** Vega and Vega-Lite, loaded once. */
function loadLibraries(): Promise<[typeof import('vega'), typeof import('vega-lite')]> {
  libraries ??= Promise.all([import('vega'), import('vega-lite')]);
  return libraries;
}

/**
 * Starts loading Vega and Vega-Lite for a report rendered later. The CLI calls this as a
 * simulation starts, so that the load overlaps the workers' run instead of following it. A failed load is reported by the render that
 * awaits it; if nothing is rendered (the run failed), it does not matter.
 */
export function preloadRenderer(): void {
  loadLibraries().catch(() => undefined);
}

/**
 * Renders one Vega-Lite spec to SVG.
 *
 * @throws Error when Vega-Lite or Vega reports an error (the message names the chart's title).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<RenderedChart> {
  const [vega, vegaLite] = await loadLibraries();
  const warnings: string[] = [];
  const errors: string[] = [];
  // vega-util's logger with a handler that records instead of printing.
  const logger = vega.logger(vega.Warn, undefined, (_method, level, args) => {
    (level === 'ERROR' ? errors : warnings).push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
  });
  const compiled = vegaLite.compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.Warn });
  try {
    const svg = await view.toSVG();
    if (errors.length > 0) throw new Error(`chart "${titleOf(spec)}" failed to render: ${errors.join('; ')}`);
    return { svg, warnings };
  } finally {
    view.finalize();
  }
}

/** Renders several specs, one after the other (rendering is CPU-bound: nothing to overlap). */
export async function renderSvgs(specs: readonly TopLevelSpec[]): Promise<RenderedChart[]> {
  const out: RenderedChart[] = [];
  for (const spec of specs) out.push(await renderSvg(spec));
  return out;
}

/** A spec's title text, for messages. */
function titleOf(spec: TopLevelSpec): string {
  const title = spec.title;
  if (typeof title === 'string') return title;
  if (Array.isArray(title)) return title.join(' ');
  const text = title?.text;
  return typeof text === 'string' ? text : Array.isArray(text) ? text.join(' ') : 'untitled';
}
