// Shared helpers for name-shaped text: capitalized token runs, lists of names ("A, B, C and D"),
// title + person splitting ("Acting FEMA Administrator Carl Benton"), person-vs-organization guesses.
// Everything here is pattern work; compromise is consulted only for single candidate tokens
// (is this a first name?), cached, so its cost stays proportional to the candidates.

import nlp from 'compromise';
import { expandAbbreviations, isCaseNameAbbreviation } from '../lexicon/legal-abbreviations.ts';
import { lookupOrganization, findLexiconOrganizations } from '../lexicon/organizations.ts';
import { STATE_NAMES } from '../lexicon/federal-courts.ts';

const STATES = new Set(STATE_NAMES);
/** A US state as a party: "New Mexico", "the State of Texas", "Commonwealth of Virginia". */
export function isStateName(s: string): boolean {
  const n = s.replace(/^(?:the|The)\s+/, '').replace(/^(?:State|STATE|Commonwealth|COMMONWEALTH)\s+of\s+/, '');
  return STATES.has(n) || STATES.has(n.replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_x, a: string, b: string) => a + b.toLowerCase()));
}

export interface Tok {
  s: number;
  e: number;
  t: string;
  /** A line break precedes this token: names never run across it. */
  nl?: boolean;
}

// A word: dotted initials ("U.S.", "D.C."), or letters/digits with inner apostrophes, hyphens and
// ampersands ("O’Neill", "Smith-Jones", "AT&T"), with a trailing period kept for now.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-&](?=[\p{L}\p{N}]))*\.?|\S/gu;

// Abbreviations whose period is not a sentence end inside names.
const KEEP_PERIOD = new Set([
  'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Jr.', 'Sr.', 'St.', 'Mt.', 'Ft.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'No.', 'al.', 'Bros.',
  'Cir.', 'Dist.', 'Ct.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Hon.', 'Sec.', 'Atty.', 'Lt.', 'Col.', 'Sgt.', 'Capt.', 'vs.', 'v.',
  'L.L.C.', 'L.P.', 'P.C.', 'N.A.',
]);

/** Does the period at the end of `word` belong to it (initial, dotted acronym, abbreviation)? */
export function periodBelongs(word: string): boolean {
  if (!word.endsWith('.')) return false;
  const base = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(base)) return true; // initial "A."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(base)) return true; // "U.S", "D.C"
  return KEEP_PERIOD.has(word) || isCaseNameAbbreviation(word);
}

/** Tokens of text[from, to): words (a period kept only where it belongs) and single punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  const slice = text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const w = m[0];
    const s = m.index;
    const prevEnd = out.length ? out[out.length - 1]!.e : Math.max(0, from - 1);
    const nl = s > prevEnd && text.slice(prevEnd, s).includes('\n');
    if (w.length > 1 && w.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(w) && !periodBelongs(w)) {
      out.push({ s, e: s + w.length - 1, t: w.slice(0, -1), nl });
      out.push({ s: s + w.length - 1, e: s + w.length, t: '.' });
    } else out.push({ s, e: s + w.length, t: w, nl });
  }
  return out;
}

/** Lowercase words allowed between capitalized words of one name ("Center for the Study of ..."). */
export const CONNECTIVES = new Set([
  'of', 'for', 'the', 'and', '&', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'un', 'una', 'on', 'in', 'at', 'to',
  'du', 'des', 'van', 'von', 'da', 'di', 'le', 'der', 'den',
]);

export function isCapitalized(t: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(t) && /\p{L}/u.test(t);
}

// Dates are not name words: "the D.C. Circuit in July", "the Board on Monday".
const CALENDAR = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Is tokens[i] the start of a capitalized run, allowing connectives before the next capitalized word? */
function connectiveBridges(toks: Tok[], i: number): boolean {
  let j = i;
  while (j < toks.length && CONNECTIVES.has(toks[j]!.t) && j - i < 3) j++;
  return j > i && j < toks.length && isCapitalized(toks[j]!.t) && !CALENDAR.has(toks[j]!.t) && !toks.slice(i, j + 1).some((t) => t.nl);
}

/**
 * Index one past the last token of the capitalized run starting at tokens[i] (connectives inside,
 * never at the edges). Returns i when tokens[i] is not capitalized.
 */
