import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { holdingOf, sizeSpecOf } from '../../src/workload/resolve.js';

it('objects given in part get the defaults of the fields left out (Edge, port policy, sizes, holding time)', () => {
  const w = parseWorkloadText(
    `name: t
deployment:
  edges: [{ name: edge }]
  pools: [{ name: pool1, edge: edge }]
  sites: [{ name: hq, pool: pool1, users: 10, portPolicy: { minMediaPort: 40000, maxMediaPort: 40039 } }]
traffic:
  conferenceSize: { max: 6 }
  holdingTime: { distribution: lognormal, cv: 1.5 }
`,
    'w.yaml',
  );
  expect(w.deployment.edges[0]).toEqual({
    name: 'edge',
    servers: 1,
    sessionsPerServer: 1000,
    loadBalanced: false,
    loadBalancer: 'hardware',
    publicIpBehindNat: false,
    qosOnInternalNic: false,
    internalCertificate: { extraSanNames: false, internalCname: false },
  });
  expect(w.deployment.sites[0]!.portPolicy).toEqual({ minMediaPort: 40000, maxMediaPort: 40039, share: 1 });
  expect(sizeSpecOf(w.traffic.conferenceSize, 'conferenceSize')).toEqual({ kind: 'range', min: 3, max: 6, mean: 4.5 });
  expect(holdingOf(w.traffic, 'peerAudio')).toEqual({ distribution: 'lognormal', mean: 240, cv: 1.5 });
});
