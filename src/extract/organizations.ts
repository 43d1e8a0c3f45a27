// Organizations: names defined with an acronym ("Internal Revenue Service (IRS)"), lexicon agencies
// and litigating groups (with their canonical names), later uses of a defined acronym, and
// capitalized runs that end in an organization word ("Harbor Workers Alliance").

import type { Extractor, Mention, MentionOf, TextDocument } from '../model/types.ts';
import { findLexiconOrganizations, lookupOrganization } from '../lexicon/organizations.ts';
import { CONNECTIVES, TITLE_HEADS, isOrgHead, isCapitalized, looksLikePersonName, runEnd, runStart, tokenize, type Tok } from './names.ts';
import { escapeRegExp } from '../util/regex.ts';

export interface AcronymDefinition {
  /** The full name as written, without a leading "the": "Internal Revenue Service". */
  name: string;
  acronym: string;
  start: number; // of the name
  end: number; // of the closing parenthesis
  nameEnd: number;
}

// "(IRS)", "(“ICE”)", "("DHS")", "(the “Agency”)" is not an acronym (lowercase inside).
// e.g. "Internal Revenue Service (IRS)"
const ACRONYM_PAREN = /\(\s*["“']?(?<acr>\p{Lu}[\p{Lu}\p{N}&\-]{1,10}|(?:\p{Lu}\.){2,6})["”']?\s*\)/gu;
// Words that open a sentence and are not part of the name after them.
const LEADING = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'And', 'But', 'Under', 'After', 'Both', 'Neither', 'Each']);
// Adjectives of a job title: "Senior Counsel" is a title, not an organization.
const TITLE_MODIFIERS = new Set(['Senior', 'Staff', 'Lead', 'Managing', 'Legal', 'Chief', 'General', 'Former', 'Then', 'Executive', 'Judge', 'Justice']);
const US_PREFIX = /^(?:U\.S\.|US|United States)\s+/;

