// Parties with their roles: from the caption's sides and from prose that names them ("Plaintiffs
// in the case are A, B and C", "a suit filed by A and B", "representing A and B in the case against
// C", "X sued Y"). A titled person ("Labor Secretary Anna Ruiz") is the person, title kept; an
// acronym the document defines resolves to the document's full name.

import type { Extractor, Mention, MentionOf, PartyRole, TextDocument } from '../model/types.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { findCaptions } from './captions.ts';
import { escapeRegExp } from '../util/regex.ts';
import { lastStartingAtOrBefore } from '../segment/locate.ts';
import { findAcronymDefinitions, type AcronymDefinition } from './organizations.ts';
import { ORG_HEADS, TITLE_HEADS, isCapitalized, isFirstName, isStateName, looksLikePersonName, splitTitledPerson, nameKey, parseNameList, readName, runStart, tokenize, type ReadName } from './names.ts';

export interface PartyCandidate extends ReadName {
  role: PartyRole;
  rule: string;
  /** Higher wins when one name gets two roles. */
  priority: number;
  /** The court's role when `role` is the trial-court side: appellant, appellee, petitioner, respondent, intervenor. */
  specific?: PartyRole;
}

const ROLE_WORD: Record<string, PartyRole> = {
  plaintiff: 'plaintiff',
  plaintiffs: 'plaintiff',
  defendant: 'defendant',
  defendants: 'defendant',
  petitioner: 'petitioner',
  petitioners: 'petitioner',
  respondent: 'respondent',
  respondents: 'respondent',
  appellant: 'appellant',
  appellants: 'appellant',
  appellee: 'appellee',
  appellees: 'appellee',
  intervenor: 'intervenor',
  intervenors: 'intervenor',
  'intervenor-defendants': 'intervenor',
  amici: 'amicus',
  amicus: 'amicus',
};

const CASE_NOUN = String.raw`(?:case|lawsuit|suit|action|matter|litigation|complaint|petition|challenge|appeal)`;

