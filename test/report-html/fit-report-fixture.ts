/**
 * A hand-built `avsim fit` for the report tests: a tiny records file (hq calls branch
 * through the Edge, remote users call hq through it too) against a two-replication
 * "run" in which hq reaches branch peer to peer and every remote call fails on the
 * Edge certificate, with a few erlangs on the Edge and the MCU.
 */
import type { RunOutput } from '../../src/analysis/run.js';
import { compareWithRecords } from '../../src/calibrate/model-fit.js';
import type { ModelFit } from '../../src/calibrate/model-fit.js';
import { PATHS } from '../../src/negotiation/paths.js';
import type { ResourceInfo } from '../../src/results/types.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { at, call, leg, recordsCsv, tablesOf } from '../calibrate/records-fixture.js';
import { replicationResult, resourceFigures } from '../support/replication-result.js';

export const FIT_WORKLOAD = parseWorkloadValue(
  {
    name: 'two-sites',
    simulation: { warmup: '1h', duration: '24h', start: '00:00', replications: 2 },
    deployment: {
      edges: [{ name: 'edge' }],
      pools: [{ name: 'pool1', edge: 'edge' }],
      sites: [{ name: 'hq', pool: 'pool1', users: 10 }, { name: 'branch', pool: 'pool1', users: 5 }],
      remote: { users: 2 },
    },
  },
  'two-sites.yaml',
);

const pairRow = (caller: number, callee: number, counts: Partial<Record<(typeof PATHS)[number], number>>): number[] => [caller, callee, ...PATHS.map((p) => counts[p] ?? 0)];

/** The fit; `file` names the records (a hostile name tests escaping). */
export async function fixtureFit(file = 'records.csv'): Promise<ModelFit> {
  const rows = [
    ...Array.from({ length: 12 }, (_, i) => call(at(`2 09:${String(i * 2).padStart(2, '0')}:00`), at(`2 09:${String(i * 2 + 1).padStart(2, '0')}:00`), 'audio', 'a', 'b', 'hq', 'branch', 'edge-udp')),
    call(at('2 10:00:00'), at('2 10:30:00'), 'audio', 'x', 'a', 'remote', 'hq', 'edge-udp'),
    call(at('2 11:00:00'), at('2 11:30:00'), 'audio', 'x', 'a', 'remote', 'hq', 'edge-udp'),
    leg(at('2 12:00:00'), at('2 12:30:00'), 'c1', 'a', 'hq'),
    leg(at('2 12:00:00'), at('2 12:30:00'), 'c1', 'b', 'branch'),
    call(at('2 23:59:00'), at('2 23:59:30'), 'audio', 'a', 'b', 'hq', 'hq', 'p2p'),
  ];
  const pass = await tablesOf(recordsCsv(rows));
  const records = { ...pass, source: file };
  const hourEdges = Float64Array.from({ length: 25 }, (_, i) => i * 3600);
  const resources: ResourceInfo[] = [{ id: 'edge:edge', kind: 'edge', capacity: 1000 }, { id: 'mcu:pool1', kind: 'mcu', capacity: 1000 }];
  const results = [0, 1].map((replication) =>
    replicationResult({
      replication, windowSeconds: 86400, hourEdges,
      pairPaths: Float64Array.from([...pairRow(0, 1, { p2p: 20 + replication }), ...pairRow(2, 0, { 'failed-certificate': 3 })]),
      resources: [
        resourceFigures(1, 24, { hourOfferedSeconds: Float64Array.from({ length: 24 }, (_, h) => (h === 9 ? 1800 + replication * 360 : 0)) }),
        resourceFigures(1, 24, { hourOfferedSeconds: Float64Array.from({ length: 24 }, (_, h) => (h === 12 ? 3600 : 0)) }),
      ],
    }),
  );
  const scenarios = [{ name: 'baseline', workload: FIT_WORKLOAD }];
  const run = { scenarios, seed: 1, replications: 2, resources: [resources], results, workers: 1, notes: [], wallSeconds: 0 } as unknown as RunOutput;
  return { scenario: scenarios[0]!, records, run, ...compareWithRecords(records, run) };
}
