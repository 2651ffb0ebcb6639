/**
 * The observed side of `avsim fit`, part two: offered load per resource by UTC clock
 * hour, as the simulator measures it (WORKLOAD.md, "Measurement of the busy hour"): the
 * requests arriving in the hour times their holding time, over 3600 s. A record that
 * starts in an hour and lasts s seconds adds s / 3600 erlangs to that hour of every
 * resource it holds (load-topology.ts), however long it runs on. Each clock hour of the
 * day is averaged over the days it was observed, with a Student-t interval across days;
 * the busy hour is the clock hour with the highest mean (MEDIA-RULES "Busy hour").
 *
 * An hour counts as observed when it lies wholly inside the records' window, from the
 * first record's start rounded down to the minute to the last record's start rounded up
 * to the minute (an export that stops at 23:59:40 still observes its last hour). Counting
 * by arrival, the calls in progress when the export window opens (not in the file) are
 * not missed: they arrived before it.
 */
import { meanInterval } from '../stats/interval.js';
import { RECORD_PATHS } from './media-record.js';
import { resourcesOf } from './load-topology.js';
import type { LoadTopology } from './load-topology.js';
import type { RecordTables } from './record-tables.js';

/** One clock hour's offered load, averaged over the days observed. */
export interface HourLoad {
  /** UTC clock hour, 0-23. */
  readonly utcHour: number;
  /** Days on which this hour was observed. */
  readonly days: number;
  /** Mean erlangs over those days; `NaN` when none. */
  readonly mean: number;
  /** Student-t 95% interval across days; `NaN` with fewer than two days. */
  readonly low: number;
  readonly high: number;
}

/** One resource's hourly load and its busy hour. */
export interface ResourceLoad {
  /** `edge:<name>` or `mcu:<pool>`. */
  readonly resource: string;
  readonly hours: readonly HourLoad[];
  /** The clock hour with the highest mean; `NaN` when no hour was observed. */
  readonly busyHour: number;
}

/** The absolute hours `floor(t / 3600)` wholly inside the window. */
export function observedHours(first: number, last: number): { readonly from: number; readonly to: number } {
  const from = Math.ceil((Math.floor(first / 60) * 60) / 3600);
  const to = Math.floor((Math.ceil(last / 60) * 60) / 3600); // exclusive
  return { from, to };
}

/**
 * Offered load per resource and clock hour.
 *
 * @param tables - A finished pass.
 * @param topology - Which resources each pair and path holds.
 * @param level - Confidence level of the intervals across days. @default 0.95
 * @returns Resources sorted by id.
 */
export function offeredLoad(tables: RecordTables, topology: LoadTopology, level = 0.95): ResourceLoad[] {
  const { from, to } = observedHours(tables.firstStart, tables.lastStart);
  const span = Math.max(0, to - from);
  const seconds = new Map<string, Float64Array>();
  for (const pair of tables.pairs.values()) {
    RECORD_PATHS.forEach((path, p) => {
      if (pair.counts[p] === 0) return;
      for (const resource of resourcesOf(pair.callerLocation, pair.calleeLocation, path, topology)) {
        let series = seconds.get(resource);
        if (series === undefined) {
          series = new Float64Array(span);
          seconds.set(resource, series);
        }
        for (const [hour, bySeconds] of pair.hourSeconds) {
          if (hour >= from && hour < to) series[hour - from]! += bySeconds[p]!;
        }
      }
    });
  }
  return [...seconds.keys()].sort().map((resource) => {
    const series = seconds.get(resource)!;
    const hours: HourLoad[] = [];
    for (let h = 0; h < 24; h++) {
      const values: number[] = [];
      for (let i = 0; i < span; i++) if ((((from + i) % 24) + 24) % 24 === h) values.push(series[i]! / 3600);
      const interval = meanInterval(values, level);
      hours.push({ utcHour: h, days: values.length, mean: interval.mean, low: interval.low, high: interval.high });
    }
    let busyHour = Number.NaN;
    for (const hour of hours) if (hour.days > 0 && (Number.isNaN(busyHour) || hour.mean > hours[busyHour]!.mean)) busyHour = hour.utcHour;
    return { resource, hours, busyHour };
  });
}
