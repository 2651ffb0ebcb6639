/**
 * The workload's `cac:` section (zod): Call Admission Control's regions, bandwidth policy
 * profiles and where they apply (R15-R20). Cross-references and C5 are checked after
 * parsing (cac-checks.ts).
 */
import { z } from 'zod';
import { bounded, name } from './schema-fields.js';

const kbps = (least: number, what: string) =>
  z.number({ error: `expected ${what} in kbit/s of at least ${least}` }).min(least, { error: `expected ${what} in kbit/s of at least ${least} (R15)` }).max(1e9, { error: `expected ${what} of at most 1,000,000,000 kbit/s` });

/** Call Admission Control (R15-R20): regions, bandwidth policy profiles and where they apply. */
export const Cac = z
  .strictObject({
    regions: bounded(
      z.strictObject({
        name: name.describe('The region\'s name, used by regionLinks.'),
        centralSite: name.describe('The region\'s central site (one of its sites).'),
        sites: bounded(name).min(1).describe('The region\'s sites; a site belongs to one region at most.'),
        audioAlternatePath: z.boolean().default(true).describe('Audio refused by CAC may take the Internet path through the A/V Edge (R18). @default true'),
        videoAlternatePath: z.boolean().default(true).describe('Video refused by CAC may take the Internet path through the A/V Edge (R19). @default true'),
      }),
    )
      .default([])
      .describe('Network regions (R15).'),
    policies: bounded(
      z.strictObject({
        name: name.describe('The bandwidth policy profile\'s name.'),
        audioKbps: kbps(1, 'an audio limit').optional().describe('AudioBWLimit: all audio sessions together, one direction; none = unlimited.'),
        audioSessionKbps: kbps(40, 'an audio session limit').optional().describe('AudioBWSessionLimit: one audio session, at least 40; required with audioKbps.'),
        videoKbps: kbps(1, 'a video limit').optional().describe('VideoBWLimit: all video sessions together; none = unlimited.'),
        videoSessionKbps: kbps(100, 'a video session limit').optional().describe('VideoBWSessionLimit: one video session, at least 100; required with videoKbps.'),
      }),
    )
      .default([])
      .describe('Bandwidth policy profiles (R15): each applied one is two resources, its audio and its video limit, in sessions.'),
    sites: bounded(
      z.strictObject({
        site: name.describe('The site; it must belong to a region (C5).'),
        policy: name.describe('The profile applied to all media in or out of the site: resources link:<site>:audio and :video.'),
      }),
    )
      .default([])
      .describe('Profiles applied to sites.'),
    regionLinks: bounded(
      z.strictObject({
        between: z.tuple([name, name]).describe('Two regions.'),
        policy: name.describe('The profile of the link: resources link:<a>~<b>:audio and :video.'),
      }),
    )
      .default([])
      .describe('Profiles applied to links between regions.'),
    interSite: bounded(
      z.strictObject({
        between: z.tuple([name, name]).describe('Two sites with a direct link.'),
        policy: name.describe('The profile of the link: resources link:<a>~<b>:audio and :video.'),
      }),
    )
      .default([])
      .describe('Profiles applied to direct links between two sites (used instead of the region link).'),
    pstnReroute: z.boolean().default(false).describe('Audio refused by CAC (and no alternate path) goes out over the PSTN instead of to voicemail (R18 b). @default false'),
  })
  .optional()
  .describe('Call Admission Control, on lync2010 and later (R15-R20; C5).');
