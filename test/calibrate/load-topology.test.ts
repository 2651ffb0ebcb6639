import { describe, expect, it } from 'vitest';
import { loadTopologyOf, resourcesOf } from '../../src/calibrate/load-topology.js';
import type { RecordPath } from '../../src/calibrate/media-record.js';

const deployment = {
  edges: [{ name: 'edgeA' }, { name: 'edgeB' }],
  pools: [{ name: 'poolA', edge: 'edgeA' }, { name: 'poolB', edge: 'edgeB' }, { name: 'poolC' }],
  sites: [{ name: 'hq', pool: 'poolA' }, { name: 'branch', pool: 'poolB' }],
  remote: { users: 10 },
};
const caller = loadTopologyOf({ deployment });
const callee = loadTopologyOf({ deployment: { ...deployment, relayEdge: 'callee' } });

// [caller location, callee location, path, resources with relayEdge caller, with callee]
const CASES: readonly (readonly [string, string, RecordPath, string[], string[]])[] = [
  ['hq', 'branch', 'edge-udp', ['edge:edgeA'], ['edge:edgeB']], // R14
  ['hq', 'remote', 'edge-tcp', ['edge:edgeA'], ['edge:edgeA']], // remote users: the first pool
  ['federated', 'branch', 'edge-udp', ['edge:edgeB'], ['edge:edgeB']], // R12: no pool of ours, the other party's
  ['branch', 'federated', 'edge-udp', ['edge:edgeB'], ['edge:edgeB']],
  ['hq', 'branch', 'p2p', [], []],
  ['remote', 'pool:poolB', 'mcu', ['mcu:poolB', 'edge:edgeB'], ['mcu:poolB', 'edge:edgeB']], // R1
  ['anonymous', 'pool:poolA', 'mcu', ['mcu:poolA', 'edge:edgeA'], ['mcu:poolA', 'edge:edgeA']],
  ['hq', 'pool:poolB', 'mcu', ['mcu:poolB'], ['mcu:poolB']],
  ['federated', 'pool:poolC', 'mcu', ['mcu:poolC'], ['mcu:poolC']], // a pool without an Edge
];

describe('resources a record holds', () => {
  it.each(CASES)('%s -> %s over %s', (from, to, path, withCaller, withCallee) => {
    expect(resourcesOf(from, to, path, caller)).toEqual(withCaller);
    expect(resourcesOf(from, to, path, callee)).toEqual(withCallee);
  });
});
