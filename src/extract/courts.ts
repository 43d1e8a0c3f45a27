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

function bareNameIsFederal(text: string, m: CourtNameMatch): boolean {
  if (!/^\p{Lu}/u.test(m.text)) return false;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  if (STATE_BEFORE_RE.test(before)) return false;
  const prev = /(\S+)\s$/.exec(before)?.[1];
  if (prev !== undefined && /[\p{L}]$/u.test(prev)) {
    const lower = prev.toLowerCase();
    if (QUALIFIERS.has(lower)) return false;
    if (/^\p{Lu}/u.test(prev) && !FUNCTION_WORDS.has(lower)) return false;
  }
  return !OF_PLACE_RE.test(text.slice(m.end, m.end + 40));
}

function accept(text: string, m: CourtNameMatch): boolean {
  const after = text.slice(m.end, m.end + 40);
  switch (m.variant.form) {
    case 'bare':
      return bareNameIsFederal(text, m);
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

export const courtsExtractor: Extractor = {
  name: 'courts',
  extract(ctx): Mention[] {
    const text = ctx.doc.text;
    const out: MentionOf<'court'>[] = [];
    for (const m of findCourtNames(text)) {
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
    return out;
  },
};
