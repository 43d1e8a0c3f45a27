// Case captions: "A et al. v. B et al." in prose, "In re X", and the stacked caption of a filing
// ("CENTER FOR X, et al.,\nPlaintiffs,\nv.\nY SERVICE, et al.,\nDefendants."), each normalized to one
// canonical caption ("Center for X v. Y Service"): abbreviations expanded, "et al." dropped, "v.".

import type { CaptionValue, Extractor, Mention, MentionOf, PartyRole, TextDocument } from '../model/types.ts';
import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';
import { escapeRegExp } from '../util/regex.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { CONNECTIVES, NAME_SUFFIX_AFTER_COMMA, ORG_HEADS, TITLE_HEADS, isCapitalized, isStateName, looksLikePersonName, runEnd, runStart, splitTitledPerson, titleCaseName, tokenize } from './names.ts';

/** One party's name in a caption; `role` when its own role line says more than its side ("Intervenor Defendant"). */
export interface SideSpan {
  start: number;
  end: number;
  name: string;
  role?: PartyRole;
  /** The court's role beside the trial-court side: "Plaintiffs - Appellants" -> appellant. */
  specific?: PartyRole;
  /** "in his official capacity as Mayor of X" -> "Mayor of X". */
  title?: string;
  /** The caption describes a person ("individually", "in her official capacity"). */
  person?: boolean;
}

export interface CaptionHit {
  start: number;
  end: number;
  value: CaptionValue;
  /** Spans of each side's names in the text, for party mentions. */
  plaintiffSpans: SideSpan[];
  defendantSpans: SideSpan[];
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
// One role word of a caption: "Plaintiffs", "Appellee", "Cross-Appellant", "Counter-Defendant",
// "Third-Party Defendant", "Intervenor", "Real Party in Interest".
const ROLE_WORD_SRC = String.raw`(?:(?:Cross|Counter|Third[-\s]Party)[-\s]?)?(?:Plaintiffs?|Petitioners?|Appellants?|Appellees?|Respondents?|Defendants?|Intervenors?|Movants?|Complainants?)|Real\s+Part(?:y|ies)\s+in\s+Interest`;
// A caption's role line, one word or a compound: "Plaintiffs,", "Plaintiffs - Appellants,",
// "Defendant-Appellee.", "Intervenor Defendant - Appellee.", "Plaintiff/Counter-Defendant,".
const ROLE_LINE = new RegExp(String.raw`^(?:and\s+)?(?:Proposed\s+)?(?<role>${ROLE_WORD_SRC})(?<more>(?:\s*[-–—\/]\s*|\s+|\s*,\s*(?:and\s+)?)(?:${ROLE_WORD_SRC})){0,3}\s*[.,;]?$`, 'i');
// "v." alone, or with the docket in the right-hand column: "v. No. 24-3310", "v. Case No. 1:25-cv-418".
const V_LINE = /^(?:v\.?|vs\.?|V\.?|VS\.?|versus|VERSUS|Versus)(?:\s+(?:(?:Civil\s+Action|Case|Civ\.)\s+)?No\.\s*[\w:\-]+.*)?$/;
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
  const w = word.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '').replace(/^(?:cross|counter|third[- ]party)[- ]?/, '');
  if (w.startsWith('real part')) return 'intervenor';
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
export function canonicalSide(s: string, text?: string): string {
  let n = s.replace(/,?\s*et\s+al\b\.?,?/gi, '').replace(/[,;\s]+$/, '').trim();
  const caps = /\p{Lu}{3,}/u.test(n) && !/\p{Ll}{2,}/u.test(n.replace(/\b(?:et al|and|of|the|for|de|del|la)\b/g, ''));
  // All capitals but for a connective ("CASCADIA HEALTH PARTNERS and WILLAMETTE GROUP") is all capitals.
  if (caps) n = text ? recase(titleCaseName(n), text) : titleCaseName(n);
  return expandAbbreviations(n).replace(/\s+/g, ' ');
}

