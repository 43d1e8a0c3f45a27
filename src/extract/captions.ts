// Case captions: "A et al. v. B et al." in prose, "In re X", and the stacked caption of a filing
// ("CENTER FOR X, et al.,\nPlaintiffs,\nv.\nY SERVICE, et al.,\nDefendants."), each normalized to one
// canonical caption ("Center for X v. Y Service"): abbreviations expanded, "et al." dropped, "v.".

import type { CaptionValue, Extractor, Mention, MentionOf, PartyRole, TextDocument } from '../model/types.ts';
import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { CONNECTIVES, isCapitalized, looksLikePersonName, runEnd, runStart, titleCaseName, tokenize } from './names.ts';

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
// ", Inc." ", LLC" ", N.A." after a company name: "Acme Tools, Inc. v. ...".
const COMPANY_SUFFIX_AFTER = /^,\s*(?:Inc\.|Inc\b|LLC|L\.L\.C\.|LLP|Ltd\.|Co\.|Corp\.|L\.P\.|N\.A\.|P\.C\.|PLC|S\.A\.)/;
// An unpublished decision: ", No. 19-cv-1234, 2020 WL 123456" / ", 2019 U.S. Dist. LEXIS 4567".
const UNPUBLISHED_AFTER = /^,?\s*(?:No\.\s*[\w:.\-]+(?:\s*\([^)]{0,40}\))?,\s*)?\d{4}\s+(?:WL|U\.S\.\s*(?:Dist\.|App\.)\s*LEXIS)\b/;

/**
 * Is the caption ending at `end` a cited precedent? Its reporter, WL cite or page follows, on the
 * same line or, in a table of authorities, on the next ("Smith v. Jones,\n12 F.4th 34 (2021) .... 5").
 */
function citedAfter(text: string, end: number): boolean {
  // The name may run on past what was read as its end ("McGraw-Hill Glob. Educ. Holdings, LLC,"):
  // a citation line ends in a comma, and the reporter follows on the next line or after that comma.
  const rest = /^[^\n]{0,80}/.exec(text.slice(end))![0];
  if (/,\s*$/.test(rest) && citedAt(text, end + rest.length)) return true;
  for (const c of rest.matchAll(/,\s/g)) if (citedAt(text, end + c.index)) return true;
  return citedAt(text, end);
}

