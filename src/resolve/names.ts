// Name normalization and comparison for entity resolution: organization keys (abbreviations expanded,
// "the"/"U.S." and legal-form words handled), acronyms and initials, person-name parts, edit distance.
// Everything here is pure and string-in/string-out so the merge rules in entities.ts stay readable.

import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';

/** Strip accents: "Ibañez" -> "Ibanez", so spellings with and without diacritics meet. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

// Words that carry no identity in an organization's name: skipped in initials and token matching.
// e.g. "Department of Homeland Security" -> DHS; "Comite de Derechos Laborales" -> CDL
const FUNCTION_WORDS = new Set([
  'of', 'for', 'the', 'and', 'on', 'in', 'at', 'to', 'a', 'an', '&',
  'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'des', 'du', 'le',
]);

// Legal-form words that a name may carry or drop without naming another organization:
// "Justice Action Center" / "Justice Action Center Foundation", "Acme" / "Acme, Inc.".
const LEGAL_FORM_WORDS = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'pllc', 'pc', 'pa', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited',
  'foundation', 'plc',
]);

// "the U.S. Department of Justice", "United States Immigration and Customs Enforcement": the
// country prefix is usually dropped in running text ("Immigration and Customs Enforcement").
const COUNTRY_PREFIX = /^(?:the\s+)?(?:u\.\s?s\.|us|united states)\s+(?=\S)/i;

// "Internal Revenue Service (IRS)", "Immigration and Customs Enforcement (“ICE”)": a definition
// written after the name is not part of it. e.g. ` (IRS)` ` (“ICE”)`
export const TRAILING_DEFINITION = /\s*\(\s*["“”']?(?<acr>[A-Z][A-Za-z0-9&.\-]{1,11})["“”']?\s*\)$/;

/** Cleanup shared by every name: quotes, possessives, "et al.", surrounding punctuation. */
export function cleanName(name: string): string {
  return name
    .replace(TRAILING_DEFINITION, '')
    .replace(/[“”"]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/,?\s+et\s+al\.?$/i, '')
    .replace(/'s$/i, '')
    .replace(/^[\s,;:.(]+|[\s,;:(]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case word tokens after folding accents, "&" -> "and", dropping punctuation. */
export function nameTokens(name: string): string[] {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * A name in capitals written as words, so its abbreviations read as the lexicon has them:
 * "OZARK GROWERS ASSN." -> "Ozark Growers Assn.", "ASS'N" -> "Ass'n". Dotted initials ("U.S.")
 * and names with lower-case letters are left alone.
 */
function capitalsAsWords(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}{2,}[\p{Lu}'’]*/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * The key two spellings of one organization share: abbreviations expanded ("Ctr." -> "Center"),
 * no leading "the" or country prefix, lower case, no punctuation.
 * "Ctr. for Auto Safety" and "the Center for Auto Safety" -> "center for auto safety".
 */
export function orgKey(name: string): string {
  let n = cleanName(expandAbbreviations(cleanName(capitalsAsWords(name))));
  n = n.replace(/^the\s+/i, '');
  const stripped = n.replace(COUNTRY_PREFIX, '');
  // Keep "United States" itself (a party) and two-word remainders that are too generic alone.
  if (stripped !== n && nameTokens(stripped).filter((t) => !FUNCTION_WORDS.has(t)).length >= 2) n = stripped;
  return nameTokens(n).join(' ');
}

/** The key without trailing legal-form words: "democracy forward foundation" -> "democracy forward". */
export function orgBaseKey(key: string): string {
  const toks = key.split(' ');
  while (toks.length > 0 && LEGAL_FORM_WORDS.has(toks[toks.length - 1]!)) toks.pop();
  return toks.join(' ');
}

/** Number of tokens that identify (not function words): the base must be specific enough to merge on. */
export function contentTokenCount(key: string): number {
  return key.split(' ').filter((t) => t && !FUNCTION_WORDS.has(t)).length;
}

/** Initials of the content words: "Internal Revenue Service" -> "IRS"; "Data-Sharing Act" -> "DSA". */
export function initialsOf(name: string): string {
  return nameTokens(expandAbbreviations(cleanName(name)).replace(COUNTRY_PREFIX, ''))
    .filter((t) => !FUNCTION_WORDS.has(t))
    .map((t) => t[0]!.toUpperCase())
    .join('');
}

/** "IRS", "ICE", "U.S.D.A.", "AFL-CIO": two to ten capitals (dots and hyphens allowed), no lower case. */
export function isAcronym(text: string): boolean {
  const t = text.replace(/[.\-&]/g, '');
  return /^[A-Z][A-Z0-9]{1,9}$/.test(t) && /[A-Z].*[A-Z]/.test(t);
}

export function acronymKey(text: string): string {
  return text.replace(/[.\s]/g, '').toUpperCase();
}

/**
 * How well an acronym fits a full name: 1 when it is the name's initials ("IRS"), 0.85 when its
 * letters appear in order starting with the first word's initial ("NAACP" style), 0 otherwise.
 */
export function acronymFit(acronym: string, fullName: string): number {
  const acr = acronymKey(acronym).replace(/[^A-Z0-9]/g, '');
  if (!acr) return 0;
  const initials = initialsOf(fullName);
  if (initials === acr) return 1;
  // With function words counted too: "Department of the Treasury" -> "DOT".
  const allInitials = nameTokens(expandAbbreviations(fullName)).map((t) => t[0]!.toUpperCase()).join('');
  if (allInitials === acr) return 0.95;
  const letters = foldDiacritics(fullName).toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (letters[0] !== acr[0]) return 0;
  let i = 0;
  for (const ch of letters) if (ch === acr[i]) i++;
  return i === acr.length ? 0.85 : 0;
}

/** Levenshtein distance; stops early and returns `limit + 1` once the distance must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Two organization keys that are one name misspelled: same number of tokens, every token pair
 * equal or close (same first letter, small edit distance), digits equal, whole-name distance small
 * relative to length. "internal revenue services" ~ "internal revenue service";
 * "immigrant and customs enforcement" ~ "immigration and customs enforcement".
 * Returns the score (1 - distance/length) or 0.
 */
export function misspellingScore(keyA: string, keyB: string): number {
  if (keyA === keyB) return 1;
  const ta = keyA.split(' ');
  const tb = keyB.split(' ');
  if (ta.length !== tb.length || ta.length < 2) return 0;
  const len = Math.max(keyA.length, keyB.length);
  if (len < 10) return 0;
  for (let i = 0; i < ta.length; i++) {
    const x = ta[i]!;
    const y = tb[i]!;
    if (x === y) continue;
    if (FUNCTION_WORDS.has(x) || FUNCTION_WORDS.has(y)) return 0;
    if (x[0] !== y[0] || /\d/.test(x) || /\d/.test(y)) return 0;
    const shorter = Math.min(x.length, y.length);
    if (shorter < 4) return 0;
    // "services"/"service" (1 edit), "immigrant"/"immigration" (a shared stem, another ending).
    let prefix = 0;
    while (prefix < shorter && x[prefix] === y[prefix]) prefix++;
    const sameStem = prefix >= 5 && prefix >= shorter * 0.6;
    if (!sameStem && editDistance(x, y, 3) > Math.max(1, Math.floor(shorter * 0.34))) return 0;
  }
  const d = editDistance(keyA, keyB, 6);
  if (d > 5 || d / len > 0.12) return 0;
  return 1 - d / len;
}

// ---------------------------------------------------------------------------------------------
// People

// Titles written before a name: "Judge Colleen ...", "Acting Director Todd ...", "Sen. ...".
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'hon', 'honorable', 'judge', 'justice', 'chief', 'magistrate',
  'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'secretary', 'attorney', 'general', 'commissioner', 'director',
  'acting', 'deputy', 'president', 'sir', 'rev', 'atty',
]);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'esq', 'phd', 'md']);
// Surname particles that belong to the surname: "Maria De Souza", "Ludwig van Beethoven".
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'st', 'mac', 'dos', 'das']);

export interface PersonName {
  /** First given name, lower case, or undefined for a surname alone ("Okafor"). */
  given?: string;
  /** Middle names or initials, lower case, without dots. */
  middles: string[];
  /** Surname key: folded, lower case, hyphens and spaces removed ("kollarkotelly", "demello"). */
  surname: string;
  /** Full key: given + middles + surname, for exact grouping. */
  key: string;
}

/** Split a person's name into given name, middle names and surname; null when no surname is left. */
export function parsePersonName(name: string): PersonName | null {
  const raw = cleanName(name).replace(/,\s*(?:jr|sr|ii|iii|iv|esq)\.?$/i, (m) => ' ' + m.replace(/[,\s]/g, ''));
  let toks = foldDiacritics(raw)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[\s,]+/)
    .map((t) => t.replace(/\.+$/g, '').replace(/^\.+/, ''))
    .filter((t) => t.length > 0);
  while (toks.length > 1 && HONORIFICS.has(toks[0]!)) toks = toks.slice(1);
  while (toks.length > 1 && NAME_SUFFIXES.has(toks[toks.length - 1]!)) toks = toks.slice(0, -1);
  if (toks.length === 0) return null;
  // The surname starts at the first particle after the given name, else it is the last token.
  let sStart = toks.length - 1;
  for (let i = 1; i < toks.length - 1; i++) {
    if (SURNAME_PARTICLES.has(toks[i]!)) {
      sStart = i;
      break;
    }
  }
  const surname = toks.slice(sStart).join('').replace(/[^\p{L}\p{N}]/gu, '');
  if (!surname) return null;
  const given = sStart > 0 ? toks[0]!.replace(/[^\p{L}]/gu, '') : undefined;
  const middles = toks.slice(1, sStart).map((t) => t.replace(/[^\p{L}]/gu, '')).filter(Boolean);
  const key = [given, ...middles, surname].filter(Boolean).join(' ');
  return { given: given || undefined, middles, surname, key };
}

// Common English short forms of given names, both directions: "Bill" / "William".
const NICKNAMES: Record<string, string[]> = {
  william: ['bill', 'will', 'billy', 'liam'], robert: ['bob', 'rob', 'bobby'], james: ['jim', 'jimmy', 'jamie'],
  michael: ['mike', 'mick'], thomas: ['tom', 'tommy'], daniel: ['dan', 'danny'], matthew: ['matt'],
  christopher: ['chris'], joseph: ['joe', 'joey'], richard: ['rick', 'dick', 'rich'], elizabeth: ['liz', 'beth', 'betsy'],
  katherine: ['kate', 'katie', 'kathy'], catherine: ['kate', 'katie', 'cathy'], margaret: ['maggie', 'peggy', 'meg'],
  jennifer: ['jen', 'jenny'], patricia: ['pat', 'patty'], anthony: ['tony'], edward: ['ed', 'eddie', 'ted'],
  steven: ['steve'], stephen: ['steve'], samuel: ['sam'], benjamin: ['ben'], alexander: ['alex'], nicholas: ['nick'],
  madeline: ['maddy', 'maddie'], madeleine: ['maddy', 'maddie'], rebecca: ['becky'], susan: ['sue'], deborah: ['deb', 'debbie'],
  charles: ['charlie', 'chuck'], kenneth: ['ken'], douglas: ['doug'], gregory: ['greg'], jeffrey: ['jeff'],
  andrew: ['andy', 'drew'], timothy: ['tim'], donald: ['don'], ronald: ['ron'], lawrence: ['larry'], gerald: ['jerry'],
};
const nicknameOf = new Map<string, Set<string>>();
for (const [full, shorts] of Object.entries(NICKNAMES)) {
  for (const s of shorts) {
    if (!nicknameOf.has(s)) nicknameOf.set(s, new Set());
    nicknameOf.get(s)!.add(full);
  }
}

function givenCompatible(a: string, b: string): { ok: boolean; initial: boolean; nickname: boolean } {
  if (a === b) return { ok: true, initial: false, nickname: false };
  if (a.length === 1 || b.length === 1) return { ok: a[0] === b[0], initial: true, nickname: false };
  if (nicknameOf.get(a)?.has(b) || nicknameOf.get(b)?.has(a)) return { ok: true, initial: false, nickname: true };
  return { ok: false, initial: false, nickname: false };
}

export interface PersonMatch {
  reason: 'name_variant' | 'initials' | 'nickname';
  score: number;
}

/**
 * Whether two full names (both with a given name) can be one person: same surname, given names
 * equal, an initial of each other or a known nickname, and middle names/initials not contradicting.
 * "Ada L. Okafor" ~ "Ada Okafor" (name_variant); "A. Okafor" ~ "Ada Okafor" (initials).
 */
export function personMatch(a: PersonName, b: PersonName): PersonMatch | null {
  if (a.surname !== b.surname || !a.given || !b.given) return null;
  const g = givenCompatible(a.given, b.given);
  if (!g.ok) return null;
  const n = Math.min(a.middles.length, b.middles.length);
  for (let i = 0; i < n; i++) {
    const x = a.middles[i]!;
    const y = b.middles[i]!;
    if (x[0] !== y[0]) return null;
    if (x.length > 1 && y.length > 1 && x !== y) return null;
  }
  if (g.initial) return { reason: 'initials', score: 0.8 };
  if (g.nickname) return { reason: 'nickname', score: 0.75 };
  return { reason: 'name_variant', score: a.middles.length === b.middles.length ? 1 : 0.9 };
}

/** Whether a string reads as a person's name rather than an organization's (for caption sides). */
export function looksLikePersonName(name: string): boolean {
  const c = cleanName(name);
  if (isAcronym(c)) return false;
  const toks = c.split(/\s+/);
  if (toks.length < 2 || toks.length > 5) return false;
  if (toks.some((t) => FUNCTION_WORDS.has(t.toLowerCase()) && t.toLowerCase() !== 'de')) return false;
  return toks.every((t) => /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u.test(t) || SURNAME_PARTICLES.has(t.toLowerCase()));
}
