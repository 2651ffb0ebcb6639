/**
 * `avsim whatif` as a Vega-Lite spec (plain data): the ranked candidates, best first,
 * each with its paired change in busy-hour Edge sessions and the 95% interval as an error
 * bar, coloured by what the interval says (lower, higher, not resolved from zero, or no
 * change at all).
 */
import type { CandidateOutcome } from '../../whatif/whatif.js';
import { effectWord } from '../whatif.js';
import { BAR_STEP, CHART_CONFIG, COLOURS, PAGE_FIT } from './chart-style.js';
import type { LayeredSpec } from './chart-style.js';

/** Legend entries, by {@link effectWord}. */
export const EFFECT_SERIES = {
  lower: 'lower Edge load',
  higher: 'higher Edge load',
  unresolved: 'not resolved from zero',
  none: 'no Edge change',
} as const;

/**
 * The ranked chart of the candidates given (the top N, in rank order).
 *
 * @param outcomes - Candidates in rank order.
 */
export function whatifChart(outcomes: readonly CandidateOutcome[]): LayeredSpec {
  const values = outcomes.map((o) => ({
    candidate: `${o.rank}. ${o.candidate.name}`,
    delta: o.edge.delta,
    ...(Number.isFinite(o.edge.low) ? { low: o.edge.low, high: o.edge.high } : {}),
    effect: EFFECT_SERIES[effectWord(o)],
  }));
  const y = { field: 'candidate', type: 'nominal' as const, sort: values.map((v) => v.candidate), title: null, axis: { labelLimit: 260 } };
  const x = { type: 'quantitative' as const, title: 'change in mean concurrent Edge sessions in the busy hour' };
  const colour = {
    field: 'effect',
    type: 'nominal' as const,
    scale: { domain: Object.values(EFFECT_SERIES), range: [COLOURS.direct, COLOURS.blocked, COLOURS.muted, COLOURS.max] },
    legend: { title: null, columns: 2 },
  };
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: Math.max(1, values.length) * BAR_STEP,
    title: {
      text: 'Candidate changes ranked by busy-hour Edge load',
      subtitle: ['paired difference from the baseline (common random numbers), best first', 'summed over the Edges, each in its baseline busy hour; error bars: 95% interval'],
    },
    data: { values },
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: COLOURS.muted }, encoding: { x: { field: 'zero', ...x } } },
      { transform: [{ filter: 'isValid(datum.low)' }], mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { y, x: { field: 'low', ...x }, x2: { field: 'high' }, color: colour } },
      { mark: { type: 'point', filled: true, size: 50, opacity: 1 }, encoding: { y, x: { field: 'delta', ...x }, color: colour } },
    ],
  };
}
