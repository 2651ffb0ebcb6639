/**
 * The exact transient of an Erlang loss system (M/M/c/c) whose arrival rate is constant
 * within each hour: the Kolmogorov forward equations of its birth-death chain,
 * integrated by classical Runge-Kutta from an empty system at time 0. Poisson arrivals
 * see time averages (PASTA), so the expected count blocked in an hour is
 * λ_h · ∫_hour P(N(t) = c) dt, which this integrates alongside the state.
 *
 * With the hour's rate held long enough, P(N = c) tends to Erlang B: the theory tests
 * use the difference between this and Erlang B as the bound on the transient bias at
 * the start of an hour whose load differs from the one before.
 */

/** Per hour: the expected requests offered and blocked, and the mean P(N = c) over the hour. */
export interface HourlyLoss {
  readonly offered: Float64Array;
  readonly blocked: Float64Array;
  /** (1/3600) ∫_hour P(N(t) = c) dt: the expected blocking of the hour's requests. */
  readonly blocking: Float64Array;
}

/**
 * @param ratesPerHour - arrivals per second in each successive hour from time 0
 * @param meanHolding - mean of the exponential holding time, seconds
 * @param capacity - servers c
 * @param step - integration step, seconds (well below 1 / (λ + c/h))
 */
export function lossByHour(ratesPerHour: readonly number[], meanHolding: number, capacity: number, step = 0.25): HourlyLoss {
  const c = capacity;
  const mu = 1 / meanHolding;
  const n = c + 2; // states 0..c, then the running integral of P(N = c)
  const p = new Float64Array(n);
  p[0] = 1;
  // dx/dt for the chain at arrival rate lambda, written into d.
  const derivative = (x: Float64Array, lambda: number, d: Float64Array): void => {
    d.fill(0);
    for (let k = 0; k <= c; k++) {
      const out = (k < c ? lambda : 0) + k * mu;
      d[k]! -= out * x[k]!;
      if (k < c) d[k + 1]! += lambda * x[k]!;
      if (k > 0) d[k - 1]! += k * mu * x[k]!;
    }
    d[c + 1] = x[c]!;
  };
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const y = new Float64Array(n);
  const shifted = (a: number, k: Float64Array): Float64Array => {
    for (let i = 0; i < n; i++) y[i] = p[i]! + a * k[i]!;
    return y;
  };
  const hours = ratesPerHour.length;
  const offered = new Float64Array(hours);
  const blocked = new Float64Array(hours);
  const blocking = new Float64Array(hours);
  const steps = Math.round(3600 / step);
  for (let h = 0; h < hours; h++) {
    const lambda = ratesPerHour[h]!;
    p[c + 1] = 0;
    for (let s = 0; s < steps; s++) {
      derivative(p, lambda, k1);
      derivative(shifted(step / 2, k1), lambda, k2);
      derivative(shifted(step / 2, k2), lambda, k3);
      derivative(shifted(step, k3), lambda, k4);
      for (let i = 0; i < n; i++) p[i]! += (step / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
    }
    blocking[h] = p[c + 1]! / 3600;
    offered[h] = lambda * 3600;
    blocked[h] = lambda * p[c + 1]!;
  }
  return { offered, blocked, blocking };
}
