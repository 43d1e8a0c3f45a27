// Court mentions: any name of a federal court the lexicon knows ("D.C. district court",
// "U.S. Court of Appeals for the D.C. Circuit", "S.D.N.Y.", "the Ninth Circuit"). "The court" and
// "a federal court" name no court and are left alone. Names shared with state or foreign courts
// ("Supreme Court", "Tax Court") count only when nothing qualifies them ("Texas Supreme Court",
// "the state Supreme Court", "Supreme Court of Canada" are not federal).

import type { Extractor, Mention, MentionOf } from '../model/types.ts';
import { STATE_NAMES, courtValue, findCourtNames, type CourtNameMatch, type VariantForm } from '../lexicon/federal-courts.ts';

const CONFIDENCE: Readonly<Record<VariantForm, number>> = {
  full: 0.97,
  abbreviation: 0.95,
  short: 0.9,
  informal: 0.85,
  bare: 0.75,
  initials: 0.8,
};

/** Lower-case words that make a bare "Supreme Court" someone else's: "the state Supreme Court". */
const QUALIFIERS = new Set(['state', "state's", 'tribal', 'county', 'provincial', 'territorial', 'nation', 'appellate']);

/** Capitalized words that may open a sentence before a bare name: "When Supreme Court justices...". */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'when', 'after', 'before', 'if', 'as', 'at', 'in', 'on', 'by', 'for', 'from', 'with',
  'without', 'under', 'but', 'and', 'or', 'so', 'then', 'while', 'since', 'until', 'because', 'although',
  'though', 'that', 'this', 'to', 'federal', 'full', 'entire', 'whole', 'current', 'conservative', 'liberal',
]);

// A state or place written right before the name: "New York Supreme Court", "Florida's Supreme Court",
// "N.J. Tax Court".
// e.g. "New York " "Florida’s " "N.J. "
const STATE_BEFORE_RE = new RegExp(`(?:${STATE_NAMES.map((s) => s.replace(/ /g, '\\s')).join('|')}|[A-Z]\\.[A-Z]\\.)(?:['’]s)?\\s$`);

// "Supreme Court of Texas", "Tax Court of New Jersey", but "Supreme Court of the United States"
// is its own full variant and never reaches this check.
// e.g. " of Canada" " of the State of"
const OF_PLACE_RE = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

// A state trial court sharing a circuit's short name: "Second Circuit Court" (Hawaii), unlike
// "Second Circuit Court of Appeals" which the lexicon matches whole.
// e.g. " Court for the County" " Court Judge"
const STATE_CIRCUIT_COURT_RE = /^\s+Court\b/;

// A city that is also a state: "federal court in Washington state".
// e.g. " state" " State"
const STATE_WORD_AFTER_RE = /^\s+(?:state|State|County|county)\b/;

// Tax Court initials count only as a citation: "(T.C. 2019)", "T.C. Memo. 2019-12".
// e.g. " Memo. 2019-12" " 2019)" ")"
const CITATION_AFTER_RE = /^(?:\s?Memo\b|\s?No\.|\s\d{4}\)|\))/;

/**
 * How a bare name reads: 'federal' alone, 'qualified' when a state or country owns it ("Texas
 * Supreme Court", "the state supreme court", "Supreme Court of Canada"), 'generic' in lower case
 * ("the supreme court of public opinion").
 */
function readBareName(text: string, m: CourtNameMatch): 'federal' | 'qualified' | 'generic' {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  if (STATE_BEFORE_RE.test(before)) return 'qualified';
  const prev = /(\S+)\s$/.exec(before)?.[1];
  if (prev !== undefined && /[\p{L}]$/u.test(prev)) {
    const lower = prev.toLowerCase();
    if (QUALIFIERS.has(lower)) return 'qualified';
    if (/^\p{Lu}/u.test(prev) && !FUNCTION_WORDS.has(lower)) return 'qualified';
  }
  if (OF_PLACE_RE.test(text.slice(m.end, m.end + 40))) return 'qualified';
  return /^\p{Lu}/u.test(m.text) ? 'federal' : 'generic';
}