function initials(name: string): string {
  return name
    .replace(US_PREFIX, '')
    .split(/[\s\-]+/)
    .filter((w) => w && !CONNECTIVES.has(w) && isCapitalized(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Does the acronym plausibly abbreviate the name? All its letters in order among the name's word initials. */
function acronymFits(acronym: string, name: string): boolean {
  const acr = acronym.replace(/[^\p{Lu}]/gu, '');
  const ini = initials(name);
  if (!acr || !ini || acr[0] !== ini[0]) return false;
  let j = 0;
  for (const c of ini) if (c === acr[j]) j++;
  return j >= Math.min(acr.length, 2) && ini.length >= 2;
}

// Parties, attorneys and people all ask for the definitions of the document being extracted.
let lastDefs: { text: string; defs: AcronymDefinition[] } | undefined;

/** Every "Name (ACR)" definition in the text, in order. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  if (lastDefs?.text === text) return lastDefs.defs;
  const defs = scanAcronymDefinitions(text);
  lastDefs = { text, defs };
  return defs;
}

function scanAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(ACRONYM_PAREN)) {
    const acr = m.groups!.acr!;
    const parenStart = m.index;
    const lineStart = text.lastIndexOf('\n', parenStart) + 1;
    const toks = tokenize(text, Math.max(lineStart, parenStart - 200), parenStart);
    if (!toks.length) continue;
    let s = runStart(toks, toks.length);
    if (s >= toks.length) continue;
    while (s < toks.length - 1 && LEADING.has(toks[s]!.t)) s++;
    // Trim the run from the left until the acronym fits ("Earlier the Department of X (DOX)").
    let best = -1;
    for (let k = s; k < toks.length; k++) {
      if (CONNECTIVES.has(toks[k]!.t)) continue;
      const name = text.slice(toks[k]!.s, toks[toks.length - 1]!.e);
      if (acronymFits(acr, name) || lookupOrganization(acr)?.canonical === lookupOrganization(name)?.canonical && lookupOrganization(name)) {
        best = k;
        break;
      }
    }
    if (best < 0) continue;
    const name = text.slice(toks[best]!.s, toks[toks.length - 1]!.e);
    if (looksLikePersonName(name)) continue;
    out.push({ name, acronym: acr.replace(/\./g, ''), start: toks[best]!.s, end: m.index + m[0].length, nameEnd: toks[toks.length - 1]!.e });
  }
  return out;
}

/** The document's own expansion of an acronym, or undefined: "IRS" -> "Internal Revenue Service". */
export function expandDefinedAcronym(defs: readonly AcronymDefinition[], acronym: string): string | undefined {
  return defs.find((d) => d.acronym === acronym)?.name;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Capitalized runs ending in an organization word: "Harbor Workers Alliance", "Lift the Wage Coalition". */
function orgShapedRuns(text: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  const toks = tokenize(text);
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalized(toks[i]!.t)) {
      i++;
      continue;
    }
    const e = runEnd(toks, i);
    let s = i;
    while (s < e - 1 && LEADING.has(toks[s]!.t)) s++;
    // "A Alliance and B Union" is two names; "Maria Lopez and C Alliance" starts after the person.
    let segStart = s;
    for (let k = s + 1; k < e - 1; k++) {
      if (toks[k]!.t !== 'and' && toks[k]!.t !== '&') continue;
      const left = text.slice(toks[segStart]!.s, toks[k - 1]!.e);
      if (looksLikePersonName(left)) segStart = k + 1;
      else if ((isOrgHead(toks[k - 1]!.t) && toks.slice(k + 1, e).some((t) => isOrgHead(t.t))) || lookupOrganization(left) || /^\p{Lu}{2,}$/u.test(left)) {
        pushRun(text, toks, segStart, k, out);
        segStart = k + 1;
      }
    }
    pushRun(text, toks, segStart, e, out);
    i = e > i ? e : i + 1;
  }
  return out;
}

function pushRun(text: string, toks: Tok[], s: number, e: number, out: { start: number; end: number; name: string }[]): void {
  if (s >= e || TITLE_HEADS.has(toks[s]!.t) || TITLE_MODIFIERS.has(toks[s]!.t)) return;
  // The run may hold an org name followed by more capitalized words ("Alliance Says"): cut after
  // the last head word unless the tail is a prepositional complement ("Action for the City").
  let first = s;
  while (first < e && !isOrgHead(toks[first]!.t)) first++;
  if (first >= e) return;
  let last = e - 1;
  while (last > s && !isOrgHead(toks[last]!.t)) last--;
  if (last < e - 1 && CONNECTIVES.has(toks[last + 1]!.t)) last = e - 1;
  if (last <= s) return; // a lone head word ("Court", "Alliance") names nothing
  out.push({ start: toks[s]!.s, end: toks[last]!.e, name: text.slice(toks[s]!.s, toks[last]!.e) });
}

/** Organizations the document names, with spans: definitions, lexicon names, defined acronyms, org-shaped runs. */
export function findOrganizations(doc: TextDocument, prior: readonly Mention[] = []): MentionOf<'organization'>[] {
  const text = doc.text;
  const out: MentionOf<'organization'>[] = [];
  const taken = prior.filter((m) => m.kind === 'court' || m.kind === 'statute' || m.kind === 'case_citation' || m.kind === 'judge');
  const push = (start: number, end: number, value: MentionOf<'organization'>['value'], rule: string, confidence: number) => {
    const span = { start, end };
    if (taken.some((t) => overlaps(t, span)) || out.some((o) => overlaps(o, span))) return;
    out.push({ kind: 'organization', start, end, text: text.slice(start, end), extractor: 'organizations', rule, confidence, value });
  };
  const defs = findAcronymDefinitions(text);
  for (const d of defs) {
    const lex = lookupOrganization(d.name) ?? lookupOrganization(d.acronym);
    push(d.start, d.end, { name: d.name, acronym: d.acronym, canonical: lex?.canonical }, 'acronym_definition', 0.95);
  }
  for (const m of findLexiconOrganizations(text)) {
    const written = text.slice(m.start, m.end);
    const defined = m.viaAcronym ? expandDefinedAcronym(defs, written) : undefined;
    push(m.start, m.end, { name: defined ?? (m.viaAcronym ? m.entry.canonical : written), acronym: m.viaAcronym ? written : m.entry.acronyms[0], canonical: m.entry.canonical }, m.viaAcronym ? 'lexicon_acronym' : 'lexicon_name', 0.9);
  }
  const custom = defs.filter((d) => !lookupOrganization(d.acronym));
  if (custom.length) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${custom.map((d) => escapeRegExp(d.acronym)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const d = custom.find((c) => c.acronym === m[0])!;
      push(m.index, m.index + m[0].length, { name: d.name, acronym: d.acronym }, 'defined_acronym', 0.85);
    }
  }
  for (const r of orgShapedRuns(text)) {
    if (looksLikePersonName(r.name)) continue;
    const lex = lookupOrganization(r.name);
    push(r.start, r.end, { name: r.name, canonical: lex?.canonical }, 'org_shaped_run', 0.6);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const organizationsExtractor: Extractor = {
  name: 'organizations',
  extract({ doc, prior }) {
    return findOrganizations(doc, prior);
  },
};
