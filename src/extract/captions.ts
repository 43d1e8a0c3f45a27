// Case captions: "A et al. v. B et al." in prose, "In re X", and the stacked caption of a filing
// ("CENTER FOR X, et al.,\nPlaintiffs,\nv.\nY SERVICE, et al.,\nDefendants."), each normalized to one
// canonical caption ("Center for X v. Y Service"): abbreviations expanded, "et al." dropped, "v.".

import type { CaptionValue, Extractor, Mention, MentionOf, PartyRole, TextDocument } from '../model/types.ts';
import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { CONNECTIVES, isCapitalized, runEnd, runStart, titleCaseName, tokenize } from './names.ts';

export interface CaptionHit {
  start: number;
  end: number;
  value: CaptionValue;
  /** Spans of each side's names in the text, for party mentions. */
  plaintiffSpans: { start: number; end: number; name: string }[];
  defendantSpans: { start: number; end: number; name: string }[];
  /** Roles the caption gives its sides ("Plaintiffs," / "Petitioner," lines); plaintiff/defendant by default. */
  roles: [PartyRole, PartyRole];
  rule: string;
}

// Capitalized words that open a sentence or clause before a caption and are not part of it:
// "In Loper Bright v. Raimondo", "See Smith v. Jones", "Under Chevron v. NRDC".
const LEADING_NOT_NAME = new Set([
  'In', 'On', 'At', 'See', 'Cf.', 'But', 'And', 'Under', 'After', 'Before', 'Following', 'Since', 'While', 'With', 'From',
  'By', 'As', 'Like', 'Unlike', 'Per', 'Citing', 'Accord', 'Compare', 'Also', 'Then', 'When', 'Although', 'Because',
  'Today', 'Yesterday', 'Last', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Re',
]);
// A caption followed by a reporter citation is a cited precedent, not this document's case:
// "Loper Bright Enters. v. Raimondo, 603 U.S. 369 (2024)", "Smith v. Jones, 12 F.4th 34".
const REPORTER_AFTER = /^,?\s*(?:\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed|F\.|Fed\.|[A-Z][A-Za-z.]*\s?(?:\d[a-z]{1,2}|App'x|Supp\.)|WL\b|So\.|N\.[EW]\.|P\.|A\.)|_{2,})/;
// Citation signals before a caption: "See", "see also", "citing", "quoting", "cf.".
const SIGNAL_BEFORE = /(?:\b(?:[Ss]ee(?: also)?|[Cc]f\.|citing|quoting|accord|[Cc]ompare|with)\s*,?\s*)$/;
const ROLE_LINE = /^(?<role>Plaintiffs?|Petitioners?|Appellants?|Appellees?|Respondents?|Defendants?|Intervenors?|Movants?|Complainants?)(?:[-–—\s]+(?<role2>Appellants?|Appellees?|Petitioners?|Respondents?|Cross-Appellants?|Cross-Appellees?))?\s*[.,;]?$/i;
const V_LINE = /^(?:v\.?|vs\.?|V\.?|VS\.?|versus)$/;
const ET_AL = /^,?\s*et\s+al\b\.?,?/;

function roleOf(word: string): PartyRole {
  const w = word.toLowerCase().replace(/s$/, '').replace(/^cross-/, '');
  switch (w) {
    case 'petitioner':
    case 'movant':
    case 'complainant':
      return 'petitioner';
    case 'respondent':
      return 'respondent';
    case 'appellant':
      return 'appellant';
    case 'appellee':
      return 'appellee';
    case 'intervenor':
      return 'intervenor';
    case 'defendant':
      return 'defendant';
    default:
      return 'plaintiff';
  }
}

/** Canonical side name: abbreviations expanded, "et al." and a trailing comma dropped, title case for all caps. */
export function canonicalSide(s: string): string {
  let n = s.replace(/,?\s*et\s+al\b\.?,?/gi, '').replace(/[,;\s]+$/, '').trim();
  if (/\p{Lu}{3,}/u.test(n) && !/\p{Ll}{2,}/u.test(n.replace(/\bet al\b/, ''))) n = titleCaseName(n);
  return expandAbbreviations(n).replace(/\s+/g, ' ');
}

/** "IRS" as a caption side is the agency: the text's own definition, else the lexicon's full name. */
function expandAgencyAcronym(side: string, text: string): string {
  if (!/^\p{Lu}{2,6}$/u.test(side)) return side;
  const def = new RegExp(`([\\p{Lu}][\\p{L}.’' ]+?) \\(["“]?${side}["”]?\\)`, 'u').exec(text);
  if (def) {
    const words = def[1]!.split(' ');
    for (let k = 0; k < words.length; k++) {
      const cand = words.slice(k).join(' ');
      if (!/^\p{Lu}/u.test(cand) || /^(?:The|A|An) /.test(cand)) continue;
      if (lookupOrganization(cand) === lookupOrganization(side) && lookupOrganization(side)) return cand;
    }
  }
  return lookupOrganization(side)?.canonical ?? side;
}

export function captionCanonical(plaintiff: string, defendant: string): string {
  return `${plaintiff} v. ${defendant}`;
}

/** Prose captions within one line: "... in Center for X et al. v Internal Revenue Service et al include ...". */
function proseCaptions(text: string, lineStart: number, lineEnd: number, out: CaptionHit[]): void {
  const line = text.slice(lineStart, lineEnd);
  if (!/\s(?:v\.?|vs\.?)\s/.test(line) && !/\bIn re\s/.test(line)) return;
  const toks = tokenize(text, lineStart, lineEnd);
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!.t;
    if (t === 're' && toks[i - 1]!.t === 'In' && isCapitalized(toks[i + 1]!.t)) {
      const e = runEnd(toks, i + 1);
      const name = canonicalSide(text.slice(toks[i + 1]!.s, toks[e - 1]!.e));
      out.push({
        start: toks[i - 1]!.s,
        end: toks[e - 1]!.e,
        value: { canonical: `In re ${name}`, plaintiffs: [], defendants: [], inRe: name },
        plaintiffSpans: [],
        defendantSpans: [],
        roles: ['petitioner', 'respondent'],
        rule: 'in_re',
      });
      continue;
    }
    if (t !== 'v.' && t !== 'v' && t !== 'vs.' && t !== 'vs') continue;
    if (!isCapitalized(toks[i + 1]!.t)) continue;
    // Left side: skip a trailing "et al." then take the capitalized run.
    let j = i;
    if (toks[j - 1]?.t === 'al.' || toks[j - 1]?.t === 'al') {
      if (toks[j - 2]?.t !== 'et') continue;
      j -= 2;
      if (toks[j - 1]?.t === ',') j--;
    } else if (toks[j - 1]?.t === ',') continue;
    let ls = runStart(toks, j);
    if (ls === j) continue;
    // ", Inc. v." : the company suffix sits after a comma.
    if (ls > 1 && toks[ls - 1]!.t === ',' && /^(?:Inc\.|LLC|Ltd\.|Co\.|Corp\.|L\.P\.|N\.A\.)$/.test(toks[ls]!.t)) ls = runStart(toks, ls - 1);
    while (ls < j - 1 && (LEADING_NOT_NAME.has(toks[ls]!.t) || CONNECTIVES.has(toks[ls]!.t))) ls++;
    // "the IRS in Center for X v. ...": a preposition after an acronym or agency starts the caption.
    for (let k = j - 2; k > ls; k--) {
      if (!/^(?:in|at|to|against)$/.test(toks[k]!.t)) continue;
      const before = text.slice(toks[ls]!.s, toks[k - 1]!.e);
      if (/^\p{Lu}{2,}$/u.test(toks[k - 1]!.t) || lookupOrganization(before)) {
        ls = k + 1;
        break;
      }
    }
    // "Groups in Harbor Alliance v. ...": a sentence's first word joined by "in/on/at/to" is not the name's.
    const sentenceInitial = ls === 0 || /[.!?:;“"]\s*$/.test(text.slice(lineStart, toks[ls]!.s));
    if (sentenceInitial && ls + 2 < j && /^(?:in|on|at|to)$/.test(toks[ls + 1]!.t)) ls += 2;
    if (ls < j && (toks[ls]!.t === 'The' || toks[ls]!.t === 'the') && ls + 1 < j) ls++;
    // Right side: the capitalized run, then an optional "et al".
    const re = runEnd(toks, i + 1);
    let rightEnd = toks[re - 1]!.e;
    const rightNameEnd = rightEnd;
    const etal = ET_AL.exec(text.slice(rightEnd, lineEnd));
    if (etal) rightEnd += etal[0].replace(/,$/, '').length;
    const start = toks[ls]!.s;
    const before = text.slice(Math.max(lineStart, start - 20), start);
    const after = text.slice(rightNameEnd, Math.min(lineEnd, rightNameEnd + 40));
    const cited = REPORTER_AFTER.test(after) || SIGNAL_BEFORE.test(before);
    const leftName = text.slice(start, toks[j - 1]!.e);
    const rightName = text.slice(toks[i + 1]!.s, rightNameEnd);
    const p = expandAgencyAcronym(canonicalSide(leftName), text);
    const d = expandAgencyAcronym(canonicalSide(rightName), text);
    if (!p || !d) continue;
    out.push({
      start,
      end: rightEnd,
      value: { canonical: captionCanonical(p, d), plaintiffs: [p], defendants: [d] },
      plaintiffSpans: cited ? [] : [{ start, end: toks[j - 1]!.e, name: p }],
      defendantSpans: cited ? [] : [{ start: toks[i + 1]!.s, end: rightNameEnd, name: d }],
      roles: ['plaintiff', 'defendant'],
      rule: cited ? 'cited_caption' : 'prose_caption',
    });
    i = re - 1;
  }
}

interface Line {
  s: number;
  e: number;
  t: string;
}

// Lines of a stacked caption that are names: letters, not the court heading or a case-number label.
const NOT_NAME_LINE = /\b(?:COURT|Court|DISTRICT OF|District of|Case No|Civil Action|Civ\. No|No\.\s*\d|Judge|JUDGE|MEMORANDUM|ORDER|COMPLAINT|MOTION)\b|^\d|\d{5}(?:-\d{4})?$/;

function nameLine(l: Line | undefined): boolean {
  return !!l && /\p{L}{2,}/u.test(l.t) && !NOT_NAME_LINE.test(l.t) && !ROLE_LINE.test(l.t) && !V_LINE.test(l.t) && l.t.length < 120;
}

/** A filing's stacked caption around a "v." line. */
function stackedCaptions(text: string, lines: Line[], out: CaptionHit[]): void {
  for (let k = 1; k < lines.length - 1; k++) {
    if (!V_LINE.test(lines[k]!.t)) continue;
    // Above: [names...] [role line], below: [names...] [role line].
    let up = k - 1;
    let leftRole: PartyRole = 'plaintiff';
    const upRole = ROLE_LINE.exec(lines[up]!.t);
    if (upRole) {
      leftRole = roleOf(upRole.groups?.role2 ?? upRole.groups!.role!);
      up--;
    }
    const leftLines: Line[] = [];
    while (up >= 0 && leftLines.length < 6 && nameLine(lines[up])) leftLines.unshift(lines[up--]!);
    let down = k + 1;
    const rightLines: Line[] = [];
    while (down < lines.length && rightLines.length < 8 && nameLine(lines[down])) rightLines.push(lines[down++]!);
    let rightRole: PartyRole = 'defendant';
    const downRole = lines[down] ? ROLE_LINE.exec(lines[down]!.t) : null;
    if (downRole) rightRole = roleOf(downRole.groups?.role2 ?? downRole.groups!.role!);
    if (!leftLines.length || !rightLines.length || (!upRole && !downRole)) continue;
    const side = (ls: Line[]) =>
      ls
        .map((l) => ({ start: l.s, end: l.s + l.t.replace(/,?\s*et\s+al\.?,?\s*$/i, '').replace(/[,;.]+$/, '').length, name: canonicalSide(l.t) }))
        .filter((x) => x.name && x.end > x.start);
    const ps = side(leftLines);
    const ds = side(rightLines);
    if (!ps.length || !ds.length) continue;
    const end = downRole ? lines[down]!.e : rightLines[rightLines.length - 1]!.e;
    out.push({
      start: leftLines[0]!.s,
      end,
      value: { canonical: captionCanonical(ps[0]!.name, ds[0]!.name), plaintiffs: ps.map((x) => x.name), defendants: ds.map((x) => x.name) },
      plaintiffSpans: ps,
      defendantSpans: ds,
      roles: [leftRole, rightRole],
      rule: 'stacked_caption',
    });
    k = down;
  }
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    out.push({ s, e, t: text.slice(s, e) });
    s = e + 1;
  }
  return out;
}

/** Every caption in the document: stacked filing captions and prose ones. Cited precedents are kept apart (rule cited_caption). */
export function findCaptions(doc: TextDocument, prior: readonly Mention[] = []): CaptionHit[] {
  const text = doc.text;
  const lines = linesOf(text);
  const out: CaptionHit[] = [];
  stackedCaptions(text, lines, out);
  for (const l of lines) {
    if (out.some((c) => c.start <= l.s && l.e <= c.end)) continue;
    proseCaptions(text, l.s, l.e, out);
  }
  // A caption inside a case citation found earlier is that citation's case name.
  const cites = prior.filter((m) => m.kind === 'case_citation');
  for (const c of out) {
    if (c.rule === 'prose_caption' && cites.some((m) => m.start <= c.start && c.end <= m.end + 2 && (m.value as { form?: string }).form === 'full')) {
      c.rule = 'cited_caption';
      c.plaintiffSpans = [];
      c.defendantSpans = [];
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const captionsExtractor: Extractor = {
  name: 'captions',
  extract({ doc, prior }) {
    const mentions: MentionOf<'caption'>[] = [];
    // One mention per case: a caption repeated (text and citation line) is the same case, stated once.
    const seen = new Set<string>();
    for (const c of findCaptions(doc, prior)) {
      if (c.rule === 'cited_caption' || seen.has(c.value.canonical)) continue;
      seen.add(c.value.canonical);
      mentions.push({
        kind: 'caption',
        start: c.start,
        end: c.end,
        text: doc.text.slice(c.start, c.end),
        extractor: 'captions',
        rule: c.rule,
        confidence: c.rule === 'stacked_caption' ? 0.95 : 0.85,
        value: c.value,
      });
    }
    return mentions;
  },
};
