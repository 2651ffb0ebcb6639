/**
 * How `avsim whatif` is reported: whatif.csv (one row per candidate, in rank order;
 * columns in docs/whatif.md), the aligned table on stdout (the top N) and the `--json`
 * document (the rows, the baseline's figures and busy hours).
 */
import type { CandidateOutcome, WhatifOutput } from '../whatif/whatif.js';
import type { PairedDelta } from '../stats/paired-delta.js';
import { renderCsv } from './csv.js';
import { percentText, sigFigures } from './figures.js';
import { jsonNumber, jsonRecord } from './json.js';
import type { JsonObject } from './json.js';
import { alignColumns } from './table.js';

/** One `whatif.csv` row. */
export interface WhatifRow {
  rank: number;
  name: string;
  kind: string;
  /** The change, as a JSON merge patch over the baseline scenario. */
  patch: string;
  description: string;
  edge_sessions_delta: number;
  edge_sessions_delta_ci95_low: number;
  edge_sessions_delta_ci95_high: number;
  edge_blocking_delta: number;
  edge_blocking_delta_ci95_low: number;
  edge_blocking_delta_ci95_high: number;
  failed_share_delta: number;
  failed_share_delta_ci95_low: number;
  failed_share_delta_ci95_high: number;
  no_qos_share_delta: number;
  no_qos_share_delta_ci95_low: number;
  no_qos_share_delta_ci95_high: number;
  /** `yes` when the Edge change's interval excludes zero. */
  edge_resolved: string;
  /** `yes` when its interval is disjoint from its neighbours' in the ranking. */
  rank_resolved: string;
  replications: number;
  /** The candidate's own busy-hour Edge sessions (summed over Edges). */
  edge_sessions: number;
  /** Share of the calls on another media path than in the paired baseline replication (CandidateFigures.pathShift). */
  path_shift_share: number;
}

/** Columns of `whatif.csv`, in order. */
export const WHATIF_COLUMNS = [
  'rank',
  'name',
  'kind',
  'patch',
  'description',
  'edge_sessions_delta',
  'edge_sessions_delta_ci95_low',
  'edge_sessions_delta_ci95_high',
  'edge_blocking_delta',
  'edge_blocking_delta_ci95_low',
  'edge_blocking_delta_ci95_high',
  'failed_share_delta',
  'failed_share_delta_ci95_low',
  'failed_share_delta_ci95_high',
  'no_qos_share_delta',
  'no_qos_share_delta_ci95_low',
  'no_qos_share_delta_ci95_high',
  'edge_resolved',
  'rank_resolved',
  'replications',
  'edge_sessions',
  'path_shift_share',
] as const satisfies readonly (keyof WhatifRow)[];

const yes = (flag: boolean): string => (flag ? 'yes' : 'no');

/** A candidate's row. */
export function whatifRow(o: CandidateOutcome): WhatifRow {
  return {
    rank: o.rank,
    name: o.candidate.name,
    kind: o.candidate.kind,
    patch: JSON.stringify(o.candidate.patch),
    description: o.candidate.description,
    edge_sessions_delta: o.edge.delta,
    edge_sessions_delta_ci95_low: o.edge.low,
    edge_sessions_delta_ci95_high: o.edge.high,
    edge_blocking_delta: o.blocking.delta,
    edge_blocking_delta_ci95_low: o.blocking.low,
    edge_blocking_delta_ci95_high: o.blocking.high,
    failed_share_delta: o.failed.delta,
    failed_share_delta_ci95_low: o.failed.low,
    failed_share_delta_ci95_high: o.failed.high,
    no_qos_share_delta: o.noQos.delta,
    no_qos_share_delta_ci95_low: o.noQos.low,
    no_qos_share_delta_ci95_high: o.noQos.high,
    edge_resolved: yes(o.edgeResolved),
    rank_resolved: yes(o.rankResolved),
    replications: o.replications,
    edge_sessions: o.edgeSessions,
    path_shift_share: o.pathShift,
  };
}

/** `whatif.csv`'s contents: every candidate, in rank order (--top limits the table and report, never the file). */
export function renderWhatifCsv(output: WhatifOutput): string {
  return renderCsv(WHATIF_COLUMNS, output.outcomes.map(whatifRow));
}

