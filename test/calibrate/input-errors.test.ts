import { describe, expect, it } from 'vitest';
import { CalibrationInputError } from '../../src/calibrate/input-error.js';
import { calibrateText, recordsCsv } from './records-fixture.js';

const BAD = 'yesterday,2026-03-02T09:03:00Z,audio,,a,b,london,paris,p2p';

describe('unusable inputs', () => {
  it('a header without required columns is an error naming them', async () => {
    const promise = calibrateText('start_utc,end_utc,kind,caller,callee,path\n');
    await expect(promise).rejects.toBeInstanceOf(CalibrationInputError);
    await expect(promise).rejects.toThrow(
      'records.csv:1: missing columns conference_id, caller_location, callee_location (expected a header with start_utc, end_utc, kind, conference_id, caller, callee, caller_location, callee_location, path)',
    );
  });

  it('columns match by name in any order, case and spaces aside', async () => {
    const text = ' PATH ,kind,start_utc,end_utc,conference_id,caller,callee,caller_location,callee_location\np2p,audio,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,,a,b,london,paris\n';
    expect((await calibrateText(text)).fit.counts.twoParty).toBe(1);
  });

  it('an empty file or a file with no usable row is an error', async () => {
    await expect(calibrateText('')).rejects.toThrow('records.csv: expected a header row, got an empty file');
    const error = await calibrateText(recordsCsv([BAD, BAD])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalibrationInputError);
    expect((error as CalibrationInputError).message).toBe('records.csv: no usable record (2 malformed rows skipped)');
    expect((error as CalibrationInputError).issues.map((i) => i.line)).toEqual([2, 3]);
  });

  it('keeps the first 20 malformed rows and counts the rest', async () => {
    const good = '2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,london,paris,p2p';
    const c = await calibrateText(recordsCsv([good, ...new Array<string>(25).fill(BAD)]));
    expect(c.read.skipped).toBe(25);
    expect(c.read.issues).toHaveLength(20);
    expect(c.read.issues[19]!.line).toBe(22);
  });
});