export function runEnd(toks: Tok[], i: number, opts: { allowLowerTitles?: boolean } = {}): number {
  let j = i;
  let end = i;
  while (j < toks.length) {
    const t = toks[j]!.t;
    if (j > i && (toks[j]!.nl || toks[j]!.s - toks[j - 1]!.e > 1)) break; // names never cross a line
    if (isCapitalized(t)) {
      j++;
      end = j;
    } else if (j > i && (CONNECTIVES.has(t) || (opts.allowLowerTitles && LOWER_TITLE_WORDS.has(t))) && connectiveBridges(toks, j)) {
      j++;
    } else if (j > i && opts.allowLowerTitles && lowerTitleBridge(toks, j) > 0) {
      j += lowerTitleBridge(toks, j);
    } else if (j > i && UNIT_NUMBER_BEFORE.has(toks[j - 1]!.t) && /^\d{1,5}[A-Z]?$/.test(t)) {
      // "Local 77 of the Warehouse Workers Union", "Lodge 12": the unit's number is its name's.
      j++;
      end = j;
    } else if (j > i && /^['’]$/.test(t) && toks[j]!.s === toks[j - 1]!.e && /s$/.test(toks[j - 1]!.t) && j + 1 < toks.length && isCapitalized(toks[j + 1]!.t) && !toks[j + 1]!.nl) {
      // A plural possessive inside a name: "Keystone Carpenters' Pension Fund".
      j++;
    } else break;
  }
  return end;
}

// Words that number a unit of an organization: "Local 418", "Lodge 12", "Post 7".
const UNIT_NUMBER_BEFORE = new Set(['Local', 'Lodge', 'Post', 'Chapter', 'Branch', 'Council']);
// Lowercase words that modify a title before it reaches the name: "ICE field office director Raymond Kessel".
const TITLE_MODIFIERS = new Set([
  'field', 'office', 'deputy', 'regional', 'general', 'acting', 'special', 'assistant', 'senior', 'district', 'state',
  'county', 'city', 'press', 'legal', 'policy', 'communications', 'public', 'affairs', 'medical', 'financial',
  'operating', 'executive', 'program', 'human', 'resources', 'compliance', 'enforcement', 'removal', 'operations',
]);

/** Tokens in a lowercase title bridge at toks[j] ("field office director" before a name), else 0. */
function lowerTitleBridge(toks: Tok[], j: number): number {
  let k = j;
  while (k < toks.length && k - j < 4 && TITLE_MODIFIERS.has(toks[k]!.t) && !toks[k]!.nl) k++;
  if (k >= toks.length || !LOWER_TITLE_WORDS.has(toks[k]!.t) || toks[k]!.nl) return 0;
  const next = toks[k + 1];
  return next && isCapitalized(next.t) && !next.nl && !CALENDAR.has(next.t) ? k + 1 - j : 0;
}

/** Index of the first token of the capitalized run ending at tokens[end - 1]. */
export function runStart(toks: Tok[], end: number): number {
  let i = end;
  let start = end;
  while (i > 0) {
    const t = toks[i - 1]!.t;
    if (i < end && (toks[i]!.nl || toks[i]!.s - toks[i - 1]!.e > 1)) break;
    if (isCapitalized(t)) {
      i--;
      start = i;
    } else if (i < end && CONNECTIVES.has(t) && i - 1 > 0 && (isCapitalized(toks[i - 2]!.t) || CONNECTIVES.has(toks[i - 2]!.t))) {
      i--;
    } else break;
  }
  return start;
}

// ---------------------------------------------------------------------------------------------
// Titles

/** Words that make a preceding phrase a title: "Treasury Secretary", "Acting ICE Director". */
export const TITLE_HEADS = new Set([
  'Secretary', 'Commissioner', 'Director', 'Administrator', 'Chief', 'Counsel', 'Attorney', 'Officer', 'Chair', 'Chairman',
  'Chairwoman', 'Chairperson', 'President', 'Vice', 'CEO', 'COO', 'CFO', 'Governor', 'Mayor', 'Senator', 'Representative',
  'Rep.', 'Sen.', 'Gov.', 'Deputy', 'Acting', 'General', 'Inspector', 'Solicitor', 'Assistant', 'Associate', 'Manager',
  'Commander', 'Sheriff', 'Agent', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Head', 'Superintendent', 'Trustee',
  'Ambassador', 'Adviser', 'Advisor', 'Lawyer', 'Partner', 'Founder', 'Cofounder', 'Co-founder', 'Editor', 'Reporter',
  'Professor', 'Dean', 'Minister', 'Official', 'Leader', 'Speaker', 'Clerk', 'Auditor', 'Comptroller', 'Treasurer',
  'Controller', 'Principal', 'Coordinator', 'Analyst', 'Executive', 'Investigator', 'Administrator', 'Member', 'Fellow',
  'Warden', 'Marshal', 'Postmaster', 'Surgeon',
]);
/** Lowercase title words that still sit inside a "title Name" phrase: "Commerce official Peter Lang". */
export const LOWER_TITLE_WORDS = new Set([
  'official', 'spokesperson', 'spokesman', 'spokeswoman', 'attorney', 'lawyer', 'counsel', 'director', 'secretary',
  'commissioner', 'chief', 'officer', 'administrator', 'aide', 'adviser', 'advisor', 'agent', 'employee', 'staffer',
  'economist', 'analyst', 'executive', 'president', 'chair', 'head', 'lead',
]);
/** Person-name honorifics that are not titles of office. */
const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Hon.', 'Mx.']);

/** Words that end organization names: "... Alliance", "... Service", "... Inc.". */
export const ORG_HEADS = new Set([
  'Foundation', 'Alliance', 'Center', 'Centre', 'Institute', 'Union', 'Association', 'Federation', 'Council', 'Coalition',
  'Group', 'Project', 'Fund', 'League', 'Committee', 'Department', 'Agency', 'Service', 'Services', 'Office', 'Bureau',
  'Administration', 'Commission', 'Network', 'Society', 'Trust', 'Inc.', 'Inc', 'LLC', 'LLP', 'L.L.C.', 'Corp.',
  'Corporation', 'Company', 'Co.', 'University', 'College', 'School', 'Clinic', 'Church', 'America', 'Workers',
  'Employees', 'Board', 'Authority', 'Partnership', 'Campaign', 'Initiative', 'Caucus', 'Club', 'Party', 'Congress',
  'Conference', 'Organization', 'Organisation', 'Court', 'Ministry', 'Bank',
  'Hospital', 'Press', 'News', 'Times', 'Post', 'Journal', 'Defenders', 'Advocates', 'Lawyers', 'Counsel',
  'Division', 'Program', 'Commons', 'Consortium', 'Cooperative', 'Collaborative', 'Academy', 'Citizens', 'Watch', 'Ltd.', 'PLLC', 'P.C.', 'Holdings', 'Industries',
  'Enterprises', 'Systems', 'Technologies', 'Solutions', 'Partners', 'Associates',
  // Local governments, sued as often as agencies: "Bexley County and Sheriff X".
  'County', 'Parish', 'Borough', 'Township',
]);
/** Words that open organization names, in English and Spanish: "Centro de ...", "Friends of ...". */
export const ORG_STARTS = new Set([
  'Centro', 'Comité', 'Comite', 'Asociación', 'Asociacion', 'Fundación', 'Fundacion', 'Alianza', 'Proyecto', 'Coalición',
  'Red', 'Unión', 'Movimiento', 'Consejo', 'Instituto', 'Friends', 'Americans', 'Citizens', 'People', 'Families',
  'Parents', 'Students', 'Doctors', 'Physicians', 'Veterans', 'Women', 'Workers', 'Center', 'Institute', 'Department',
  'Office', 'Bureau', 'Council', 'Committee', 'Association', 'Alliance', 'Coalition', 'Federation', 'League', 'Society',
  'National', 'American', 'United', 'International', 'Federal', 'State', 'City', 'County', 'Board', 'Commission',
]);

/** Is `t` an organization head word, written out or abbreviated ("Ctr.", "Ass'n")? */
export function isOrgHead(t: string): boolean {
  return ORG_HEADS.has(t) || (/[.'’]/.test(t) && ORG_HEADS.has(expandAbbreviations(t)));
}

export interface TitledPerson {
  title: string;
  name: string;
  /** Offset of the name inside the input string. */
  nameOffset: number;
}

const firstNameCache = new Map<string, boolean>();
/** Is `word` a known given name? (compromise's lexicon, one cached lookup per distinct word) */
export function isFirstName(word: string): boolean {
  const w = word.replace(/[.,]$/, '');
  let v = firstNameCache.get(w);
  if (v === undefined) {
    v = /^\p{Lu}\p{Ll}+$/u.test(w) && nlp(w).has('#FirstName');
    firstNameCache.set(w, v);
  }
  return v;
}

const NAME_PARTICLES = new Set(['de', 'De', 'del', 'Del', 'van', 'Van', 'von', 'Von', 'da', 'Da', 'di', 'Di', 'la', 'La', 'le', 'Le', 'bin', 'al', 'Al', 'St.', 'y']);
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV', 'Jr', 'Sr']);
const PERSON_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{M}]*(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+)*|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|\p{Lu}\.|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)$/u;

/**
 * Does `s` read as a person's name ("Laura Chen", "Paul R. Ortiz", "Maria De Souza")?
 * `strict` requires positive evidence (a known first name or a middle initial), for places where
 * organizations are just as likely; otherwise a two-to-four-token name shape suffices.
 */
export function looksLikePersonName(s: string, strict = true): boolean {
  const parts = s.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 5) return false;
  let sawInitial = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i > 0 && i < parts.length - 1 && NAME_PARTICLES.has(p)) continue;
    if (i === parts.length - 1 && SUFFIXES.has(p)) continue;
    if (!PERSON_TOKEN.test(p)) return false;
    if (ORG_HEADS.has(p) || TITLE_HEADS.has(p) || (i === 0 && ORG_STARTS.has(p))) return false;
    if (/^\p{Lu}\.$/u.test(p)) {
      if (i === parts.length - 1) return false;
      sawInitial = true;
    }
  }
  if (lookupOrganization(s)) return false;
  if (!strict) return true;
  return isFirstName(parts[0]!) || (sawInitial && parts.length >= 3) || /^\p{Lu}\.$/u.test(parts[0]!);
}