/**
 * A name set in capitals, title-cased, takes a word's own capitals from the document where it is
 * written in mixed case: "TENANTCHECK" is "TenantCheck", "MCALLISTER" is "McAllister".
 */
function recase(name: string, text: string): string {
  return name.replace(/\p{L}[\p{L}'’]*/gu, (w) => {
    const re = new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'giu');
    for (const m of text.matchAll(re)) {
      const v = m[0];
      if (v !== w && /\p{Ll}/u.test(v) && /^\p{Lu}/u.test(v) && /\p{Lu}/u.test(v.slice(1))) return v;
    }
    return w;
  });
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

/**
 * One name for a case. A caption written in prose is named as written; one composed from a filing's
 * stacked caption ("KEISHA MONROE, Plaintiff, v. THE UNITED STATES") takes the Bluebook's form:
 * "Monroe v. United States".
 */
export function captionCanonical(plaintiff: string, defendant: string, composed = false): string {
  const side = (n: string) => (composed ? bluebookSide(n) : n.replace(/^The\s+/, ''));
  return `${side(plaintiff)} v. ${side(defendant)}`;
}

const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const SURNAME_PARTICLE = /^(?:de|De|del|Del|van|Van|von|Von|da|Da|di|Di|la|La|le|Le|St\.)$/;

/** A person is cited by surname only; a leading "The" is dropped (Bluebook rule 10.2). */
function bluebookSide(name: string): string {
  const n = name.replace(/^The\s+/, '');
  if (!looksLikePersonName(n)) return n;
  const toks = n.split(/\s+/).map((t) => t.replace(/,$/, ''));
  while (toks.length > 1 && NAME_SUFFIX.test(toks[toks.length - 1]!)) toks.pop();
  let k = toks.length - 1;
  while (k > 1 && SURNAME_PARTICLE.test(toks[k - 1]!)) k--;
  const surname = toks.slice(k).join(' ');
  return surname.charAt(0).toUpperCase() + surname.slice(1); // "de Souza" opens the case name: "De Souza"
}

