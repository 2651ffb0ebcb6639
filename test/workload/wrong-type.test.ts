import { expect, it } from 'vitest';
import { TWO_SITES, problemsOfText } from './helpers.js';

it('a value of the wrong type: what was expected, what arrived and its type', () => {
  const text = TWO_SITES.replace('users: 50', 'users: "abc"')
    .replace('{ name: edge }', '{ name: edge, servers: [2], loadBalanced: "yes" }')
    .concat('description: 42\n');
  expect(problemsOfText(text)).toEqual([
    'description: expected a string, got 42 (number)',
    'deployment.edges[0].servers: expected a positive integer, got [2] (list)',
    'deployment.edges[0].loadBalanced: expected true or false, got "yes" (string)',
    'deployment.sites[1].users: expected a positive integer, got "abc" (string)',
  ]);
});

it('a value outside a fixed set: the choices and what arrived', () => {
  const text = `${TWO_SITES}network: { default: { p2p: closed } }\ntraffic: { holdingTime: { distribution: weibull, mean: 4m } }\n`;
  expect(problemsOfText(text)).toEqual([
    'network.default.p2p: expected one of "open", "blocked", "policy", got "closed"',
    'traffic.holdingTime.distribution: expected one of "exponential", "lognormal", got "weibull"',
  ]);
});
