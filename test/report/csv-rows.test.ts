import { expect, it } from 'vitest';
import { renderCsv, renderSummaryCsv } from '../../src/report/csv.js';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from '../results/summarize-fixture.js';

it('writes rows with formatted numbers, empty cells for NaN and unlimited capacity', () => {
  const csv = renderSummaryCsv(summarize(SCENARIOS, RESOURCES, results()).summary);
  expect(csv.split('\n').slice(1)).toEqual([
    'base,edge:dmz,edge,2,10,8.5,1.5,0.15,0,0.78531,0.75,2,2,0.09,08:00,0.666667,0.15,0,0.78531',
    'base,ports:hq,ports,,3,3,0,0,0,0,0.375,2,2,0.01125,08:00,0.2,0,0,0',
    'alt,edge:dmz,edge,2,4,4,0,0,,,0.333333,1,1,0.03,08:00,0.266667,0,,',
    'alt,ports:hq,ports,,0,0,0,0,,,0,0,0,,,,,,', // nothing offered: no busy hour
    '',
  ]);
});

it('quotes text that needs it and renders the same bytes every time', () => {
  const rows = [{ name: 'a,b', value: 0.5 }, { name: 'say "hi"', value: Number.NaN }];
  const csv = renderCsv(['name', 'value'], rows);
  expect(csv).toBe('name,value\n"a,b",0.5\n"say ""hi""",\n');
  expect(renderCsv(['name', 'value'], rows)).toBe(csv);
  const again = summarize(SCENARIOS, RESOURCES, results()).summary;
  expect(renderSummaryCsv(again)).toBe(renderSummaryCsv(summarize(SCENARIOS, RESOURCES, results()).summary));
});
