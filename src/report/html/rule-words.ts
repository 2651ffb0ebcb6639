/**
 * The rule IDs of docs/media-rules.md (C1-C5, R1-R21) in a short phrase each, so that the
 * page explains an ID where a reader first meets it: the page is read offline, and
 * may be printed, so a link to the docs would not help.
 *
 * Text that cites rules puts them in parentheses, "(R11)" or "(R9, R12)", as avsim's
 * messages do. {@link prose} escapes such text and marks each cited ID; once the page is
 * complete, {@link explainRules} spells out the first mention of every ID and leaves
 * the later ones as `<abbr>` with the phrase as their title. Only IDs in such
 * parentheses are marked, so a site named "R4" stays a site name.
 */
import { Html, escapeHtml } from './page.js';

/** Each rule's short phrase, as docs/media-rules.md words the rule. */
export const RULE_WORDS: Readonly<Record<string, string>> = {
  C1: 'a port policy must open at least 40 ports',
  C2: 'a port policy counts only when both clients carry it',
  C3: 'no NAT in front of a load-balanced Edge pool',
  C4: 'every pool names the Edge that relays its users',
  C5: 'Call Admission Control must be complete',
  R1: 'conferences and Live Meetings always use the MCU',
  R2: 'two parties try peer-to-peer first',
  R3: 'two internal users with media open between their sites talk peer-to-peer',
  R4: 'two internal users with media blocked are relayed by the Edge internal NIC',
  R5: 'a call between an internal and a remote user is relayed by the Edge',
  R6: 'two remote users talk peer-to-peer over the Internet',
  R7: 'a third party moves a call to the MCU',
  R8: 'extra SAN names on the Edge internal certificate break ICE',
  R9: 'without an A/V Edge, calls that need a relay fail',
  R10: 'a sealed site has media only within itself',
  R11: 'DSCP markings are lost through the A/V Edge',
  R12: 'a call with a federated user is relayed by our Edge',
  R13: 'signalling is not media: remote users\u2019 sign-ins are no A/V relay load',
  R14: 'each pool\u2019s users are relayed by the Edge it names',
  R15: 'CAC turns bandwidth policies into sessions a link allows',
  R16: 'CAC reserves bandwidth on every policy along a call\u2019s route',
  R17: 'CAC admits a call only where every policy has room',
  R18: 'audio refused by CAC takes the Internet, the PSTN or voicemail',
  R19: 'video refused by CAC takes the Internet or drops to audio',
  R20: 'CAC is checked before ICE',
  R21: 'PSTN calls go through the pool\u2019s Mediation Server',
};

const ID = '(?:C|R)\\d{1,2}';
/** A parenthesis of rule IDs only: "(R11)", "(R9, R12)". */
const CITATION = new RegExp(`\\((${ID}(?:, ${ID})*)\\)`, 'g');
const CITED_ID = new RegExp(ID, 'g');

/** The mark of one cited rule ID, before {@link explainRules} decides whether to spell it out. */
function ruleMark(id: string): string {
  const words = RULE_WORDS[id];
  return words === undefined ? id : `<abbr class="rule" title="${escapeHtml(words)}">${id}</abbr>`;
}

/** Text as markup: escaped, with the rule IDs it cites in parentheses marked (IDs of no known rule stay text). */
export function prose(text: string): Html {
  return new Html(escapeHtml(text).replace(CITATION, (citation) => citation.replace(CITED_ID, ruleMark)));
}

const MARK = /<abbr class="rule" title="[^"]*">((?:C|R)\d{1,2})<\/abbr>/g;

/**
 * The page's markup with the first mention of every marked rule spelled out:
 * "(R11: DSCP markings are lost through the A/V Edge)". Later mentions keep the phrase
 * as their title only.
 */
export function explainRules(body: Html): Html {
  const seen = new Set<string>();
  return new Html(
    body.markup.replace(MARK, (mark, id: string) => {
      if (seen.has(id)) return mark;
      seen.add(id);
      return `${mark}: ${escapeHtml(RULE_WORDS[id]!)}`;
    }),
  );
}
