import { expect, it } from 'vitest';
import { problemsOfText } from './helpers.js';

it('names of Edges, pools, sites and scenarios must be unique', () => {
  const text = `name: t
deployment:
  edges: [{ name: e }, { name: e }]
  pools: [{ name: p, edge: e }, { name: p, edge: e }]
  sites: [{ name: hq, pool: p, users: 1 }, { name: b, pool: p, users: 1 }, { name: hq, pool: p, users: 1 }]
scenarios: [{ name: base }, { name: base }]
`;
  expect(problemsOfText(text)).toEqual([
    'deployment.edges[1].name: duplicate name "e" (also deployment.edges[0].name)',
    'deployment.pools[1].name: duplicate name "p" (also deployment.pools[0].name)',
    'deployment.sites[2].name: duplicate name "hq" (also deployment.sites[0].name)',
    'scenarios[1].name: duplicate name "base" (also scenarios[0].name)',
  ]);
});

it('names of CAC regions and bandwidth policy profiles must be unique', () => {
  const text = `name: t
deployment:
  product: lync2013
  edges: [{ name: e }]
  pools: [{ name: p, edge: e }]
  sites: [{ name: hq, pool: p, users: 1 }, { name: b, pool: p, users: 1 }]
cac:
  regions: [{ name: r, centralSite: hq, sites: [hq] }, { name: r, centralSite: b, sites: [b] }]
  policies: [{ name: wan, audioKbps: 1000, audioSessionKbps: 100 }, { name: wan, audioKbps: 2000, audioSessionKbps: 100 }]
  sites: [{ site: b, policy: wan }]
`;
  const problems = problemsOfText(text);
  expect(problems).toContain('cac.regions[1].name: duplicate name "r" (also cac.regions[0].name)');
  expect(problems).toContain('cac.policies[1].name: duplicate name "wan" (also cac.policies[0].name)');
});
