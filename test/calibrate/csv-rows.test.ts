import { describe, expect, it } from 'vitest';
import { createCsvSplitter, csvRowsOf } from '../../src/calibrate/csv-rows.js';

const TEXT = '\uFEFFa,b,c\r\n"x, y","say ""hi""",3\n\n"two\nlines",z,\nlast,row,end';

describe('the CSV splitter', () => {
  it('unquotes fields, keeps each row\'s first line, skips empty lines and a byte-order mark', () => {
    expect(csvRowsOf(TEXT)).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x, y', 'say "hi"', '3'], line: 2 },
      { fields: ['two\nlines', 'z', ''], line: 4 },
      { fields: ['last', 'row', 'end'], line: 6 },
    ]);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const whole = csvRowsOf(TEXT);
    for (let cut = 0; cut <= TEXT.length; cut++) {
      const splitter = createCsvSplitter();
      const rows = [...splitter.push(TEXT.slice(0, cut)), ...splitter.push(TEXT.slice(cut)), ...splitter.end()];
      expect(rows).toEqual(whole);
    }
  });
});
