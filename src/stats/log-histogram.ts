/**
 * A histogram of positive values on log-spaced bins (a fixed number per decade), filled
 * in one pass with constant memory: enough to draw a histogram with a fitted density, to
 * read quantiles for a Q-Q plot, and to run a chi-square goodness-of-fit test.
 *
 * `counts` has `bins + 2` cells: cell 0 holds values below `min` (zero included), cells
 * 1..bins the log-spaced bins `[min·10^((i-1)/perDecade), min·10^(i/perDecade))`, and the
 * last cell values at or above `max`.
 */

/** The histogram's layout and its counts (mutable: {@link addToLogHistogram} fills it). */
export interface LogHistogram {
  /** Lower edge of the first bin. */
  readonly min: number;
  readonly binsPerDecade: number;
  /** Log-spaced bins between `min` and `max`. */
  readonly bins: number;
  /** `bins + 2` cells: below `min`, the bins, at or above `max`. */
  readonly counts: Float64Array;
}

/** Options of {@link createLogHistogram}. */
export interface LogHistogramOptions {
  /** Lower edge of the first bin, > 0. @default 0.1 */
  readonly min?: number;
  /** Upper edge of the last bin; rounded up to a whole number of bins. @default 1e6 */
  readonly max?: number;
  /** Bins per factor of ten. @default 20 */
  readonly binsPerDecade?: number;
}

/**
 * An empty histogram.
 *
 * @param options - Range and resolution; defaults 0.1 to 1e6 at 20 bins per decade.
 * @throws RangeError when `min` is not positive, `max <= min`, or `binsPerDecade` is not a positive integer.
 */
export function createLogHistogram(options: LogHistogramOptions = {}): LogHistogram {
  const min = options.min ?? 0.1;
  const max = options.max ?? 1e6;
  const binsPerDecade = options.binsPerDecade ?? 20;
  if (!(min > 0 && max > min)) throw new RangeError(`expected 0 < min < max, got min ${min}, max ${max}`);
  if (!(Number.isInteger(binsPerDecade) && binsPerDecade > 0)) {
    throw new RangeError(`binsPerDecade must be a positive integer, got ${String(binsPerDecade)}`);
  }
  const bins = Math.ceil(Math.log10(max / min) * binsPerDecade - 1e-9);
  return { min, binsPerDecade, bins, counts: new Float64Array(bins + 2) };
}

/** Counts one value (any number; values below `min`, zero included, go to cell 0). */
export function addToLogHistogram(histogram: LogHistogram, value: number): void {
  const { counts, bins } = histogram;
  if (!(value >= histogram.min)) {
    counts[0]! += 1;
    return;
  }
  const i = Math.floor(Math.log10(value / histogram.min) * histogram.binsPerDecade);
  counts[i >= bins ? bins + 1 : i + 1]! += 1;
}

/** The `bins + 1` bin edges, from `min` to the top of the last bin. */
export function logHistogramEdges(histogram: LogHistogram): Float64Array {
  const edges = new Float64Array(histogram.bins + 1);
  for (let i = 0; i <= histogram.bins; i++) edges[i] = histogram.min * Math.pow(10, i / histogram.binsPerDecade);
  return edges;
}

/**
 * The q-quantile read from the histogram, interpolated geometrically inside a log bin
 * (linearly from 0 in the cell below `min`).
 *
 * @param q - In [0, 1].
 * @returns The quantile; `NaN` when the histogram is empty; the top edge when it falls
 *   in the cell at or above `max` (the histogram does not know how far above).
 * @throws RangeError when `q` is outside [0, 1].
 */
export function logHistogramQuantile(histogram: LogHistogram, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be in [0, 1], got ${String(q)}`);
  const { counts, bins, min } = histogram;
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  if (!(total > 0)) return Number.NaN;
  const target = q * total;
  let cumulative = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c > 0 && cumulative + c >= target) {
      const within = (target - cumulative) / c;
      if (i === 0) return within * min;
      if (i === bins + 1) return min * Math.pow(10, bins / histogram.binsPerDecade);
      return min * Math.pow(10, (i - 1 + within) / histogram.binsPerDecade);
    }
    cumulative += c;
  }
  return min * Math.pow(10, bins / histogram.binsPerDecade);
}
