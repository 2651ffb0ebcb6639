import { expect, it } from 'vitest';
import { FIRST_ROWS } from '../../src/report/html/inputs-lists.js';
import { sitesPart } from '../../src/report/html/inputs-deployment.js';
import { parseWorkloadValue } from '../../src/workload/load.js';

it('a workload of many sites is summed up: counts, totals and the first rows, not a row per site', () => {
  const sites = Array.from({ length: 400 }, (_, i) => ({ name: `site-${i}`, pool: 'pool1', users: 50, utcOffsetHours: i % 2 === 0 ? 0 : 5.5, ...(i < 3 ? { portPool: 100 } : {}) }));
  const workload = parseWorkloadValue({ name: 'many', deployment: { pools: [{ name: 'pool1' }], sites } }, 'many.yaml');
  const markup = sitesPart(workload).markup;
  expect(markup).toContain(`400 sites, 20000 users in all, on 2 clocks from UTC to UTC+5:30; 3 with a port pool. The first ${FIRST_ROWS}:`);
  expect(markup.match(/<tr>/g)).toHaveLength(FIRST_ROWS + 1); // the header and the first rows
  expect(markup).toContain('<td>site-9</td>');
  expect(markup).not.toContain('<td>site-10</td>');
  expect(markup).toContain('... and 390 more sites in the workload file.');
});
