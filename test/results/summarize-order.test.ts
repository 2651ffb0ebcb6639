import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from './summarize-fixture.js';

describe('summarize: grouping and inputs', () => {
  it('groups by scenario, whatever scenarios are interleaved', () => {
    const [a, b, c] = results();
    expect(summarize(SCENARIOS, RESOURCES, [a!, c!, b!])).toEqual(summarize(SCENARIOS, RESOURCES, [a!, b!, c!]));
  });

  it('accepts one resource list per scenario', () => {
    expect(summarize(SCENARIOS, [RESOURCES, RESOURCES], results())).toEqual(summarize(SCENARIOS, RESOURCES, results()));
  });

  it('does not change the results it reads', () => {
    const input = results();
    summarize(SCENARIOS, RESOURCES, input);
    expect(input).toEqual(results());
  });

  it('rejects a result of an unknown scenario or with the wrong resource count', () => {
    expect(() => summarize(['base'], RESOURCES, results())).toThrow(/results\[2\]\.scenario/);
    expect(() => summarize(SCENARIOS, [RESOURCES, RESOURCES.slice(0, 1)], results())).toThrow(/results\[2\]\.resources/);
    expect(() => summarize(SCENARIOS, [RESOURCES], results())).toThrow(/one list per scenario/);
  });
});