/** A change with its sign, to 3 significant digits ("+12.3", "-0.52", "0"). */
function signed(value: number): string {
  const text = sigFigures(value, 3);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** A change of a share in percentage points with its sign ("-1.2 pp", "0 pp"). */
function points(value: number): string {
  return `${signed(value * 100)} pp`;
}

/** A change and its interval: "-95.8 [-98.3, -93.4]"; just "0" for an exact zero. */
export function deltaWithInterval(d: PairedDelta, show: (v: number) => string = signed): string {
  if (exactlyZero(d)) return show(0);
  return Number.isFinite(d.low) ? `${show(d.delta)} [${show(d.low)}, ${show(d.high)}]` : show(d.delta);
}

/** The table's header: the blocking column names the bottleneck Edge. */
function header(bottleneck: string | undefined): string[] {
  return ['rank', 'candidate', 'Edge sessions (BH) [95% CI]', `${bottleneck ?? 'Edge'} blocking (BH)`, 'failed calls', 'no QoS', 'other path', 'reps', 'resolved'];
}

/** A change of exactly zero in every replication (a zero-width interval at 0). */
export function exactlyZero(d: PairedDelta): boolean {
  return d.delta === 0 && d.low === 0 && d.high === 0;
}

/** The candidate changes no figure in any replication (the four measures). */
export function sameFigures(o: CandidateOutcome): boolean {
  return exactlyZero(o.edge) && exactlyZero(o.blocking) && exactlyZero(o.failed) && exactlyZero(o.noQos);
}

/** The candidate changes nothing the simulation counts: no figure, and every path carries as many calls in every replication. */
export function changesNothing(o: CandidateOutcome): boolean {
  return sameFigures(o) && o.pathShift === 0;
}

/**
 * The Edge effect in a word: "lower", "higher", "none" (exactly zero in every
 * replication), "unresolved" (its interval holds zero).
 */
export function effectWord(o: CandidateOutcome): 'lower' | 'higher' | 'none' | 'unresolved' {
  if (exactlyZero(o.edge)) return 'none';
  if (!o.edgeResolved) return 'unresolved';
  return o.edge.delta < 0 ? 'lower' : 'higher';
}

/** The resolved column of the table and report: "lower", "higher; rank tied", "no Edge change", "other paths only", "changes nothing". */
export function resolvedWords(o: CandidateOutcome): string {
  if (changesNothing(o)) return 'changes nothing';
  if (sameFigures(o)) return 'other paths only';
  const effect = effectWord(o);
  if (effect === 'none') return 'no Edge change';
  return `${effect}${o.rankResolved ? '' : '; rank tied'}`;
}

/** The whatif as aligned plain text (no trailing newline): the top N candidates. */
export function renderWhatifTable(output: WhatifOutput): string {
  const { baseline, baselineFigures: b } = output;
  const hours = output.busyHours.map((h) => `${h.resource} ${h.utc === '' ? 'no busy hour: its window mean' : `${h.utc} UTC`}`).join(', ');
  const lines = [
    `scenario ${baseline.name}: ${output.outcomes.length} candidate change${output.outcomes.length === 1 ? '' : 's'} on common random numbers (seed ${output.seed}, ${output.replications} replications each${output.precision ? ' to start' : ''}), ` +
      `ranked by the paired change in busy-hour Edge sessions (${hours})`,
    `baseline: ${sigFigures(b.edgeSessions.mean, 4)} Edge sessions in the busy hour; ${output.bottleneck ?? 'no Edge'} blocks ${percentText(b.edgeBlocking.ratio)} in its busy hour; ` +
      `${percentText(b.failedShare.ratio)} of calls fail; ${percentText(b.noQosShare.ratio)} of media minutes without QoS`,
  ];
  if (output.outcomes.length === 0) return [...lines, 'no candidate change to rank'].join('\n');
  const rows = output.outcomes.slice(0, output.top).map((o) => [
    String(o.rank),
    o.candidate.name,
    deltaWithInterval(o.edge),
    points(o.blocking.delta),
    points(o.failed.delta),
    points(o.noQos.delta),
    percentText(o.pathShift),
    String(o.replications),
    resolvedWords(o),
  ]);
  lines.push(alignColumns([header(output.bottleneck), ...rows]));
  if (output.top < output.outcomes.length) lines.push(`(the top ${output.top} of ${output.outcomes.length}; whatif.csv has them all)`);
  return lines.join('\n');
}

/**
 * The `--json` document: seed, replications, scenario, the Edges' busy hours and
 * bottleneck, the baseline's figures, then the rows of whatif.csv.
 */
export function whatifJson(output: WhatifOutput): JsonObject {
  const b = output.baselineFigures;
  return {
    seed: output.seed,
    replications: output.replications,
    scenario: output.baseline.name,
    ...(output.precision === undefined ? {} : { precision: output.precision.precision, max_replications: output.precision.cap }),
    busy_hours: output.busyHours.map((h) => ({ resource: h.resource, busy_hour_utc: h.utc })),
    bottleneck_edge: output.bottleneck ?? null,
    baseline: {
      replications: b.replications,
      edge_sessions: jsonNumber(b.edgeSessions.mean),
      edge_sessions_ci95_low: jsonNumber(b.edgeSessions.low),
      edge_sessions_ci95_high: jsonNumber(b.edgeSessions.high),
      edge_blocking: jsonNumber(b.edgeBlocking.ratio),
      failed_share: jsonNumber(b.failedShare.ratio),
      no_qos_share: jsonNumber(b.noQosShare.ratio),
    },
    candidates: output.outcomes.map((o) => jsonRecord(WHATIF_COLUMNS, whatifRow(o))),
    notes: [...output.notes],
  };
}
