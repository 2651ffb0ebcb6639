/**
 * C1 by product (MEDIA-RULES.md, Products): a port policy of fewer than 40 ports is an
 * error on OCS 2007 R2 when the workload loads; Lync 2010 and later take per-modality
 * ranges, where fewer than 40 ports is a warning (analysis/warnings.ts), not an error.
 */
import { describe, expect, it } from 'vitest';
import { workloadWarnings } from '../../src/analysis/warnings.js';
import { parseWorkloadText } from '../../src/workload/load.js';
import { TWO_SITES, problemsOfText } from './helpers.js';

const withPolicy = (product: string, max: number): string =>
  TWO_SITES.replace('deployment:\n', `deployment:\n  product: ${product}\n`).replace(
    'users: 50 }',
    `users: 50, portPolicy: { minMediaPort: 40000, maxMediaPort: ${max} } }`,
  );
const C1_ERROR = 'deployment.sites[1].portPolicy: expected at least 40 ports (C1: ICE needs 40), got 39 (40000-40038)';
const C1_WARNING = 'deployment.sites[1].portPolicy: 39 ports (40000-40038) is under the 40 that ICE needs per modality (C1)';

describe('C1: under 40 ports, by product', () => {
  it('ocs2007r2: an error at load', () => {
    expect(problemsOfText(withPolicy('ocs2007r2', 40038))).toEqual([C1_ERROR]);
  });

  it.each(['lync2010', 'lync2013', 'sfb'])('%s: accepted, with a warning', (product) => {
    const workload = parseWorkloadText(withPolicy(product, 40038), 'w.yaml');
    expect(workload.deployment.sites[1]!.portPolicy).toMatchObject({ minMediaPort: 40000, maxMediaPort: 40038 });
    expect(workloadWarnings(workload)).toContain(C1_WARNING);
  });

  it.each(['lync2010', 'lync2013', 'sfb'])('%s: 40 ports, no warning', (product) => {
    const workload = parseWorkloadText(withPolicy(product, 40039), 'w.yaml');
    expect(workloadWarnings(workload).filter((w) => w.includes('(C1)'))).toEqual([]);
  });
});
