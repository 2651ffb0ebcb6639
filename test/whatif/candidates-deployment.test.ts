/**
 * Candidate generation for the deployment kinds on small workloads: the R8 workaround
 * only on an OCS 2007 R2 Edge with extra SAN names and no CNAME yet; the port policy on
 * every client only where a share carries it; one more server on each Edge; a CAC
 * policy's limits doubled where it is applied, in a copy, so that another site applying
 * the same profile keeps its limits. Each patch validates and changes what it says.
 */
import { expect, it } from 'vitest';
import { sizingTargets } from '../../src/analysis/capacity.js';
import { applyChange } from '../../src/whatif/apply.js';
import { proposeChanges } from '../../src/whatif/generate.js';
import { smallWorkload, trafficOf } from './fixtures.js';

const certificate = (extraSanNames: boolean, internalCname: boolean) => ({ name: 'edge', servers: 1, sessionsPerServer: 200, internalCertificate: { extraSanNames, internalCname } });

it('certificate: only on ocs2007r2, with extra SAN names and no CNAME yet; the patch sets the CNAME', () => {
  const defect = smallWorkload({}, { edges: [certificate(true, false), { ...certificate(true, true), name: 'edge2' }] });
  const { changes } = proposeChanges(defect, ['certificate'], trafficOf(3, []));
  expect(changes.map((c) => c.name)).toEqual(['certificate:edge']); // edge2 has its CNAME already
  const fixed = applyChange(defect, changes[0]!, 'small.yaml').workload;
  expect(fixed.deployment.edges.map((e) => e.internalCertificate.internalCname)).toEqual([true, true]);
  expect(fixed.deployment.edges[0]!.internalCertificate.extraSanNames).toBe(true);
  // Later products do not apply R8: nothing to work around.
  const lync = smallWorkload({}, { product: 'lync2013', edges: [certificate(true, false)] });
  expect(proposeChanges(lync, ['certificate'], trafficOf(3, [])).changes).toEqual([]);
});

it('port-policy: where a share below 1 carries it; the patch gives it to every client', () => {
  const policy = (share: number) => ({ minMediaPort: 40000, maxMediaPort: 40099, share });
  const w = smallWorkload({}, {
    sites: [
      { name: 'hq', pool: 'pool', users: 1200, portPolicy: policy(0.6) },
      { name: 'north', pool: 'pool', users: 400, portPolicy: policy(1) },
      { name: 'south', pool: 'pool', users: 300 },
    ],
  });
  const { changes } = proposeChanges(w, ['port-policy'], trafficOf(3, []));
  expect(changes.map((c) => c.name)).toEqual(['port-policy:hq']);
  const all = applyChange(w, changes[0]!, 'small.yaml').workload;
  expect(all.deployment.sites.map((s) => s.portPolicy?.share)).toEqual([1, 1, undefined]);
  expect(all.deployment.sites[0]!.portPolicy!.minMediaPort).toBe(40000);
});

it('edge-server: one candidate per Edge, each adding one server to that Edge alone', () => {
  const w = smallWorkload({}, { edges: [{ name: 'a', servers: 2, sessionsPerServer: 100 }, { name: 'b', servers: 1, sessionsPerServer: 50 }], pools: [{ name: 'pool', edge: 'a' }] });
  const { changes } = proposeChanges(w, ['edge-server'], trafficOf(3, []));
  expect(changes.map((c) => c.name)).toEqual(['edge-server:a', 'edge-server:b']);
  const servers = changes.map((c) => applyChange(w, c, 'small.yaml').workload.deployment.edges.map((e) => e.servers));
  expect(servers).toEqual([[3, 1], [2, 2]]);
});

it("cac-limit: the profile's limits doubled in a copy applied at one place; other places keep theirs", () => {
  const w = smallWorkload(
    {
      cac: {
        regions: [{ name: 'emea', centralSite: 'hq', sites: ['hq', 'north', 'south'] }],
        policies: [
          { name: 'wan', audioKbps: 1000, audioSessionKbps: 100, videoKbps: 3000, videoSessionKbps: 500 },
          { name: 'video-only', videoKbps: 2000, videoSessionKbps: 500 },
          { name: 'unlimited' },
        ],
        sites: [
          { site: 'north', policy: 'wan' },
          { site: 'south', policy: 'wan' },
        ],
        interSite: [{ between: ['hq', 'north'], policy: 'video-only' }, { between: ['hq', 'south'], policy: 'unlimited' }],
      },
    },
    { product: 'lync2013' },
  );
  const { changes } = proposeChanges(w, ['cac-limit'], trafficOf(3, []));
  // hq~south applies a profile without limits: nothing to double.
  expect(changes.map((c) => c.name)).toEqual(['cac-limit:north', 'cac-limit:south', 'cac-limit:hq~north']);
  const capacity = (workload: typeof w): Record<string, number> => Object.fromEntries(sizingTargets(workload).filter((t) => t.kind === 'link').map((t) => [t.resource, t.configuredServers]));
  const before = capacity(w);
  expect(before['link:north:audio']).toBe(10);
  const north = applyChange(w, changes[0]!, 'small.yaml').workload;
  expect(capacity(north)).toEqual({ ...before, 'link:north:audio': 20, 'link:north:video': 12 });
  expect(north.cac!.policies.map((p) => p.name)).toEqual(['wan', 'video-only', 'unlimited', 'wan-x2']);
  const link = applyChange(w, changes[2]!, 'small.yaml').workload;
  expect(capacity(link)).toEqual({ ...before, 'link:hq~north:video': 8 });
  expect(link.cac!.policies.at(-1)).toEqual({ name: 'video-only-x2', videoKbps: 4000, videoSessionKbps: 500 });
});
