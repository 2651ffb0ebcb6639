import { expect, it } from 'vitest';
import { loadWorkloadFile } from '../../src/workload/load.js';
import { MINIMAL, file } from './helpers.js';

it('a minimal file gets every default of WORKLOAD.md and comes back frozen', () => {
  const w = loadWorkloadFile(file(MINIMAL));
  expect(w.simulation).toEqual({ warmup: 3600, duration: 28800, start: '08:00', replications: 10, interval: 900 });
  expect(w.deployment.remote).toEqual({ users: 0, pool: 'pool1', p2pFailureShare: 0 });
  expect(w.deployment.edges).toEqual([]);
  expect(w.deployment.relayEdge).toBe('caller');
  expect(w.network.default).toEqual({ p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' });
  expect(w.traffic.profile).toBe('office');
  expect(w.traffic.perUserPerHour).toEqual({ peerAudio: 0.2, peerVideo: 0.05, conference: 0.01, liveMeeting: 0.005 });
  expect(w.traffic.holdingTime).toEqual({ distribution: 'exponential', mean: 240 });
  expect(w.traffic.conferenceSize).toEqual({ min: 3, max: 12, mean: 4.5 });
  expect(w.traffic.escalationShare).toBe(0.03);
  expect(w.traffic.bandwidthKbps).toEqual({ audio: 60, video: 460 });
  expect(w.traffic.portsPerCall).toEqual({ audio: 2, video: 2 });
  expect(Object.isFrozen(w.deployment.sites[0])).toBe(true);
});

it('durations: "90s", "15m", "8h", "1d" and plain seconds', () => {
  const w = (warmup: string) => loadWorkloadFile(file(`${MINIMAL}simulation: { warmup: ${warmup}, duration: 1d, interval: 15m }\n`));
  expect(w('90s').simulation.warmup).toBe(90);
  expect(w('8h').simulation.warmup).toBe(28800);
  expect(w('45').simulation.warmup).toBe(45);
  expect(w('90s').simulation.duration).toBe(86400);
  expect(w('90s').simulation.interval).toBe(900);
});