// An office named for the district it serves is not the court: "U.S. Attorney's Office for the
// Southern District of Texas", "the Federal Public Defender for the District of Oregon", "the Clerk
// of the Court for the Eastern District", "U.S. Trustee for Region 3", "U.S. Marshals Service for the".
// e.g. "Attorney's Office for the " "Public Defender for the " "Clerk of Court for the " "Trustee for the "
const OFFICE_BEFORE_RE = /\b(?:Attorney(?:['’]s)?(?:\sOffice)?|Attorneys['’]\sOffice|(?:Federal\s)?(?:Public|Community)\sDefenders?(?:['’]s?)?(?:\sOffice)?|Trustee(?:['’]s)?(?:\sOffice)?|Clerk(?:['’]s\sOffice)?(?:\sof\s(?:the\s)?Courts?)?|Marshals?(?:\sService)?|Probation(?:\sOffice)?|Pretrial\sServices(?:\sOffice)?)\s(?:for|of|in)\s(?:the\s)?$/i;

function accept(text: string, m: CourtNameMatch): boolean {
  if (OFFICE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 60), m.start))) return false;
  const after = text.slice(m.end, m.end + 40);
  switch (m.variant.form) {
    case 'bare':
      return readBareName(text, m) === 'federal';
    case 'initials':
      return CITATION_AFTER_RE.test(after) || text[m.start - 1] === '(';
    case 'short':
      return !(m.entry.level === 'appellate' && STATE_CIRCUIT_COURT_RE.test(after) && !/^\s+Court of Appeals/.test(after));
    case 'informal':
      return !STATE_WORD_AFTER_RE.test(after);
    default:
      return true;
  }
}

/**
 * A document that names a state's or country's "Supreme Court" and never the U.S. one by a full
 * name leaves its bare "the Supreme Court" ambiguous: drop those rather than guess.
 */
function dropAmbiguousBare(text: string, matches: readonly CourtNameMatch[], kept: MentionOf<'court'>[]): MentionOf<'court'>[] {
  const qualified = new Set(matches.filter((m) => m.variant.form === 'bare' && readBareName(text, m) === 'qualified').map((m) => m.entry.id));
  if (qualified.size === 0) return kept;
  const named = new Set(kept.filter((k) => k.rule !== 'lexicon-bare').map((k) => k.value.id));
  return kept.filter((k) => k.rule !== 'lexicon-bare' || !qualified.has(k.value.id) || named.has(k.value.id));
}

// How far into a document its caption may run: the court heading comes before the parties.
const CAPTION_REACH = 2500;

/**
 * The court whose caption heads the document ("UNITED STATES DISTRICT COURT / CENTRAL DISTRICT OF
 * CALIFORNIA"): the first court named, near the top, by its full name or opening its line. Dockets and judges with no
 * court of their own belong to it.
 *
 * "This Court" and "the Court" are not court mentions: they name the caption's court, which is
 * already a mention, and a span for each would only repeat it. Linking goes through this function.
 */
export function captionCourt(text: string, courts: readonly MentionOf<'court'>[]): MentionOf<'court'> | undefined {
  let first: MentionOf<'court'> | undefined;
  for (const c of courts) if (!first || c.start < first.start) first = c;
  if (!first || first.start > CAPTION_REACH) return undefined;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  // the official name near the top is the caption's even after a clerk's stamp on its line
  return first.rule === 'lexicon-full' || /^[\s)|:]*$/.test(text.slice(lineStart, first.start)) ? first : undefined;
}

export const courtsExtractor: Extractor = {
  name: 'courts',
  extract(ctx): Mention[] {
    const text = ctx.doc.text;
    const out: MentionOf<'court'>[] = [];
    const matches = findCourtNames(text);
    for (const m of matches) {
      if (!accept(text, m)) continue;
      out.push({
        kind: 'court',
        start: m.start,
        end: m.end,
        text: m.text,
        extractor: 'courts',
        rule: `lexicon-${m.variant.form}`,
        confidence: CONFIDENCE[m.variant.form],
        value: courtValue(m.entry),
      });
    }
    return dropAmbiguousBare(text, matches, out);
  },
};
