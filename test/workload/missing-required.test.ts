import { expect, it } from 'vitest';
import { problemsOfText } from './helpers.js';

it('a required field left out is "required, missing" at its path', () => {
  expect(problemsOfText('deployment:\n  pools: [{ name: pool1 }]\n  sites: [{ name: hq, users: 10 }]\n')).toEqual([
    'name: required, missing',
    'deployment.sites[0].pool: required, missing',
  ]);
});

it('a missing choice names the choices', () => {
  expect(problemsOfText(`name: t
deployment:
  pools: [{ name: pool1 }]
  sites: [{ name: hq, pool: pool1, users: 10 }]
network: { rules: [{ between: [hq, hq] }] }
`)).toEqual(['network.rules[0].p2p: required, missing (one of "open", "blocked", "policy")']);
});
