/**
 * `calibration.csv`: one flat row per fitted parameter (docs/calibrate.md lists them).
 * Columns: `parameter, location, kind, local_hour, estimate, ci95_low, ci95_high,
 * records, method`. `kind` holds a traffic kind (`peerAudio`, `peerVideo`,
 * `conference`, `all`) or a qualifier written `key=value` (`size=4`, `to=paris`,
 * `participant=remote`); `records` is the count the estimate rests on (events for a
 * rate, trials for a share). Empty cells: not applicable.
 */
import type { HoldingFit } from './holding-fit.js';
import type { RateFit } from './rate-fit.js';
import { FIT_KINDS } from './record-tables.js';
import type { WorkloadFit } from './workload-fit.js';

/** Columns of `calibration.csv`, in order. */
export const CALIBRATION_COLUMNS = [
  'parameter',
  'location',
  'kind',
  'local_hour',
  'estimate',
  'ci95_low',
  'ci95_high',
  'records',
  'method',
] as const;

/** One `calibration.csv` row; numbers `NaN` (rendered empty) where not applicable. */
export interface CalibrationRow {
  parameter: string;
  location: string;
  kind: string;
  /** A local hour 0-23, or '' when the parameter has none. */
  local_hour: number | string;
  estimate: number;
  ci95_low: number;
  ci95_high: number;
  records: number;
  method: string;
}

const NaN_ = Number.NaN;
const row = (
  parameter: string, location: string, kind: string, local_hour: number | string,
  estimate: number, ci95_low: number, ci95_high: number, records: number, method: string,
): CalibrationRow => ({ parameter, location, kind, local_hour, estimate, ci95_low, ci95_high, records, method });

function rateRows(location: string, rates: RateFit, hourly: boolean): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  if (hourly) {
    for (const kind of FIT_KINDS) {
      for (const r of rates.byKind[kind]) rows.push(row('rate_per_user_per_hour', location, kind, r.localHour, r.estimate, r.low, r.high, r.records, 'garwood'));
    }
    for (const r of rates.all) rows.push(row('rate_per_user_per_hour', location, 'all', r.localHour, r.estimate, r.low, r.high, r.records, 'garwood'));
  }
  const busy = Number.isNaN(rates.busyHour) ? undefined : rates.all[rates.busyHour]!;
  for (const r of rates.all) {
    const scale = busy?.estimate ?? NaN_;
    rows.push(row('profile_weight', location, 'all', r.localHour, rates.profile[r.localHour]!, r.low / scale, r.high / scale, r.records, 'garwood / busy-hour rate'));
  }
  for (const kind of FIT_KINDS) {
    const e = rates.perUserPerHour[kind];
    rows.push(row('per_user_per_hour', location, kind, Number.isNaN(rates.busyHour) ? '' : rates.busyHour, e.estimate, e.low, e.high, e.records, 'garwood at the busy hour (simultaneous over the hours) x kind share'));
  }
  return rows;
}

function holdingRows(kind: string, h: HoldingFit): CalibrationRow[] {
  const chosen = h.family === 'lognormal' ? 'lognormal-cox' : 'exponential-chi-square';
  return [
    row('holding_mean_s', '', kind, '', h.mean, h.meanLow, h.meanHigh, h.count, chosen),
    row('holding_cv', '', kind, '', h.cv, h.cvLow, h.cvHigh, h.count, h.family === 'lognormal' ? 'lognormal-chi-square-sigma' : 'exponential'),
    row('holding_family', '', kind, '', h.aicDifference, NaN_, NaN_, h.count, h.family),
    row('holding_exponential_mean_s', '', kind, '', h.exponential.mean, h.exponential.meanLow, h.exponential.meanHigh, h.count, 'mle-chi-square'),
    row('holding_lognormal_mu', '', kind, '', h.lognormal.mu, h.lognormal.muLow, h.lognormal.muHigh, h.count, 'mle-student-t'),
    row('holding_lognormal_sigma', '', kind, '', h.lognormal.sigma, h.lognormal.sigmaLow, h.lognormal.sigmaHigh, h.count, 'mle-chi-square'),
    row('gof_chi_square', '', kind, '', h.gof.statistic, NaN_, NaN_, h.count, h.family),
    row('gof_df', '', kind, '', h.gof.df, NaN_, NaN_, h.count, h.family),
    row('gof_p_value', '', kind, '', h.gof.pValue, NaN_, NaN_, h.count, h.family),
    row('holding_zero_records', '', kind, '', h.zero, NaN_, NaN_, h.zero, 'left out of the fits'),
  ];
}

/**
 * Every fitted parameter as a flat row.
 *
 * @param fit - From workload-fit.ts `fitWorkload`.
 */
export function calibrationRows(fit: WorkloadFit): CalibrationRow[] {
  const rows: CalibrationRow[] = [row('window_hours', '', '', '', fit.window.hours, NaN_, NaN_, fit.counts.records, 'first to last record start')];
  for (const l of fit.locations) {
    rows.push(row('users', l.name, '', '', l.users, NaN_, NaN_, l.distinctIds, l.usersFrom));
    rows.push(row('utc_offset_hours', l.name, '', '', l.utcOffsetHours, NaN_, NaN_, NaN_, l.offsetFrom));
    rows.push(...rateRows(l.name, l.rates, true));
  }
  rows.push(...rateRows('', fit.global.rates, false).map((r) => ({ ...r, method: `${r.method} (${fit.global.from})` })));
  const h = fit.homogeneity;
  rows.push(row('rates_homogeneity_statistic', '', 'all', '', h.statistic, NaN_, NaN_, fit.pooled.total, 'g-test'));
  rows.push(row('rates_homogeneity_df', '', 'all', '', h.df, NaN_, NaN_, fit.pooled.total, 'g-test'));
  rows.push(row('rates_homogeneity_p_value', '', 'all', '', h.pValue, NaN_, NaN_, fit.pooled.total, fit.perSite ? 'g-test: rates per site' : 'g-test: one model'));
  for (const kind of FIT_KINDS) rows.push(...holdingRows(kind, fit.holding[kind]));
  for (const s of fit.conferenceSizes) rows.push(row('conference_size_share', '', `size=${s.size}`, '', s.share, s.low, s.high, s.trials, 'clopper-pearson'));
  for (const k of ['remote', 'federated', 'anonymous'] as const) {
    const p = fit.participants[k];
    rows.push(row('conference_participant_share', '', `participant=${k}`, '', p.share, p.low, p.high, p.trials, 'clopper-pearson'));
  }
  rows.push(row('federated_share', '', 'two-party', '', fit.federated.share, fit.federated.low, fit.federated.high, fit.federated.trials, 'clopper-pearson'));
  for (const a of fit.affinity) {
    rows.push(row('affinity', a.from, `to=${a.to}`, '', a.weight, a.low, a.high, a.records, `${a.method} (${fit.callees})${a.resolved ? '; in the workload' : ''}`));
    rows.push(row('affinity_expected_records', a.from, `to=${a.to}`, '', a.expected, NaN_, NaN_, a.records, `callee rule ${fit.callees} without affinity`));
  }
  return rows;
}

