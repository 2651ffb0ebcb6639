/**
 * Many tests at once: `avsim fit` tests every location pair's paths and every resource's
 * busy hour, so some small p-values are expected by chance alone (one in twenty below
 * 0.05 when the model is right). Holm's step-down adjustment keeps the chance of any
 * false alarm among them at most the level, whatever the tests' dependence (the overall
 * path test shares its calls with the pairs' tests).
 */

/**
 * Holm's adjusted p-values: sorted ascending, `p_(i) · (m - i + 1)`, made monotone and
 * capped at 1. A test rejects at family-wise level α when its adjusted p-value is below α.
 *
 * @param pValues - The tests' p-values; `NaN` (no test) is passed through and not counted in m.
 * @returns The adjusted p-values, in the order given.
 */
export function holmAdjusted(pValues: readonly number[]): number[] {
  const tested = pValues.map((p, i) => ({ p, i })).filter((t) => Number.isFinite(t.p));
  tested.sort((a, b) => a.p - b.p || a.i - b.i);
  const m = tested.length;
  const out = pValues.map(() => Number.NaN);
  let running = 0;
  tested.forEach((t, rank) => {
    running = Math.max(running, Math.min(1, t.p * (m - rank)));
    out[t.i] = running;
  });
  return out;
}

/** How many tests reject, alone and after Holm's adjustment. */
export interface TestCount {
  /** Tests with a p-value. */
  readonly tests: number;
  /** Of those, p-value below the level. */
  readonly below: number;
  /** Of those, Holm-adjusted p-value below the level (the family-wise rejections). */
  readonly holm: number;
  readonly level: number;
}

/**
 * Counts rejections.
 *
 * @param pValues - The tests' p-values (`NaN`: no test).
 * @param level - Significance level. @default 0.05
 */
export function countRejections(pValues: readonly number[], level = 0.05): TestCount {
  const adjusted = holmAdjusted(pValues);
  return {
    tests: pValues.filter(Number.isFinite).length,
    below: pValues.filter((p) => p < level).length,
    holm: adjusted.filter((p) => p < level).length,
    level,
  };
}
