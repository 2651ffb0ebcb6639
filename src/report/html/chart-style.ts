/**
 * What every chart of the report shares: sizes that fit an A4 page in portrait, a light
 * background, system fonts (nothing is fetched: the page must render offline), and the
 * words for a resource's units.
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import type { PathName, ResourceKind } from '../../results/types.js';

/** A layered Vega-Lite spec, the shape of every chart here. */
export type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;
/** One layer of a {@link LayeredSpec}. */
export type Layer = LayeredSpec['layer'][number];

/**
 * Width of a whole chart (axes, titles and padding included), pixels: the page's text
 * column (`max-width` of the body in page.ts). The SVG scales down with the column
 * (`max-width: 100%`), on a narrow screen and on A4 paper alike.
 */
export const PAGE_WIDTH = 780;

/**
 * A single or layered chart's size: {@link PAGE_WIDTH} wide in all, the plotting area
 * taking what the axes and labels leave (Vega's `fit-x` autosize, measured with its
 * own text width estimates). The height stays the plotting area's.
 */
export const PAGE_FIT = { width: PAGE_WIDTH, autosize: { type: 'fit-x', contains: 'padding' } } as const;
/** Height of a time-series chart's plotting area, pixels. */
export const LOAD_HEIGHT = 170;
/** Height of one bar (one row of a bar chart), pixels. */
export const BAR_STEP = 18;

/** Colours (Tableau 10): blue for the mean, red for limits, orange and grey for the rest. */
export const COLOURS = {
  mean: '#4e79a7',
  band: '#a0cbe8',
  max: '#9c755f',
  limit: '#e15759',
  carried: '#4e79a7',
  failed: '#f28e2b',
  blocked: '#e15759',
  direct: '#59a14f',
  chosen: '#e15759',
  muted: '#bab0ac',
} as const;

/** Vega-Lite configuration shared by every chart. */
export const CHART_CONFIG: Config = {
  background: 'white',
  font: 'Helvetica, Arial, "Liberation Sans", sans-serif',
  padding: 8,
  title: { anchor: 'start', fontSize: 13, subtitleFontSize: 11, subtitleColor: '#555' },
  axis: { labelFontSize: 10, titleFontSize: 11, grid: true, gridColor: '#e6e6e6' },
  legend: { orient: 'bottom', labelFontSize: 10, titleFontSize: 11, labelLimit: 320 },
  view: { stroke: '#ccc' },
};

/** The units a resource holds, plural: relay sessions, MCU legs, ports, link or Mediation sessions. */
export function unitsOf(kind: ResourceKind): string {
  switch (kind) {
    case 'edge':
    case 'link':
    case 'mediation':
      return 'sessions';
    case 'mcu':
      return 'legs';
    case 'ports':
      return 'ports';
    default: {
      const never: never = kind;
      throw new Error(`unknown resource kind ${String(never)}`);
    }
  }
}

/** What a resource kind is, in words: "A/V Edge", "MCU", "port pool", "CAC link", "Mediation Server". */
export function kindName(kind: ResourceKind): string {
  switch (kind) {
    case 'edge':
      return 'A/V Edge';
    case 'mcu':
      return 'MCU';
    case 'ports':
      return 'port pool';
    case 'link':
      return 'CAC bandwidth limit';
    case 'mediation':
      return 'Mediation Server';
    default: {
      const never: never = kind;
      throw new Error(`unknown resource kind ${String(never)}`);
    }
  }
}

/** How a call on each path ended: carried, rerouted to the PSTN by CAC, failed (no path, certificate, CAC) or blocked at capacity. */
export type Outcome = 'carried' | 'rerouted to the PSTN' | 'failed' | 'blocked at capacity';

/** The outcome of a path, exhaustively. */
export function outcomeOf(path: PathName): Outcome {
  switch (path) {
    case 'p2p':
    case 'edge-udp':
    case 'edge-tcp':
    case 'mcu':
    case 'cac-internet':
    case 'pstn':
      return 'carried';
    case 'cac-pstn':
      return 'rerouted to the PSTN';
    case 'failed-no-path':
    case 'failed-certificate':
    case 'failed-cac':
      return 'failed';
    case 'blocked-capacity':
      return 'blocked at capacity';
    default: {
      const never: never = path;
      throw new Error(`unknown path ${String(never)}`);
    }
  }
}

/** A path in plain words, for headlines. */
export function pathWords(path: PathName): string {
  switch (path) {
    case 'p2p':
      return 'peer-to-peer';
    case 'edge-udp':
      return 'relayed by the Edge over UDP';
    case 'edge-tcp':
      return 'relayed by the Edge over TCP';
    case 'mcu':
      return 'on the MCU (conferences)';
    case 'failed-no-path':
      return 'failed for want of a path';
    case 'failed-certificate':
      return 'failed on the Edge certificate';
    case 'blocked-capacity':
      return 'blocked at capacity';
    case 'cac-internet':
      return 'refused by CAC and relayed by the Edge over the Internet';
    case 'cac-pstn':
      return 'refused by CAC and rerouted to the PSTN';
    case 'failed-cac':
      return 'refused by CAC and sent to voicemail';
    case 'pstn':
      return 'to or from the PSTN (Enterprise Voice)';
    default: {
      const never: never = path;
      throw new Error(`unknown path ${String(never)}`);
    }
  }
}
