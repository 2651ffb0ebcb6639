import { expect, it } from 'vitest';
import { TWO_SITES, problemsOfText } from './helpers.js';

it('site -> missing pool', () => {
  expect(problemsOfText(TWO_SITES.replace('pool: pool1, users: 50', 'pool: pool9, users: 50'))).toEqual([
    'deployment.sites[1].pool: no pool named "pool9" (known: pool1)',
  ]);
});

it('pool -> missing Edge', () => {
  expect(problemsOfText(TWO_SITES.replace('edge: edge }', 'edge: edge2 }'))).toEqual([
    'deployment.pools[0].edge: no Edge named "edge2" (known: edge)',
  ]);
});

it('network rule -> missing site (between and site rules)', () => {
  const text = `${TWO_SITES}network:\n  rules:\n    - { between: [hq, annex], p2p: blocked }\n    - { site: annex, edgeUdp: blocked }\n`;
  expect(problemsOfText(text)).toEqual([
    'network.rules[0].between[1]: no site named "annex" (known: hq, branch)',
    'network.rules[1].site: no site named "annex" (known: hq, branch)',
  ]);
});

it('remote users -> missing pool', () => {
  expect(problemsOfText(TWO_SITES.replace('  sites:', '  remote: { users: 5, pool: pool2 }\n  sites:'))).toEqual([
    'deployment.remote.pool: no pool named "pool2" (known: pool1)',
  ]);
});
