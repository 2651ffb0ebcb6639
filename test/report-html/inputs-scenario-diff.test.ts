import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { differingParts, inputsSection } from '../../src/report/html/inputs.js';
import { loadScenarios } from '../../src/workload/scenarios.js';

const FILE = fileURLToPath(new URL('../../workloads/p2p-open-vs-blocked.yaml', import.meta.url));

it('the inputs summary gives the first scenario in full and, for the others, only what they change', () => {
  const scenarios = loadScenarios(FILE);
  expect(differingParts(scenarios[0]!.workload, scenarios[1]!.workload)).toEqual(['network']);
  expect(differingParts(scenarios[0]!.workload, scenarios[0]!.workload)).toEqual([]);
  const markup = inputsSection(scenarios, 8).markup;
  // The reference in full: sites once, under its heading.
  expect(markup.match(/<h3>Sites and users<\/h3>/g)).toHaveLength(1);
  expect(markup).toContain('<h3>Scenario blocked-hq-branches</h3>\n<p>Differs from open in: network.</p>\n<h4>Network</h4>');
  expect(markup).toContain('<li>between hq and branch-north: peer-to-peer media blocked</li>');
  expect(markup).toContain('<li>site hq: peer-to-peer media to every other site blocked</li>');
  // The file asks for the replications run: nothing to say about them.
  expect(markup).toContain('8 replications.');
});
