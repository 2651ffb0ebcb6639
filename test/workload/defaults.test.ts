import { expect, it } from 'vitest';
import { loadWorkloadFile } from '../../src/workload/load.js';
import { MINIMAL, file } from './helpers.js';

it('a minimal file gets every default of WORKLOAD.md', () => {
  expect(loadWorkloadFile(file(MINIMAL))).toEqual({
    name: 't',
    description: '',
    seed: 1,
    simulation: { warmup: 3600, duration: 28800, start: '08:00', replications: 10, interval: 900 },
    deployment: {
      edges: [],
      pools: [{ name: 'pool1', mcuLegs: 500 }],
      sites: [{ name: 'hq', pool: 'pool1', users: 10, utcOffsetHours: 0 }],
      remote: { users: 0, pool: 'pool1', p2pFailureShare: 0 },
      federated: { share: 0 },
      relayEdge: 'caller',
    },
    network: { default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' }, rules: [] },
    traffic: {
      profile: 'office',
      perUserPerHour: { peerAudio: 0.2, peerVideo: 0.05, conference: 0.01, liveMeeting: 0.005 },
      holdingTime: { distribution: 'exponential', mean: 240 },
      conferenceSize: { min: 3, max: 12, mean: 4.5 },
      liveMeetingSize: { min: 2, max: 50, mean: 6 },
      escalationShare: 0.03,
      bandwidthKbps: { audio: 60, video: 460 },
      portsPerCall: { audio: 2, video: 2 },
    },
  });
});