// "Plaintiffs in the case are A, B and C" / "The defendants include A" / "Petitioners are A".
// "The plaintiff organizations are A, B" / "The defendant agencies include A": a kind noun after the role.
const ROLE_KIND = String.raw`(?:\s+(?:organizations?|groups?|unions?|companies|businesses|agencies|officials|states|cities|coalition|members|individuals|families|workers|employees|entities))?`;
const ROLE_IS_LIST = new RegExp(
  String.raw`\b(?<role>[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?|[Aa]ppellants?|[Aa]ppellees?|[Ii]ntervenors?)${ROLE_KIND}(?:\s+in\s+(?:the|this|that)\s+${CASE_NOUN})?\s+(?:are|is|include|includes|were|was)\s+(?:the\s+following:?\s+)?`,
  'g',
);
// "plaintiffs Center for X and Y argue", "Defendants Treasury Secretary ...", "The plaintiffs, A, B and C, are":
// the role noun right before names.
const ROLE_APPOSITION = /\b(?<role>[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?|[Aa]ppellants?|[Aa]ppellees?|[Ii]ntervenors?)(?: |, )(?=(?:the )?\p{Lu})/gu;
// "a suit filed by A, B and other groups", "the lawsuit, brought by A", "filed Monday in U.S. District Court in Boston by A".
const FILED_BY = new RegExp(String.raw`(?:\b${CASE_NOUN}s?|(?<=(?:^|[.!?]\s|\n))It),?\s+(?:was\s+|were\s+|that\s+was\s+|jointly\s+)?(?:filed|brought)\s+(?:(?:(?!(?:that|which|who|because|after|when|and|against|but|behalf|detained|held|arrested|employed|owned|operated|managed|run|issued|signed|represented|harmed|injured|affected|targeted|denied|removed|deported|seized|caused|imposed)\b)[\p{L}\d.,'’]+\s+){1,16}?)?by\s+`, 'gu');
// "which is representing A, B and C in the case against D" / "represents A in the suit".
const REPRESENTING = /\brepresent(?:s|ing|ed)?\s+(?=(?:the\s+)?\p{Lu})/gu;
// "A federal judge on Wednesday ordered the ", "the court directed ", "the panel barred "
const COURT_ORDERED = /\b(?:judge|court|panel|justices?)\b[^.;\n]{0,60}?\b(?:ordered|directed|barred|blocked|enjoined|required)\s+(?=(?:the\s+)?\p{Lu})/gu;
// "in the case against D", "a lawsuit against D", "suing D", "sued D", "was filed in <court> against D".
// "filed suit Monday against D", "brought a lawsuit in May against D".
const AGAINST = new RegExp(String.raw`\b(?:${CASE_NOUN}s?|claims?|motion)\s+(?:filed\s+|brought\s+)?against\s+|\b(?:filed|brought)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}\-]+\s+)?(?:suit|lawsuit|complaint|action)\s+(?:[\p{L}\d,.]+\s+){1,12}?against\s+|\b(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:filed|brought)\s+(?:[\p{L}\d,.'’]+\s+){0,14}?against\s+|\b(?:sued|suing|sues)\s+(?=(?:the\s+)?\p{Lu})`, 'gu');
// "X sued Y": the subject before the verb.
const SUED = /\s(?:has\s+|have\s+|had\s+)?(?:sued|sues|is\s+suing|are\s+suing)\s+(?=(?:the\s+)?\p{Lu})/gu;
// "sued by X"
const SUED_BY = /\bsued\s+by\s+(?=(?:the\s+)?\p{Lu})/gu;
// "... in <caption> include A, B and C" / "<caption> plaintiffs are A".
const INCLUDE = /^[^.\n]{0,40}?\b(?:include|includes|including|are|were)\s+/;

/**
 * Start of the sentence holding `pos`, as the document's sentence reader found it (it knows which
 * periods end a sentence: "Assn. and a cooperative", "FREDERICK, Md. —", "U.S. Steel"); never before
 * the line's start, since a list or heading line is a sentence of its own.
 */
type SentenceStart = (pos: number) => number;
function sentenceStarts(doc: TextDocument): SentenceStart {
  return (pos) => {
    const line = doc.text.lastIndexOf('\n', pos) + 1;
    const k = lastStartingAtOrBefore(doc.sentences, pos);
    return Math.max(line, k >= 0 ? doc.sentences[k]!.start : 0);
  };
}

function lineEndAt(text: string, pos: number): number {
  const e = text.indexOf('\n', pos);
  return e === -1 ? text.length : e;
}

// A name introduced by its relation to the party before it: "its parent company, Harwell Holdings Inc.",
// "the company's chief executive, Bradley Quinlan", "their superintendent, Warren Doyle".
const RELATION_PREFIX = /^(?:the\s+|The\s+)?(?:its|their|his|her|[\p{L}\-]+['’]s)\s+(?<title>(?:[\p{Ll}\-]+\s){0,3}[\p{Ll}\-]+),\s+(?=(?:the\s+)?\p{Lu})/u;
const RELATION_AFTER = /^,?\s+(?:and|as\s+well\s+as|along\s+with)\s+/;

/** Read a list's items as names; in a list of mostly people, a name-shaped item is a person too. */
export function readList(text: string, from: number, limit: number): { names: ReadName[]; end: number; open: boolean } {
  const rel = RELATION_PREFIX.exec(text.slice(from, Math.min(limit, from + 120)));
  if (rel) return readRelated(text, from + rel[0].length, limit, rel.groups!.title!);
  const list = parseNameList(text, from, limit);
  const names: ReadName[] = [];
  for (const it of list.items) {
    // "Ramona Feliciano, Acting Chief Operating Officer of Federal Student Aid,": an office set off
    // after a person is that person's title, not another party.
    const prev = names[names.length - 1];
    const words = it.text.split(/\s+/);
    const afterComma = /,\s$/.test(text.slice(Math.max(0, it.start - 2), it.start));
    const office = afterComma && TITLE_HEADS.has(words[0]!) && (/\sof\s/.test(it.text) || !looksLikePersonName(splitTitledPerson(it.text)?.name ?? ''));
    if (prev?.entityType === 'person' && office) {
      prev.title ??= it.text;
      continue;
    }
    const n = readName(text, it.start, it.end);
    if (n) names.push(n);
  }
  const people = names.filter((n) => n.entityType === 'person').length;
  if (people * 2 >= names.length) {
    for (const n of names) if (n.entityType === 'organization' && !n.acronym && !lookupOrganization(n.name) && looksLikePersonName(n.name, false)) n.entityType = 'person';
  }
  // "... sued Brightline Couriers and its parent company, Harwell Holdings Inc.": the related name joins the list.
  if (names.length && !list.open) {
    const and = RELATION_AFTER.exec(text.slice(list.end, Math.min(limit, list.end + 20)));
    const at = and ? list.end + and[0].length : -1;
    if (and && RELATION_PREFIX.test(text.slice(at, Math.min(limit, at + 120)))) {
      const more = readList(text, at, limit);
      return { names: names.concat(more.names), end: more.end, open: more.open };
    }
  }
  return { names, end: list.end, open: list.open };
}

/** The name after a relation prefix; a person keeps the relation as title ("chief executive"). */
function readRelated(text: string, from: number, limit: number, relation: string): { names: ReadName[]; end: number; open: boolean } {
  const list = parseNameList(text, from, limit);
  const first = list.items[0];
  const n = first ? readName(text, first.start, first.end) : null;
  if (!n || !first) return { names: [], end: from, open: false };
  if (n.entityType === 'organization' && looksLikePersonName(n.name, false) && !ORG_HEADS.has(n.name.split(' ').pop()!) && !/\b(?:company|firm|subsidiary|affiliate|parent|owner|operator|contractor|insurer|lender|agency|department)\b/.test(relation)) n.entityType = 'person';
  if (n.entityType === 'person') n.title ??= relation;
  return { names: [n], end: first.end, open: false };
}

/** "Drivers sued ...", "Parents sue ...": a plural common noun capitalized only because it opens the sentence. */
function commonNounSubject(sentenceStart: SentenceStart, n: ReadName): boolean {
  if (n.name.includes(' ') || !/^\p{Lu}\p{Ll}+s$/u.test(n.name) || lookupOrganization(n.name) || isStateName(n.name)) return false;
  return sentenceStart(n.start) === n.start;
}

/**
 * A place, not a party: "Parents in Springfield" (people of a place, opening the sentence), and the state
 * in "Springfield, Illinois," (a city's state set off by commas).
 */
function placePhrase(text: string, sentenceStart: SentenceStart, n: ReadName): boolean {
  const inPlace = /^\p{Lu}\p{Ll}+s\s+in\s+(?<place>.+)$/u.exec(n.name);
  if (inPlace && sentenceStart(n.start) === n.start && !lookupOrganization(n.name)) return true;
  if (!isStateName(n.name)) return false;
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const prev = /(?<place>\p{Lu}[\p{L}.'’\- ]*?),\s$/u.exec(before);
  return !!prev && !isStateName(prev.groups!.place!.trim().split(/\s+(?:and|or)\s+/).pop()!) && /^,/.test(text.slice(n.end, n.end + 1));
}

/** "Filed by" lists: who brought the suit (plaintiffs, or counsel when the document lists the plaintiffs elsewhere). */
export function findFiledBy(text: string): { names: ReadName[]; against: ReadName[]; start: number }[] {
  const out: { names: ReadName[]; against: ReadName[]; start: number }[] = [];
  for (const m of text.matchAll(FILED_BY)) {
    const from = m.index + m[0].length;
    const limit = lineEndAt(text, from);
    const l = readList(text, from, limit);
    if (!l.names.length) continue;
    const after = /^\s+against\s+/.exec(text.slice(l.end, limit));
    const against = after ? readList(text, l.end + after[0].length, limit).names : [];
    out.push({ names: l.names, against, start: m.index });
  }
  return out;
}

/** The document's parties, before role conflicts are settled. */
function collect(doc: TextDocument, prior: readonly Mention[]): { cands: PartyCandidate[]; explicitPlaintiffs: Set<string> } {
  const text = doc.text;
  const sentenceStart = sentenceStarts(doc);
  const cands: PartyCandidate[] = [];
  const explicitPlaintiffs = new Set<string>();
  const add = (names: ReadName[], role: PartyRole, rule: string, priority: number) => {
    for (const n of names) cands.push({ ...n, role, rule, priority });
  };

  // 1. Captions: each side's names.
  const captions = findCaptions(doc, prior).filter((c) => c.rule !== 'cited_caption');
  for (const c of captions) {
    for (const [side, spans] of [[0, c.plaintiffSpans], [1, c.defendantSpans]] as const) {
      for (const s of spans) {
        cands.push({
          name: s.name,
          start: s.start,
          end: s.end,
          // "PENSION FUND, individually and on behalf of ...": "individually" describes a fund too.
          entityType: s.person && !lookupOrganization(s.name) && !ORG_HEADS.has(s.name.split(' ').pop()!) ? 'person' : guessType(s.name),
          role: s.role ?? c.roles[side],
          rule: c.rule,
          priority: 3,
          ...(s.title ? { title: s.title } : {}),
          ...(s.specific ? { specific: s.specific } : {}),
        });
      }
    }
    // "... in <caption> include A, B, C and D": the side holding the caption's first name.
    const lineEnd = lineEndAt(text, c.end);
    const inc = INCLUDE.exec(text.slice(c.end, lineEnd));
    if (inc && c.plaintiffSpans.length) {
      const l = readList(text, c.end + inc[0].length, lineEnd);
      const keys = new Set(l.names.map((n) => nameKey(n.name)));
      const role = c.defendantSpans.some((d) => keys.has(nameKey(d.name))) ? c.roles[1] : c.roles[0];
      if (role === c.roles[0] && !l.open) for (const k of keys) explicitPlaintiffs.add(k);
      add(l.names, role, 'caption_include_list', 4);
    }
  }

  // 2. "Plaintiffs in the case are ..."
  for (const m of text.matchAll(ROLE_IS_LIST)) {
    const role = ROLE_WORD[m.groups!.role!.toLowerCase()]!;
    const from = m.index + m[0].length;
    const l = readList(text, from, lineEndAt(text, from));
    if (role === 'plaintiff' && !l.open) for (const n of l.names) explicitPlaintiffs.add(nameKey(n.name));
    add(l.names, role, 'role_list', 5);
  }
  for (const m of text.matchAll(ROLE_APPOSITION)) {
    const role = ROLE_WORD[m.groups!.role!.toLowerCase()]!;
    const from = m.index + m[0].length;
    // "v." is a caption; "Plaintiffs Are Likely to Succeed" is a brief's heading, not names.
    if (/^(?:v\.?|vs\.?)\s|^(?:Are|Is|Were|Was|Will|Would|Have|Has|Had|Can|Cannot|Could|Should|Must|May|Do|Does|Did|Need|Lack|Face|Suffer|Seek)\b/.test(text.slice(from))) continue;
    const l = readList(text, from, lineEndAt(text, from));
    add(l.names, role, 'role_apposition', 4);
  }

  // 3. "filed by A, B and C against D": plaintiffs unless an explicit list says otherwise (then counsel).
  for (const f of findFiledBy(text)) {
    add(f.names, 'plaintiff', 'filed_by', 2);
    add(f.against, 'defendant', 'filed_by_against', 2);
  }

  // "the lawsuit, which A, B and other groups brought in ..." — the subject list of a relative clause.
  for (const m of text.matchAll(/\b(?:lawsuit|suit|case|action|complaint|challenge),?\s+(?:which|that)\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    const from = m.index + m[0].length;
    const limit = lineEndAt(text, from);
    const l = readList(text, from, limit);
    const rest = text.slice(l.end, limit);
    const verb = l.open ? /^\s*,?\s*and\s+(?:other|several|many|more)\s+\p{L}+\s+(?:brought|filed)\b/u : /^\s+(?:brought|filed|have\s+brought|have\s+filed)\b/;
    if (l.names.length && verb.test(rest)) add(l.names, 'plaintiff', 'filed_by', 2);
  }

  // "The lawsuit, filed on behalf of A and B by ...": the plaintiffs (a class, "investors", is no name).
  for (const m of text.matchAll(new RegExp(String.raw`\b${CASE_NOUN}s?\b[^.\n]{0,80}?\bon\s+behalf\s+of\s+(?=(?:the\s+)?\p{Lu})`, 'gu'))) {
    const from = m.index + m[0].length;
    add(readList(text, from, lineEndAt(text, from)).names, 'plaintiff', 'on_behalf_of', 2);
  }
  // "A, B and C are the plaintiffs in the case", "X is also named as a defendant", "Y and Z, who are
  // co-plaintiffs": every name in the subject, a relative clause ("X, who signed the rule, is") left out.
  for (const m of text.matchAll(/\s(?:are|is|were|was)\s+(?:also\s+)?(?:(?:named|listed|joined)\s+as\s+)?(?:the\s+|a\s+|an\s+|among\s+the\s+)?(?:(?:lead|named|main|principal|other|remaining|individual)\s+)?(?:co-)?(?<role>plaintiffs?|defendants?|petitioners?|respondents?)\b|\s(?:are|is|were|was)\s+(?:also\s+)?named\s+in\s+the\s+(?:suit|lawsuit|complaint|case|petition)\b/gu)) {
    // "X is also named in the complaint": named in a suit is named as a defendant.
    const role = ROLE_WORD[m.groups!.role ?? 'defendant']!;
    const sentStart = sentenceStart(m.index);
    const rel = /,\s+(?:who|which|whose)\b/.exec(text.slice(sentStart, m.index));
    const subjEnd = rel ? sentStart + rel.index : m.index;
    let p = sentStart;
    while (p < subjEnd) {
      const cap = /(?:^|[\s,(])(?=\p{Lu})/u.exec(text.slice(p, subjEnd));
      if (!cap) break;
      const at = p + cap.index + cap[0].length;
      const l = readList(text, at, subjEnd);
      add(l.names, role, 'subject_role', 4);
      p = Math.max(l.end, at + 1);
    }
  }

  // 4. "representing A, B and C in the case against D".
  for (const m of text.matchAll(REPRESENTING)) {
    const from = m.index + m[0].length;
    const limit = lineEndAt(text, from);
    const l = readList(text, from, limit);
    if (!l.names.length) continue;
    const against = new RegExp(String.raw`^,?\s+(?:in|on)\s+(?:the|a|their|its)\s+(?:\p{L}+\s+)?${CASE_NOUN}\s+against\s+`, 'u').exec(text.slice(l.end, limit));
    if (!against) {
      add(l.names, 'plaintiff', 'represented_unsided', 0);
      continue;
    }
    add(l.names, 'plaintiff', 'represented_against', 3);
    add(readList(text, l.end + against[0].length, limit).names, 'defendant', 'represented_against', 3);
  }

  // "A federal judge ordered the U.S. Education Department to restore the grant": a body a court orders
  // to act is the side sued. Only a government body or a company is read so (never a person, who may be
  // a witness or a juror told to appear), and with a low priority any explicit rule overrides.
  for (const m of text.matchAll(COURT_ORDERED)) {
    const from = m.index + m[0].length;
    const n = readList(text, from, lineEndAt(text, from)).names[0];
    if (!n || n.entityType !== 'organization' || !/^\s+to\s/.test(text.slice(n.end, n.end + 5))) continue;
    if (!lookupOrganization(n.name) && !ORG_HEADS.has(n.name.split(' ').pop()!)) continue;
    add([n], 'defendant', 'court_ordered', 1);
  }

  // 5. "a lawsuit against D", "sued D", "X sued Y", "sued by X".
  for (const m of text.matchAll(AGAINST)) {
    const from = m.index + m[0].length;
    add(readList(text, from, lineEndAt(text, from)).names, 'defendant', 'against', 2);
  }
  for (const m of text.matchAll(SUED)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const toks = tokenize(text, lineStart, m.index);
    if (!toks.length || !isCapitalized(toks[toks.length - 1]!.t)) continue;
    const s = runStart(toks, toks.length);
    // "A coalition of ranchers in Montana sued": a name after a preposition is a place in the subject, not the subject.
    if (s > 0 && /^(?:in|of|from|at|across|near|outside|throughout|around)$/.test(toks[s - 1]!.t)) continue;
    const subj = readName(text, toks[s]!.s, toks[toks.length - 1]!.e);
    if (subj && !/^(?:He|She|They|It|We|Who|Which)$/.test(subj.name) && !commonNounSubject(sentenceStart, subj) && !placePhrase(text, sentenceStart, subj)) add([subj], 'plaintiff', 'sued_subject', 2);
  }
  for (const m of text.matchAll(SUED_BY)) {
    const from = m.index + m[0].length;
    add(readList(text, from, lineEndAt(text, from)).names, 'plaintiff', 'sued_by', 2);
  }
  // 6. Key/value rows: "| Plaintiffs | A; B; C |" (a markdown table) and "Defendants: A; B" lines.
  for (const row of keyValueRows(text)) {
    const role = ROLE_WORD[row.key.toLowerCase().replace(/[^a-z\-]/g, '')];
    if (!role) continue;
    for (const piece of splitPieces(text, row.start, row.end)) {
      const open = /,?\s*et\s+al\.?$/.test(text.slice(piece.start, piece.end));
      const end = piece.start + text.slice(piece.start, piece.end).replace(/,?\s*et\s+al\.?$/, '').length;
      const l = readList(text, piece.start, end);
      // "Scott Roe (Secretary of the Treasury)": the office in parentheses after a person.
      const paren = /^\s*\(([^)]{3,80})\)/.exec(text.slice(l.end, end));
      if (paren && l.names.length === 1 && l.names[0]!.entityType === 'person') l.names[0]!.title ??= paren[1];
      if (role === 'plaintiff' && !open && !l.open) for (const n of l.names) explicitPlaintiffs.add(nameKey(n.name));
      add(l.names, role, 'role_list_row', 5);
    }
  }

  // 7. A list after a colon or dash, its side from the clause before it: "brought by a clinic and two
  // unions: the A, B and C", "represents the four plaintiffs: A", "a coalition — A, B and C — filed suit".
  // The list sits on the colon's own line: a heading after "allege as follows:" is not one.
  for (const m of text.matchAll(/(?::|[ \t][—–]|[ \t]--)[ \t]+(?=(?:the\s+)?\p{Lu})/gu)) {
    const from = m.index + m[0].length;
    const limit = lineEndAt(text, from);
    const clauseStart = sentenceStart(m.index);
    const clauseRole = clauseSide(text.slice(clauseStart, m.index));
    // Without a side cue before, only a suing verb after the list can give one: skip the list read.
    if (!clauseRole && !/\b(?:sued|filed|brought|suing|sue)\b/.test(text.slice(from, Math.min(limit, from + 400)))) continue;
    const l = readList(text, from, limit);
    const names = l.names.filter((n) => !/^(?:A|An|The|This|That|It|They|He|She|We|In|On)$/.test(n.name));
    if (!names.length) continue;
    const role = SUE_AFTER.test(text.slice(l.end, limit)) ? 'plaintiff' : clauseRole;
    if (!role) continue;
    if (role === 'plaintiff' && !l.open && /\bplaintiffs\b/.test(text.slice(clauseStart, m.index))) for (const n of names) explicitPlaintiffs.add(nameKey(n.name));
    add(names, role, 'colon_list', 3);
  }

  // "The coalition is made up of A, B and C", "The plaintiff group consists of A and B".
  for (const m of text.matchAll(/\b(?:coalition|plaintiffs|plaintiff\s+(?:groups|organizations|coalition))\s+(?:(?:is|are)\s+(?:made\s+up|composed|comprised)\s+of|consists?\s+of|comprises|includes|brings\s+together)\s+/g)) {
    const from = m.index + m[0].length;
    add(readList(text, from, lineEndAt(text, from)).names, 'plaintiff', 'coalition_members', 4);
  }

  // 8. The subject of a suing verb: "A, along with B and C, sued D", "Groups including A and B filed the suit".
  for (const m of text.matchAll(SUE_VERB)) {
    const sentStart = sentenceStart(m.index);
    let subj = text.slice(sentStart, m.index);
    let at = sentStart;
    // "BALTIMORE — The X Alliance ... filed": a dateline opens the sentence, not the subject.
    const dateline = /^(?:\p{Lu}{2,}[\p{Lu} .'’\-]*(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?\s*(?:\([^)]{1,40}\)\s*)?)?(?:[—–]|--?)\s+/u.exec(subj);
    if (dateline) {
      at += dateline[0].length;
      subj = subj.slice(dateline[0].length);
    }
    const incl = /^.*\b(?:including|includes|such\s+as|like|among\s+them)\s+/u.exec(subj);
    if (incl) {
      at += incl[0].length;
      subj = subj.slice(incl[0].length);
    }
    const names: ReadName[] = [];
    let l = readList(text, at, m.index);
    names.push(...l.names);
    const withMore = /^,?\s+(?:along\s+with|together\s+with|joined\s+by|and)\s+/.exec(text.slice(l.end, m.index));
    if (withMore && l.names.length) {
      const more = readList(text, l.end + withMore[0].length, m.index);
      if (more.names.length) {
        l = more;
        names.push(...more.names);
      }
    }
    // Only names stand before the verb (a date or place adverbial aside): "X on Tuesday sued" is fine.
    const rest = text.slice(l.end, m.index);
    // "X and a family cooperative sued": a co-plaintiff named by a common noun may follow the names.
    const coParty = String.raw`(?:,?\s+(?:and|along\s+with|together\s+with)\s+(?:a|an|the|two|three|four|several|other|its|their)\s+[\p{Ll}\s-]{2,50}?)?`;
    if (!names.length || !new RegExp(String.raw`^${coParty}[\s,]*(?:(?:(?:on|in|last|this|earlier|late)\s+\p{L}+|today|yesterday|recently|jointly|together|formally|separately)[\s,]*)?$`, 'u').test(rest)) continue;
    add(names.filter((n) => !/^(?:He|She|They|It|We|Who|Which|The)$/.test(n.name) && !commonNounSubject(sentenceStart, n) && !placePhrase(text, sentenceStart, n)), 'plaintiff', 'sue_subject', 2);
  }

  // A pseudonymous party: "a student identified in court papers as John Doe, along with her parents, sued
  // the district" (the subject of a suing verb), "sued a man identified only as John Roe" (its object).
  for (const m of text.matchAll(PSEUDONYM)) {
    const g = m.indices!.groups!.name!;
    const sentStart = sentenceStart(m.index);
    const before = text.slice(sentStart, m.index);
    const after = /^[^.\n]*/.exec(text.slice(g[1]))![0];
    const role: PartyRole | undefined = /\b(?:sued|sues|suing|against)\s+(?:\p{L}+\s+){0,3}$/u.test(before) ? 'defendant' : SUE_VERB_AHEAD.test(after) ? 'plaintiff' : undefined;
    if (role) cands.push({ name: m.groups!.name!, start: g[0], end: g[1], entityType: 'person', role, rule: 'pseudonym', priority: 3 });
  }

  // 9. "The suit names A and B as defendants" / "Their suit names the IRS along with officials".
  for (const m of text.matchAll(/\b(?:names|named|naming)\s+(?=(?:the\s+)?\p{Lu}|(?:the\s+)?(?:its|their|\p{L}+['’]s)\s)/gu)) {
    const from = m.index + m[0].length;
    if (!CASE_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index)) && !/\sas\s+(?:co-)?(?:plaintiffs?|defendants?|respondents?|petitioners?)\b/.test(text.slice(from, from + 300))) continue;
    const limit = lineEndAt(text, from);
    const l = readList(text, from, limit);
    if (!l.names.length) continue;
    // "named Sheriff Clayton Ames and the county as defendants": a common-noun member ("the county") may close the list.
    const as = /^(?:,?\s+(?:and|as\s+well\s+as)\s+(?:the|its|their)\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?)?,?\s+as\s+(?:co-)?(?<role>plaintiffs?|defendants?|respondents?|petitioners?)\b/u.exec(text.slice(l.end, limit));
    const caseSubject = CASE_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index));
    if (as) add(l.names, ROLE_WORD[as.groups!.role!]!, 'names_as', 4);
    else if (caseSubject) add(l.names, 'defendant', 'suit_names', 2);
  }
  return { cands, explicitPlaintiffs };
}

// "identified (only) (in court papers) as John Doe", "known as Jane Roe 2", "referred to as J.D.".
const PSEUDONYM = /\b(?:identified|known|referred\s+to|named)\s+(?:only\s+)?(?:in\s+(?:court\s+)?(?:papers|documents|filings|records|the\s+(?:complaint|lawsuit|suit))\s+)?(?:only\s+)?as\s+(?<name>(?:John|Jane|Baby|Student|Parent|Child|Teacher|Employee)\s+(?:Doe|Roe|Poe)(?:\s+\d{1,2}\b)?|\p{Lu}\.\s?\p{Lu}\.)/dgu;
// A suing verb later in the same sentence: the pseudonym is its subject.
const SUE_VERB_AHEAD = /^(?:,[^,]{0,60},)?\s+(?:has\s+|have\s+|also\s+|on\s+\p{L}+\s+)?(?:sued|sues|filed\s+(?:suit|a\s+(?:federal\s+)?(?:lawsuit|complaint|suit))|brought\s+(?:a|the)\s+(?:suit|lawsuit|case)|is\s+suing)\b/u;
// "The suit names", "the complaint also names": a case noun right before the verb.
// "The suit, filed in Oregon by the Harbor Union, names": a comma-set clause between them.
const CASE_NOUN_BEFORE = new RegExp(String.raw`\b${CASE_NOUN}s?(?:,[^,;\n]{3,100}(?:,\s*(?:Inc\.|LLC)?[^,;\n]{0,40})?,)?\s+(?:also\s+)?$`);
// What a suing subject is followed by: "sued", "filed suit", "filed the lawsuit", "brought the case".
const SUE_VERB = /(?<=[\p{L}\p{N}.)’'],?\s)(?:have\s+|has\s+|had\s+|jointly\s+|also\s+)?(?:sued|filed\s+suit|filed\s+(?:a|an|the|their|its)\s+(?:[\p{L}\-]+\s+){0,2}?(?:suit|lawsuit|complaint|case|petition|action|challenge)|brought\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:suit|lawsuit|case|action|challenge)|are\s+suing|is\s+suing|joined\s+(?:the|a|their)\s+(?:[\p{L}\-]+\s+)?(?:suit|lawsuit|case|challenge|complaint))\b/gu;
// After a dash- or colon-set list: the list is the subject of a suing verb.
const SUE_AFTER = /^\s*(?:[—–,]|--)?\s*(?:have\s+|has\s+|had\s+|jointly\s+|also\s+)?(?:sued|filed|brought|are\s+suing|is\s+suing|sue)\b/;

/** The side a clause gives the list that follows it: its last side cue ("brought by", "plaintiffs", "against"). */
function clauseSide(clause: string): PartyRole | undefined {
  let best: { at: number; role: PartyRole } | undefined;
  const cues: [RegExp, PartyRole][] = [
    [/\b(?:brought|filed|sought|initiated|commenced|requested)\s+(?:\p{L}+\s+){0,3}?by\b|\b(?:co-)?plaintiffs?\b|\bpetitioners\b|\bcoalition\b|\bon\s+behalf\s+of\b/gu, 'plaintiff'],
    [/\bagainst\b|\bsued\b|\bsuing\b|\bdefendants?\b|\bnames\b|\brespondents\b/gu, 'defendant'],
  ];
  for (const [re, role] of cues) for (const m of clause.matchAll(re)) if (!best || m.index > best.at) best = { at: m.index, role };
  return best?.role;
}

/** Two-cell rows "| Key | Value |" and label lines "Plaintiffs: A; B": the value's span and the key. */
export function keyValueRows(text: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  // "| Plaintiffs | Center for X; Y Union |"
  for (const m of text.matchAll(/^\|\s*(?<key>[^|\n]{2,40}?)\s*\|\s*(?<value>[^|\n]*?)\s*\|?[ \t]*$/gmd)) {
    const [s, e] = m.indices!.groups!.value!;
    // "| Plaintiffs, | Case No. 1:25-cv-418 |" is a boxed caption's row, not a key and its value.
    if (/[,.;]$/.test(m.groups!.key!)) continue;
    if (e > s) out.push({ key: m.groups!.key!, start: s, end: e });
  }
  // "Plaintiffs: Center for X; Y Union"
  for (const m of text.matchAll(/^(?<key>(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Intervenors?)(?:\s*\(s\))?)\s*:\s*(?<value>.+)$/gmd)) {
    const [s, e] = m.indices!.groups!.value!;
    out.push({ key: m.groups!.key!, start: s, end: e });
  }
  return out;
}

/** The ";"-separated pieces of a span (commas stay inside a piece: "Acme, Inc."). */
export function splitPieces(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== ';') continue;
    let a = s;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
    s = i + 1;
  }
  return out;
}

const NOT_A_PARTY = new Set([
  'class', 'classes', 'subclass', 'you', 'your', 'entitled', 'city', 'county', 'state', 'court', 'plaintiff', 'plaintiffs',
  'defendant', 'defendants', 'government', 'agency', 'company', 'corporation', 'debtor', 'debtors', 'petitioner',
  'respondent', 'appellant', 'appellee', 'parties', 'party', 'members', 'all', 'each', 'any', 'none', 'this', 'that',
  // A pseudonym's surname alone, when no "John Doe" in the document gave it its given name.
  'doe', 'roe', 'poe', 'does', 'roes',
]);

/** A caption side is a person when it reads as a name, or is a lone surname ("Smith v. Bessent"). */
function guessType(name: string): 'person' | 'organization' {
  if (lookupOrganization(name)) return 'organization';
  if (looksLikePersonName(name)) return 'person';
  return /^\p{Lu}[\p{Ll}'’\-]+$/u.test(name) && !isStateName(name) && !ORG_HEADS.has(name) ? 'person' : 'organization';
}

/** Resolve an acronym to the document's own full name: defined in the text, or another party of the same lexicon entry. */
function resolveName(name: string, defs: readonly AcronymDefinition[], others: readonly string[]): string {
  if (!/^[\p{Lu}&.\-]{2,8}$/u.test(name)) return name;
  const def = defs.find((d) => d.acronym === name.replace(/\./g, ''));
  if (def) return def.name.replace(/^(?:the|The)\s+/, '');
  const entry = lookupOrganization(name);
  if (entry) {
    const same = others.find((o) => o !== name && lookupOrganization(o) === entry);
    if (same) return same;
  }
  return name;
}

// The court's roles and the side each stands on when nothing in the document says otherwise: an
// appellant or petitioner most often brought the suit (habeas, agency review, a plaintiff's appeal).
const COURT_ROLE_SIDE: Partial<Record<PartyRole, 'plaintiff' | 'defendant'>> = { petitioner: 'plaintiff', appellant: 'plaintiff', respondent: 'defendant', appellee: 'defendant' };
const OPPOSITE: Partial<Record<PartyRole, PartyRole>> = { petitioner: 'respondent', respondent: 'petitioner', appellant: 'appellee', appellee: 'appellant' };

/**
 * Appellants, appellees, petitioners and respondents to the trial-court side: the side prose gives
 * one of them ("Respondent X sued the District" makes respondents plaintiffs and petitioners
 * defendants), else the usual side. The court's role stays in `specific`.
 */
function settleCourtRoles(cands: PartyCandidate[]): void {
  const side = new Map<PartyRole, 'plaintiff' | 'defendant'>();
  const sided = new Map<string, 'plaintiff' | 'defendant'>();
  for (const c of cands) if ((c.role === 'plaintiff' || c.role === 'defendant') && !c.specific && c.priority >= 2) sided.set(nameKey(c.name), c.role);
  for (const c of cands) {
    if (!COURT_ROLE_SIDE[c.role] || side.has(c.role)) continue;
    const s = sided.get(nameKey(c.name));
    if (!s) continue;
    side.set(c.role, s);
    side.set(OPPOSITE[c.role]!, s === 'plaintiff' ? 'defendant' : 'plaintiff');
  }
  for (const c of cands) {
    const s = side.get(c.role) ?? COURT_ROLE_SIDE[c.role];
    if (!s) continue;
    c.specific ??= c.role;
    c.role = s;
  }
}

const WITH_CLASS = /^(.+?)\s+and\s+(?:the\s+|all\s+)?(?:Proposed\s+|Putative\s+|Settlement\s+)?Class(?:es)?$/i;
// A company suffix: "Trailmark Analytics, LLC" and "Trailmark Analytics" are one company.
const CORP_SUFFIX = /,?\s+(?:Inc\.?|INC\.?|LLC|L\.L\.C\.|LLP|Corp\.?|Corporation|Co\.|Ltd\.?|L\.P\.|PLC|N\.A\.|P\.C\.|PLLC)$/;
// A short form the document defines: 'Lakeshore Freight Systems, Inc. ("Lakeshore")', 'the Board of X (the "Board")'.
const SHORT_FORM = /\s?\((?:the\s+|hereinafter\s+)?["“](?<short>\p{Lu}[\p{L}.&'’\- ]{1,40}?)["”]\)/gu;

/**
 * One name per entity: a company with and without its suffix, a defined short form, and a partial
 * name ("Student Aid", "Valley School") of a fuller party name in the same document all take the fuller name.
 */
function oneNamePerEntity(text: string, cands: PartyCandidate[]): void {
  const fullest = new Map<string, string>();
  for (const c of cands) {
    const k = nameKey(c.name.replace(CORP_SUFFIX, ''));
    const f = fullest.get(k);
    if (!f || c.name.length > f.length) fullest.set(k, c.name);
  }
  for (const c of cands) c.name = fullest.get(nameKey(c.name.replace(CORP_SUFFIX, '')))!;
  const shortForms = new Map<string, string>();
  if (text.includes('(')) {
    for (const m of text.matchAll(SHORT_FORM)) {
      const short = m.groups!.short!;
      const before = text.slice(Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 160), m.index);
      const long = cands.find((c) => c.name.length > short.length && before.endsWith(c.name) && c.name.includes(short.replace(/^the\s+/i, '')));
      if (long) shortForms.set(nameKey(short), long.name);
    }
  }
  const orgs = [...new Set(cands.filter((c) => c.entityType === 'organization').map((c) => c.name))];
  for (const c of cands) {
    const short = shortForms.get(nameKey(c.name));
    if (short) {
      c.name = short;
      continue;
    }
    if (c.entityType !== 'organization' || lookupOrganization(c.name) || /^[\p{Lu}&.\-]{2,8}$/u.test(c.name)) continue;
    // A partial name: its words inside a longer organization name of the document that ends in an org head.
    const words = ` ${c.name} `;
    const longer = orgs.filter((o) => o.length > c.name.length && ` ${o} `.includes(words) && ORG_HEADS.has(o.split(' ').pop()!));
    if (longer.length === 1 && !ORG_HEADS.has(c.name.split(' ').pop()!)) c.name = longer[0]!;
  }
}

/** Parties of the document with settled roles: one role per name, the best-attested. */
export function findParties(doc: TextDocument, prior: readonly Mention[] = []): PartyCandidate[] {
  const { cands, explicitPlaintiffs } = collect(doc, prior);
  const defs = findAcronymDefinitions(doc.text);
  const fullNames = cands.map((c) => c.name).filter((n) => !/^[\p{Lu}&.\-]{2,8}$/u.test(n));
  for (const c of cands) c.name = resolveName(c.name, defs, fullNames);
  // A lone surname ("Bessent" in a caption, "Secretary Bessent") is the party named in full elsewhere.
  const people = cands.filter((c) => c.entityType === 'person' && c.name.includes(' '));
  for (const c of cands) {
    if (c.name.includes(' ')) continue;
    const full = people.find((p) => p.name.endsWith(' ' + c.name));
    if (full) {
      c.name = full.name;
      c.entityType = 'person';
      c.title ??= full.title;
    }
  }
  for (const c of cands) {
    if (c.name.includes(' ')) continue;
    // "Marlowe v. Commissioner": in a case name the Commissioner is the Commissioner of Internal Revenue.
    if (c.name === 'Commissioner' && /^(?:prose|stacked)_caption$/.test(c.rule)) {
      c.name = 'Commissioner of Internal Revenue';
      c.entityType = 'organization';
      // A case against the Commissioner is a Tax Court petition: its sides are petitioner and respondent.
      c.specific ??= 'respondent';
      for (const o of cands) if (o !== c && o.rule === c.rule && o.role === 'plaintiff' && Math.abs(o.start - c.start) < 200) o.specific ??= 'petitioner';
      continue;
    }
    // "Hargrove v. Commissioner" after "Renee Hargrove, a retired teacher": the person named in full.
    if (c.entityType === 'person') c.name = fullNameInText(doc.text, c.name) ?? c.name;
    // "The Project sued": the short form of "the Open Records Project" named earlier.
    else if (ORG_HEADS.has(c.name)) c.name = fullOrgInText(doc.text, c.name, c.start) ?? c.name;
  }
  // One name per organization the lexicon knows: "Interior Department" and "Department of the
  // Interior" are one party, named as the caption (or else the first mention) names it.
  const byEntry = new Map<object, string>();
  for (const c of [...cands].sort((a, b) => b.priority - a.priority || a.start - b.start)) {
    const e = c.entityType === 'organization' ? lookupOrganization(c.name) : undefined;
    if (e && !byEntry.has(e)) byEntry.set(e, c.name);
  }
  for (const c of cands) {
    const e = c.entityType === 'organization' ? lookupOrganization(c.name) : undefined;
    if (e) c.name = byEntry.get(e)!;
  }
  oneNamePerEntity(doc.text, cands);
  // Words that stand where a party's name would and name none: "the Class", "You", "the City" alone.
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    c.name = c.name.replace(/['’]s$/, '');
    // "Plaintiff Jane Roe and the Proposed Class": the class a named plaintiff represents is no party of its own.
    const withClass = WITH_CLASS.exec(c.name);
    if (withClass) {
      c.name = withClass[1]!;
      if (looksLikePersonName(c.name)) c.entityType = 'person';
      const span = WITH_CLASS.exec(doc.text.slice(c.start, c.end));
      if (span) c.end = c.start + span[1]!.length;
    }
    if (NOT_A_PARTY.has(c.name.toLowerCase())) cands.splice(k, 1);
  }
  settleCourtRoles(cands);
  const explicitDefendants = new Set(cands.filter((c) => c.rule === 'role_list' && c.role === 'defendant').map((c) => nameKey(c.name)));
  const kept = cands.filter((c) => {
    // Filers the document does not list among the plaintiffs are counsel (see attorneys).
    if (c.rule === 'filed_by' && explicitPlaintiffs.size && !explicitPlaintiffs.has(nameKey(c.name))) return false;
    if (c.rule === 'filed_by_against' && explicitDefendants.size && !explicitDefendants.has(nameKey(c.name))) return false;
    return true;
  });
  // A "representing A" list without a side is kept only for names another rule already made a party.
  const best = new Map<string, PartyCandidate>();
  for (const c of kept) {
    const k = nameKey(c.name);
    const b = best.get(k);
    if (!b || c.priority > b.priority) best.set(k, c);
  }
  return kept.filter((c) => {
    const b = best.get(nameKey(c.name))!;
    return b.priority > 0 && c.role === b.role;
  });
}

/** The one full name in the text ending in `surname` and opening with a given name ("Renee A. Hargrove"), if there is exactly one. */
function fullNameInText(text: string, surname: string): string | undefined {
  const found = new Set<string>();
  const re = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?)\s${escapeRegExp(surname)}\b`, 'gu');
  for (const m of text.matchAll(re)) if (isFirstName(m[1]!.split(/\s/)[0]!)) found.add(`${m[1]} ${surname}`);
  return found.size === 1 ? [...found][0] : undefined;
}

/** The one capitalized name ending in `head` written before `before` ("the Open Records Project"), if there is exactly one. */
function fullOrgInText(text: string, head: string, before: number): string | undefined {
  const found = new Set<string>();
  const re = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}'’&\-]*\s(?:(?:of|for|and|on|the)\s)?){1,6})${escapeRegExp(head)}\b`, 'gu');
  for (const m of text.slice(0, before).matchAll(re)) {
    const name = `${m[1]!.replace(/^(?:The|A|An)\s/, '')}${head}`;
    if (name !== head && name.split(/\s/).length >= 2) found.add(name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

export const partiesExtractor: Extractor = {
  name: 'parties',
  extract({ doc, prior }) {
    const out: MentionOf<'party'>[] = [];
    const seen = new Set<string>();
    for (const c of findParties(doc, prior)) {
      const key = `${c.start}:${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        kind: 'party',
        start: c.start,
        end: c.end,
        text: doc.text.slice(c.start, c.end),
        extractor: 'parties',
        rule: c.rule,
        confidence: 0.5 + c.priority * 0.08,
        value: { name: c.name, role: c.role, entityType: c.entityType, ...(c.title ? { title: c.title } : {}), ...(c.specific ? { courtRole: c.specific } : {}) },
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
