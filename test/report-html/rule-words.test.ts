import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULE_WORDS, explainRules, prose } from '../../src/report/html/rule-words.js';
import { html } from '../../src/report/html/page.js';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { fixtureRun } from './report-fixture.js';

const DOCS = readFileSync(new URL('../../docs/media-rules.md', import.meta.url), 'utf8');

it('every rule ID of docs/media-rules.md has a short phrase, and the page spells it out where the ID first appears', () => {
  const documented = [...new Set(DOCS.match(/\b[RC]\d{1,2}\b/g))].sort();
  expect(Object.keys(RULE_WORDS).sort()).toEqual(documented);
  expect(RULE_WORDS['R11']).toBe('DSCP markings are lost through the A/V Edge');

  // IDs cited in parentheses are marked; a site that happens to be named R4 is not.
  const line = prose('site R4 <x> is sealed off (R10); calls fail (R9, R12)');
  expect(line.markup).toBe(
    'site R4 &lt;x&gt; is sealed off (<abbr class="rule" title="a sealed site has media only within itself">R10</abbr>); calls fail (' +
      '<abbr class="rule" title="without an A/V Edge, calls that need a relay fail">R9</abbr>, ' +
      '<abbr class="rule" title="a call with a federated user is relayed by our Edge">R12</abbr>)',
  );
  // The first mention of each is spelled out, the later ones keep the phrase as a title.
  const page = explainRules(html`<p>${prose('lost (R11)')}</p><p>${prose('again (R11, R9)')}</p>`).markup;
  expect(page).toBe(
    '<p>lost (<abbr class="rule" title="DSCP markings are lost through the A/V Edge">R11</abbr>: DSCP markings are lost through the A/V Edge)</p>' +
      '<p>again (<abbr class="rule" title="DSCP markings are lost through the A/V Edge">R11</abbr>, ' +
      '<abbr class="rule" title="without an A/V Edge, calls that need a relay fail">R9</abbr>: without an A/V Edge, calls that need a relay fail)</p>',
  );
  // An ID of no rule stays text.
  expect(prose('(R99)').markup).toBe('(R99)');
});

it('a whole report spells out each rule once, at its first mention', async () => {
  const { html: report } = await renderRunReport(fixtureRun());
  // R11 appears in both scenarios' headlines: explained in the first only.
  expect(report.match(/R11<\/abbr>: DSCP markings are lost through the A\/V Edge/g)).toHaveLength(1);
  expect(report.match(/R11<\/abbr>/g)!.length).toBeGreaterThan(1);
  expect(report.indexOf('R11</abbr>: DSCP')).toBe(report.indexOf('R11</abbr>'));
});
