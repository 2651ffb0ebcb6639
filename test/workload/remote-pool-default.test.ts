import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';

const text = (remote: string): string => `name: t
deployment:
  pools: [{ name: first }, { name: second }]
  sites: [{ name: hq, pool: second, users: 10 }]
  remote: ${remote}
`;

it('remote users belong to the first pool unless the file names one', () => {
  expect(parseWorkloadText(text('{ users: 5 }'), 'w.yaml').deployment.remote.pool).toBe('first');
  expect(parseWorkloadText(text('{ users: 5, pool: second }'), 'w.yaml').deployment.remote.pool).toBe('second');
});
