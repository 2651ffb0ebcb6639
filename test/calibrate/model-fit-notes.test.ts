import { expect, it } from 'vitest';
import { compareWithRecords } from '../../src/calibrate/model-fit.js';
import { fixtureFit } from '../report-html/fit-report-fixture.js';
import { call, leg, recordsCsv, tablesOf } from './records-fixture.js';

it('compareWithRecords notes the locations and pools the records name and the workload lacks', async () => {
  const { run } = await fixtureFit();
  const records = await tablesOf(recordsCsv([call('09:00:00', '09:01:00', 'audio', 'a', 'b', 'paris', 'hq', 'p2p'), leg('09:02:00', '09:03:00', 'c1', 'a', 'hq', 'pool9')]));
  expect(compareWithRecords(records, run).notes).toEqual([
    'the records name location paris, which the workload lacks: their calls are compared with nothing',
    "the records' conference legs name pool pool9, which the workload lacks: their MCU load is compared with nothing",
  ]);
});