/**
 * Split "Acting FDA Commissioner Lena Marsh" into title and name; "the Secretary of Veterans
 * Affairs Douglas Vance" -> title "Secretary of Veterans Affairs". Null when no title precedes a name.
 */
export function splitTitledPerson(s: string): TitledPerson | null {
  const lead = /^(?:the|The)\s+/.exec(s)?.[0].length ?? 0;
  const body = s.slice(lead);
  const toks = tokenize(body);
  const words = toks.filter((t) => t.t !== ',');
  // "Secretary Bessent", "Commissioner Ruiz": an office and a surname.
  if (words.length === 2 && TITLE_HEADS.has(words[0]!.t) && PERSON_TOKEN.test(words[1]!.t) && !ORG_HEADS.has(words[1]!.t) && !TITLE_HEADS.has(words[1]!.t) && !/^\p{Lu}+$/u.test(words[1]!.t)) {
    return { title: words[0]!.t, name: words[1]!.t, nameOffset: lead + words[1]!.s };
  }
  if (words.length < 3) return null;
  // The name is the last 2-4 tokens: start at the earliest given name that leaves a 2-4 token
  // name, else the last two tokens.
  let nameStart = -1;
  for (let k = Math.max(1, words.length - 4); k <= words.length - 2; k++) {
    const cand = body.slice(words[k]!.s);
    if (isFirstName(words[k]!.t) && looksLikePersonName(cand, false)) {
      nameStart = k;
      break;
    }
  }
  if (nameStart < 0) {
    for (let k = Math.max(1, words.length - 4); k <= words.length - 2; k++) {
      const cand = body.slice(words[k]!.s);
      if (/^\p{Lu}\.$/u.test(words[k + 1]?.t ?? '') && looksLikePersonName(cand, false)) {
        nameStart = k;
        break;
      }
    }
  }
  if (nameStart < 0) {
    const k = words.length - 2;
    if (looksLikePersonName(body.slice(words[k]!.s), false)) nameStart = k;
  }
  if (nameStart < 1) return null;
  const titleToks = words.slice(0, nameStart);
  const last = titleToks[titleToks.length - 1]!.t;
  const hasHead = titleToks.some((t) => TITLE_HEADS.has(t.t) || LOWER_TITLE_WORDS.has(t.t.toLowerCase()));
  if (!hasHead || HONORIFICS.has(last)) {
    if (titleToks.length === 1 && HONORIFICS.has(last)) {
      return { title: '', name: body.slice(words[nameStart]!.s).trim(), nameOffset: lead + words[nameStart]!.s };
    }
    return null;
  }
  // "Secretary of Homeland Security": a title may carry "of <Org>"; it must not end in a connective.
  if (CONNECTIVES.has(last)) return null;
  const title = body.slice(0, titleToks[titleToks.length - 1]!.e).trim();
  return { title, name: body.slice(words[nameStart]!.s).trim(), nameOffset: lead + words[nameStart]!.s };
}

