/** report.html of `avsim fit` and its charts (fit-report.ts, fit-charts.ts), on a hand-built fit. */
import { expect, it } from 'vitest';
import { loadFitChart, pathPairsChart } from '../../src/report/html/fit-charts.js';
import { disagreements, renderFitReport } from '../../src/report/html/fit-report.js';
import { fixtureFit } from './fit-report-fixture.js';

type Spec = { layer: { data?: { values: Record<string, string | number>[] }; mark: { type: string } }[] };

it('the disagreements in words: a pair on other paths, and a pair whose calls the simulation never connects', async () => {
  const fit = await fixtureFit();
  expect(fit.paths.map((p) => `${p.callerLocation}>${p.calleeLocation}:${p.method}`)).toEqual(['hq>branch:chi-square', 'hq>hq:none', 'remote>hq:no-simulated-media', '*>*:chi-square']);
  const found = disagreements(fit);
  expect(found[0]).toMatch(/^hq to branch: the records take 100% edge-udp of 12 calls; the simulation 100% p2p of 41 \(chi-square [\d.]+ on 1 df, p < 0\.0001\)\.$/);
  expect(found).toContain('remote to hq: the records show 2 calls with media (100% edge-udp); the simulation gave none of its calls a media path (6 failed-certificate).');
});

it('the paths chart: per pair the records\' bar and the simulation\'s, labelled with their calls and the share without media', async () => {
  const fit = await fixtureFit();
  const spec = pathPairsChart(fit.paths) as unknown as Spec;
  const bars = spec.layer[0]!.data!.values;
  // Pair 0 is hq to branch: the records all on edge-udp, the simulation all p2p.
  expect(bars.filter((b) => b['bar'] === '0|hq to branch')).toEqual([{ bar: '0|hq to branch', path: 'edge-udp', start: 0, end: 1, share: 1 }]);
  expect(bars.filter((b) => b['bar'] === '0|simulated')).toEqual([{ bar: '0|simulated', path: 'p2p', start: 0, end: 1, share: 1 }]);
  const labels = spec.layer[1]!.data!.values.map((l) => `${l['bar']}: ${l['text']}`);
  expect(labels).toContain('2|simulated: no call got media (6 calls)');
  expect(labels).toContain('3|simulated: 41 calls; 12.8% of its calls got no media'); // all pairs: 6 of 47
});

it('the load chart: the busy hour shaded, the simulation\'s band and line, the records\' points', async () => {
  const fit = await fixtureFit();
  const edge = fit.busyHour.find((b) => b.resource === 'edge:edge')!;
  expect(edge.simulated!.utcHour).toBe(9);
  expect(edge.method).toBe('prediction');
  const spec = loadFitChart('edge:edge', fit.observedLoad[0], fit.simulatedLoad[0], 9) as unknown as Spec;
  expect(spec.layer.map((l) => l.mark.type)).toEqual(['rect', 'area', 'line', 'point']);
  expect(spec.layer[0]!.data!.values).toEqual([{ from: 9, to: 10 }]);
  // Records at 09:00: twelve one-minute relayed calls, 0.2 erlangs.
  expect(spec.layer[3]!.data!.values.find((v) => v['hour'] === 9.5)!['mean']).toBeCloseTo(0.2, 12);
});

it('the page: verdict, paths, load; a hostile file name escaped; no chart warning', async () => {
  const report = await renderFitReport(await fixtureFit('<script>alert(1)</script>.csv'));
  expect(report.warnings).toEqual([]);
  expect(report.charts).toBe(3);
  expect(report.html).not.toMatch(/<script/i);
  expect(report.html).toContain('against 17 records of &lt;script&gt;alert(1)&lt;/script&gt;.csv');
  expect(report.html).toContain('Where the workload and the deployment disagree:');
  expect(report.html).toMatch(/fit\.csv holds 3 tests \(each location pair&#39;s paths, all pairs together, each resource&#39;s busy hour\): 2 with p below 5%, 2 after Holm&#39;s adjustment/);
  expect(report.html).toContain('<th class="n">simulated without media</th>');
});
