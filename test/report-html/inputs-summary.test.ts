import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { inputsSection } from '../../src/report/html/inputs.js';
import { loadScenarios } from '../../src/workload/scenarios.js';

const ENTERPRISE = fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url));

/** The page's text with tags dropped and entities read. */
function text(markup: string): string {
  return markup.replace(/<\/?abbr[^>]*>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

it('the inputs summary lists the product, the sites, pools and Edges, the network rules in words and the traffic', () => {
  const scenarios = loadScenarios(ENTERPRISE);
  const page = text(inputsSection(scenarios, 2).markup);
  expect(page).toContain('Product: Lync Server 2013 (lync2013).');
  expect(page).toContain('2 replications (the file asks for 10)');
  // Sites: pool, clock (Bangalore half an hour off), users, port policy, port pool.
  expect(page).toContain('5 sites, 57000 users in all, on 4 clocks from UTC-5 to UTC+8; 2 with a port policy; 2 with a port pool.');
  expect(page).toContain('london pool-eu UTC 24000 40000-40039 (40 ports), 80% of clients 3000 ports');
  expect(page).toContain('bangalore pool-eu UTC+5:30 9000');
  expect(page).toContain('new-york pool-us UTC-5 15000 - unlimited');
  expect(page).toContain('15000 remote users, on pool pool-eu (relayed by edge-eu)');
  // Pools: their Edge and MCU capacity; Edges: servers x sessions per server.
  expect(page).toContain('pool-eu edge-eu 2 x 1000 legs = 2000 legs london london, dublin, bangalore (36600 users)');
  expect(page).toContain('edge-eu 1 x 500 500 sessions');
  expect(page).toContain('edge-us 1 x 500 500 sessions');
  // The network: the default and each rule, in order.
  expect(page).toContain('By default, peer-to-peer media between sites is blocked, and every site reaches the Edge internal NIC on UDP 3478 and TCP 443.');
  expect(page).toContain('Within a site, peer-to-peer media is always open unless a rule closes it (R3).');
  expect(page).toContain('between london and dublin: peer-to-peer media open');
  expect(page).toContain("between london and bangalore: peer-to-peer media open only in the port policy's range (C2");
  expect(page).toContain('site new-york: UDP 3478 to the Edge blocked');
  // The traffic.
  expect(page).toContain('0.2 two-party audio calls, 0.05 two-party video calls, 0.01 conferences, 0.005 Live Meetings');
  expect(page).toContain('lognormal, mean 4 min, cv 1.2 (every kind of call)');
  expect(page).toContain('awake: by population, weighted by the profile at the callee’s local hour');
  expect(page).toContain('65 kbit/s audio, 500 kbit/s video, one direction'); // Lync 2013's planning figures
  expect(page).toContain('Measured window from 00:00 to 00:00 (day 2) UTC (24 h, 30 min buckets; 1 h of warm-up simulated and discarded)');
});
