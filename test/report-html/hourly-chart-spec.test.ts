import { expect, it } from 'vitest';
import { PAGE_WIDTH } from '../../src/report/html/chart-style.js';
import { GRADE_OF_SERVICE, hourlyChart } from '../../src/report/html/hourly-chart.js';
import type { HourlySeries } from '../../src/report/html/hourly-chart.js';
import { renderSvg } from '../../src/report/html/render.js';
import type { HourRow } from '../../src/results/types.js';

/** One clock hour of edge:edge, from 09:00 UTC. */
function hour(h: number, erlangs: number, blocking: number, busy = false): HourRow {
  return {
    scenario: 's',
    resource: 'edge:edge',
    hour_utc: `${String(9 + h).padStart(2, '0')}:00`,
    seconds: 3600,
    offered_erlangs: erlangs,
    blocking,
    blocking_ci95_low: blocking / 2,
    blocking_ci95_high: blocking * 1.5,
    busy,
  };
}

const SERIES: HourlySeries = {
  resource: 'edge:edge',
  kind: 'edge',
  capacity: 40,
  windowStart: 9 * 3600,
  hours: [hour(0, 41, 0.12, true), hour(1, 38, 0.05), hour(2, 30, 0.004), hour(3, 20, 0)],
};

type Layer = { data?: { values: Record<string, unknown>[] }; transform?: unknown[]; mark: { type: string }; encoding: Record<string, { field?: string; value?: unknown; condition?: { test: string } }> };
type Spec = { data: { values: Record<string, unknown>[] }; vconcat: { layer: Layer[] }[] };

const NINE = 9 * 3_600_000;

it('the hourly chart: offered erlangs per clock hour against the capacity, blocking per hour against the 1% grade of service, the busy hour shaded', async () => {
  const spec = hourlyChart(SERIES, 4 * 3600) as unknown as Spec;
  const [offered, blocking] = spec.vconcat;
  const kinds = (layers: Layer[]): string[] => layers.map((l) => `${l.mark.type}:${l.encoding['y']?.field ?? l.encoding['y']?.value}`);
  expect(kinds(offered!.layer)).toEqual(['rect:0', 'bar:erlangs', 'rule:erlangs', 'text:erlangs']);
  expect(kinds(blocking!.layer)).toEqual(['rect:0', 'bar:blocking', 'rule:low', 'rule:blocking', 'text:blocking']);
  // The busy hour, 09:00-10:00 UTC, shaded in both panels.
  for (const panel of [offered!, blocking!]) expect(panel.layer[0]!.data!.values).toEqual([{ start: NINE, end: NINE + 3_600_000 }]);
  // The capacity and the grade of service as rules.
  expect(offered!.layer[2]!.data!.values).toEqual([{ erlangs: 40 }]);
  expect(blocking!.layer[3]!.data!.values).toEqual([{ blocking: GRADE_OF_SERVICE }]);
  // Hours above 1% are coloured apart.
  expect(blocking!.layer[1]!.encoding['color']!.condition!.test).toBe('datum.over');
  expect(spec.data.values.map((v) => [v['hour'], v['erlangs'], v['blocking'], v['over'], v['busy']])).toEqual([
    ['09:00', 41, 0.12, true, true],
    ['10:00', 38, 0.05, true, false],
    ['11:00', 30, 0.004, false, false],
    ['12:00', 20, 0, false, false],
  ]);
  // Bars span their hour, inset a little; whiskers at the hour's middle.
  expect(spec.data.values[1]).toMatchObject({ mid: NINE + 5_400_000, low: 0.025 });
  expect(spec.data.values[1]!['high']).toBeCloseTo(0.075, 12);
  expect(spec.data.values[1]!['start']).toBeGreaterThan(NINE + 3_600_000);
  expect(spec.data.values[1]!['end']).toBeLessThan(NINE + 7_200_000);

  const { svg, warnings } = await renderSvg(hourlyChart(SERIES, 4 * 3600));
  expect(warnings).toEqual([]);
  expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${PAGE_WIDTH}"`));
  for (const text of ['offered (erlangs)', 'blocking', 'clock hour (UTC)', 'capacity 40', '1% grade of service', 'the busy hour, 09:00-10:00 UTC']) expect(svg).toContain(text);
});

it('an unlimited resource gets no capacity rule, and a window without a whole clock hour no shading', () => {
  const spec = hourlyChart({ ...SERIES, capacity: Infinity, hours: SERIES.hours.map((h) => ({ ...h, busy: false })) }, 4 * 3600) as unknown as Spec;
  expect(spec.vconcat[0]!.layer.map((l) => l.mark.type)).toEqual(['bar']);
  expect(spec.vconcat[1]!.layer.map((l) => l.mark.type)).toEqual(['bar', 'rule', 'rule', 'text']);
});