function citedAt(text: string, end: number): boolean {
  let after = text.slice(end, end + 80);
  const nl = /^,?\s*\n/.exec(after);
  if (nl) after = after.slice(nl[0].length);
  else {
    const le = after.indexOf('\n');
    if (le >= 0) after = after.slice(0, le);
  }
  return REPORTER_AFTER.test(after) || REPORTER_AFTER.test(', ' + after) || UNPUBLISHED_AFTER.test(after) || /^,?\s*\d{1,4}\s+[A-Z][\w.’' ]{0,20}\d?\s+\d{1,5}/.test(after);
}

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
      let end = toks[e - 1]!.e;
      const suffix = COMPANY_SUFFIX_AFTER.exec(text.slice(end, lineEnd));
      if (suffix) end += suffix[0].length;
      const name = canonicalSide(text.slice(toks[i + 1]!.s, end));
      const cited = citedAfter(text, end) || SIGNAL_BEFORE.test(text.slice(Math.max(lineStart, toks[i - 1]!.s - 20), toks[i - 1]!.s));
      out.push({
        start: toks[i - 1]!.s,
        end,
        value: { canonical: `In re ${name}`, plaintiffs: [], defendants: [], inRe: name },
        plaintiffSpans: [],
        defendantSpans: [],
        roles: ['petitioner', 'respondent'],
        rule: cited ? 'cited_caption' : 'in_re',
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
    // "Brightwave Therapeutics, Inc., et al.": the company suffix after a comma is the name's.
    const suffix = COMPANY_SUFFIX_AFTER.exec(text.slice(rightEnd, lineEnd));
    if (suffix) rightEnd += suffix[0].length;
    const rightNameEnd = rightEnd;
    const etal = ET_AL.exec(text.slice(rightEnd, lineEnd));
    if (etal) rightEnd += etal[0].replace(/,$/, '').length;
    const start = toks[ls]!.s;
    const before = text.slice(Math.max(lineStart, start - 20), start);
    const cited = citedAfter(text, rightEnd) || SIGNAL_BEFORE.test(before);
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

// Lines that are not a caption's party names: the court heading, case-number and hearing labels,
// the document title in the right-hand column ("MOTION TO DISMISS", "ORDER GRANTING ..."), column
// rules (") No. CV 16-1128"), addresses and e-mail.
const NOT_NAME_LINE = new RegExp(
  [
    String.raw`\b(?:COURT|Court|CIRCUIT|Circuit|DIVISION|Division|DISTRICT OF|District of|BANKRUPTCY|Bankruptcy)\b`,
    String.raw`^(?:IN THE|FOR THE|In the|For the|On Appeal|ON APPEAL|Appeal from|APPEAL FROM)\b`,
    String.raw`\b(?:Case|CASE|Civil|CIVIL|Criminal|CRIMINAL|Civ\.|Crim\.|Adv\.|Misc\.)\s*(?:Action\s*|ACTION\s*|File\s*|FILE\s*)?(?:No|NO|Nos|NOS)\b`,
    String.raw`\bNo\.\s*\d|^\d|\d{5}(?:-\d{4})?$|@|^[):(\[]|\s\)\s`,
    String.raw`\b(?:Judge|JUDGE|Hon\.|HON\.|Honorable|HONORABLE|Date|DATE|Time|TIME|Courtroom|COURTROOM|Dept|DEPT|Hearing|HEARING|Chapter|CHAPTER)\b\s*:?`,
    String.raw`\b(?:MEMORANDUM|ORDER|COMPLAINT|MOTION|RESPONSE|REQUEST|APPLICATION|INJUNCTION|JUDGMENT|DETENTION|BRIEF|NOTICE|DECLARATION|STIPULATION|OPPOSITION|REPLY|TRANSCRIPT|PROCEEDINGS|SUMMARY|DEMAND|JURY|REDACTED|APPENDIX|EXHIBIT)\b`,
  ].join('|'),
);

function nameLine(l: Line | undefined): boolean {
  return !!l && /\p{L}{2,}/u.test(l.t) && !NOT_NAME_LINE.test(l.t) && !ROLE_LINE.test(l.t) && !V_LINE.test(l.t) && !/^In re\b/i.test(l.t) && l.t.length < 120;
}

// What follows a party's name in a caption and is not part of it: ", a Delaware corporation",
// ", individually and on behalf of all others similarly situated", ", in her official capacity as
// Secretary", ", survivor of ...", " dba ...". Matched case-insensitively (captions are often all caps).
const DESCRIPTOR = /,?\s+(?:(?:a|an)\s+[\p{L}\s\-]*?(?:corporation|company|entity|partnership|association|individual|municipality|agency|trust|organization|subdivision|state|county|city|union|limited liability company|bank)\b|on\s+behalf\s+of\b|individually\b|in\s+(?:his|her|their|its)\s+(?:official|individual|personal)\b|as\s+(?:individuals?|trustee|successor|personal|executor|administrator|guardian|next\s+friend|parent)\b|survivor\s+of\b|by\s+and\s+through\b|(?:dba|d\/b\/a|doing\s+business\s+as)\b|for\s+itself\b|on\s+(?:its|his|her|their)\s+own\b)/iu;
// Fictitious defendants: "DOES 1 through 10, inclusive", "John Does 1-5".
const DOES = /^(?:and\s+)?(?:DOES|Does|ROES|Roes|JOHN DOES|John Does)\b(?:\s+\d+\s*(?:through|to|-|–)\s*\d+)?/;

/** The parties of one caption side: its lines read as one text, split at ";" and between names, descriptors dropped. */
function sideParties(text: string, first: Line, last: Line): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  const base = first.s;
  // The side's lines are consecutive, so the block's offsets are text offsets from `base`.
  const block = text.slice(first.s, last.e).replace(/\n/g, ' ');
  const pieces: { s: number; e: number }[] = [];
  const splitter = /\s*;\s*(?:and\s+)?|,\s+and\s+|\s+(?:and|AND)\s+/gu;
  let from = 0;
  for (const m of block.matchAll(splitter)) {
    // " and " inside one name ("FOOD AND DRUG ADMINISTRATION") stays; between two names it splits:
    // after a company suffix, or between two people ("JANE DOE and JOHN ROE").
    if (/^\s+(?:and|AND)\s+$/.test(m[0])) {
      const left = block.slice(from, m.index);
      const right = /^[^,;]*/.exec(block.slice(m.index + m[0].length))![0];
      const afterSuffix = /(?:,\s*)?\b(?:INC|Inc|LLC|L\.L\.C|LLP|N\.A|CORPORATION|Corporation|CORP|Corp|CO|Co|LTD|Ltd|L\.P|P\.C|PLC)\.?,?$/.test(left.trim());
      const people = looksLikePersonName(titleCaseName(left.trim())) && looksLikePersonName(titleCaseName(right.trim()));
      if (!afterSuffix && !people) continue;
    }
    pieces.push({ s: from, e: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ s: from, e: block.length });
  for (const p of pieces) {
    let seg = block.slice(p.s, p.e);
    const lead = /^\s*(?:and\s+)?/i.exec(seg)![0].length;
    seg = seg.slice(lead);
    if (DOES.test(seg)) continue;
    const d = DESCRIPTOR.exec(seg);
    if (d) seg = seg.slice(0, d.index);
    seg = seg.replace(/,?\s*et\s+al\b\.?,?\s*$/i, '').replace(/[,;:\s]+$/, '');
    if (!/\p{L}{2,}/u.test(seg)) continue;
    const name = canonicalSide(seg);
    if (!name) continue;
    out.push({ start: base + p.s + lead, end: base + p.s + lead + seg.length, name });
  }
  return out;
}

/** A filing's stacked caption around a "v." line. */
function stackedCaptions(text: string, lines: Line[], out: CaptionHit[]): void {
  for (let k = 1; k < lines.length - 1; k++) {
    if (!V_LINE.test(lines[k]!.t)) continue;
    // Above: [names...] [role line], below: [names...] [role line].
    let up = k - 1;
    let leftRole: PartyRole = 'plaintiff';
    const upRole = roleLineAt(lines, up, -1);
    if (upRole) {
      leftRole = upRole.role;
      up -= upRole.lines;
    }
    const leftLines: Line[] = [];
    while (up >= 0 && leftLines.length < 6 && nameLine(lines[up])) leftLines.unshift(lines[up--]!);
    let down = k + 1;
    const rightLines: Line[] = [];
    while (down < lines.length && rightLines.length < 8 && nameLine(lines[down])) rightLines.push(lines[down++]!);
    let rightRole: PartyRole = 'defendant';
    const downRole = roleLineAt(lines, down, 1);
    if (downRole) rightRole = downRole.role;
    if (!leftLines.length || !rightLines.length || (!upRole && !downRole)) continue;
    const ps = sideParties(text, leftLines[0]!, leftLines[leftLines.length - 1]!);
    const ds = sideParties(text, rightLines[0]!, rightLines[rightLines.length - 1]!);
    if (!ps.length || !ds.length) continue;
    const end = downRole ? lines[down + downRole.lines - 1]!.e : rightLines[rightLines.length - 1]!.e;
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

/**
 * The role line at lines[at] ("Plaintiffs,", "Petitioner-Appellant,"), also split over two lines
 * ("Plaintiffs-\nAppellees,"). In a compound role the court's role (the second) is the party's role here.
 */
function roleLineAt(lines: Line[], at: number, dir: 1 | -1): { role: PartyRole; lines: number } | null {
  const l = lines[at];
  if (!l) return null;
  const m = ROLE_LINE.exec(l.t);
  if (m) return { role: roleOf(m.groups?.role2 ?? m.groups!.role!), lines: 1 };
  const other = lines[at + dir];
  if (!other) return null;
  const joined = dir === 1 ? l.t + other.t : other.t + l.t;
  const j = /-$/.test(dir === 1 ? l.t : other.t) ? ROLE_LINE.exec(joined) : null;
  return j ? { role: roleOf(j.groups?.role2 ?? j.groups!.role!), lines: 2 } : null;
}

// "In re:\nCRESTLINE HOME GOODS, LLC, et al.,\nDebtors.": a bankruptcy or multidistrict caption set on lines.
const IN_RE_LINE = /^(?:In re|IN RE|In Re)\s*:?\s*(?<rest>.*)$/;
const IN_RE_END = /^(?:Debtors?|Respondents?|Petitioners?|Movants?)\s*[.,;]?$/i;

function stackedInRe(text: string, lines: Line[], out: CaptionHit[]): void {
  for (let k = 0; k < lines.length; k++) {
    const m = IN_RE_LINE.exec(lines[k]!.t);
    if (!m) continue;
    const rest = m.groups!.rest!;
    let first: Line;
    let j = k + 1;
    if (rest.trim()) {
      const off = lines[k]!.t.length - rest.length;
      first = { s: lines[k]!.s + off, e: lines[k]!.e, t: rest };
    } else {
      if (!nameLine(lines[j])) continue;
      first = lines[j++]!;
    }
    let last = first;
    while (j < lines.length && j - k < 5 && nameLine(lines[j]) && !IN_RE_END.test(lines[j]!.t)) last = lines[j++]!;
    if (!lines[j] || !IN_RE_END.test(lines[j]!.t)) continue;
    const sides = sideParties(text, first, last);
    if (!sides.length) continue;
    const name = sides[0]!.name;
    out.push({
      start: lines[k]!.s,
      end: sides[0]!.end,
      value: { canonical: `In re ${name}`, plaintiffs: [], defendants: [], inRe: name },
      plaintiffSpans: [],
      defendantSpans: [],
      roles: ['petitioner', 'respondent'],
      rule: 'in_re',
    });
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
  stackedInRe(text, lines, out);
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
  // A filing names its own case in its stacked caption; any other "A v. B" in its body is an authority
  // it cites (often in short form, without a reporter: "See Hernandez Roman v. Wolf").
  // A brief full of authorities cites its cases by short names too ("See Epic Games v. Apple").
  const brief = out.filter((c) => c.rule === 'cited_caption').length >= 5;
  const own = out.filter((c) => c.rule === 'stacked_caption' || (c.rule === 'in_re' && c.start === lines.find((l) => l.s === c.start)?.s && IN_RE_LINE.test(text.slice(c.start, c.start + 6))));
  if (own.length || brief) {
    const words = new Set(own.flatMap((c) => [...c.value.plaintiffs, ...c.value.defendants, c.value.inRe ?? ''].flatMap(significantWords)));
    for (const c of out) {
      if (c.rule !== 'prose_caption' && c.rule !== 'in_re') continue;
      if (own.includes(c)) continue;
      const mine = [...c.value.plaintiffs, ...c.value.defendants, c.value.inRe ?? ''].flatMap(significantWords);
      if (!mine.some((w) => words.has(w))) {
        c.rule = 'cited_caption';
        c.plaintiffSpans = [];
        c.defendantSpans = [];
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const GENERIC_NAME_WORDS = new Set(['united', 'states', 'america', 'inc', 'llc', 'corporation', 'company', 'department', 'state', 'city', 'county', 'the', 'of', 'and', 'for', 'in', 're', 'national', 'american']);
function significantWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !GENERIC_NAME_WORDS.has(w));
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
