import { expect, it } from 'vitest';
import { countRejections, holmAdjusted } from '../../src/calibrate/multiple-testing.js';

it('Holm\'s adjustment: sorted p-values times (m - rank), kept monotone, capped at 1; no test passed through', () => {
  // m = 4: 0.01·4 = 0.04, 0.02·3 = 0.06, 0.03·2 = 0.06 (monotone), 0.5·1 = 0.5.
  const adjusted = holmAdjusted([0.03, Number.NaN, 0.01, 0.5, 0.02]);
  expect(adjusted[0]).toBeCloseTo(0.06, 12);
  expect(adjusted[1]).toBeNaN();
  expect(adjusted[2]).toBeCloseTo(0.04, 12);
  expect(adjusted[3]).toBeCloseTo(0.5, 12);
  expect(adjusted[4]).toBeCloseTo(0.06, 12);
  expect(holmAdjusted([0.6, 0.9])).toEqual([1, 1]);
  expect(countRejections([0.03, Number.NaN, 0.01, 0.5, 0.02])).toEqual({ tests: 4, below: 3, holm: 1, level: 0.05 });
});
