/**
 * C5 and R15 on load: every mistake in a `cac:` section is refused with the field that
 * holds it, what was expected and what arrived. Each case changes one thing in a valid
 * file (two regions, policies on a branch and on Singapore, a region link between them).
 */
import { describe, expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { problemsOfText } from './helpers.js';

const VALID = `name: t
deployment:
  product: lync2013
  edges: [{ name: edge }]
  pools: [{ name: pool1, edge: edge }]
  sites:
    - { name: hq, pool: pool1, users: 100 }
    - { name: branch, pool: pool1, users: 50 }
    - { name: sg, pool: pool1, users: 50 }
cac:
  regions:
    - { name: emea, centralSite: hq, sites: [hq, branch] }
    - { name: apac, centralSite: sg, sites: [sg] }
  policies:
    - { name: wan, audioKbps: 1000, audioSessionKbps: 100, videoKbps: 2000, videoSessionKbps: 500 }
  sites:
    - { site: branch, policy: wan }
    - { site: sg, policy: wan }
  regionLinks:
    - { between: [emea, apac], policy: wan }
`;

/** VALID with `from` replaced by `to` (which must be found). */
function changed(from: string, to: string): string {
  expect(VALID).toContain(from);
  return VALID.replace(from, to);
}

describe('C5: a cac section is checked on load', () => {
  it('the valid file loads, its profile counted in sessions', () => {
    const cac = parseWorkloadText(VALID, 'w.yaml').cac!;
    expect(cac.regions.map((r) => r.name)).toEqual(['emea', 'apac']);
    expect(cac.policies[0]).toEqual({ name: 'wan', audioKbps: 1000, audioSessionKbps: 100, videoKbps: 2000, videoSessionKbps: 500 });
  });

  it('on ocs2007r2, a cac section is refused (CAC came with Lync Server 2010)', () => {
    expect(problemsOfText(changed('product: lync2013', 'product: ocs2007r2'))).toEqual([
      'cac: Call Admission Control came with Lync Server 2010 (C5); expected no cac section on ocs2007r2, or deployment.product: lync2010, lync2013 or sfb',
    ]);
  });

  it('a region link naming an unknown region (and so no link between the two regions with policies)', () => {
    expect(problemsOfText(changed('between: [emea, apac]', 'between: [emea, asia]'))).toEqual([
      'cac.regionLinks[0].between[1]: no region named "asia" (known: emea, apac)',
      'cac.regionLinks: missing a link between regions "apac" and "emea": both have sites with policies, so calls between them need a route (C5)',
    ]);
  });

  it('a site in two regions', () => {
    expect(problemsOfText(changed('sites: [sg] }', 'sites: [sg, branch] }'))).toEqual([
      'cac.regions[1].sites[1]: site "branch" is already in region "emea" (cac.regions[0].sites[1]); a site belongs to one region (C5)',
    ]);
  });

  it('a site policy on a site in no region', () => {
    expect(problemsOfText(changed('sites: [hq, branch] }', 'sites: [hq] }'))).toEqual([
      'cac.sites[0].site: site "branch" is in no region (cac.regions); a site with a CAC policy belongs to one (C5)',
    ]);
  });

  it('an inter-site link on a site in no region', () => {
    expect(problemsOfText(changed('sites: [hq, branch] }', 'sites: [hq] }').replace('  regionLinks:', '  interSite:\n    - { between: [hq, branch], policy: wan }\n  regionLinks:'))).toEqual([
      'cac.sites[0].site: site "branch" is in no region (cac.regions); a site with a CAC policy belongs to one (C5)',
      'cac.interSite[0].between[1]: site "branch" is in no region (cac.regions); a site with a CAC policy belongs to one (C5)',
    ]);
  });

  it('an audio session limit below 40 kbit/s, a video session limit below 100 (R15)', () => {
    expect(problemsOfText(changed('audioSessionKbps: 100', 'audioSessionKbps: 39'))).toEqual([
      'cac.policies[0].audioSessionKbps: expected an audio session limit in kbit/s of at least 40 (R15), got 39',
    ]);
    expect(problemsOfText(changed('videoSessionKbps: 500', 'videoSessionKbps: 99'))).toEqual([
      'cac.policies[0].videoSessionKbps: expected a video session limit in kbit/s of at least 100 (R15), got 99',
    ]);
  });

  it('a limit without its session limit, and a session limit above its limit', () => {
    expect(problemsOfText(changed('audioKbps: 1000, audioSessionKbps: 100,', 'audioKbps: 1000,'))).toEqual([
      'cac.policies[0].audioSessionKbps: required with audioKbps (the bandwidth one audio session reserves, R15), missing',
    ]);
    expect(problemsOfText(changed('videoKbps: 2000', 'videoKbps: 400'))).toEqual([
      'cac.policies[0].videoSessionKbps: expected at most videoKbps (400), got 500: not even one session would fit',
    ]);
  });

  it('no region link between two regions whose sites both hold policies', () => {
    expect(problemsOfText(changed('  regionLinks:\n    - { between: [emea, apac], policy: wan }\n', ''))).toEqual([
      'cac.regionLinks: missing a link between regions "apac" and "emea": both have sites with policies, so calls between them need a route (C5)',
    ]);
    // Without a policy on Singapore, no route is needed between the regions.
    expect(() => parseWorkloadText(changed('  regionLinks:\n    - { between: [emea, apac], policy: wan }\n', '').replace('    - { site: sg, policy: wan }\n', ''), 'w.yaml')).not.toThrow();
  });

  it("a central site that is not one of the region's sites", () => {
    expect(problemsOfText(changed('centralSite: hq', 'centralSite: sg'))).toEqual([
      'cac.regions[0].centralSite: expected one of the region\'s sites (hq, branch), got "sg"',
    ]);
  });

  it('an unknown policy, wherever it is applied', () => {
    expect(problemsOfText(changed('{ site: sg, policy: wan }', '{ site: sg, policy: lan }'))).toEqual(['cac.sites[1].policy: no policy named "lan" (known: wan)']);
    expect(problemsOfText(changed('{ between: [emea, apac], policy: wan }', '{ between: [emea, apac], policy: lan }'))).toEqual([
      'cac.regionLinks[0].policy: no policy named "lan" (known: wan)',
    ]);
  });

  it('the same link twice, in either order', () => {
    expect(problemsOfText(changed('    - { between: [emea, apac], policy: wan }\n', '    - { between: [emea, apac], policy: wan }\n    - { between: [apac, emea], policy: wan }\n'))).toEqual([
      'cac.regionLinks[1].between: regions "apac" and "emea" are already linked (cac.regionLinks[0])',
    ]);
    expect(problemsOfText(changed('  regionLinks:', '  interSite:\n    - { between: [hq, branch], policy: wan }\n    - { between: [branch, hq], policy: wan }\n  regionLinks:'))).toEqual([
      'cac.interSite[1].between: sites "branch" and "hq" are already linked (cac.interSite[0])',
    ]);
  });

  it('an inter-site link whose resource id is a region link\'s (regions named like sites)', () => {
    const text = changed('    - { name: emea, centralSite: hq, sites: [hq, branch] }\n    - { name: apac, centralSite: sg, sites: [sg] }', '    - { name: hq, centralSite: hq, sites: [hq, branch] }\n    - { name: sg, centralSite: sg, sites: [sg] }')
      .replace('between: [emea, apac]', 'between: [hq, sg]')
      .replace('  regionLinks:', '  interSite:\n    - { between: [hq, sg], policy: wan }\n  regionLinks:');
    expect(problemsOfText(text)).toEqual([
      "cac.interSite[0].between: its resource link:hq~sg is also cac.regionLinks[0]'s (regions and sites share names); rename a region",
    ]);
  });

  it('reports every problem at once', () => {
    const text = changed('audioSessionKbps: 100', 'audioSessionKbps: 39').replace('centralSite: hq', 'centralSite: sg').replace('{ site: sg, policy: wan }', '{ site: sg, policy: lan }');
    expect(problemsOfText(text)).toHaveLength(3);
  });
});
