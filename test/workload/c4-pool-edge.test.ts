import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { MINIMAL, TWO_SITES, problemsOfText } from './helpers.js';

it('C4: with an Edge deployed, a pool that names none is refused', () => {
  expect(problemsOfText(TWO_SITES.replace('{ name: pool1, edge: edge }', '{ name: pool1 }'))).toEqual([
    'deployment.pools[0].edge: required, missing (C4: with an A/V Edge deployed, every pool names the Edge relaying its users; known: edge)',
  ]);
});

it('C4: with no Edge deployed, a pool naming one is refused', () => {
  expect(problemsOfText(MINIMAL.replace('{ name: pool1 }', '{ name: pool1, edge: edge }'))).toEqual([
    'deployment.pools[0].edge: expected no edge, as no A/V Edge is deployed (C4, R9), got "edge"',
  ]);
});

it('C4: each pool naming a deployed Edge, or no Edge and no names, is fine', () => {
  expect(parseWorkloadText(TWO_SITES, 'w.yaml').deployment.pools[0]!.edge).toBe('edge');
  expect(parseWorkloadText(MINIMAL, 'w.yaml').deployment.pools[0]!.edge).toBeUndefined();
});