// ---------------------------------------------------------------------------------------------
// Lists

export interface ListItem {
  start: number;
  end: number;
  text: string;
}

export interface ParsedList {
  items: ListItem[];
  /** End offset of the list as parsed. */
  end: number;
  /** "and other groups", "and others": the list names only some members. */
  open: boolean;
}

// A parenthetical acronym right after a name: "(IRS)", "(“ICE”)", "("DHS")".
const PAREN_ACRONYM = /^\s*\(\s*["“']?[\p{Lu}][\p{Lu}\p{N}&.\-]{1,11}["”']?\s*\)/u;
// Lowercase nouns that turn the capitalized words before them into a modifier, not a name:
// "Trump Administration officials", "DOGE staff", "State Department lawyers".
export const GENERIC_HEAD_NOUNS = new Set([
  'officials', 'official', 'agencies', 'agency', 'employees', 'officers', 'leaders', 'staff', 'staffers', 'groups', 'members',
  'lawyers', 'attorneys', 'workers', 'appointees', 'authorities', 'agents', 'personnel', 'data', 'records', 'policy',
  'policies', 'rule', 'rules', 'program', 'programs', 'order', 'orders', 'memo', 'spokesperson', 'spokesman', 'spokeswoman',
  'deal', 'agreement', 'request', 'requests', 'officers', 'administration', 'investigators', 'leadership', 'filing',
]);
// "Sam Reed, Jr.", "Acme, Inc.", "Loomis National Bank, N.A.": a suffix after a comma ends the same name.
export const NAME_SUFFIX_AFTER_COMMA = /^(?:Inc\.?|Jr\.?|Sr\.?|II|III|IV|LLC|L\.L\.C\.|LLP|L\.L\.P\.|PLLC|Ltd\.?|Corp\.?|Co\.|N\.A\.|L\.P\.|P\.C\.|P\.A\.|PLC|S\.A\.|AG|GmbH)$/;
const OPEN_ENDERS = new Set(['other', 'others', 'several', 'many', 'more', 'various', 'numerous', 'dozens', 'additional']);

/**
 * Parse a list of names starting at `from` and ending before `limit` (end of line):
 * "the Center for X, Harbor Workers Alliance, and the National Y" / "A, B, C and D" / "A & B".
 * Items keep a leading "the" out, parenthetical acronyms in. Lowercase words end the list.
 */
export function parseNameList(text: string, from: number, limit: number): ParsedList {
  const toks = tokenize(text, from, limit);
  const items: ListItem[] = [];
  let i = 0;
  let open = false;
  let usedFinalConjunction = false;
  while (i < toks.length) {
    // "the Education Department and its Office of Federal Student Aid": an owned sub-unit is a list item too.
    if (toks[i]!.t === 'the' || toks[i]!.t === 'The' || (i > 0 && (toks[i]!.t === 'its' || toks[i]!.t === 'their'))) i++;
    if (i >= toks.length || !isCapitalized(toks[i]!.t)) break;
    const j = runEnd(toks, i, { allowLowerTitles: true });
    let end = toks[j - 1]!.e;
    let k = j;
    const paren = PAREN_ACRONYM.exec(text.slice(end, limit));
    if (paren) {
      end += paren[0].length;
      while (k < toks.length && toks[k]!.s < end) k++;
    }
    // "Sam Reed, Jr." / "Acme, Inc.": a comma inside the name.
    if (toks[k]?.t === ',' && NAME_SUFFIX_AFTER_COMMA.test(toks[k + 1]?.t ?? '')) {
      end = toks[k + 1]!.e;
      k += 2;
    }
    // "United Warehouse and Logistics Workers, Local 418": the local's number continues the union's name.
    if (toks[k]?.t === ',' && UNIT_NUMBER_BEFORE.has(toks[k + 1]?.t ?? '') && /^\d{1,5}[A-Z]?$/.test(toks[k + 2]?.t ?? '')) {
      end = toks[k + 2]!.e;
      k += 3;
    }
    if (!paren && GENERIC_HEAD_NOUNS.has(toks[k]?.t ?? '')) break; // "Trump Administration officials"
    items.push({ start: toks[i]!.s, end, text: text.slice(toks[i]!.s, end) });
    // separators
    let sepK = k;
    let sawComma = false;
    if (toks[sepK]?.t === ',') {
      sepK++;
      sawComma = true;
    }
    let conj = false;
    if (toks[sepK]?.t === 'and' || toks[sepK]?.t === '&' || toks[sepK]?.t === 'or') {
      sepK++;
      conj = true;
    }
    if (!sawComma && !conj) break;
    const next = toks[sepK];
    if (!next) break;
    if (OPEN_ENDERS.has(next.t)) {
      open = true;
      break;
    }
    const startsItem = isCapitalized(next.t) || (/^(?:the|The|its|their)$/.test(next.t) && isCapitalized(toks[sepK + 1]?.t ?? ''));
    if (!startsItem) break;
    if (conj) usedFinalConjunction = true;
    i = sepK;
    if (usedFinalConjunction && conj) {
      // After the final "and" comes the last item; parse it and stop.
      continue;
    }
  }
  const split = splitInnerConjunctions(text, items, !usedFinalConjunction);
  return { items: split, end: split.length ? split[split.length - 1]!.end : from, open };
}

/**
 * "Hope for the Valley and Unidos Por Salud" parsed as one run: split the last
 * item at an inner "and" when the list had no final conjunction of its own, unless the "and" is
 * inside a known organization name ("Immigration and Customs Enforcement").
 */
function splitInnerConjunctions(text: string, items: ListItem[], lastMaySplit: boolean): ListItem[] {
  if (!items.length) return items;
  const out = items.slice(0, -1);
  const last = items[items.length - 1]!;
  const pieces = lastMaySplit ? splitAtAnd(text, last, items.length > 1) : [last];
  return out.concat(pieces);
}

function splitAtAnd(text: string, item: ListItem, inCommaList: boolean): ListItem[] {
  const protectedSpans = findLexiconOrganizations(item.text).filter((m) => !m.viaAcronym);
  const ands: number[] = [];
  const re = /\s(?:and|&)\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(item.text))) {
    const at = m.index;
    if (protectedSpans.some((p) => p.start < at && at < p.end)) continue;
    ands.push(at);
  }
  if (!ands.length) return [item];
  const make = (a: number, b: number): ListItem => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(item.text[s]!)) s++;
    const t = item.text.slice(s, e).replace(/^(?:the|The)\s+/, '');
    s = e - t.length;
    return { start: item.start + s, end: item.start + e, text: t };
  };
  const sideOk = (left: string, right: string, loose: boolean): boolean => {
    const lw = left.trim().split(/\s+/);
    const rw = right.trim().replace(/^(?:the|The)\s+/, '').split(/\s+/);
    const lastL = lw[lw.length - 1] ?? '';
    if (!isCapitalized(rw[0] ?? '')) return false;
    // A name in capitals ends in its head all the same: "BANK OF AMERICA CORPORATION and ...".
    const leftEntity = isStateName(left.trim()) || ORG_HEADS.has(lastL) || ORG_HEADS.has(titleCaseName(lastL)) || /\)$/.test(lastL) || !!lookupOrganization(left.trim()) || looksLikePersonName(left.trim()) || !!splitTitledPerson(left.trim());
    const rightEntity = isStateName(rw.join(' ')) || rw.some((w) => ORG_HEADS.has(w) || ORG_HEADS.has(titleCaseName(w.replace(/,$/, '')))) || NAME_SUFFIX_AFTER_COMMA.test(rw[rw.length - 1] ?? '') || looksLikePersonName(rw.join(' ')) || !!splitTitledPerson(right.trim()) || !!lookupOrganization(right.trim());
    if (leftEntity && (rightEntity || loose)) return true;
    // "Veridian and Chief Executive Martin Oduya": an office-holder named in full is a second item.
    const rightTitled = splitTitledPerson(right.trim());
    if (rightTitled && TITLE_HEADS.has(rightTitled.title.split(/\s+/)[0]!) && looksLikePersonName(rightTitled.name) && lw.length >= 1) return true;
    // "Education Secretary Lena Park and Federal Student Aid": after a titled person, a capitalized name is a second item.
    const titled = splitTitledPerson(left.trim());
    if (titled && looksLikePersonName(titled.name) && rw.length >= 2) return true;
    // "the X Society and the Y Association": a second article starts a second name.
    if (/^(?:the|The)\s/.test(right.trim()) && lw.length >= 2 && rw.some((w) => ORG_HEADS.has(w))) return true;
    return loose && lw.length >= 2 && rw.length >= 1;
  };
  for (const at of ands) {
    const left = item.text.slice(0, at);
    const right = item.text.slice(at).replace(/^\s(?:and|&)\s/, '');
    if (sideOk(left, right, inCommaList)) {
      const rightStart = at + item.text.slice(at).indexOf(right);
      return [make(0, at), ...splitAtAnd(text, make(rightStart, item.text.length), inCommaList)];
    }
  }
  return [item];
}

