import { expect, it } from 'vitest';
import { pathCounts } from '../../src/calibrate/path-counts.js';
import { parseSubnetsCsv } from '../../src/calibrate/subnet-map.js';
import { HEADER, recordsCsv, tablesOf } from './records-fixture.js';

it('empty locations come from the subnets (longest prefix), an address in none is remote, a written location wins', async () => {
  const subnets = parseSubnetsCsv('Identity,MaskBits,NetworkSiteID\n10.0.0.0,8,hq\n10.20.0.0,16,branch\n2001:db8::,32,hq\n', 'subnets.csv');
  const header = `${HEADER},caller_subnet,callee_subnet`;
  const text = recordsCsv(
    [
      '2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,,,p2p,10.1.1.1,10.20.5.5',
      '2026-03-02T09:01:00Z,2026-03-02T09:03:00Z,audio,,c,d,,,edge-udp,2001:db8::7,203.0.113.9',
      '2026-03-02T09:02:00Z,2026-03-02T09:03:00Z,audio,,e,f,federated,,edge-udp,203.0.113.9,10.9.9.9',
    ],
    header,
  );
  const pass = await tablesOf(text, { subnets });
  expect(pathCounts(pass.tables).pairs.map((p) => `${p.callerLocation}>${p.calleeLocation}`)).toEqual(['federated>hq', 'hq>branch', 'hq>remote']);
});