/** Prose captions within one line: "... in Center for X et al. v Internal Revenue Service et al include ...". */
function proseCaptions(text: string, lineStart: number, lineEnd: number, out: CaptionHit[]): void {
  const line = text.slice(lineStart, lineEnd);
  if (!/\s(?:v\.?|vs\.?|versus)\s/.test(line) && !/\b(?:In re|Ex parte)\s/.test(line)) return;
  const toks = tokenize(text, lineStart, lineEnd);
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!.t;
    // "In re Meridian Data Litigation"; "Ex parte Young" names a case the same way.
    const prefix = t === 're' && toks[i - 1]!.t === 'In' ? 'In re' : t === 'parte' && toks[i - 1]!.t === 'Ex' ? 'Ex parte' : null;
    if (prefix && isCapitalized(toks[i + 1]!.t)) {
      const e = runEnd(toks, i + 1);
      let end = toks[e - 1]!.e;
      const suffix = COMPANY_SUFFIX_AFTER.exec(text.slice(end, lineEnd));
      if (suffix) end += suffix[0].length;
      const name = canonicalSide(text.slice(toks[i + 1]!.s, end));
      const cited = citedAfter(text, end) || SIGNAL_BEFORE.test(text.slice(Math.max(lineStart, toks[i - 1]!.s - 20), toks[i - 1]!.s));
      out.push({
        start: toks[i - 1]!.s,
        end,
        value: { canonical: `${prefix} ${name}`, plaintiffs: [], defendants: [], inRe: name },
        plaintiffSpans: [],
        defendantSpans: [],
        roles: ['petitioner', 'respondent'],
        rule: cited ? 'cited_caption' : 'in_re',
      });
      continue;
    }
    // "v.", "vs.", and "versus" as a transcript spells the caption out
    if (t !== 'v.' && t !== 'v' && t !== 'vs.' && t !== 'vs' && t !== 'versus') continue;
    if (!isCapitalized(toks[i + 1]!.t)) continue;
    // Left side: skip a trailing "et al." then take the capitalized run.
    let j = i;
    if (toks[j - 1]?.t === 'al.' || toks[j - 1]?.t === 'al') {
      if (toks[j - 2]?.t !== 'et') continue;
      j -= 2;
      if (toks[j - 1]?.t === ',') j--;
    } else if (toks[j - 1]?.t === ',') continue;
    // "United Warehouse Workers, Local 418 v. Brandt": a union local's number ends the name.
    let localAt = -1;
    if (/^\d+$/.test(toks[j - 1]?.t ?? '') && toks[j - 2]?.t === 'Local') {
      localAt = j - 2;
      j = toks[j - 3]?.t === ',' ? j - 3 : j - 2;
    }
    let ls = runStart(toks, j);
    if (ls === j) continue;
    if (localAt >= 0) j = localAt + 2;
    // ", Inc. v." : the company suffix sits after a comma.
    if (ls > 1 && toks[ls - 1]!.t === ',' && /^(?:Inc\.|LLC|Ltd\.|Co\.|Corp\.|L\.P\.|N\.A\.)$/.test(toks[ls]!.t)) ls = runStart(toks, ls - 1);
    while (ls < j - 1 && (LEADING_NOT_NAME.has(toks[ls]!.t) || CONNECTIVES.has(toks[ls]!.t))) ls++;
    // "the IRS in Center for X v. ...": a preposition after an acronym or agency starts the caption.
    for (let k = j - 2; k > ls; k--) {
      if (!/^(?:in|at|to|against)$/.test(toks[k]!.t)) continue;
      const before = text.slice(toks[ls]!.s, toks[k - 1]!.e);
      // "... the Eastern District of Louisiana in Shrimpers Ass'n v. NMFS": a court is no party's name.
      if (/^\p{Lu}{2,}$/u.test(toks[k - 1]!.t) || lookupOrganization(before) || /\b(?:Court|District|Circuit)\b/.test(before)) {
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
    // "United States ex rel. Okonkwo v. ...": a relator's suit is brought in the government's name.
    const exRel = EX_REL_BEFORE.exec(text.slice(Math.max(lineStart, toks[ls]!.s - 60), toks[ls]!.s));
    const start = toks[ls]!.s - (exRel?.[0].length ?? 0);
    const before = text.slice(Math.max(lineStart, start - 20), start);
    const cited = citedAfter(text, rightEnd) || SIGNAL_BEFORE.test(before);
    const leftName = text.slice(start, toks[j - 1]!.e);
    const rightName = text.slice(toks[i + 1]!.s, rightNameEnd);
    // A cited precedent keeps its reported name ("Janus v. AFSCME"); the document's own case is named in full.
    const p = cited ? canonicalSide(leftName) : expandAgencyAcronym(canonicalSide(leftName), text);
    const d = cited ? canonicalSide(rightName) : expandAgencyAcronym(canonicalSide(rightName), text);
    if (!p || !d) continue;
    out.push({
      start,
      end: rightEnd,
      value: { canonical: captionCanonical(p, d), plaintiffs: [p], defendants: [d] },
      plaintiffSpans: cited ? [] : exRel ? exRelSides(text, start, toks[ls]!.s, toks[j - 1]!.e) : [{ start, end: toks[j - 1]!.e, name: p }],
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
  return !!l && /\p{L}{2,}/u.test(l.t) && !NOT_NAME_LINE.test(l.t) && !ROLE_LINE.test(l.t) && !V_LINE.test(l.t) && !/^In re\b/i.test(l.t) && (l.t.length < 120 || (l.t.length < 320 && (/;/.test(l.t) || DESCRIPTOR.test(l.t))));
}

// What follows a party's name in a caption and is not part of it: ", a Delaware corporation",
// ", individually and on behalf of all others similarly situated", ", in her official capacity as
// Secretary", ", survivor of ...", " dba ...". Matched case-insensitively (captions are often all caps).
const DESCRIPTOR = /,?\s+(?:(?:a|an)\s+[\p{L}\s\-]*?(?:corporation|company|entity|partnership|association|individual|municipality|agency|trust|organization|subdivision|state|county|city|union|limited liability company|bank)\b|on\s+behalf\s+of\b|individually\b|in\s+(?:his|her|their|its)\s+(?:official|individual|personal)\b|as\s+(?:individuals?|trustee|successor|personal|executor|administrator|guardian|next\s+friend|parent)\b|survivor\s+of\b|by\s+and\s+through\b|(?:dba|d\/b\/a|doing\s+business\s+as)\b|for\s+itself\b|on\s+(?:its|his|her|their)\s+own\b)/iu;
// Fictitious defendants: "DOES 1 through 10, inclusive", "John Does 1-5".
/** What may follow a comma inside one party's name: a name suffix ("INC.", "Jr.", "N.A."), "Corporation", "et al.", "Esq.". */
function commaNotSplit(after: string): boolean {
  const first = after.trim().split(/[\s,]+/)[0] ?? '';
  return NAME_SUFFIX_AFTER_COMMA.test(first) || NAME_SUFFIX_AFTER_COMMA.test(`${titleCaseName(first.replace(/\.$/, ''))}.`) || /^(?:Corporation|Company|et al|Esq)\b/i.test(after.trim());
}
// "United States ex rel. ", "State of Texas ex rel. ", "U.S. ex rel. "
// A docket line of the caption's right column: "Case No. 1:26-cv-00412-MTO", "Civil Action No. 25-457 (CKK)".
const DOCKET_CELL = /^(?:(?:Civil\s+Action|Case|Civ\.|Docket|Cause)\s+)?No\.?\s*:?\s*[\w:.\-]+(?:\s*\([A-Z]{2,4}\))?$/i;
const EX_REL_BEFORE = /(?:(?:the\s+)?United States(?: of America)?|U\.S\.|(?:State|Commonwealth|People) of(?: the State of)? \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\s+ex\s+rel\.\s+$/u;
const DOES = /^(?:and\s+)?(?:DOES|Does|ROES|Roes|JOHN DOES|John Does)\b(?:\s+\d+\s*(?:through|to|-|–)\s*\d+)?/;

/** "United States ex rel. Okonkwo": the government is the plaintiff, the relator beside it. */
function exRelSides(text: string, start: number, relatorStart: number, end: number): SideSpan[] {
  const gov = /^(?:the\s+)?(.*?)\s+ex\s+rel\./u.exec(text.slice(start, relatorStart))!;
  const govStart = start + gov[0].indexOf(gov[1]!);
  return [
    { start: govStart, end: govStart + gov[1]!.length, name: canonicalSide(gov[1]!) },
    { start: relatorStart, end, name: canonicalSide(text.slice(relatorStart, end)) },
  ];
}

/** The parties of one caption side: its lines (or cells) read as one text, split at ";" and between names, descriptors dropped. */
function sideParties(text: string, cells: Line[]): SideSpan[] {
  const out: SideSpan[] = [];
  // The side's cells joined by one space; `at` maps a block offset back to the text.
  let block = '';
  const starts: { b: number; s: number }[] = [];
  for (const c of cells) {
    if (block) block += ' ';
    starts.push({ b: block.length, s: c.s });
    block += c.t;
  }
  const at = (b: number): number => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]!.b > b) k--;
    return starts[k]!.s + (b - starts[k]!.b);
  };
  const pieces: { s: number; e: number }[] = [];
  const splitter = /\s*;\s*(?:and\s+)?|,\s+and\s+|\s+(?:and|AND)\s+|,\s+/gu;
  const matches = [...block.matchAll(splitter)];
  const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
  const accepted = matches.map((m) => {
    if (!/^\s+(?:and|AND)\s+$/.test(m[0])) return !/^,\s+$/.test(m[0]);
    // " and " inside one name ("FOOD AND DRUG ADMINISTRATION") stays; between two names it splits:
    // after a company suffix, or before a person ("JANE DOE and JOHN ROE", "CITY OF X and Chief of
    // Police Y", "NATIONAL MARINE FISHERIES SERVICE AND GINA RAYBURN").
    const left = /[^,;]*$/.exec(block.slice(0, m.index))![0];
    const right = /^[^,;]*/.exec(block.slice(m.index! + m[0].length))![0];
    const r = titleCaseName(right.trim());
    const personRight = looksLikePersonName(r) || looksLikePersonName(splitTitledPerson(r)?.name ?? '');
    const afterSuffix = /(?:,\s*)?\b(?:INC|Inc|LLC|L\.L\.C|LLP|N\.A|CORPORATION|Corporation|CORP|Corp|CO|Co|LTD|Ltd|L\.P|P\.C|PLC)\.?,?$/.test(block.slice(0, m.index).trim());
    // Two organizations, each ending in its kind of body: "CASCADIA HEALTH PARTNERS and WILLAMETTE VALLEY MEDICAL GROUP".
    const l = titleCaseName(left.trim());
    const twoBodies = words(left) >= 2 && words(right) >= 2 && ORG_HEADS.has(l.split(' ').pop()!) && ORG_HEADS.has(r.split(' ').pop()!);
    return afterSuffix || (personRight && words(left) >= 2) || twoBodies;
  });
  matches.forEach((m, k) => {
    if (!/^,\s+$/.test(m[0])) return;
    // A bare comma separates the items of a list that ends in a split "and" ("A B, C D, and E F"),
    // never a name from its suffix, descriptor, office or place ("ACME, INC.", "JOHN ROE,
    // Superintendent", "WARDEN, STATEVILLE CENTER", "COUNTY OF COOK, ILLINOIS").
    let listEnd = false;
    for (let j = k + 1; j < matches.length && !/;/.test(matches[j]![0]); j++) {
      if (/and/i.test(matches[j]![0]) && accepted[j]) listEnd = true;
    }
    const left = /[^,;]*$/.exec(block.slice(0, m.index))![0];
    const right = /^[^,;]*/.exec(block.slice(m.index! + m[0].length))![0];
    // Without a closing "and", a person after a comma still starts a new party: "ACME, INC., JANE L. ROE, JOHN DOE".
    const personAfter = looksLikePersonName(titleCaseName(right.trim())) && !DESCRIPTOR.test(`, ${right}`);
    if (!listEnd && !personAfter) return;
    // The item before may end in its own suffix: "HALVORSEN THERAPEUTICS, INC., MARGARET L. HALVORSEN".
    if ((words(left) < 2 && !(personAfter && commaNotSplit(left))) || words(right) < 2 || commaNotSplit(right) || DESCRIPTOR.test(`, ${right}`) || isStateName(titleCaseName(right.trim()))) return;
    accepted[k] = true;
  });
  let from = 0;
  for (const [k, m] of matches.entries()) {
    if (!accepted[k]) continue;
    pieces.push({ s: from, e: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ s: from, e: block.length });
  for (const p of pieces) {
    let seg = block.slice(p.s, p.e);
    let lead = /^\s*(?:and\s+)?/i.exec(seg)![0].length;
    seg = seg.slice(lead);
    if (DOES.test(seg)) continue;
    let title: string | undefined;
    let person = false;
    const d = DESCRIPTOR.exec(seg);
    if (d) {
      // "individually", "in her official capacity": only a person is described so.
      person = /^,?\s+(?:individually|in\s+(?:his|her)\s)/i.test(seg.slice(d.index));
      // "in his official capacity as Mayor of the City of Ashford": the office is the person's title.
      // "... as Director of X and as Chair of Y": the first office.
      const office = /^,?\s+in\s+(?:his|her|their)\s+official\s+capacity\s+as\s+(?:the\s+)?([^,;]{3,120}?)(?=\s+and\s+as\s|[,;]|$)/i.exec(seg.slice(d.index));
      if (office) title = /\p{Ll}/u.test(office[1]!) ? office[1]!.trim() : titleCaseName(office[1]!.trim());
      seg = seg.slice(0, d.index);
    }
    // "HARLAN BECK, Superintendent, in his official capacity": the office after the person's name is a title.
    const officeAfter = /^(?<name>[^,]+),\s+(?<office>\p{Lu}[\p{L}\s]{2,60})$/u.exec(seg.replace(/[,;:\s]+$/, ''));
    if (officeAfter && TITLE_HEADS.has(titleCaseName(officeAfter.groups!.office!.trim().split(/\s+/)[0]!)) && looksLikePersonName(titleCaseName(officeAfter.groups!.name!.trim()), false)) {
      title ??= titleCaseName(officeAfter.groups!.office!.trim());
      person = true;
      seg = officeAfter.groups!.name!;
    }
    seg = seg.replace(/,?\s*et\s+al\b\.?,?\s*$/i, '').replace(/[,;:\s]+$/, '');
    if (!/\p{L}{2,}/u.test(seg)) continue;
    // "Chief of Police Allison M. Drury": the office is a title, the person the party.
    const titled = !title && /\p{Ll}/u.test(seg) ? splitTitledPerson(seg) : null;
    if (titled && looksLikePersonName(titled.name)) {
      title = titled.title;
      person = true;
      seg = seg.slice(titled.nameOffset, titled.nameOffset + titled.name.length);
      lead += titled.nameOffset;
    }
    const name = canonicalSide(seg, text);
    if (!name) continue;
    const start = at(p.s + lead);
    // A name wrapped across cells keeps its span on its first cell (its end in the text is the last cell's).
    const end = at(p.s + lead + seg.length - 1) + 1;
    out.push({ start, end, name, ...(title ? { title } : {}), ...(person ? { person } : {}) });
  }
  return out;
}

// A caption set in a box or beside a column of ")", "|", "§" or ":" marks: "| JANE ROE, | |",
// "JANE ROE, )", "Plaintiff, ) Case No. 3:25-cv-1". The left cell is the caption's; rules are skipped.
const CELL_LEAD = /^(?:\|\s*)/;
const CELL_CUT = /\s*(?:\s[|)§:](?=\s|$)|\|$)/;
const RULE_LINE = /^[\s+\-=_|*)(§:]*$/;

/** The caption cells of the lines: each line's left cell, box rules and empty cells left out. */
function captionCells(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (RULE_LINE.test(l.t)) continue;
    let s = l.s;
    let t = l.t;
    const lead = CELL_LEAD.exec(t);
    if (lead) {
      s += lead[0].length;
      t = t.slice(lead[0].length);
    }
    const cut = CELL_CUT.exec(t);
    if (cut) t = t.slice(0, cut.index);
    t = t.trimEnd();
    if (!t) continue;
    out.push({ s, e: s + t.length, t });
  }
  return out;
}

// A role at the end of a name line: "GRANITE FALLS SCHOOL DISTRICT, ET AL., Petitioners,".
const TRAILING_ROLE = new RegExp(String.raw`,\s*(?<roles>(?:${ROLE_WORD_SRC})(?:\s*[-–—\/]\s*(?:${ROLE_WORD_SRC})){0,2})\s*[.,;]?$`, 'i');

/** A cell ending in its role: the cell cut before the role, and the role. */
function trailingRole(c: Line | undefined): { cell: Line; role: CaptionRole } | null {
  if (!c || c.t.length > 160) return null;
  const m = TRAILING_ROLE.exec(c.t);
  if (!m || m.index === 0) return null;
  const t = c.t.slice(0, m.index);
  return { cell: { s: c.s, e: c.s + t.length, t }, role: parseRole(m.groups!.roles!) };
}

/** A filing's stacked caption around a "v." line. */
function stackedCaptions(text: string, lines: Line[], out: CaptionHit[]): void {
  if (!lines.some((l) => V_LINE_START.test(l.t))) return;
  const cells = captionCells(lines);
  for (let k = 1; k < cells.length - 1; k++) {
    if (!V_LINE.test(cells[k]!.t)) continue;
    // Above: [names...] [role line], below: [names...] [role line], then more [names...] [role line] blocks.
    let up = k - 1;
    let leftRole: CaptionRole = { role: 'plaintiff' };
    const leftLines: Line[] = [];
    const upRole = roleLineAt(cells, up, -1);
    let hasUpRole = !!upRole;
    if (upRole) {
      leftRole = upRole.role;
      up -= upRole.lines;
    } else {
      const tr = trailingRole(cells[up]);
      if (tr && nameLine(tr.cell)) {
        leftRole = tr.role;
        leftLines.push(tr.cell);
        hasUpRole = true;
        up--;
      }
    }
    while (up >= 0 && leftLines.length < 6 && nameLine(cells[up])) leftLines.unshift(cells[up--]!);
    let down = k + 1;
    // A PDF's right-hand column may land between "v." and the defendant: "Case No. 1:26-cv-00412-MTO".
    while (down < cells.length - 1 && DOCKET_CELL.test(cells[down]!.t)) down++;
    const rightLines: Line[] = [];
    let rightRole: CaptionRole = { role: 'defendant' };
    let downRole: { role: CaptionRole; lines: number } | null = null;
    while (down < cells.length && rightLines.length < 8 && nameLine(cells[down])) {
      const tr = trailingRole(cells[down]);
      if (tr && nameLine(tr.cell)) {
        rightLines.push(tr.cell);
        downRole = { role: tr.role, lines: 0 };
        down++;
        break;
      }
      rightLines.push(cells[down++]!);
    }
    if (!downRole) downRole = roleLineAt(cells, down, 1);
    if (downRole) rightRole = downRole.role;
    // Without role lines, a caption still stands when written the Louisiana way ("A\nversus\nB"
    // above "CIVIL ACTION NO. ...") or with its docket line right under it.
    const capitals = [...leftLines, ...rightLines].every((l) => !/\p{Ll}{2,}/u.test(l.t.replace(/\b(?:and|et al\.?)\b/g, '')));
    const bare = capitals && (/^(?:versus|VERSUS)$/.test(cells[k]!.t.trim()) || (down < cells.length && /^(?:CIVIL ACTION|Civil Action|Case|CASE|No\.)\b/.test(cells[down]!.t)));
    if (!leftLines.length || !rightLines.length || (!hasUpRole && !downRole && !bare)) continue;
    const ps = sideParties(text, leftLines).map((x) => withRole(x, leftRole));
    const ds = sideParties(text, rightLines).map((x) => withRole(x, rightRole));
    if (!ps.length || !ds.length) continue;
    let last = downRole ? down + downRole.lines - 1 : down - 1;
    // "CITY OF X,\nDefendants - Appellees,\nSTATE OF Y,\nIntervenor Defendant - Appellee.": further blocks below.
    for (;;) {
      const block: Line[] = [];
      let j = last + 1;
      let role: { role: CaptionRole; lines: number } | null = null;
      while (j < cells.length && block.length < 4 && nameLine(cells[j])) {
        const tr = trailingRole(cells[j]);
        if (tr && nameLine(tr.cell)) {
          block.push(tr.cell);
          role = { role: tr.role, lines: 0 };
          j++;
          break;
        }
        block.push(cells[j++]!);
      }
      role ??= roleLineAt(cells, j, 1);
      if (!block.length || !role) break;
      const extra = sideParties(text, block).map((x) => withRole(x, role.role));
      const side = role.role.role === 'plaintiff' ? ps : ds;
      side.push(...extra);
      last = j + role.lines - 1;
    }
    const end = cells[Math.max(last, k + 1)]!.e;
    out.push({
      start: leftLines[0]!.s,
      end,
      value: { canonical: captionCanonical(ps[0]!.name, ds[0]!.name, true), plaintiffs: ps.map((x) => x.name), defendants: ds.map((x) => x.name) },
      plaintiffSpans: ps,
      defendantSpans: ds,
      roles: [leftRole.role, rightRole.role],
      rule: 'stacked_caption',
    });
    k = last;
  }
}

function withRole(s: SideSpan, r: CaptionRole): SideSpan {
  return { ...s, role: r.role, ...(r.specific ? { specific: r.specific } : {}) };
}

// A line that may be a caption's "v." line, boxed or not: the cheap test before cells are cut.
const V_LINE_START = /^(?:\|\s*)?(?:v|vs|V|VS|versus|VERSUS|Versus)\b/;

export interface CaptionRole {
  /** The trial-court side when the caption says it ("Plaintiffs - Appellants" -> plaintiff), else the court's role. */
  role: PartyRole;
  specific?: PartyRole;
}

/** "Plaintiffs - Appellants" -> plaintiff (appellant); "Intervenor Defendant - Appellee" -> defendant (intervenor); "Respondents" -> respondent. */
export function parseRole(s: string): CaptionRole {
  const roles = [...s.matchAll(new RegExp(ROLE_WORD_SRC, 'gi'))].map((m) => roleOf(m[0]));
  const side = roles.find((r) => r === 'plaintiff' || r === 'defendant');
  const specific = roles.find((r) => r !== 'plaintiff' && r !== 'defendant');
  if (side) return { role: side, ...(specific ? { specific } : {}) };
  return { role: specific ?? 'plaintiff' };
}

/**
 * The role line at lines[at] ("Plaintiffs,", "Petitioner-Appellant,"), also split over two lines
 * ("Plaintiffs-\nAppellees,").
 */
function roleLineAt(lines: Line[], at: number, dir: 1 | -1): { role: CaptionRole; lines: number } | null {
  const l = lines[at];
  if (!l) return null;
  if (ROLE_LINE.test(l.t)) return { role: parseRole(l.t), lines: 1 };
  const other = lines[at + dir];
  if (!other) return null;
  const joined = dir === 1 ? l.t + other.t : other.t + l.t;
  const j = /-$/.test(dir === 1 ? l.t : other.t) && ROLE_LINE.test(joined);
  return j ? { role: parseRole(joined), lines: 2 } : null;
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
    const nameLines = [first];
    // "IN RE HALVORSEN THERAPEUTICS, INC.\nSECURITIES LITIGATION    25 Civ. 4471": a consolidated
    // litigation is named by its title, which ends in "LITIGATION" (the docket column after it aside).
    const litigation = litigationTitle(lines, k, first);
    if (litigation) {
      out.push({
        start: lines[k]!.s,
        end: litigation.end,
        value: { canonical: `In re ${litigation.name}`, plaintiffs: [], defendants: [], inRe: litigation.name },
        plaintiffSpans: [],
        defendantSpans: [],
        roles: ['petitioner', 'respondent'],
        rule: 'in_re',
      });
      continue;
    }
    while (j < lines.length && j - k < 5 && nameLine(lines[j]) && !IN_RE_END.test(lines[j]!.t)) nameLines.push(lines[j++]!);
    if (!lines[j] || !IN_RE_END.test(lines[j]!.t)) continue;
    const sides = sideParties(text, nameLines);
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

/** The title of a consolidated litigation on the "In re" line and up to two more: its name and where it ends. */
function litigationTitle(lines: Line[], k: number, first: Line): { name: string; end: number } | null {
  const parts: Line[] = [first];
  for (let j = k + 1; j <= k + 2 && j < lines.length; j++) parts.push(lines[j]!);
  let joined = '';
  for (const p of parts) {
    const m = /^(.*?\bLITIGATION\b|.*?\bLitigation\b)/.exec(p.t);
    if (m) {
      joined += (joined ? ' ' : '') + m[1]!.trim();
      return { name: canonicalSide(joined), end: p.s + m[1]!.length };
    }
    if (!p.t.trim() || /^[-=_x\s]+$/.test(p.t)) return null;
    joined += (joined ? ' ' : '') + p.t.trim();
  }
  return null;
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
      const cited = c.rule === 'cited_caption';
      const key = `${cited ? 'cited' : 'own'}:${c.value.canonical}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({
        kind: 'caption',
        start: c.start,
        end: c.end,
        text: doc.text.slice(c.start, c.end),
        extractor: 'captions',
        rule: c.rule,
        confidence: c.rule === 'stacked_caption' ? 0.95 : cited ? 0.8 : 0.85,
        value: cited ? { canonical: c.value.canonical, plaintiffs: [], defendants: [], ...(c.value.inRe ? { inRe: c.value.inRe } : {}), cited: true } : c.value,
      });
    }
    return mentions;
  },
};