// ---------------------------------------------------------------------------------------------
// Item reading

export interface ReadName {
  /** The name without a leading "the" or trailing "(ACR)". */
  name: string;
  start: number;
  end: number;
  acronym?: string;
  entityType: 'person' | 'organization';
  title?: string;
}

// A role word opening a name span: "Defendants Tristate Home Health Partners, Inc.", "Plaintiff-Appellant Jane Roe".
const ROLE_BEFORE_NAME = /^(?:(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Intervenors?)(?:[-–](?:Appellants?|Appellees?|Intervenors?|Petitioners?|Respondents?))?)\s+(?=\p{Lu})/u;
// An owner before a sub-unit's name: "the Agriculture Department's ", "ICE's ", "Ohio's ".
const OWNER_POSSESSIVE = /^(?<owner>\p{Lu}[\p{L}.&\- ]{0,60}?)['’]s\s+(?=\p{Lu})/u;

/** Read one list item or name span as a person (maybe with a title) or an organization. */
export function readName(text: string, start: number, end: number): ReadName | null {
  let s = start;
  let e = end;
  let raw = text.slice(s, e);
  const art = /^(?:the|The)\s+/.exec(raw);
  if (art) {
    s += art[0].length;
    raw = raw.slice(art[0].length);
  }
  let acronym: string | undefined;
  const paren = /\s*\(\s*["“']?([\p{Lu}][\p{Lu}\p{N}&.\-]{1,11})["”']?\s*\)$/u.exec(raw);
  if (paren) {
    acronym = paren[1];
    raw = raw.slice(0, paren.index);
  }
  raw = raw.replace(/[,;:\s]+$/, '');
  e = s + raw.length;
  // "Defendants Tristate Home Health Partners, Inc.": the role word before a name is not the name's.
  const role = ROLE_BEFORE_NAME.exec(raw);
  if (role) {
    s += role[0].length;
    raw = raw.slice(role[0].length);
  }
  // "the Agriculture Department's Food and Nutrition Service": the owner's possessive is not the name's.
  const owner = OWNER_POSSESSIVE.exec(raw);
  if (owner) {
    const left = owner.groups!.owner!;
    const right = raw.slice(owner[0].length);
    const rightWords = right.split(/\s+/);
    const ownerIsOrg = !!lookupOrganization(left) || ORG_HEADS.has(left.split(/\s+/).pop()!) || /^\p{Lu}{2,6}$/u.test(left);
    if (ownerIsOrg && (ORG_HEADS.has(rightWords[rightWords.length - 1]!) || ORG_STARTS.has(rightWords[0]!) || !!lookupOrganization(right))) {
      s += owner[0].length;
      raw = right;
    }
  }
  // A state's possessive names no party by itself ("Maryland's attorney general"); "Your Honor" is the judge.
  if (/['’]s$/.test(raw) && isStateName(raw.slice(0, -2))) return null;
  if (/^(?:Your|His|Her)\s+Honou?r\b/.test(raw)) return null;
  if (!raw || !isCapitalized(raw)) return null;
  const lex = lookupOrganization(raw);
  if (lex) return { name: raw, start: s, end: e, acronym, entityType: 'organization' };
  const titled = splitTitledPerson(raw);
  if (titled && titled.name) {
    const ns = s + titled.nameOffset;
    return { name: titled.name, start: ns, end: ns + titled.name.length, entityType: 'person', title: titled.title || undefined };
  }
  const words = raw.split(/\s+/);
  const lastWord = words[words.length - 1] ?? '';
  if (!acronym && !ORG_HEADS.has(lastWord) && looksLikePersonName(raw)) {
    return { name: raw, start: s, end: e, entityType: 'person' };
  }
  return { name: raw, start: s, end: e, acronym, entityType: 'organization' };
}

/** Title-case an all-caps name line from a PDF caption: "NATIONAL LEAGUE OF BAKERS" -> "National League of Bakers". */
export function titleCaseName(s: string): string {
  const small = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'la', 'on', 'in', 'at', 'to', 'a', 'an', 'by', 'et', 'al.']);
  const parts = s.split(/(\s+)/);
  return parts
    .map((w, i) => {
      if (/^\s+$/.test(w)) return w;
      if (/^(?:\p{Lu}\.){2,}$/u.test(w)) return w; // U.S.
      const lower = w.toLowerCase();
      if (i > 0 && small.has(lower)) return lower;
      // IRS stays IRS, but after a given name an acronym-shaped word is a surname ("JANE DOE").
      const prev = i >= 2 ? parts[i - 2]! : '';
      if (lookupOrganization(w)?.acronyms.includes(w) && !(prev && isFirstName(prev.charAt(0) + prev.slice(1).toLowerCase()))) return w;
      if (/^(?:LLP|LLC|PLLC|PC|LP|LLLP|USA|PLC|N\.A\.|P\.A\.|P\.C\.|L\.L\.P\.|L\.L\.C\.|II|III|IV)[,.;]?$/.test(w)) return w; // "WINSTON & STRAWN LLP" keeps its LLP
      // "O'NEILL" -> "O'Neill", but a possessive stays lowercase: "FISHERMEN'S" -> "Fishermen's".
      return lower.replace(/(^|[-'’(])(\p{L})(?!$)|^(\p{L})/gu, (_x, p: string | undefined, c: string | undefined, c0: string | undefined) => (c0 ? c0.toUpperCase() : p! + c!.toUpperCase()));
    })
    .join('');
}

/** Fold a name for comparison: case, whitespace, leading "the", typographic apostrophes. */
export function nameKey(s: string): string {
  return s
    .replace(/^(?:the)\s+/i, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// "Name, title of Org": people introduced with their job

export interface Appositive {
  name: string;
  nameStart: number;
  nameEnd: number;
  title: string;
  organization?: string;
  orgStart?: number;
  orgEnd?: number;
  /** End of the whole phrase. */
  end: number;
}

// Two to four capitalized name tokens (particles allowed) followed by a comma:
// "Laura Chen, " "Ana María Brito Vega, " "Maria De Souza, "
const NAME_COMMA = /(?<![\p{L}\p{M}'’.\-])(\p{Lu}[\p{L}\p{M}'’\-]*\.?(?: (?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|de|del|van|von|la|da|di|bin)){1,4}), +/gu;
const TITLE_WORD = /\b(?:attorney|counsel|lawyer|litigator|director|president|CEO|COO|CFO|officer|chair|chairman|chairwoman|founder|co-founder|manager|spokesperson|spokesman|spokeswoman|editor|reporter|secretary|commissioner|chief|partner|fellow|professor|head|coordinator|organizer|advocate|analyst|executive|administrator|official|member|strategist|economist|researcher|dean|leader|owner)s?\b/i;

/** Every "Name, title of/at Org", "Name, Org's title" and "Name, title, Org" in the text. */
export function findAppositives(text: string): Appositive[] {
  const out: Appositive[] = [];
  for (const m of text.matchAll(NAME_COMMA)) {
    let name = m[1]!;
    let nameStart = m.index;
    // "said Laura ..." never matches here (lowercase), but "Said Laura" / "Then Laura" can: trim.
    const lead = /^(?:Said|Says|Then|And|But|As|Attorney|Lawyer)\s+/.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      nameStart += lead[0].length;
    }
    if (!looksLikePersonName(name, false)) continue;
    const after = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', after);
    const rest = text.slice(after, Math.min(lineEnd === -1 ? text.length : lineEnd, after + 200));
    const ap = readTitleAndOrg(rest);
    if (!ap) continue;
    out.push({
      name,
      nameStart,
      nameEnd: nameStart + name.length,
      title: ap.title,
      organization: ap.org,
      orgStart: ap.orgStart === undefined ? undefined : after + ap.orgStart,
      orgEnd: ap.orgEnd === undefined ? undefined : after + ap.orgEnd,
      end: after + ap.end,
    });
  }
  return out;
}

function orgRunAt(s: string, from: number): { start: number; end: number; name: string } | null {
  const toks = tokenize(s, from, s.length);
  let i = 0;
  if (toks[0]?.t === 'the' || toks[0]?.t === 'The') i = 1;
  if (!toks[i] || !isCapitalized(toks[i]!.t)) return null;
  const e = runEnd(toks, i);
  let end = toks[e - 1]!.e;
  // "Inc." after a comma belongs to the name.
  const inc = /^,\s*(?:Inc\.|LLC|LLP|P\.C\.)/.exec(s.slice(end));
  if (inc) end += inc[0].length;
  return { start: toks[i]!.s, end, name: s.slice(toks[i]!.s, end) };
}

function readTitleAndOrg(rest: string): { title: string; org?: string; orgStart?: number; orgEnd?: number; end: number } | null {
  // "Org's title": "EFF’s legal director"
  const poss = /^(?:the\s+)?((?:\p{Lu}[\p{L}&.\-]*\s?){1,6})['’]s\s+((?:[\p{L}\-]+\s?){1,5}?)(?=[,.;”"]|\s+(?:said|says|who|and|told|added|wrote)\b|$)/u.exec(rest);
  if (poss && TITLE_WORD.test(poss[2]!)) {
    const org = poss[1]!.trim();
    const orgStart = rest.indexOf(org);
    return { title: poss[2]!.trim(), org, orgStart, orgEnd: orgStart + org.length, end: poss[0].length };
  }
  // "title of Org" / "title at Org" / "title, Org"
  const tm = /^(?:a\s+|an\s+|the\s+)?((?:[\p{L}\-]+\s){0,5}?[\p{L}\-]+?)(?:\s+(?:of|at|with|for|from)\s+|,\s+(?=(?:the\s+)?\p{Lu}))/u.exec(rest);
  if (!tm) return null;
  const title = tm[1]!;
  if (!TITLE_WORD.test(title)) return null;
  // The title is job words, not a clause ("who said she was a director at").
  if (/\b(?:who|which|said|says|is|was|has|had|will|and\s+(?:the|a))\b/.test(title)) return null;
  const org = orgRunAt(rest, tm[0].length);
  if (!org) {
    if (/,\s+$/.test(tm[0])) return null;
    return null;
  }
  return { title, org: org.name, orgStart: org.start, orgEnd: org.end, end: org.end };
}
