import { expect, it } from 'vitest';
import { MINIMAL, TWO_SITES, problemsOfText } from './helpers.js';

it('an unknown key is refused with its path and the keys allowed there', () => {
  expect(problemsOfText(TWO_SITES.replace('users: 50', 'users: 50, typo: 3'))).toEqual([
    'deployment.sites[1].typo: unknown key "typo" (allowed: name, pool, users, utcOffsetHours, portPolicy, portPool, traffic)',
  ]);
});

it('a near miss of an allowed key is named', () => {
  expect(problemsOfText(TWO_SITES.replace('users: 50', 'users: 50, usres: 3'))).toEqual([
    'deployment.sites[1].usres: unknown key "usres" (did you mean "users"? allowed: name, pool, users, utcOffsetHours, portPolicy, portPool, traffic)',
  ]);
});

it('at the top level and inside a network rule (the rule form meant decides the keys allowed)', () => {
  const text = `${MINIMAL}Seed: 3\nnetwork:\n  rules:\n    - { between: [hq, hq], p2p: blocked, edgeUdp: blocked }\n    - { site: hq, edgeUdp: blocked, typo: 1 }\n`;
  expect(problemsOfText(text)).toEqual([
    'network.rules[0].edgeUdp: unknown key "edgeUdp" (allowed: between, p2p)',
    'network.rules[1].typo: unknown key "typo" (allowed: site, p2p, edgeUdp, edgeTcp)',
    'Seed: unknown key "Seed" (did you mean "seed"? allowed: name, description, seed, simulation, deployment, network, traffic, cac, scenarios)',
  ]);
});

it('a network rule mixing both forms: the key foreign to the form zod kept', () => {
  expect(problemsOfText(`${MINIMAL}network: { rules: [{ site: hq, between: [hq, hq] }] }\n`)).toEqual([
    'network.rules[0].between: unknown key "between" (allowed: site, p2p, edgeUdp, edgeTcp)',
  ]);
});
