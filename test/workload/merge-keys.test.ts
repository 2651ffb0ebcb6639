import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';

it('YAML anchors and merge keys (<<) share settings between sites', () => {
  const w = parseWorkloadText(
    `name: t
deployment:
  pools: [{ name: pool1 }]
  sites:
    - &branch { name: b1, pool: pool1, users: 40, utcOffsetHours: 1 }
    - { <<: *branch, name: b2 }
    - { <<: *branch, name: b3, users: 70 }
`,
    'w.yaml',
  );
  expect(w.deployment.sites.map((s) => [s.name, s.users, s.utcOffsetHours])).toEqual([
    ['b1', 40, 1],
    ['b2', 40, 1],
    ['b3', 70, 1],
  ]);
});
