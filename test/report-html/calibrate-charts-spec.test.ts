/** The charts of calibrate's report as Vega-Lite specs: data against fit (calibrate-charts.ts). */
import { expect, it } from 'vitest';
import { holdingHistogram, holdingQq, rateChart } from '../../src/report/html/calibrate-charts.js';
import { at, calibrateText, call, leg, recordsCsv } from '../calibrate/records-fixture.js';

type Layer = { data?: { values: Record<string, number | null>[] }; mark: { type: string }; encoding: Record<string, { field?: string; scale?: { type?: string } }> };
type Spec = { data?: { values: Record<string, number | null>[] }; layer: Layer[]; width: number; height: number; title: { text: string } };

/** Two days at hq: calls at 09:00-10:00 every two minutes, one at 15:00; a conference of three. */
async function tinyFit() {
  const rows: string[] = [];
  for (const day of ['2', '3']) {
    for (let m = 0; m < 60; m += 2) rows.push(call(at(`${day} 09:${String(m).padStart(2, '0')}:00`), at(`${day} 09:${String(m + 1).padStart(2, '0')}:30`), 'audio', 'a', 'b', 'hq', 'hq'));
    rows.push(call(at(`${day} 15:00:00`), at(`${day} 15:10:00`), 'video', 'a', 'b', 'hq', 'hq'));
  }
  rows.push(leg(at('3 23:00:00'), at('3 23:30:00'), 'c1', 'a', 'hq'), leg(at('3 23:00:00'), at('3 23:40:00'), 'c1', 'b', 'hq'), leg(at('3 23:00:00'), at('3 23:20:00'), 'c1', 'x', 'remote'));
  return (await calibrateText(recordsCsv(rows.sort()))).fit;
}

it('the rate chart: the fitted workload\'s rate as a step line, the observed hourly rates as points with Garwood whiskers', async () => {
  const fit = await tinyFit();
  const hq = fit.locations.find((l) => l.name === 'hq')!;
  const spec = rateChart('hq', hq.rates, fit.global.rates) as unknown as Spec;
  expect(spec.title.text).toBe('hq: calls per user per hour, by local hour');
  expect(spec.layer.map((l) => `${l.mark.type}:${l.encoding['y']!.field}`)).toEqual(['line:fitted', 'rule:low', 'point:rate']);
  const steps = spec.layer[0]!.data!.values;
  expect(steps).toHaveLength(48); // each hour's start and end
  const points = spec.layer[2]!.data!.values;
  const nine = points.find((p) => p['hour'] === 9.5)!;
  // 60 calls in two observed 09:00 hours, for the 2 distinct ids: 15 calls per user per hour.
  expect(nine['rate']).toBeCloseTo(15, 12);
  expect(nine['low']).toBeLessThan(nine['rate']!);
  expect(points.every((p) => p['hour']! % 1 === 0.5)).toBe(true);
});

it('the holding-time histogram has bars of the records and the fit\'s expected counts; the Q-Q plot is square, log-log; none for a kind without records', async () => {
  const fit = await tinyFit();
  const audio = holdingHistogram('peerAudio', fit.holding.peerAudio) as unknown as Spec;
  expect(audio.title.text).toBe(`two-party audio: holding times against the fitted ${fit.holding.peerAudio.family}`);
  expect(audio.layer.map((l) => l.mark.type)).toEqual(['rect', 'line']);
  expect(audio.layer[0]!.encoding['x']!.scale!.type).toBe('log');
  const bins = audio.data!.values;
  expect(bins.reduce((sum, b) => sum + b['observed']!, 0)).toBe(60); // every 90 s call, none in the open cells
  const qq = holdingQq('peerAudio', fit.holding.peerAudio) as unknown as Spec;
  expect(qq.width).toBe(qq.height);
  expect(qq.layer.map((l) => l.mark.type)).toEqual(['line', 'point']);
  expect(qq.layer[1]!.data!.values).toHaveLength(99);
  const empty = (await calibrateText(recordsCsv([call('09:00:00', '09:01:00', 'audio', 'a', 'b', 'hq', 'hq')]))).fit;
  expect(holdingHistogram('peerVideo', empty.holding.peerVideo)).toBeUndefined();
  expect(holdingQq('conference', empty.holding.conference)).toBeUndefined();
});
