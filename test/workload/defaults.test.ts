import { expect, it } from 'vitest';
import { loadWorkloadFile } from '../../src/workload/load.js';
import { bandwidthOf, holdingOf, mcuLegsOf, poolSiteOf, sizeSpecOf } from '../../src/workload/resolve.js';
import { MINIMAL, file } from './helpers.js';

it('a minimal file gets every default of WORKLOAD.md', () => {
  expect(loadWorkloadFile(file(MINIMAL))).toEqual({
    name: 't',
    description: '',
    seed: 1,
    simulation: { warmup: 3600, duration: 28800, start: '08:00', replications: 10, interval: 900 },
    deployment: {
      product: 'ocs2007r2',
      edges: [],
      pools: [{ name: 'pool1' }],
      sites: [{ name: 'hq', pool: 'pool1', users: 10, utcOffsetHours: 0 }],
      remote: { users: 0, pool: 'pool1', p2pFailureShare: 0 },
      federated: { share: 0 },
      relayEdge: 'caller',
    },
    network: { default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' }, rules: [] },
    traffic: {
      profile: 'office',
      perUserPerHour: { peerAudio: 0.2, peerVideo: 0.05, conference: 0.01, liveMeeting: 0.005, pstn: 0 },
      holdingTime: {},
      callees: 'awake',
      affinity: [],
      conferenceVideoShare: 0,
      mediaBypassShare: 0,
      conferenceSize: {},
      liveMeetingSize: {},
      escalationShare: 0.03,
      bandwidthKbps: {},
      portsPerCall: { audio: 2, video: 2 },
    },
  });
});

it('the defaults that follow other fields: MCU legs, the pool site, holding times, sizes, bandwidth by product', () => {
  const w = loadWorkloadFile(file(MINIMAL));
  expect(mcuLegsOf(w.deployment.pools[0]!)).toBe(1000); // 1 server x 1,000 legs (Lync 2010 figure)
  expect(poolSiteOf(w, 0)).toBe(0);
  expect(holdingOf(w.traffic, 'conference')).toEqual({ distribution: 'exponential', mean: 240, cv: undefined });
  expect(sizeSpecOf(w.traffic.conferenceSize, 'conferenceSize')).toEqual({ kind: 'range', min: 3, max: 12, mean: 4.5 });
  expect(sizeSpecOf(w.traffic.liveMeetingSize, 'liveMeetingSize')).toEqual({ kind: 'range', min: 2, max: 50, mean: 6 });
  expect(bandwidthOf(w)).toEqual({ audio: 45, video: 300 }); // OCS 2007 R2 planning figures
  const sfb = loadWorkloadFile(file(MINIMAL.replace('deployment:', 'deployment:\n  product: sfb')));
  expect(bandwidthOf(sfb)).toEqual({ audio: 65, video: 500 });
});
