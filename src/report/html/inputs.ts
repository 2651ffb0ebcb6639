/**
 * The inputs summary at the top of every report: what was simulated, so that the
 * figures below can be read against it. The first scenario's inputs in full
 * (deployment, network, traffic, window); for each later scenario, only the parts in
 * which it differs from the first, in the same form.
 */
import type { Scenario } from '../../analysis/run.js';
import type { Workload } from '../../workload/schema.js';
import { edgesPart, poolsPart, productPart, sitesPart, usersOutsidePart } from './inputs-deployment.js';
import { networkPart } from './inputs-network.js';
import { trafficPart, windowPart } from './inputs-traffic.js';
import { html, paragraphs } from './page.js';
import type { Html } from './page.js';

/** One part of the inputs: its name, what it depends on (for comparing scenarios), and how it reads. */
interface InputsPart {
  readonly name: string;
  /** The heading it is shown under in full (none: in the opening lines). */
  readonly group: string | undefined;
  readonly key: (workload: Workload) => unknown;
  readonly render: (scenario: Scenario, replications: number) => Html;
}

const PARTS: readonly InputsPart[] = [
  { name: 'product', group: undefined, key: (w) => w.deployment.product, render: (s) => productPart(s.workload) },
  { name: 'window', group: undefined, key: (w) => w.simulation, render: (s, replications) => paragraphs([windowPart(s, replications)]) },
  { name: 'sites', group: 'Sites and users', key: (w) => w.deployment.sites, render: (s) => sitesPart(s.workload) },
  {
    name: 'remote and federated users',
    group: 'Sites and users',
    key: (w) => [w.deployment.remote, w.deployment.federated, w.deployment.relayEdge, w.deployment.edges.length > 0],
    render: (s) => usersOutsidePart(s.workload),
  },
  { name: 'pools', group: 'Pools and A/V Edges', key: (w) => w.deployment.pools, render: (s) => poolsPart(s.workload) },
  { name: 'A/V Edges', group: 'Pools and A/V Edges', key: (w) => w.deployment.edges, render: (s) => edgesPart(s.workload) },
  { name: 'network', group: 'Network', key: (w) => [w.network, w.deployment.edges.length > 0], render: (s) => networkPart(s.workload) },
  { name: 'traffic', group: 'Traffic', key: (w) => w.traffic, render: (s) => trafficPart(s.workload) },
];

/** The parts in which `scenario` differs from `reference`. */
function differing(reference: Workload, scenario: Workload): InputsPart[] {
  return PARTS.filter((part) => JSON.stringify(part.key(reference)) !== JSON.stringify(part.key(scenario)));
}

/** The names of the parts in which `scenario` differs from `reference` ("network", "traffic"). */
export function differingParts(reference: Workload, scenario: Workload): string[] {
  return differing(reference, scenario).map((part) => part.name);
}

/** Every part of one scenario, under its group's heading. */
function fullInputs(scenario: Scenario, replications: number): Html[] {
  const out: Html[] = [];
  let group: string | undefined;
  for (const part of PARTS) {
    if (part.group !== undefined && part.group !== group) out.push(html`<h3>${part.group}</h3>\n`);
    group = part.group;
    out.push(part.render(scenario, replications));
  }
  return out;
}

/** What a later scenario changes: each differing part, under its own name. */
function changedInputs(reference: Scenario, scenario: Scenario, replications: number): Html {
  const parts = differing(reference.workload, scenario.workload);
  if (parts.length === 0) return html`<h3>Scenario ${scenario.name}</h3>\n${paragraphs([`The same inputs as ${reference.name}.`])}`;
  const names = parts.map((part) => part.name).join(', ');
  const blocks = parts.map((part) => html`<h4>${part.name.charAt(0).toUpperCase()}${part.name.slice(1)}</h4>\n${part.render(scenario, replications)}`);
  return html`<h3>Scenario ${scenario.name}</h3>\n${paragraphs([`Differs from ${reference.name} in: ${names}.`])}${blocks}`;
}

/**
 * The inputs section: the first scenario's inputs, then what each later one changes.
 *
 * @param replications - Replications the run made (it may override the file's).
 */
export function inputsSection(scenarios: readonly Scenario[], replications: number): Html {
  const [first, ...rest] = scenarios;
  if (first === undefined) return html``;
  const intro = rest.length > 0 ? paragraphs([`As scenario ${first.name} sets them; the other scenarios differ where said below.`], 'note') : '';
  return html`<section class="inputs" id="inputs">
<h2>Inputs</h2>
${intro}${fullInputs(first, replications)}${rest.map((scenario) => changedInputs(first, scenario, replications))}</section>
`;
}
