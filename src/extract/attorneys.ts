// Counsel: the organizations representing a side ("represented by X", "X, representing the
// plaintiffs", "X on behalf of the IRS", "the legal team at X", filers not listed as plaintiffs,
// "Counsel for Plaintiffs" signature blocks) and the attorneys working for them ("The legal team
// at X includes A, B and C", "X Attorney Y, who is lead attorney on the case", "Y, staff attorney at
// X", "/s/ Y"). Someone quoted with a non-legal title is counsel only when a legal team lists them.

import type { Extractor, Mention, MentionOf, PartyRole } from '../model/types.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { findFiledBy, keyValueRows, readList } from './parties.ts';
import {
  findAppositives,
  isCapitalized,
  isOrgHead,
  titleCaseName,
  looksLikePersonName,
  nameKey,
  runEnd,
  runStart,
  splitTitledPerson,
  tokenize,
} from './names.ts';

interface Span {
  start: number;
  end: number;
}
interface CounselCand extends Span {
  name: string;
  side?: PartyRole;
  rule: string;
}
interface AttorneyCand extends Span {
  name: string;
  organization?: string;
  side?: PartyRole;
  title?: string;
  rule: string;
  /** Listed in a legal team or signature block: counsel whatever their title. */
  listed: boolean;
}

// Lowercase nouns for each side, as the thing represented: "represents the coalition", "on behalf of a group of small businesses".
const PLAINTIFF_NOUNS = /\b(?:plaintiffs?|petitioners?|appellants?|coalition|groups?|organizations?|unions?|businesses|clinics?|clients?|workers|families|individuals|residents|members|taxpayers|immigrants|tenants|employees|students|challengers|veterans|consumers|voters|parents)\b/i;
const DEFENDANT_NOUNS = /\b(?:defendants?|respondents?|appellees?|(?:the\s+)?government|the administration|the agency|the agencies|the United States|officials)\b/i;
const LEGAL_TITLE = /\b(?:attorney|counsel|lawyer|litigator|solicitor|barrister|of counsel)s?\b/i;
const LEGAL_LEAD_TITLE = /\b(?:legal director|director of litigation|litigation director|legal counsel|general counsel)\b/i;

/**
 * The side of the subject ending a clause ("Meridian was", "The board is", "plaintiffs,"): the longest
 * tail of its last words that names a party.
 */
function subjectSide(before: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('“'), before.lastIndexOf('"')) + 1);
  const stripped = clause.replace(/(?:[\s,—–-]|\b(?:is|are|was|were|has|have|had|been|being|will|be|also|now|currently|still|again|all|each|both|who|which|that)\b)*$/, '');
  const words = stripped.split(/\s+/).filter(Boolean);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const tail = words.slice(-k);
    if (!/^(?:\p{Lu}|the$|The$)/u.test(tail[0]!) && k > 1) continue;
    const r = resolve(tail.join(' '));
    if (r) return r;
  }
  return undefined;
}

/**
 * Matches of `word` together with the words before it that `prefix` (anchored with `$`) accepts:
 * the same matches as one regex `prefix + word`, without trying every position of the text as a start.
 */
function anchoredMatches(text: string, word: RegExp, prefix: RegExp): { index: number; end: number; groups?: Record<string, string> }[] {
  const out: { index: number; end: number; groups?: Record<string, string> }[] = [];
  for (const w of text.matchAll(word)) {
    const from = Math.max(0, w.index - 80);
    const p = prefix.exec(text.slice(from, w.index));
    if (p) out.push({ index: from + p.index, end: w.index + w[0].length, groups: p.groups });
  }
  return out;
}

function lineBounds(text: string, pos: number): Span {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e === -1) e = text.length;
  return { start: s, end: e };
}

/** The capitalized name ending right before `pos` (skipping a comma or dash): "Civic Law Project — which". */
function nameBefore(text: string, pos: number): Span | null {
  const line = lineBounds(text, pos);
  let p = pos;
  while (p > line.start && /[\s,—–-]/.test(text[p - 1]!)) p--;
  const toks = tokenize(text, Math.max(line.start, p - 150), p);
  if (!toks.length || !isCapitalized(toks[toks.length - 1]!.t)) return null;
  let s = runStart(toks, toks.length);
  while (s < toks.length - 1 && /^(?:The|A|An|From|By|And|But|In|With)$/.test(toks[s]!.t)) s++;
  return { start: toks[s]!.s, end: toks[toks.length - 1]!.e };
}

/** The capitalized name starting at `pos` (after an optional "the"). */
function nameAfter(text: string, pos: number): Span | null {
  const line = lineBounds(text, pos);
  const toks = tokenize(text, pos, Math.min(line.end, pos + 150));
  let i = 0;
  if (toks[0]?.t === 'the' || toks[0]?.t === 'The') i = 1;
  if (!toks[i] || !isCapitalized(toks[i]!.t)) return null;
  const e = runEnd(toks, i);
  return { start: toks[i]!.s, end: toks[e - 1]!.e };
}

function isOrgName(name: string): boolean {
  if (!name || looksLikePersonName(name) || /^(?:He|She|They|It|We|I|You)$/.test(name)) return false;
  // One ordinary word ("However", "Insured") names nothing; an acronym or a known group does.
  if (!/\s/.test(name.trim())) return !!lookupOrganization(name) || /^\p{Lu}{2,}$/u.test(name) || isOrgHead(name);
  return true;
}

// Law-firm and legal-office names: "Lindgren Hale LLP", "Bluffview Appellate Clinic", "Office of the Federal Public Defender".
const FIRM_WORDS = /\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|PC|PLLC|P\.L\.L\.C\.|P\.A\.|LPA|Chartered|CHARTERED|Law Firm|LAW FIRM|Law Group|LAW GROUP|Law Offices?|LAW OFFICES?|Clinic|CLINIC|Public Defender|PUBLIC DEFENDER|Legal Aid|LEGAL AID|Legal Services|LEGAL SERVICES|Attorney General|ATTORNEY GENERAL|Attorney['’]s Office|ATTORNEY['’]S OFFICE|Department of Justice|DEPARTMENT OF JUSTICE|Foundation|FOUNDATION|Center|CENTER|Institute|INSTITUTE|Project|PROJECT|Fund|FUND|Union|UNION|Division|DIVISION)(?![\p{L}\d])/u;
// The end of a law firm's or legal organization's name: "Brandt Okafor LLP", "Pryce & Vantongeren",
// "Morrow Castellano Law Group", "Lakeshore Immigrant Defense Project", "Ohio Attorney General's Office".
const LEGAL_ORG_END = /(?:\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.C\.|P\.A\.|Law Group|Law Firm|Law Offices?|Law Center|Legal Aid|Legal Services|Project|Center|Clinic|Defenders?|Attorney['’]s Office|Attorney General['’]s Office|Department of Justice|Justice Department|Public Defender|Office of the (?:[\p{Lu}][\p{L}.]* )*Attorney General)|& Associates|\b\p{Lu}[\p{L}'’\-]+ (?:&|and) \p{Lu}[\p{L}'’\-]+)$/u;
// A sentence that says someone is counsel: "argued for", "represents", "counsel for", "his attorney", "Class Counsel".
const COUNSEL_CUE = /\b(?:argued|argues|arguing|represents?|represented|representing|counsel|attorneys?|lawyers?|on behalf of|appeared for|appearing for)\b/i;

// Lines of a signature block that are a job, not a name or a firm: "Counsel of Record", "Assistant United States Attorney".
const TITLE_LINE = /^(?:(?:Assistant|Special|Deputy|Senior|Trial|Staff|Chief|Supervising|Principal|Acting|Lead|Local|General|Of|Counsel|Solicitor|First|Executive)\s+)*(?:Counsel|Attorneys?|Attorneys? General|Solicitor General|United States Attorney|U\.S\. Attorney|Public Defender|Federal Public Defender|Attorney at Law)(?:\s+(?:of Record|General|for the [\p{L} ]+ of [\p{L} ]+))?\s*,?$/iu;
// A government lawyer's title on the line under the name: "Assistant United States Attorney", "Deputy Attorney General".
const GOV_TITLE_LINE = /^(?:(?:Assistant|Special Assistant|Deputy|Senior|Trial|Chief|Supervising)\s+)+(?:United States Attorney|U\.S\. Attorney|Attorney General|Attorneys? General|Attorney|Counsel|Federal Public Defender|Public Defender)\b|^(?:Trial Attorney|United States Attorney|Federal Public Defender)\b/i;

// Names of public bodies and their officers: "Department of Agriculture", "State of Oregon", "Board of Regents".
const PUBLIC_BODY = /\b(?:Department|Dept\.|Agency|Administration|Service|Commission|Bureau|Office|Board|Secretary|Administrator|Commissioner|Attorney General|Governor|State of|City of|County|Commonwealth|United States|U\.S\.|Authority|National Institutes?|Centers? for|Township|Village|School District|Police|Sheriff|Warden)\b/;

function isGovernmentLike(name: string): boolean {
  const e = lookupOrganization(name);
  if (e) return e.kind !== 'litigation_group' && e.kind !== 'union';
  return PUBLIC_BODY.test(name) && !FIRM_WORDS.test(name.replace(/\b(?:Department of Justice|Attorney General|Attorney['’]s Office|Division|DEPARTMENT OF JUSTICE|ATTORNEY GENERAL|DIVISION)\b/g, ''));
}

function isGovernment(name: string): boolean {
  const e = lookupOrganization(name);
  return !!e && (e.kind === 'federal_agency' || e.kind === 'federal_department');
}

/** Which side a represented thing is: named parties by their role, else nouns ("the coalition", "the IRS"). */
function sideOf(phrase: string, partyRoles: Map<string, PartyRole>, text: string, at: number, govSide: PartyRole = 'defendant'): PartyRole | undefined {
  const l = readList(text, at, lineBounds(text, at).end);
  const roles = l.names.map((n) => partyRoles.get(nameKey(n.name))).filter((r): r is PartyRole => !!r);
  if (roles.length) return roles[0];
  if (l.names.some((n) => isGovernment(n.name))) return govSide;
  const head = phrase.slice(0, 80);
  const d = DEFENDANT_NOUNS.exec(head);
  const p = PLAINTIFF_NOUNS.exec(head);
  if (d && (!p || d.index < p.index)) return 'defendant';
  if (p) return 'plaintiff';
  return undefined;
}

// Words a document uses for a party after naming it in full: "the board", "the company", "the state".
const PARTY_HEAD_NOUN = /^(?:state|city|county|board|commission|district|company|corporation|agency|department|union|coalition|association|hospital|university|school|college|bank|township|village|town|authority|council|committee|bureau|office|service|tribe|nation|church|chain|retailer|insurer|employer|manufacturer|railroad|utility|center|foundation|institute|network|league|trust|fund|estate|commonwealth|county|system|society|federation|alliance)$/i;
// Nouns for a business and the suffixes of a business's name.
const CORPORATE_NOUN = /^(?:company|corporation|firm|retailer|chain|manufacturer|insurer|employer|lender|bank|carrier|developer|operator|automaker|drugmaker|startup|business)$/i;
const CORPORATE_NAME = /\b(?:Inc\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|Co\.|Company|Ltd\.?|LLP|L\.P\.|N\.A\.|plc|PLC|Holdings|Group)(?=$|[\s,.])/;
// A side's role word alone: "Plaintiffs", "the appellees".
const ROLE_WORD = /^(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|intervenors?)$/i;

export interface PartyRef {
  name: string;
  role: PartyRole;
  /** Where a mention of the party starts, for reading a pronoun ("represents them") as the party named last. */
  start?: number;
  /** The party is a person (as the parties extractor typed it). */
  person?: boolean;
}

/**
 * The side of a phrase naming who counsel represents: a role word, a party by full or short name
 * ("Meridian" for "Meridian Health Systems, Inc.", "Okafor" for "Ada Okafor"), an acronym the lexicon
 * knows, a head noun one party's name holds ("the board"), or the phrase as the one who sued or was sued.
 */
export function resolveSide(phrase: string, text: string, parties: readonly PartyRef[]): PartyRole | undefined {
  const p = phrase.trim().replace(/^(?:the|The)\s+/, '').replace(/['’]s?$/, '').replace(/[,.;:]+$/, '').trim();
  if (!p || p.length > 80) return undefined;
  if (ROLE_WORD.test(p)) return roleOf(p);
  const key = nameKey(p);
  const exact = parties.find((x) => nameKey(x.name) === key);
  if (exact) return exact.role;
  const one = (roles: PartyRole[]): PartyRole | undefined => (roles.length && roles.every((r) => r === roles[0]) ? roles[0] : undefined);
  const lex = lookupOrganization(p);
  if (lex) {
    const r = one(parties.filter((x) => lookupOrganization(x.name) === lex).map((x) => x.role));
    if (r) return r;
  }
  const words = key.split(' ');
  const short = one(
    parties
      .filter((x) => {
        const pw = nameKey(x.name).split(' ');
        if (pw.length <= words.length) return false;
        return words.every((w, i) => pw[i] === w) || (words.length === 1 && pw[pw.length - 1] === words[0] && (x.person ?? looksLikePersonName(x.name)));
      })
      .map((x) => x.role),
  );
  if (short) return short;
  if (words.length === 1 && PARTY_HEAD_NOUN.test(p)) {
    const head = new RegExp(`\\b${words[0]}\\b`, 'i');
    const r = one(parties.filter((x) => head.test(x.name)).map((x) => x.role));
    if (r) return r;
  }
  // "the company" for "Meridian Health Systems, Inc.": the one side whose parties are businesses.
  if (words.length === 1 && CORPORATE_NOUN.test(p)) {
    const r = one(parties.filter((x) => CORPORATE_NAME.test(x.name)).map((x) => x.role));
    if (r) return r;
  }
  if (/^(?:government|United States|United States of America|U\.S\.)$/i.test(p)) return parties.find((x) => /^united states(?: of america)?$/i.test(x.name))?.role ?? 'defendant';
  if (/^\p{Lu}/u.test(p) || words.length <= 2) {
    // "Meridian Health Systems, Inc. sued the board": the phrase as the suer or the sued.
    const esc = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const sued = new RegExp(`\\b(?:sued|sues|suing|against)\\s+(?:the\\s+)?${esc}\\b`, 'i').test(text);
    const suer = new RegExp(`\\b${esc}\\b(?:[^.\\n]|\\.(?! \\p{Lu}))(?:[^.\\n]|\\.(?! \\p{Lu})){0,60}?\\b(?:sued|sues|is\\s+suing|filed\\s+suit|filed\\s+(?:a|an|the)\\s+(?:lawsuit|complaint|suit))\\b|\\b(?:brought|filed)\\s+by\\s+(?:the\\s+)?${esc}\\b`, 'u').test(text);
    if (sued !== suer) return sued ? 'defendant' : 'plaintiff';
  }
  return sideFromNouns(p);
}

/**
 * What an appellate or review role stood for at trial, as the document states it ("Plaintiffs -
 * Appellants", a caption's sides): appellant -> plaintiff. Petitioners and respondents read as the
 * challenger and the defender unless the document pairs them otherwise.
 */
function trialSides(text: string, prior: readonly Mention[]): Map<PartyRole, PartyRole> {
  const map = new Map<PartyRole, PartyRole>();
  const TRIAL = String.raw`(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|PLAINTIFFS?|DEFENDANTS?|PETITIONERS?|RESPONDENTS?)`;
  const REVIEW = String.raw`(?:Appellants?|Appellees?|Petitioners?|Respondents?|APPELLANTS?|APPELLEES?|PETITIONERS?|RESPONDENTS?)`;
  const pair = new RegExp(String.raw`\b(${TRIAL})\s*(?:[-–—]|,)\s*(?:Cross[-–])?(${REVIEW})\b|\b(${REVIEW})\s*[-–—]\s*(${TRIAL})\b`, 'g');
  for (const m of text.matchAll(pair)) {
    const trial = roleOf(m[1] ?? m[4]!);
    const review = roleOf(m[2] ?? m[3]!);
    if (trial !== review && !map.has(review)) map.set(review, trial);
  }
  const parties = prior.filter((m): m is MentionOf<'party'> => m.kind === 'party');
  for (const c of prior) {
    if (c.kind !== 'caption') continue;
    for (const p of parties) {
      if (map.has(p.value.role) || !['appellant', 'appellee'].includes(p.value.role)) continue;
      const k = nameKey(p.value.name);
      if (c.value.plaintiffs.some((n) => nameKey(n) === k)) map.set(p.value.role, 'plaintiff');
      else if (c.value.defendants.some((n) => nameKey(n) === k)) map.set(p.value.role, 'defendant');
    }
  }
  return map;
}

function toTrialSide(role: PartyRole | undefined, map: Map<PartyRole, PartyRole>): PartyRole | undefined {
  if (!role) return undefined;
  let r = map.get(role) ?? role;
  if (r === 'petitioner') r = 'plaintiff';
  else if (r === 'respondent') r = 'defendant';
  return r === 'appellant' || r === 'appellee' ? undefined : r;
}

// A legal office glued to its sub-unit: "Oregon Department of Justice's Trial Division", "the Justice
// Department's Environment and Natural Resources Division": the organization is the part before "'s".
const SUB_UNIT = /^(?<parent>.+?)['’]s\s+(?<unit>.*\b(?:Division|Section|Branch|Office|Unit|Bureau|Group|Practice|Team|Program|Clinic|Department|Project|Center))$/u;

/** The counsel organization a written name stands for: the parent of a sub-unit, in the lexicon's spelling when it has one. */
function counselOrgName(name: string): string {
  const m = SUB_UNIT.exec(name);
  if (!m) return name;
  const parent = m.groups!.parent!.replace(/^the\s+/i, '');
  // "the Attorney General's Office" is the officer's own office, not a sub-unit.
  if (/\b(?:Attorney General|Attorney|Defender|Solicitor General|Counsel|Prosecutor|Secretary|Governor|Mayor|Sheriff|Clerk|Treasurer|Comptroller|Inspector General)$/.test(parent)) return name;
  const lex = lookupOrganization(parent);
  return lex && lex.kind === 'federal_department' ? lex.canonical : parent;
}

function collectCounsel(text: string, partyRoles: Map<string, PartyRole>, plaintiffKeys: Set<string>, parties: readonly PartyRef[], govSide: PartyRole): { orgs: CounselCand[]; people: AttorneyCand[] } {
  const resolve = (phrase: string) => resolveSide(phrase, text, parties);
  const orgs: CounselCand[] = [];
  const people: AttorneyCand[] = [];
  const addOrg = (span: Span | null, side: PartyRole | undefined, rule: string) => {
    if (!span) return;
    const name = text.slice(span.start, span.end);
    // "Desmond Halloway of Pryce & Vantongeren" read as one name: a lawyer and the firm; also with
    // the lawyer's title before the name ("Assistant U.S. Attorney Jane Roe of the U.S. Attorney's Office").
    const po = /^(?<title>(?:\p{Lu}[\p{L}.'’]*\s){0,3}(?:Attorney|Counsel|Solicitor|Prosecutor|Defender)\s)?(?<person>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3}) of (?:the )?(?<org>\p{Lu}.*)$/u.exec(name);
    if (po && looksLikePersonName(po.groups!.person!, false) && LEGAL_ORG_END.test(po.groups!.org!)) {
      const os = span.end - po.groups!.org!.length;
      const ps = span.start + (po.groups!.title?.length ?? 0);
      const title = po.groups!.title?.trim();
      people.push({ start: ps, end: ps + po.groups!.person!.length, name: po.groups!.person!, organization: po.groups!.org!, side, rule, listed: true, ...(title ? { title } : {}) });
      orgs.push({ start: os, end: span.end, name: po.groups!.org!, side, rule });
      return;
    }
    if (!isOrgName(name) || partyRoles.has(nameKey(name))) return;
    orgs.push({ ...span, name, side, rule });
  };

  // "The coalition is represented by X" / "plaintiffs, represented by X, filed".
  for (const m of text.matchAll(/\brepresented\s+by\s+/g)) {
    const line = lineBounds(text, m.index);
    const before = text.slice(line.start, m.index);
    const side = subjectSide(before, resolve) ?? sideFromNouns(before.slice(-80)) ?? sideOf(before.slice(-80).split(/\s+/).reverse().join(' '), new Map(), text, m.index, govSide);
    const team = readCounselList(text, m.index + m[0].length, line.end);
    if (team.people.length) {
      for (const p of team.people) people.push({ ...p, side, rule: 'represented_by', listed: true });
      for (const o of team.orgs) addOrg(o, side, 'represented_by');
      continue;
    }
    addOrg(nameAfter(text, m.index + m[0].length), side, 'represented_by');
  }
  // "X — which is representing A, B and C" / "X, representing the plaintiffs" / "X represents the coalition".
  for (const m of anchoredMatches(text, /represent(?:s|ing)?\s+/g, /(?:[,—–-]?\s*(?:which|who)\s+(?:(?:is|are|has been|have been|also|now)\s+)?|,\s+|\s+(?:is\s+honored\s+to\s+|will\s+|to\s+|continues?\s+to\s+)?)$/)) {
    const org = nameBefore(text, m.index);
    if (!org) continue;
    const at = m.end;
    addOrg(org, sideOf(text.slice(at, at + 120), partyRoles, text, at, govSide) ?? objectSide(text.slice(at, at + 120), resolve) ?? pronounSide(text.slice(at, at + 12), at, parties), 'representing');
  }
  // "the Department of Justice is defending the agencies", "X, which defends the IRS": counsel for the defense.
  for (const m of anchoredMatches(text, /(?:defending|defends)\s+(?:the\s+)?/g, /(?:[,—–-]?\s*(?:which|who)\s+|\s+)(?:(?:is|are|has\s+been|will\s+be)\s+)?$/)) {
    const org = nameBefore(text, m.index);
    if (!org) continue;
    const at = m.end;
    const obj = text.slice(at, at + 60);
    const side = sideOf(obj, partyRoles, text, at);
    if (side === 'defendant' || (!side && isGovernment(text.slice(org.start, org.end)))) addOrg(org, 'defendant', 'defending');
  }
  // "from X on behalf of the IRS" / "X — on behalf of a group of small businesses".
  for (const m of anchoredMatches(text, /on\s+behalf\s+of\s+/g, /\s*[,—–-]?\s+$/)) {
    const org = nameBefore(text, m.index);
    if (!org) continue;
    const orgName = text.slice(org.start, org.end);
    if (partyRoles.has(nameKey(orgName))) continue;
    const at = m.end;
    if (/^(?:themselves|himself|herself|itself|all\s+others|a\s+class|the\s+class)\b/i.test(text.slice(at, at + 20))) continue;
    const side = sideOf(text.slice(at, at + 120), partyRoles, text, at);
    const who = readCounselList(text, org.start, Math.min(org.end + 1, lineBounds(text, org.start).end));
    if (side && who.people.length) {
      for (const p of who.people) people.push({ ...p, side, rule: 'on_behalf_of', listed: true });
      for (const o of who.orgs) addOrg(o, side, 'on_behalf_of');
    } else if (side) addOrg(org, side, 'on_behalf_of');
  }
  // "The legal team at X on this case includes A, B and C".
  for (const m of text.matchAll(/\blegal\s+team\s+(?:at|from|of|with)\s+/g)) {
    const org = nameAfter(text, m.index + m[0].length);
    if (!org) continue;
    const orgName = text.slice(org.start, org.end);
    addOrg(org, undefined, 'legal_team');
    const line = lineBounds(text, org.end);
    const inc = /^(?:\s+(?:on|in|for)\s+(?:this|the)\s+(?:case|matter|lawsuit|litigation))?\s+(?:includes?|is|are|consists\s+of|comprises)\s+/.exec(text.slice(org.end, line.end));
    if (!inc) continue;
    const l = readList(text, org.end + inc[0].length, line.end);
    for (const n of l.names) {
      if (n.entityType !== 'person' && !looksLikePersonName(n.name, false)) continue;
      people.push({ start: n.start, end: n.end, name: n.name, organization: orgName, rule: 'legal_team', listed: true, title: n.title });
    }
  }
  // "X's legal team on the matter includes A, B and C": the organization before the possessive.
  for (const m of text.matchAll(/['’]s\s+(?:legal|litigation|trial)\s+team\s+(?:(?:on|in|for)\s+(?:this|the)\s+(?:case|matter|lawsuit|litigation|suit)\s+)?(?:includes?|is|are|consists\s+of|comprises)\s+/g)) {
    const org = nameBefore(text, m.index);
    if (!org) continue;
    const orgName = text.slice(org.start, org.end);
    if (!isOrgName(orgName)) continue;
    addOrg(org, undefined, 'legal_team');
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    for (const p of list.people) people.push({ ...p, organization: p.organization ?? orgName, rule: 'legal_team', listed: true });
  }
  // "Name, the X attorney who is lead counsel", "Name, a lawyer with X": an apposition naming counsel.
  // Anchored at ", the " (cheap to find), then the organization and title after it and the name before it.
  const APPOSED_ORG = /(?<org>\p{Lu}[\p{L}&.'’\-]*(?:\s+(?:of|for|the|and|&|\p{Lu}[\p{L}&.'’\-]*)){0,7})\s+(?:(?:staff|senior|lead|trial|supervising|managing|litigation)\s+)?(?<title>attorney|lawyer|counsel|litigator)\b/uy;
  const NAME_BEFORE_COMMA = /(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3})$/u;
  for (const a of text.matchAll(/, (?:the|a|an) (?=\p{Lu})/gu)) {
    APPOSED_ORG.lastIndex = a.index + a[0].length;
    const o = APPOSED_ORG.exec(text);
    if (!o) continue;
    const nb = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, a.index - 60), a.index));
    if (!nb) continue;
    const name = nb.groups!.name!;
    const m = { index: a.index - name.length, 0: text.slice(a.index - name.length, o.index + o[0].length), groups: { name, org: o.groups!.org!, title: o.groups!.title! } };
    if (!looksLikePersonName(name, false)) continue;
    const orgName = m.groups!.org!;
    const orgStart = m.index + m[0].indexOf(orgName, name.length);
    if (!isOrgName(orgName)) continue;
    addOrg({ start: orgStart, end: orgStart + orgName.length }, undefined, 'apposition_org');
    const lead = /^\s+(?:who\s+is|who['’]s|and)\s+(?:the\s+)?((?:lead|co-lead|chief|senior|trial|local)\s+(?:attorney|counsel|lawyer))\b/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    people.push({ start: m.index, end: m.index + name.length, name, organization: orgName, rule: 'apposition_counsel', listed: true, title: lead ? lead[1]!.toLowerCase() : m.groups!.title! });
  }
  // "co-counsel A of X", "counsel B of Y LLP": a lawyer named with the firm after "of".
  for (const m of text.matchAll(/\b(?:co-counsel|lead\s+counsel|local\s+counsel|counsel)\s+(?=\p{Lu}\p{Ll})/gu)) {
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    if (!list.people.length || !list.people.every((p) => p.organization)) continue;
    for (const p of list.people) people.push({ ...p, rule: 'counsel_of', listed: true });
    for (const o of list.orgs) addOrg(o, undefined, 'counsel_of');
  }
  // "Lawyers with X and the firm Y represent the plaintiffs": a list of organizations and the side they represent.
  for (const m of text.matchAll(/\b(?:[Ll]awyers|[Aa]ttorneys|[Ll]itigators)\s+(?:at|from|with|of)\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    const line = lineBounds(text, m.index);
    const toks = tokenize(text, m.index + m[0].length, line.end);
    let j = toks[0]?.t === 'the' || toks[0]?.t === 'The' ? 1 : 0;
    const found: Span[] = [];
    while (toks[j] && isCapitalized(toks[j]!.t)) {
      const e = orgRunEnd(text, toks, j);
      found.push({ start: toks[j]!.s, end: e.end });
      j = e.next;
      const conj = /^\s*(?:,\s*)?(?:and\s+|(?:together|along)\s+with\s+|joined\s+by\s+)?(?:the\s+)?(?:(?:law\s+)?firm\s+(?:of\s+)?)?/.exec(text.slice(e.end, line.end))![0];
      if (!/\band\b|,|\bwith\b|\bby\b/.test(conj)) break;
      while (j < toks.length && toks[j]!.s < e.end + conj.length) j++;
    }
    const after = text.slice(found.length ? found[found.length - 1]!.end : m.index, line.end);
    const rep = /^[^.]{0,40}?\brepresent(?:s|ing|ed)?\s+(?:the\s+)?([\p{L}\-]+)/u.exec(after);
    if (found.length < 2 && !rep) continue;
    const side = rep ? sideFromNouns(rep[1]!) ?? 'plaintiff' : sideFromNouns(text.slice(Math.max(line.start, m.index - 80), m.index));
    // "Alan Roe and Raise the Wage Alliance" read as one run: a person before "and" is an item of their own.
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k]!;
      const and = / and /.exec(text.slice(f.start, f.end));
      if (and && looksLikePersonName(text.slice(f.start, f.start + and.index))) {
        found.splice(k, 1, { start: f.start, end: f.start + and.index }, { start: f.start + and.index + 5, end: f.end });
      }
    }
    for (const f of found) {
      const name = text.slice(f.start, f.end);
      // "lawyers from X together with Alan Roe and Y": a lawyer working beside the organizations.
      if (looksLikePersonName(name) && !FIRM_WORDS.test(name)) people.push({ ...f, name, side: side ?? 'plaintiff', rule: 'lawyers_with', listed: true });
      else addOrg(f, side, 'lawyers_with');
    }
  }
  // "X attorneys A and B argued for the plaintiffs", "Department of Justice lawyer C argued for the
  // government": an organization, a lowercase legal title, the lawyers, and the side they argued for.
  for (const m of text.matchAll(/ (?:attorneys?|lawyers?|litigators?|associates?|partners?) (?=\p{Lu}\p{Ll})/gu)) {
    if (!/[\p{L}.]/u.test(text[m.index - 1] ?? '')) continue;
    const org = nameBefore(text, m.index);
    if (!org || org.end !== m.index) continue;
    const orgName = text.slice(org.start, org.end);
    // "Brandywine Koss associates A and B": a firm's short name reads like a person's.
    const knownFirm = orgs.some((o) => sameOrg(o.name, orgName) && FIRM_WORDS.test(o.name));
    if (TITLE_WORD_BEFORE.test(orgName) || !(knownFirm || (isOrgName(orgName) && !/^ (?:associates?|partners?) $/.test(m[0])))) continue;
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    if (!list.people.length || list.people.some((p) => p.organization)) continue;
    const last = list.people[list.people.length - 1]!.end;
    const argued = /^\s*,?\s*(?:who\s+)?(?:argued|argues|arguing|appeared|spoke|represented|represent|represents)\s+(?:for|on\s+behalf\s+of)?\s*(?:the\s+)?([\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)/u.exec(text.slice(last, line.end));
    const side = argued ? partyRoles.get(nameKey(argued[1]!)) ?? sideFromNouns(argued[1]!) : undefined;
    addOrg(org, side, 'org_attorneys');
    for (const p of list.people) people.push({ ...p, organization: orgName, side, rule: 'org_attorneys', listed: true, title: m[0].trim().replace(/s$/, '') });
  }
  // "Okonjo's lawyer, Tomas Arellano of Arellano Voight PLLC, said", "The FTC's lawyers on the case are
  // A and B", "the district's attorney, C of the Kansas City firm D LLP": counsel of the owner's side.
  for (const m of text.matchAll(/['’]s?\s+(?:(?:lead|trial|outside|defense|chief|longtime)\s+)?(?:lawyers?|attorneys?|counsel)(?:\s+(?:on|in|for)\s+(?:the|this)\s+(?:case|matter|suit|lawsuit|litigation|appeal))?(?:,\s+|\s+(?:are|is|were|was|include|includes|included)\s+)(?=\p{Lu}\p{Ll})/gu)) {
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    if (!list.people.length || !list.people.every((p) => looksLikePersonName(p.name, false))) continue;
    const side = subjectSide(text.slice(line.start, m.index), resolve);
    for (const p of list.people) people.push({ ...p, side, rule: 'possessive_counsel', listed: true });
    for (const o of list.orgs) addOrg(o, side, 'possessive_counsel');
  }
  // "served as co-lead class counsel with A of B LLP": counsel beside the lawyer named before.
  for (const m of text.matchAll(/\bco-(?:lead\s+)?(?:class\s+|trial\s+)?counsel\s+with\s+(?=\p{Lu})/gu)) {
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    if (!list.people.length) continue;
    for (const p of list.people) people.push({ ...p, rule: 'co_counsel_with', listed: true });
    for (const o of list.orgs) addOrg(o, undefined, 'co_counsel_with');
  }
  // "| Counsel for plaintiffs | X (lead attorney A), with B and Y |": a key/value row naming counsel.
  for (const row of keyValueRows(text)) {
    const km = /^(?:(?:counsel|attorneys?|lawyers?)\s+for\s+(?:the\s+)?(?<a>[\p{L}\-]+)|(?<b>[\p{L}\-]+?)['’]?s?['’]?\s+(?:counsel|attorneys?|lawyers?))$/iu.exec(row.key.trim());
    if (!km) continue;
    const side = sideFromNouns(km.groups!.a ?? km.groups!.b ?? '');
    if (!side) continue;
    for (const seg of counselSegments(text, row.start, row.end)) {
      const segText = text.slice(seg.start, seg.end);
      const isPerson = looksLikePersonName(segText, false) && !FIRM_WORDS.test(segText) && !isOrgHead(segText.split(/\s+/).pop() ?? '') && !lookupOrganization(segText);
      if (isPerson) {
        people.push({ ...seg, name: segText, side, rule: 'counsel_row', listed: true });
        continue;
      }
      addOrg(seg, side, 'counsel_row');
      // "(lead attorney A)", "(trial attorneys A and B)": the organization's lawyers.
      const paren = /^\s*\(\s*(?:(?:lead|trial|staff|senior|supervising|local)\s+)?(?:attorneys?|lawyers?|counsel)?\s*/.exec(text.slice(seg.end, row.end));
      if (paren && text[seg.end + paren[0].length - 1] !== undefined && text.slice(seg.end, row.end).trimStart().startsWith('(')) {
        const close = text.indexOf(')', seg.end);
        const innerEnd = close < 0 ? row.end : close;
        const list = readCounselList(text, seg.end + paren[0].length, innerEnd);
        const inner = { start: seg.end + paren[0].length, end: innerEnd };
        const innerName = text.slice(inner.start, inner.end).trim();
        if (!list.people.length && looksLikePersonName(innerName, false)) list.people.push({ start: inner.start, end: inner.start + innerName.length, name: innerName });
        for (const p of list.people) people.push({ ...p, organization: segText, side, rule: 'counsel_row', listed: true, title: /(lead|trial|staff|senior)\s+(attorney|lawyer|counsel)/i.exec(paren[0])?.[0]?.toLowerCase() });
      }
    }
  }
  // "The groups' lawyers at X, led by attorney Y and joined by Z": counsel and its attorneys.
  for (const m of text.matchAll(/\b(?:lawyers?|attorneys?|litigators?|co-counsel)\s+(?:at|from|with)\s+(?:the\s+)?(?:(?:law\s+)?firms?\s+(?:of\s+)?)?(?=(?:the\s+)?\p{Lu})/gu)) {
    const line = lineBounds(text, m.index);
    const toks = tokenize(text, m.index + m[0].length, line.end);
    const t0 = toks[0]?.t === 'the' || toks[0]?.t === 'The' ? 1 : 0;
    if (!toks[t0] || !isCapitalized(toks[t0]!.t)) continue;
    // "the law firms of Loevy & Loevy and the Dagney Johnson Law Group": each firm its own name.
    const org = { start: toks[t0]!.s, end: orgRunEnd(text, toks, t0).end };
    const rest = text.slice(org.end, Math.min(line.end, org.end + 200));
    const second = /^\s+and\s+(?:the\s+)?(?=\p{Lu})/u.exec(rest);
    if (second && /\bfirms\b/.test(m[0])) {
      const t2 = tokenize(text, org.end + second[0].length, line.end);
      if (t2.length) addOrg({ start: t2[0]!.s, end: orgRunEnd(text, t2, 0).end }, sideFromNouns(text.slice(line.start, m.index)), 'lawyers_at');
    }
    const co = /^co-/.test(m[0]);
    addOrg(org, arguedSide(rest, resolve) ?? sideFromNouns(text.slice(line.start, m.index)) ?? (co ? undefined : 'plaintiff'), co ? 'co_counsel_from' : 'lawyers_at');
    const orgName = text.slice(org.start, org.end);
    for (const led of rest.matchAll(/\b(?:led|joined|headed)\s+by\s+(?:(?:lead|staff|senior|trial|managing|founding)\s+)?(?:(?:attorneys?|lawyers?|counsel|partners?)\s+)?(?=\p{Lu})/gu)) {
      const from = org.end + led.index + led[0].length;
      for (const n of readList(text, from, line.end).names) {
        if (n.entityType !== 'person' && !looksLikePersonName(n.name, false)) continue;
        const title = /(attorney|lawyer|counsel)/.exec(led[0])?.[1];
        people.push({ start: n.start, end: n.end, name: n.name, organization: /\bjoined\b/.test(led[0]) ? undefined : orgName, rule: 'lawyers_at_led_by', listed: true, title });
      }
    }
  }
  // Filers the document does not list as plaintiffs are the suing side's counsel.
  if (plaintiffKeys.size) {
    for (const f of findFiledBy(text)) {
      for (const n of f.names) {
        if (plaintiffKeys.has(nameKey(n.name))) continue;
        if (n.entityType === 'person') people.push({ start: n.start, end: n.end, name: n.name, side: 'plaintiff', rule: 'filed_by_counsel', listed: true });
        else orgs.push({ start: n.start, end: n.end, name: n.name, side: 'plaintiff', rule: 'filed_by_counsel' });
      }
    }
  }
  // "Counsel for Plaintiffs" / "Attorneys for Defendants" in a prose apposition: "X, counsel for the plaintiffs".
  for (const m of text.matchAll(/,\s+(?:the\s+)?(?:lead\s+)?(?:counsel|attorneys?|lawyers?)\s+for\s+(?:the\s+)?/gi)) {
    const who = nameBefore(text, m.index);
    if (!who) continue;
    const at = m.index + m[0].length;
    const side = sideOf(text.slice(at, at + 80), partyRoles, text, at);
    const name = text.slice(who.start, who.end);
    if (looksLikePersonName(name)) people.push({ ...who, name, side, rule: 'counsel_for', listed: true, title: /(counsel|attorneys?|lawyers?)/i.exec(m[0])?.[1]?.toLowerCase() });
    else addOrg(who, side, 'counsel_for');
  }
  personOfLegalOrg(text, partyRoles, parties, people, addOrg, resolve);
  partyOwnCounsel(text, parties, people);
  proseCounsel(text, partyRoles, people, orgs, addOrg, resolve, govSide, parties);
  signatureBlocks(text, people, orgs, partyRoles);
  appearances(text, people, orgs);
  appellateAppearances(text, people, orgs);
  arguedTheCause(text, people, orgs, resolve);
  return { orgs, people };
}

/** The sentence around `pos` inside its line: from after the last ". " to the next ". ". */
function sentenceAround(text: string, pos: number): Span {
  const line = lineBounds(text, pos);
  // A few characters past `pos` so a boundary right before it still sees the capital after it.
  const before = text.slice(line.start, Math.min(line.end, pos + 2));
  let start = line.start;
  for (const m of before.matchAll(/[.!?]["”]?\s+(?=["“]?\p{Lu})/gu)) {
    if (line.start + m.index + m[0].length > pos) break;
    if (!/\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|St|Jr|Sr|\p{Lu})\.$/u.test(before.slice(0, m.index + 1))) start = line.start + m.index + m[0].length;
  }
  const after = text.slice(pos, line.end);
  let end = line.end;
  for (const m of after.matchAll(/[.!?]["”]?(?:\s+(?=["“]?\p{Lu})|$)/gu)) {
    if (/\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|St|Jr|Sr|\p{Lu})\.$/u.test(after.slice(0, m.index + 1))) continue;
    end = pos + m.index + 1;
    break;
  }
  return { start, end };
}

/** The side of the thing a counsel cue's object names: "the union", "Acme and two executives", "the fund". */
function cueObjectSide(obj: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const phrase = obj.split(/[,;.](?:\s|$)|\s+(?:said|says|and\s+(?:is|are|was|were))\b/)[0]!.trim();
  return resolve(phrase) ?? resolve(phrase.split(/\s+and\s+/)[0]!) ?? objectSide(phrase, resolve) ?? sideFromNouns(phrase);
}

/** The side of the person a sentence's "his attorney" belongs to: a person party, else the one who sued or was sued. */
function possessorSide(text: string, at: number, parties: readonly PartyRef[]): PartyRole | undefined {
  const before = text.slice(Math.max(0, at - 600), at);
  let best: PartyRef | undefined;
  for (const p of parties) if (p.start !== undefined && p.start < at && looksLikePersonName(p.name) && (!best || p.start > best.start!)) best = p;
  if (best) return best.role;
  const sued = [...before.matchAll(/\b(?:He|She|They)\s+(?:(?:has|have|had)\s+)?(?<act>sued|sues|filed|(?:was|were|is|are|has been|have been)\s+(?:sued|charged|indicted))\b/g)].pop();
  if (sued) return /^(?:sued|sues|filed)$/.test(sued.groups!.act!) ? 'plaintiff' : 'defendant';
  // A person named against only organizations on one side: the other side.
  const roles = new Set(parties.map((p) => p.role));
  if (roles.size === 1 && parties.every((p) => !looksLikePersonName(p.name))) return roles.has('defendant') ? 'plaintiff' : roles.has('plaintiff') ? 'defendant' : undefined;
  return undefined;
}

/**
 * A party's own lawyer named by role in a sentence about counsel: "A, the organization's legal director, and
 * B of X LLP are also counsel for the plaintiffs", "represented by ... and by C, the union's general counsel".
 * The organization is the party the noun stands for.
 */
function partyOwnCounsel(text: string, parties: readonly PartyRef[], people: AttorneyCand[]): void {
  const ROLE = /(?<name>\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3}), (?:the|its) (?:(?<noun>[\p{Ll}]+)['’]s )?(?<title>legal director|general counsel|director of litigation|litigation director|legal counsel|staff attorney|senior counsel|chief counsel|in-house counsel)\b/gu;
  for (const m of text.matchAll(ROLE)) {
    const name = m.groups!.name!;
    if (!looksLikePersonName(name, false)) continue;
    const sent = sentenceAround(text, m.index);
    const rest = text.slice(sent.start, m.index) + ' ' + text.slice(m.index + m[0].length, sent.end);
    if (!/\b(?:counsel|attorneys?|lawyers?)\s+(?:for|to)\b|\brepresent(?:s|ed|ing)?\b|\bon behalf of\b/i.test(rest)) continue;
    const noun = m.groups!.noun ?? '';
    const orgParties = parties.filter((x) => !(x.person ?? looksLikePersonName(x.name)));
    const byNoun = noun ? orgParties.filter((x) => new RegExp(`\\b${noun}\\b`, 'i').test(x.name)) : [];
    const pool = byNoun.length ? byNoun : /^(?:organization|group|nonprofit|coalition|association|)$/.test(noun) ? orgParties.filter((x) => x.role === 'plaintiff') : [];
    const names = [...new Set(pool.map((x) => x.name))];
    if (names.length !== 1) continue;
    const party = pool[0]!;
    people.push({ start: m.index, end: m.index + name.length, name, organization: party.name, side: party.role, title: m.groups!.title!, rule: 'party_own_counsel', listed: true });
  }
}

// Words before a lawyer's name that are a title, not part of it: "Attorney", "Counsel", "said".
const NAME_LEAD_WORD = /^(?:Attorney|Attorneys|Lawyer|Counsel|Judge|Justice|Mr\.|Ms\.|Mrs\.|Dr\.|The|And|But|Said|Says|When|While|Trial|Staff|Senior|Lead|Assistant|Deputy|Special|Chief|General|Managing|Partner|Associate)$/;

/**
 * "NAME of FIRM" in a sentence that says someone is counsel: "A of B LLP argued for the union", "said A of
 * B & C, which represents the fund", "his attorney, A of the X Project", "appointed A of B Law Group as
 * Class Counsel". The firm's name must end like a law firm or legal organization; the side comes from the cue's object.
 */
function personOfLegalOrg(
  text: string,
  partyRoles: Map<string, PartyRole>,
  parties: readonly PartyRef[],
  people: AttorneyCand[],
  addOrg: (span: Span | null, side: PartyRole | undefined, rule: string) => void,
  resolve: (phrase: string) => PartyRole | undefined,
): void {
  const NAME_END = /(?<name>\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,4})$/u;
  for (const m of text.matchAll(/ of (?:the )?(?=\p{Lu})/gu)) {
    const nb = NAME_END.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!nb) continue;
    let words = nb.groups!.name!.split(' ');
    while (words.length > 2 && NAME_LEAD_WORD.test(words[0]!)) words = words.slice(1);
    const name = words.join(' ');
    if (NAME_LEAD_WORD.test(words[0]!) || !looksLikePersonName(name, false) || partyRoles.has(nameKey(name))) continue;
    const line = lineBounds(text, m.index);
    const toks = tokenize(text, m.index + m[0].length, line.end);
    if (!toks.length) continue;
    const oe = orgRunEnd(text, toks, 0);
    const org = { start: toks[0]!.s, end: oe.end };
    const orgName = text.slice(org.start, org.end);
    if (!LEGAL_ORG_END.test(orgName) || partyRoles.has(nameKey(orgName))) continue;
    const sent = sentenceAround(text, m.index);
    const nameStart = m.index - name.length;
    // The sentence without the lawyer and the firm: the cue must be elsewhere in it, and say it of this
    // lawyer (right after the firm, or the name apposed to a legal noun), not of others ("told lawyers for X").
    const rest = text.slice(sent.start, nameStart) + ' ' + text.slice(org.end, sent.end);
    if (!COUNSEL_CUE.test(rest.replace(/\bAttorney['’]s Office|Attorney General/g, ''))) continue;
    const cueAfter = /^\s*,?\s*(?:(?:which|who)\s+(?:also\s+|now\s+)?|(?:is|are|was|were)\s+(?:also\s+)?)?(?:argued\s+(?:for|on behalf of)|argues\s+(?:for|on behalf of)|appeared\s+(?:for|on behalf of)|represents?|representing|represented|is\s+representing|(?:the\s+|a\s+)?(?:lead\s+|co-)?(?:counsel|attorneys?|lawyers?)\s+(?:for|to)|on\s+behalf\s+of|as\s+(?:[\p{L}\-]+\s+){0,2}[Cc]ounsel)\b/u.test(text.slice(org.end, sent.end));
    // "his attorney, A of X", "represented by B and A of X", "appointed A of X": other list items may come between.
    const cueBefore = /\b(?:attorneys?|lawyers?|counsel|represented\s+by|appointed|retained|hired)\s*,?\s*(?:\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*\s*(?:,\s*and|,|and)\s*)*$/iu.test(text.slice(sent.start, nameStart));
    if (!cueAfter && !cueBefore) continue;
    let side: PartyRole | undefined;
    const after = text.slice(org.end, sent.end);
    const cue = /\b(?:argued|argues|arguing|appeared|appearing|spoke|speaking)\s+(?:for|on behalf of)\s+|\b(?:represents|representing|represent)\s+|\b(?:counsel|attorneys?|lawyers?)\s+(?:for|to)\s+|\bon behalf of\s+/.exec(after) ?? /\b(?:argued|appeared)\s+(?:for|on behalf of)\s+|\b(?:represents|representing)\s+|\b(?:counsel|attorneys?|lawyers?)\s+for\s+/.exec(text.slice(sent.start, nameStart));
    const src = cue && cue.input === after ? after : text.slice(sent.start, nameStart);
    if (/\bClass Counsel\b/.test(rest)) side = 'plaintiff';
    else if (cue) side = cueObjectSide(src.slice(cue.index + cue[0].length), resolve);
    else if (/\brepresented\s+by\s*$/.test(text.slice(sent.start, nameStart).replace(/(?:\s*(?:,|and)\s*\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)*)*\s*$/u, ' ').trimEnd() + ' ')) {
      side = subjectSide(text.slice(sent.start, text.lastIndexOf('represented by', nameStart)), resolve);
    } else if (/\b(?:his|her|their)\s+(?:(?:lead|longtime|defense)\s+)?(?:attorney|lawyer|counsel)s?\b/i.test(rest)) side = possessorSide(text, sent.start, parties);
    people.push({ start: nameStart, end: m.index, name, organization: orgName, side, rule: 'person_of_firm', listed: true });
    addOrg(org, side, 'person_of_firm');
  }
}

// A job title before "attorney" is no organization: "Senior Trial attorney", "Assistant attorney".
const TITLE_WORD_BEFORE = /^(?:Trial|Staff|Senior|Lead|Assistant|Deputy|Special|Chief|General|Government|Defense|Supervising|Managing|Former|Veteran|Civil|Immigration|Defense|Private|Plaintiffs['’]?|Defendants['’]?)$/;

/**
 * The items of a counsel value: "X (lead attorney A), with B and Y LLP" -> X, B, Y LLP. Parenthetical
 * lawyers are read by the caller; a firm's ", LLP" stays inside its item.
 */
function counselSegments(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const body = text.slice(start, end).replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length));
  const sep = /\s*(?:;|,(?!\s*(?:LLP|LLC|L\.L\.P\.|P\.C\.|PLLC|P\.A\.|Inc\.))\s*(?:(?:along\s+)?with\s+|and\s+)?|\s+(?:along\s+)?with\s+|\s+and\s+(?=(?:the\s+)?\p{Lu}[^,;]*$|(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s*(?:[,;]|$)))\s*/gu;
  let from = 0;
  const push = (a: number, b: number) => {
    let x = a;
    let y = b;
    while (x < y && /\s/.test(body[x]!)) x++;
    while (y > x && /\s/.test(body[y - 1]!)) y--;
    const art = /^(?:the|The)\s+/.exec(body.slice(x, y));
    if (art) x += art[0].length;
    if (y > x && /^\p{Lu}/u.test(body.slice(x))) out.push({ start: start + x, end: start + y });
  };
  for (const m of body.matchAll(sep)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, body.length);
  return out;
}

/** A headline in title case ("Attorney General Ruiz Sues Over Frozen Grants"): its capitalized words are not all names. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && caps / words.length > 0.7 && !/[.!?”"]$/.test(line.trim());
}

/** "represents them": the side of the party named last before `at`, in this paragraph. */
function pronounSide(after: string, at: number, parties: readonly PartyRef[]): PartyRole | undefined {
  if (!/^(?:them|him|her|it)\b/.test(after)) return undefined;
  let best: PartyRef | undefined;
  for (const p of parties) if (p.start !== undefined && p.start < at && (!best || p.start > best.start!)) best = p;
  return best?.role;
}

/** The side of the object a clause starts with: "the coalition and its members", "Meridian Health". */
function objectSide(after: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}&.'’\-]*(?:\s+(?:of|and|&|\p{Lu}[\p{L}&.'’\-]*))*|[\p{L}\-]+)/u.exec(after);
  return m ? resolve(m[1]!) : undefined;
}

// "argued for the state", "appeared on behalf of Meridian", "representing the board".
const ARGUED_FOR = /\b(?:argued|argues|arguing|appeared|appearing|spoke|speaking|represents|represented|representing)\s+(?:for\s+|on\s+behalf\s+of\s+)?(?=(?:the\s+)?[\p{L}])/u;

/** The side named by "argued for X" in the rest of a sentence. */
function arguedSide(rest: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const end = rest.search(/[.;](?:\s|$)/);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const m = ARGUED_FOR.exec(clause);
  return m ? objectSide(clause.slice(m.index + m[0].length), resolve) : undefined;
}

function sideFromNouns(s: string): PartyRole | undefined {
  const d = DEFENDANT_NOUNS.exec(s);
  const p = PLAINTIFF_NOUNS.exec(s);
  if (p && (!d || p.index > d.index)) return 'plaintiff';
  if (d) return 'defendant';
  return undefined;
}

/**
 * A list of lawyers with their organizations: "A and B of the X Union and C of Y LLP" / "A of X".
 * Each "of/at/with/from <Org>" belongs to the names before it that have none yet.
 */
export function readCounselList(text: string, from: number, limit: number): { people: (Span & { name: string; organization?: string })[]; orgs: (Span & { name: string })[] } {
  const people: (Span & { name: string; organization?: string })[] = [];
  const orgs: (Span & { name: string })[] = [];
  const toks = tokenize(text, from, limit);
  let i = 0;
  let pending: typeof people = [];
  while (i < toks.length) {
    const t = toks[i]!.t;
    if (t === ',' || t === 'and' || t === '&' || t === 'the' || t === 'The' || /^(?:attorneys?|lawyers?|counsel)$/i.test(t)) {
      i++;
      continue;
    }
    if (/^(?:of|at|with|from)$/.test(t) && pending.length) {
      let j = i + 1;
      if (toks[j]?.t === 'the' || toks[j]?.t === 'The') j++;
      // "of the Kansas City firm X LLP", "of the law firm of X": the firm's name follows the noun.
      const firmNoun = toks[j] ? /^(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:law\s+)?firm\s+(?:of\s+)?(?=\p{Lu})/u.exec(text.slice(toks[j]!.s, limit)) : null;
      if (firmNoun) {
        const to = toks[j]!.s + firmNoun[0].length;
        while (j < toks.length && toks[j]!.s < to) j++;
      }
      if (!toks[j] || !isCapitalized(toks[j]!.t)) break;
      const e = orgRunEnd(text, toks, j);
      const span = { start: toks[j]!.s, end: e.end, name: text.slice(toks[j]!.s, e.end) };
      orgs.push(span);
      for (const p of pending) p.organization = span.name;
      pending = [];
      i = e.next;
      continue;
    }
    if (!isCapitalized(t)) break;
    // A person: two to four name tokens (initials and "Jr." allowed), stopping before "of".
    let e = i;
    while (e < toks.length && e - i < 5 && (isCapitalized(toks[e]!.t) || /^\p{Lu}\.$/u.test(toks[e]!.t)) && (e === i || !toks[e]!.nl)) e++;
    // "Nathan Freed Wessler" and "Smith Barney Transfer" both look like names: take the longest run that reads as a person.
    let k = e;
    while (k > i + 1 && !looksLikePersonName(text.slice(toks[i]!.s, toks[k - 1]!.e), false)) k--;
    if (k <= i + 1) break;
    const name = text.slice(toks[i]!.s, toks[k - 1]!.e);
    if (k <= i + 1 || !looksLikePersonName(name, false) || (!looksLikePersonName(name) && !people.length && !pending.length && !/^(?:of|at|with|from|,|and)$/.test(toks[k]?.t ?? ''))) break;
    const p = { start: toks[i]!.s, end: toks[k - 1]!.e, name };
    people.push(p);
    pending.push(p);
    i = k;
    if (toks[i]?.t === ',' && /^(?:Esq\.?|Jr\.)$/.test(toks[i + 1]?.t ?? '')) {
      i += 2;
      if (toks[i]?.t === '.') i++;
    }
  }
  return { people, orgs };
}

/** End of an organization's name starting at toks[j]: its capitalized run, with ", LLP" / ", P.C." after a comma. */
function orgRunEnd(text: string, toks: ReturnType<typeof tokenize>, j: number): { end: number; next: number } {
  let e = runEnd(toks, j);
  // "the X Union and Kevin Sato of Y LLP": the run stops before a person joined by "and".
  for (let k = j + 1; k < e - 1; k++) {
    if (toks[k]!.t !== 'and' && toks[k]!.t !== '&') continue;
    // "A & B and the C Law Group": a second firm.
    if (toks[k]!.t === 'and' && toks[k + 1]?.t === 'the') {
      e = k;
      break;
    }
    const rest = toks.slice(k + 1, Math.min(e, k + 5));
    let n = rest.length;
    // A person's name here is followed by their own "of <Org>", a comma or the end.
    const personAt = (m: number) => looksLikePersonName(text.slice(rest[0]!.s, rest[m - 1]!.e), false) && /^(?:of|at|with|,|\.)?$/.test(toks[k + 1 + m]?.t ?? '');
    while (n >= 2 && !personAt(n)) n--;
    if (n >= 2) {
      e = k;
      break;
    }
  }
  let end = toks[e - 1]!.e;
  let next = e;
  const suffix = /^,\s*(?:LLP|LLC|L\.L\.P\.|P\.C\.|PLLC|P\.A\.|Inc\.)/.exec(text.slice(end));
  if (suffix) {
    end += suffix[0].length;
    while (next < toks.length && toks[next]!.s < end) next++;
  }
  return { end, next };
}

/** Counsel named in prose beyond the patterns above: legal-team lists, "lawyers for the plaintiffs, led by", titled lists, "Name, Esq.". */
function proseCounsel(
  text: string,
  partyRoles: Map<string, PartyRole>,
  people: AttorneyCand[],
  orgs: CounselCand[],
  addOrg: (span: Span | null, side: PartyRole | undefined, rule: string) => void,
  resolve: (phrase: string) => PartyRole | undefined,
  govSide: PartyRole,
  parties: readonly PartyRef[],
): void {
  const sideFor = (after: string): PartyRole | undefined => {
    // "... for the State", "... for the plaintiffs": a party by name or word, else a side noun.
    const m = /^[^.\n]{0,80}?\b(?:for|representing|on behalf of)\s+(?:the\s+)?(\p{Lu}[\p{L}\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]*)*|plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|government|agency|[\p{Ll}\-]+)/u.exec(after);
    if (!m) return undefined;
    const who = m[1]!;
    // "for Secretary Eckersley": the officer by surname.
    const resolved = resolve(who) ?? (/\s/.test(who) && /^\p{Lu}/u.test(who) && !LEGAL_ORG_END.test(who) ? resolve(who.split(/\s+/).pop()!) : undefined);
    if (resolved) return resolved;
    const exact = partyRoles.get(nameKey(who));
    if (exact) return exact;
    for (const [k, r] of partyRoles) if (k.split(/\s+/).includes(who.toLowerCase())) return r;
    return sideFromNouns(who);
  };
  const push = (list: ReturnType<typeof readCounselList>, side: PartyRole | undefined, rule: string, title?: string) => {
    for (const p of list.people) people.push({ ...p, side, rule, listed: true, ...(title ? { title } : {}) });
    for (const o of list.orgs) addOrg(o, side, rule);
  };
  // "The legal team includes A and B of X and C of Y."
  for (const m of text.matchAll(/\blegal\s+team\s+(?:on\s+(?:this|the)\s+(?:case|matter|lawsuit)\s+)?(?:includes?|is|are|consists\s+of|comprises)\s+/g)) {
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    push(list, sideFromNouns(text.slice(line.start, m.index)), 'legal_team');
  }
  // "Lawyers for the plaintiffs, led by A of X," / "Attorneys for the tenants include A".
  for (const m of text.matchAll(/\b(?:[Ll]awyers|[Aa]ttorneys|[Cc]ounsel|[Ll]awyer|[Aa]ttorney)\s+for\s+(?:the\s+)?(?<who>[\p{L}\-]+(?:\s+[\p{L}\-]+)?),?\s+(?:(?:led|headed)\s+by|including|includes?|are|is)\s+/gu)) {
    const line = lineBounds(text, m.index);
    const who = m.groups!.who!;
    const side = partyRoles.get(nameKey(who)) ?? sideFromNouns(who);
    push(readCounselList(text, m.index + m[0].length, line.end), side, 'lawyers_for');
  }
  // "Assistant Attorneys General A and B of the X Department of Justice are handling the case for the State."
  for (const m of text.matchAll(/\b(?<title>(?:(?:Assistant|Deputy|Special|Senior|Trial|Staff|Supervising)\s+)*(?:(?:City|County|District|State|Town)\s+)?(?:Attorneys\s+General|Attorneys|Lawyers)|(?:trial|staff|senior|supervising|government)\s+(?:attorneys|lawyers)|(?:Assistant|Deputy|Special\s+Assistant)\s+(?:Attorney\s+General|(?:United\s+States|U\.S\.)\s+Attorney|Public\s+Defender))\s+(?=\p{Lu}\p{Ll})/gu)) {
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    // A lowercase title ("trial attorneys A and B") is prose's own cue: the names need not be common first names.
    // ... and so is a government legal office named in the same sentence.
    const namesOffice = /\b(?:Attorney['’]s Office|Attorney General|Department of Justice|Justice Department|Public Defender)/.test(text.slice(m.index, sentenceAround(text, m.index).end));
    const strict = /^\p{Lu}/u.test(m.groups!.title!) && !namesOffice;
    if (!list.people.length || !list.people.every((p) => looksLikePersonName(p.name, strict))) continue;
    const last = Math.max(...list.people.map((p) => p.end), ...list.orgs.map((o) => o.end));
    // "... are handling the case for the X City Attorney's Office", "on behalf of the Y Attorney General's Office": their office.
    const sentEnd = sentenceAround(text, last).end;
    if (!list.orgs.length) {
      for (const o of text.slice(last, sentEnd).matchAll(/\b(?:for|on behalf of|with|from|at)\s+(?:the\s+)?(?=\p{Lu})/gu)) {
        const toks = tokenize(text, last + o.index + o[0].length, sentEnd);
        if (!toks.length) continue;
        const e = orgRunEnd(text, toks, 0);
        const span = { start: toks[0]!.s, end: e.end, name: text.slice(toks[0]!.s, e.end) };
        if (!LEGAL_ORG_END.test(span.name) || !isGovernmentLike(span.name)) continue;
        list.orgs.push(span);
        for (const p of list.people) p.organization ??= span.name;
        break;
      }
    }
    const office = list.orgs.find((o) => isGovernmentLike(o.name));
    const govParty = parties.filter((x) => isGovernmentLike(x.name) || (looksLikePersonName(x.name) && PUBLIC_BODY.test(text.slice(Math.max(0, (x.start ?? 0) - 40), x.start ?? 0))));
    const officeSide = office && govParty.length && govParty.every((x) => x.role === govParty[0]!.role) ? govParty[0]!.role : undefined;
    push(list, sideFor(text.slice(last, sentEnd)) ?? officeSide, 'titled_list', m.groups!.title!.replace(/Attorneys General/, 'Attorney General').replace(/s$/, ''));
  }
  // "Adriana Voss, Esq. of Halvorsen Grant LLP": "Esq." marks a lawyer.
  // Names never cross a line break: "/s/ A\nA, Esq." is one name, twice.
  for (const m of anchoredMatches(text, /Esq\b\.?/g, /(?<name>\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3}),?[ \t]+$/u)) {
    if (!looksLikePersonName(m.groups!.name!, false)) continue;
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index, line.end);
    if (!list.people.length) list.people.push({ start: m.index, end: m.index + m.groups!.name!.length, name: m.groups!.name! });
    push(list, undefined, 'esquire');
  }
  // "the law firm Porter Brandt LLP", "attorneys at the X and the law firm Y".
  for (const m of text.matchAll(/\blaw\s+firms?\s+(?:of\s+)?(?=\p{Lu})/gu)) {
    const line = lineBounds(text, m.index);
    const toks = tokenize(text, m.index + m[0].length, line.end);
    if (!toks.length) continue;
    const e = orgRunEnd(text, toks, 0);
    const span = { start: toks[0]!.s, end: e.end };
    addOrg(span, sideFromNouns(text.slice(line.start, m.index)) ?? 'plaintiff', 'law_firm');
    // "law firms of A and B": the second firm after "and".
    const more = /^\s+and\s+(?:the\s+)?/.exec(text.slice(e.end, line.end));
    if (more && FIRM_WORDS.test(text.slice(e.end, line.end))) {
      const t2 = tokenize(text, e.end + more[0].length, line.end);
      if (t2.length && isCapitalized(t2[0]!.t)) addOrg({ start: t2[0]!.s, end: orgRunEnd(text, t2, 0).end }, sideFromNouns(text.slice(line.start, m.index)) ?? 'plaintiff', 'law_firm');
    }
  }
  // "X LLP announces that it has filed a class action on behalf of investors": a firm that files for others is counsel.
  for (const m of text.matchAll(/\b(?:filed|brought|commenced)\s+(?:a\s+|an\s+)?(?:[\p{L}\-]+\s+){0,3}(?:lawsuit|suit|action|complaint)\s+on\s+behalf\s+of\s+/gu)) {
    const line = lineBounds(text, m.index);
    const sentStart = Math.max(line.start, text.lastIndexOf('. ', m.index) + 2);
    const toks = tokenize(text, sentStart, m.index);
    if (!toks.length || !isCapitalized(toks[0]!.t)) continue;
    const e = orgRunEnd(text, toks, 0);
    const name = text.slice(toks[0]!.s, e.end);
    if (FIRM_WORDS.test(name) && !partyRoles.has(nameKey(name))) addOrg({ start: toks[0]!.s, end: e.end }, 'plaintiff', 'firm_filed_for');
  }
  // "Trial attorney Jacob Wen told the judge": a lawyer by title alone; the side from counsel on the same line.
  for (const m of text.matchAll(/\b(?:[Tt]rial|[Ss]taff|[Ss]enior|[Ll]ead|[Gg]overnment|[Dd]efense|[Pp]laintiffs['’]?|[Dd]efendants['’]?)\s+(?:attorney|lawyer|counsel)\s+(?=\p{Lu}\p{Ll})/gu)) {
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    const p = list.people[0];
    if (!p || !looksLikePersonName(p.name)) continue;
    const word = /^\S+/.exec(m[0])![0].toLowerCase();
    const here = orgs.find((o) => o.start >= line.start && o.end <= line.end && o.side);
    const side: PartyRole | undefined = /^defen/.test(word) ? 'defendant' : /^plaintiff/.test(word) ? 'plaintiff' : word === 'government' ? govSide : here?.side;
    people.push({ ...p, side, rule: 'titled_attorney_lower', listed: true, title: m[0].trim() });
  }
}

// Signature blocks: "/s/ Jane Roe", "Jane Roe (D.C. Bar No. 123456)", "JOHN SMITH (SBN 123456)", then "Counsel for Plaintiffs".
const SIG_NAME = /^(?:By:?\s*)?(?:\/s\/\s*)?(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3})(?:,? (?:Jr\.|Sr\.|III|II|JR\.|SR\.))?\*?(?:,? Esq\.?)?(?: \((?:[\p{L}.]+ )*(?:Bar|BAR|SBN|No|Bar No|Bar Roll|ARDC|Reg)\.?(?: No\.?)?:? ?[\w-]+\)| \(pro hac vice[^)]*\)| \(admitted[^)]*\))*,?$/u;
const SIG_SIDE = /^(?:Counsel|Attorneys?|Lawyers?)\s+(?:for|to)\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?(?<role>Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Intervenors?|Amici|Amicus|Debtors?|Movants?)(?:[-–](?<role2>Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?))?/iu;
// Lines a signature block holds besides names and the firm: contact details and bar numbers.
const CONTACT_LINE = /@|\d{3}[).\-\s]+\d{3}|^(?:Tel|Telephone|Phone|Fax|Facsimile|Email|E-mail|Direct)\b|^\d|\b(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Suite|Floor|Road|Drive|P\.O\. Box)\b|\b[A-Z]{2} \d{5}\b|Bar No\.|^By:?\s*\/s\/\s*$|^\/s\/\s*$/i;

function personName(raw: string): string {
  return /\p{Ll}/u.test(raw) ? raw : titleCaseName(raw);
}

function signatureBlocks(text: string, people: AttorneyCand[], orgs: CounselCand[], partyRoles: Map<string, PartyRole>): void {
  if (!/(?:Counsel|Attorneys?)\s+(?:for|to)\s+/i.test(text) && !text.includes('/s/') && !GOV_TITLE_LINE.test(text)) return;
  const lines: Span[] = [];
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  const lineText = (k: number) => (lines[k] ? text.slice(lines[k]!.start, lines[k]!.end) : '');
  const readSigName = (k: number): AttorneyCand | null => {
    const t = lineText(k);
    const nm = SIG_NAME.exec(t);
    if (!nm) return null;
    const raw = nm.groups!.name!;
    if (FIRM_WORDS.test(raw)) return null;
    const name = personName(raw);
    const signed = /\/s\/|Bar|BAR|SBN|\(No\.|pro hac|Esq/.test(t) || /\bBar\s+(?:No|Number)\b/i.test(lineText(k + 1)) || GOV_TITLE_LINE.test(lineText(k + 1)) || TITLE_LINE.test(lineText(k + 1));
    if (!looksLikePersonName(name, !signed)) return null;
    const ns = lines[k]!.start + t.indexOf(raw);
    return { start: ns, end: ns + raw.length, name, rule: 'signature_block', listed: true };
  };
  // "A (D.C. Bar No. 1) B (D.C. Bar No. 2)": several signers on one line once the reader joined them.
  const BAR_CHUNK = /(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3})(?:,? (?:Jr\.|Sr\.|III|II))?\*? \((?:[\p{L}.]+ )*(?:Bar|BAR|SBN|Bar No|ARDC)\.?(?: No\.?)?:? ?[\w-]+\)(?: \((?:pro hac vice|admitted)[^)]*\))?\s*/gu;
  const readSigNames = (k: number): AttorneyCand[] => {
    const one = readSigName(k);
    if (one) return [one];
    const t = lineText(k);
    const chunks = [...t.matchAll(BAR_CHUNK)];
    if (chunks.length < 2 || chunks.reduce((n, c) => n + c[0].length, 0) < t.trim().length) return [];
    const out: AttorneyCand[] = [];
    for (const c of chunks) {
      const raw = c.groups!.name!.replace(/^\/s\/\s*/, '');
      const name = personName(raw);
      if (FIRM_WORDS.test(raw) || !looksLikePersonName(name, false)) return [];
      const ns = lines[k]!.start + c.index + c[0].indexOf(raw);
      out.push({ start: ns, end: ns + raw.length, name, rule: 'signature_block', listed: true });
    }
    return out;
  };
  // A firm name cut by a column ("UNION FOUNDATION OF") is no name.
  const isFirmLine = (t: string) => FIRM_WORDS.test(t) && !/\b(?:of|for|and|the|OF|FOR|AND|THE|&)$/.test(t.replace(/,$/, '')) && !/\d|@/.test(t) && !TITLE_LINE.test(t) && !SIG_SIDE.test(t) && t.length < 90 && !looksLikePersonName(personName(t.replace(/,$/, '')));
  const taken = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const sm = SIG_SIDE.exec(lineText(k));
    if (!sm) continue;
    const word = sm.groups!.role2 ?? sm.groups!.role!;
    const role = /^(?:debtors?|movants?)$/i.test(word) ? undefined : roleOf(word);
    const firms = new Map<number, string>();
    const nameLines = new Set<number>();
    const found: (AttorneyCand & { line: number })[] = [];
    let top = k;
    for (let j = k - 1; j >= 0 && j >= k - 24; j--) {
      const t = lineText(j);
      if (SIG_SIDE.test(t) || /^(?:Dated|Respectfully|DATED|RESPECTFULLY)/.test(t) || ROLE_OR_V.test(t)) break;
      const nms = readSigNames(j);
      if (nms.length) {
        const title = nms.length === 1 && TITLE_LINE.test(lineText(j + 1)) ? lineText(j + 1).replace(/,$/, '') : undefined;
        for (const nm of nms) {
          taken.add(nm.start);
          found.push({ ...nm, side: role, line: j, ...(title ? { title } : {}) });
        }
        nameLines.add(j);
        top = j;
      } else if (isFirmLine(t)) {
        // A firm name wrapped onto a second line: "ROBBINS GELLER RUDMAN\n& DOWD LLP".
        const wrapped = /^(?:&|and\s)/.test(t) && j > 0 && /^\p{Lu}[\p{Lu}\s,.'’&-]+$/u.test(lineText(j - 1)) && !readSigNames(j - 1).length;
        const from = wrapped ? lines[j - 1]!.start : lines[j]!.start;
        const written = (wrapped ? `${lineText(j - 1)} ${t}` : t).replace(/,$/, '');
        if (/^(?:&|and\s)/.test(written)) continue;
        const firm = personName(written);
        if (![...firms.values()].includes(firm)) orgs.push({ start: from, end: lines[j]!.start + t.replace(/,$/, '').length, name: firm, side: role, rule: 'signature_block' });
        firms.set(j, firm);
        top = j;
      } else if (CONTACT_LINE.test(t) || TITLE_LINE.test(t) || t.length < 3) continue;
    }
    // Each signer's firm is the one printed under their name (stacked covers list "name, firm, address"
    // per lawyer), else the nearest one above, else the block's only firm.
    const firmFor = (j: number): string | undefined => {
      for (let x = j + 1; x < k; x++) if (firms.has(x)) return firms.get(x);
      for (let x = j - 1; x >= top; x--) if (firms.has(x)) return firms.get(x);
      const distinct = new Set(firms.values());
      return distinct.size === 1 ? [...distinct][0] : undefined;
    };
    for (const { line, ...f } of found) {
      const firm = firmFor(line);
      people.push({ ...f, ...(firm ? { organization: firm } : {}) });
    }
  }
  // A government lawyer signs with the title under the name: "Peter Gallo\nAssistant United States Attorney".
  for (let k = 1; k < lines.length; k++) {
    if (!GOV_TITLE_LINE.test(lineText(k))) continue;
    const nm = readSigName(k - 1);
    if (!nm || taken.has(nm.start)) continue;
    const title = lineText(k).replace(/,$/, '');
    let side: PartyRole | undefined;
    if (/United States|U\.S\./i.test(title)) side = partyRoles.get('united states') ?? partyRoles.get('united states of america');
    else if (/Public Defender/i.test(title)) side = 'defendant';
    people.push({ ...nm, side, title, rule: 'government_signature' });
  }
}

// An opinion's counsel paragraph ends each appearance with the side it is for:
// "A (B, with her on the briefs), X Law Center, Portland, Oregon, for Plaintiffs - Appellants."
// "ARGUED: A, FIRM, P.C., Kalamazoo, Michigan, for Appellant. ON BRIEF: A, B, FIRM, City, for Appellee."
const APPEAR_ROLE = String.raw`(?:[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?|[Aa]ppellants?|[Aa]ppellees?|[Cc]ross-[Aa]ppellants?|[Cc]ross-[Aa]ppellees?|[Ii]ntervenors?|[Cc]laimants?|[Aa]mic(?:i|us)(?: [Cc]uriae)?)`;
// "A, FIRM, of counsel.": co-counsel for the side of the appearance line above.
const OF_COUNSEL_LINE = /, of counsel\.?$/gm;
const APPEAR_FOR = new RegExp(String.raw`[,;]? for (?:the )?(?<role>${APPEAR_ROLE}(?: ?[-–—/] ?${APPEAR_ROLE}| and ${APPEAR_ROLE})*)(?=[\s.,;]|$)[^.\n]{0,80}?\.(?= |$)`, 'gmu');
// Firm suffixes that follow a comma: "HARROW & KIMBALL, P.C.".
const FIRM_SUFFIX = /^(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|PC|PLLC|P\.L\.L\.C\.|P\.A\.|LPA|L\.P\.A\.|Inc\.|Ltd\.|Chtd\.|Chartered|S\.C\.)$/;
// A place closing an appearance: a state by name or postal code ("Oregon", "D.C.", "MI").
const US_STATE = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D\.C\.|DC|Puerto Rico|Guam|[A-Z]{2}|(?:Ala|Ariz|Ark|Cal|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Or|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.)$/;

// Sub-units listed beside an office ("Appellate Section", "Civil Division") are no lawyers.
const APPEAR_UNIT = /\b(?:Section|Division|Branch|Office|Unit|Bureau|Department|Group|Center|Clinic|Project|Program|Service)\b/i;

function appellateAppearances(text: string, people: AttorneyCand[], orgs: CounselCand[]): void {
  let prevEnd = -1;
  let lastSide: PartyRole | undefined;
  const marks = [...text.matchAll(APPEAR_FOR), ...text.matchAll(OF_COUNSEL_LINE)].sort((a, b) => a.index - b.index);
  for (const m of marks) {
    const line = lineBounds(text, m.index);
    if (!m.groups?.role) {
      const above = line.start > 0 ? lineBounds(text, line.start - 1) : null;
      if (lastSide && above && prevEnd > above.start && prevEnd <= above.end + 1) {
        readAppearance(text, line.start, m.index, lastSide, people, orgs);
        prevEnd = m.index + m[0].length;
      }
      continue;
    }
    let from = prevEnd > line.start && prevEnd <= m.index ? prevEnd : line.start;
    prevEnd = m.index + m[0].length;
    const lead = /^\s*(?:(?:ARGUED|Argued|ON BRIEF|On Brief|On brief|BRIEFED|Briefed|COUNSEL|Counsel|Attorneys?|APPEARANCES|Appearances)(?: and (?:Submitted|Briefed))?(?: by)?:\s*)?/.exec(text.slice(from, m.index))!;
    from += lead[0].length;
    const side = appearanceSide(m.groups!.role!);
    lastSide = side;
    readAppearance(text, from, m.index, side, people, orgs);
  }
}

// The D.C. Circuit's form: "A, Attorney, U.S. Department of Justice, argued the cause for respondents.
// With her on the brief were B and C."
const ARGUED_CAUSE = /\bargued the cause (?:for|on behalf of) (?:the )?(?<who>[^.\n]{1,80}?)\.(?:\s+With (?:him|her|them) on the briefs? (?:was|were) )?/g;

function arguedTheCause(text: string, people: AttorneyCand[], orgs: CounselCand[], resolve: (phrase: string) => PartyRole | undefined): void {
  for (const m of text.matchAll(ARGUED_CAUSE)) {
    const line = lineBounds(text, m.index);
    const before = text.slice(line.start, m.index);
    const sentStart = line.start + Math.max(0, before.search(/(?:^|[.;] )(?=[^.;]*$)/) + (/^[.;] /.test(before.slice(before.search(/(?:^|[.;] )(?=[^.;]*$)/))) ? 2 : 0));
    const who = m.groups!.who!;
    const side = /^amic/i.test(who) ? 'amicus' : resolve(who.replace(/\s+(?:in|on)\s+.*$/, ''));
    const n = people.length;
    readAppearance(text, sentStart, m.index, side, people, orgs);
    if (people.length === n) {
      for (const p of readCounselList(text, sentStart, m.index).people) people.push({ ...p, side, rule: 'argued_the_cause', listed: true });
    }
    if (m[0].includes(' on the brief')) {
      const from = m.index + m[0].length;
      for (const p of readCounselList(text, from, lineBounds(text, from).end).people) people.push({ ...p, side, rule: 'argued_the_cause', listed: true });
    }
  }
}

/** The side an appearance's role words give: "Plaintiffs - Appellants" -> plaintiff, "Appellee" -> appellee (mapped later). */
function appearanceSide(role: string): PartyRole | undefined {
  if (/Amic/i.test(role)) return 'amicus';
  const t = /\b(Plaintiff|Defendant|Petitioner|Respondent|Intervenor)s?\b/i.exec(role);
  if (t) return roleOf(t[1]!);
  const r = /\b(Appellant|Appellee)s?\b/i.exec(role);
  return r ? roleOf(r[1]!) : undefined;
}

/** One appearance: names (with parenthetical co-counsel), titles, the organizations, then the city and state. */
function readAppearance(text: string, start: number, end: number, side: PartyRole | undefined, people: AttorneyCand[], orgs: CounselCand[]): void {
  const found: AttorneyCand[] = [];
  // Parenthetical co-counsel ("(B, with her on the briefs)") and "(argued)" notes: read, then blanked.
  let body = text.slice(start, end);
  for (const p of body.matchAll(/\(([^()]*)\)/g)) {
    const inner = start + p.index + 1;
    for (const q of readCounselList(text, inner, inner + p[1]!.length).people) found.push({ ...q, side, rule: 'appellate_appearance', listed: true });
  }
  body = body.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length));
  const items: Span[] = [];
  for (const it of body.matchAll(/[^,;]+/g)) {
    const lead = it[0].length - it[0].trimStart().length;
    const t = it[0].trim();
    if (!t) continue;
    const s0 = start + it.index + lead;
    if (FIRM_SUFFIX.test(t) && items.length) {
      items[items.length - 1]!.end = s0 + t.length;
      continue;
    }
    items.push({ start: s0, end: s0 + t.length });
  }
  // Drop the closing place: "Eugene, Oregon", "Washington, D.C.".
  if (items.length >= 2 && US_STATE.test(text.slice(items[items.length - 1]!.start, items[items.length - 1]!.end))) items.splice(-2, 2);
  let org: CounselCand | undefined;
  let title: string | undefined;
  const group: AttorneyCand[] = [];
  for (const it of items) {
    const t = body.slice(it.start - start, it.end - start).replace(/\s+/g, ' ').trim();
    if (TITLE_LINE.test(t) || GOV_TITLE_LINE.test(t) || /^(?:Attorneys?|Counsel|Solicitor General|Deputy Solicitor General|Assistant Solicitor General)$/i.test(t)) {
      title ??= t;
      continue;
    }
    if (!org) {
      // "A and B": two lawyers in one item.
      const parts = t.split(/\s+and\s+/);
      const asPeople = parts.map((x) => personName(x.trim()));
      if (!FIRM_WORDS.test(t) && !APPEAR_UNIT.test(t) && asPeople.every((x) => looksLikePersonName(x, false) && !isOrgHead(x.split(/\s+/).pop() ?? ''))) {
        let off = it.start;
        for (const x of parts) {
          const at = text.indexOf(x.trim(), off);
          group.push({ start: at, end: at + x.trim().length, name: personName(x.trim()), side, rule: 'appellate_appearance', listed: true });
          off = at + x.length;
        }
        continue;
      }
    }
    if (!/^\p{Lu}/u.test(t) || !isOrgName(personName(t))) return;
    // The last organization is the parent: "Environment and Natural Resources Division, United States Department of Justice".
    org = { ...it, name: personName(t), side, rule: 'appellate_appearance' };
  }
  const all = [...group, ...found];
  if (!all.length || (!org && !title)) return;
  if (org) orgs.push(org);
  for (const p of all) people.push({ ...p, ...(org ? { organization: org.name } : {}), ...(title && group.length === 1 && p === group[0] ? { title } : {}) });
}

// A caption line ("Plaintiff,", "v.") above a signature block ends the search for its names.
const ROLE_OR_V = /^(?:v\.?|vs\.?|Plaintiffs?,|Defendants?\.)$/i;

// A transcript's appearances: "FOR THE PLAINTIFF:\nKNOBBE MARTENS\nBY: MARK LEZAMA, ATTORNEY AT LAW".
const APPEARANCE_SIDE = /^(?:FOR|For|ON BEHALF OF|On behalf of)\s+(?:THE\s+|the\s+)?(?<role>PLAINTIFFS?|DEFENDANTS?|Plaintiffs?|Defendants?|PETITIONERS?|RESPONDENTS?|GOVERNMENT|Government|UNITED STATES|INTERVENORS?|Intervenors?)\b[^:]*:$/;
const APPEARANCE_NAME = /^(?:BY:?\s+|AND\s+)?(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3}),\s+(?:ATTORNEY AT LAW|Attorney at Law|ESQ\.?|Esq\.?|ESQUIRE|Esquire|AUSA|ASSISTANT UNITED STATES ATTORNEY|Assistant United States Attorney|DEPUTY ATTORNEY GENERAL|Deputy Attorney General)\b/u;

function appearances(text: string, people: AttorneyCand[], orgs: CounselCand[]): void {
  if (!/ATTORNEY AT LAW|Attorney at Law|APPEARANCES|Appearances/.test(text)) return;
  const re = /^.*$/gm;
  let side: PartyRole | undefined;
  let firm: string | undefined;
  let sideLine = -1;
  let n = 0;
  for (const m of text.matchAll(re)) {
    n++;
    const t = m[0];
    const sm = APPEARANCE_SIDE.exec(t);
    if (sm) {
      const w = sm.groups!.role!.toLowerCase();
      side = /government|united states/.test(w) ? 'plaintiff' : roleOf(w);
      firm = undefined;
      sideLine = n;
      continue;
    }
    if (sideLine < 0 || n - sideLine > 8) continue;
    const am = APPEARANCE_NAME.exec(t);
    if (am) {
      const raw = am.groups!.name!;
      const name = personName(raw);
      if (!looksLikePersonName(name, false)) continue;
      const s = m.index + t.indexOf(raw);
      people.push({ start: s, end: s + raw.length, name, side, organization: firm, rule: 'appearance', listed: true });
      sideLine = n;
    } else if (/^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3}, \p{Lu}/u.test(t) && /, \d/.test(t)) {
      // "JANE Q. DOE, Assistant Attorney General, Office of X, 30 East Broad Street, Columbus, OH 43215.":
      // name, title and office, then an address that is part of nothing.
      const cut = m.index + t.search(/, \d/);
      const before = people.length;
      readAppearance(text, m.index, cut, side, people, orgs);
      for (let q = before; q < people.length; q++) people[q]!.rule = 'appearance';
      if (people.length > before) sideLine = n;
    } else if (!firm && n === sideLine + 1 && !/\d|@/.test(t) && t.length < 80 && /\p{Lu}{2}/u.test(t)) {
      firm = personName(t.replace(/,$/, ''));
      orgs.push({ start: m.index, end: m.index + t.replace(/,$/, '').length, name: firm, side, rule: 'appearance' });
    }
  }
}

function roleOf(word: string): PartyRole {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'amici' || w === 'amicu') return 'amicus';
  return (['plaintiff', 'defendant', 'petitioner', 'respondent', 'appellant', 'appellee', 'intervenor'].includes(w) ? w : 'plaintiff') as PartyRole;
}

/** Same person under two spellings: "Laura J. Chen" and "Laura Chen" (first and last name equal). */
function personKey(name: string): string {
  const parts = name.replace(/[,]/g, '').split(/\s+/).filter((p) => !/^\p{Lu}\.$/u.test(p) && !/^(?:Jr\.|Sr\.|II|III)$/.test(p));
  return `${(parts[0] ?? '').toLowerCase()}|${(parts[parts.length - 1] ?? '').toLowerCase()}`;
}

// Rules that may name counsel by a short form of a firm named in full elsewhere.
const SHORT_FORM_RULES = new Set(['apposition_org', 'org_attorneys']);
// Rules naming counsel that joins the side named before it.
const CO_RULES = new Set(['co_counsel_from', 'co_counsel_with']);

function soleSide(orgs: readonly CounselCand[]): PartyRole | undefined {
  return orgs.length && orgs.every((o) => o.side === orgs[0]!.side) ? orgs[0]!.side : undefined;
}

/** A counsel organization's full name when `name` is its short form ("Brandywine Koss" -> "Brandywine Koss LLP"). */
function fullCounselName(name: string, orgs: readonly CounselCand[]): string {
  const k = nameKey(name);
  return orgs.find((o) => nameKey(o.name).startsWith(k + ' ') && FIRM_WORDS.test(o.name))?.name ?? name;
}

function sameOrg(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ') || (!!lookupOrganization(a) && lookupOrganization(a) === lookupOrganization(b));
}

export const attorneysExtractor: Extractor = {
  name: 'attorneys',
  extract({ doc, prior }) {
    const text = doc.text;
    const parties = prior.filter((m): m is MentionOf<'party'> => m.kind === 'party');
    const partyRoles = new Map<string, PartyRole>();
    for (const p of parties) partyRoles.set(nameKey(p.value.name), p.value.role);
    const plaintiffKeys = new Set(parties.filter((p) => p.value.role === 'plaintiff' && /role_list|include_list/.test(p.rule)).map((p) => nameKey(p.value.name)));
    const trialMap = trialSides(text, prior);
    // The court's own roles stand for trial sides: an appellant that was the plaintiff is the plaintiff.
    const partyRefs: PartyRef[] = [];
    for (const p of parties) {
      const role = toTrialSide(p.value.role, trialMap) ?? p.value.role;
      partyRefs.push({ name: p.value.name, role, start: p.start, person: p.value.entityType === 'person' });
    }
    for (const c of prior) {
      if (c.kind !== 'caption') continue;
      for (const n of c.value.plaintiffs) partyRefs.push({ name: n, role: 'plaintiff' });
      for (const n of c.value.defendants) partyRefs.push({ name: n, role: 'defendant' });
    }
    const usRole = partyRefs.find((p) => /^united states(?: of america)?$/i.test(p.name))?.role;
    // Justice Department lawyers stand for the United States: the plaintiff in an enforcement suit.
    const govSide: PartyRole = usRole === 'plaintiff' ? 'plaintiff' : 'defendant';
    // A suit against the government only: the government's lawyers are its own, so private counsel is the challengers'.
    const sides = parties.map((p) => ({ p, side: toTrialSide(p.value.role, trialMap) }));
    const defendants = sides.filter((x) => x.side === 'defendant');
    const againstGovernment =
      defendants.length > 0 &&
      defendants.every((x) => isGovernmentLike(x.p.value.name) || (x.p.value.entityType === 'person' && !!x.p.value.title)) &&
      !sides.some((x) => x.side === 'plaintiff' && isGovernmentLike(x.p.value.name));
    const privateSide = (org: string | undefined): PartyRole | undefined => (againstGovernment && org && !isGovernmentLike(org) ? 'plaintiff' : undefined);
    const { orgs, people } = collectCounsel(text, partyRoles, plaintiffKeys, partyRefs, govSide);

    for (const o of orgs) o.name = counselOrgName(o.name);
    // "co-counsel from X", "co-lead counsel with A of Y": the side of the counsel named before them.
    const sided = [...orgs, ...people].filter((c) => c.side && !CO_RULES.has(c.rule)).sort((a, b) => a.start - b.start);
    for (const c of [...orgs, ...people]) {
      if (c.side || !CO_RULES.has(c.rule)) continue;
      const before = sided.filter((x) => x.start < c.start);
      c.side = before[before.length - 1]?.side;
    }
    // Sides of counsel organizations: the side any mention gives them.
    const orgSide = (name: string): PartyRole | undefined => orgs.find((o) => o.side && sameOrg(o.name, name))?.side;
    for (const o of orgs) o.side ??= orgSide(o.name) ?? (isGovernment(o.name) ? govSide : undefined) ?? privateSide(o.name);

    // "X Attorney Y, who is lead attorney on the case" / "Y, staff attorney at X" / "Y, legal director of X".
    const listedKeys = new Map<string, AttorneyCand>();
    for (const p of people) if (p.listed) listedKeys.set(personKey(p.name), p);
    for (const m of text.matchAll(/\b(?:[Aa]ttorney|[Ll]awyer|[Cc]ounsel)\s+(?=\p{Lu}\p{Ll})/gu)) {
      const line = lineBounds(text, m.index);
      const toks = tokenize(text, line.start, line.end);
      const ti = toks.findIndex((t) => t.s === m.index);
      if (ti < 0) continue;
      const s = runStart(toks, ti + 1);
      const e = runEnd(toks, ti + 1);
      if (e <= ti + 1) continue;
      const phrase = text.slice(toks[s]!.s, toks[e - 1]!.e);
      const tp = splitTitledPerson(phrase);
      // A headline's capitalized words ("Attorney Advertising", "... School Meal Grants") are no lawyer.
      if (!tp || !tp.name || !looksLikePersonName(tp.name, isHeadline(text.slice(line.start, line.end)))) continue;
      const nameStart = toks[s]!.s + tp.nameOffset;
      const orgPart = tp.title.replace(/\s*(?:Senior|Staff|Lead|Managing|Supervising|Trial|Chief)?\s*(?:Attorney|Lawyer|Counsel|attorney|lawyer|counsel)$/, '').trim();
      const after = text.slice(nameStart + tp.name.length, line.end);
      const lead = /^,?\s+(?:who\s+is|is|the)\s+(?:the\s+)?((?:lead|chief|senior|trial|co-lead|local)\s+(?:attorney|counsel|lawyer))\b/i.exec(after);
      // An agency's chief or general counsel is its officer, not counsel in this case, unless said so.
      if (!lead && /\b(?:Chief|General|Principal Deputy)\s+Counsel\b/i.test(tp.title)) continue;
      people.push({
        start: nameStart,
        end: nameStart + tp.name.length,
        name: tp.name,
        organization: orgPart && isOrgName(orgPart) && !TITLE_LINE.test(orgPart) && !GOV_TITLE_LINE.test(orgPart) ? orgPart : undefined,
        title: lead ? lead[1]!.toLowerCase() : tp.title.slice(orgPart.length).trim(),
        rule: 'titled_attorney',
        listed: true,
      });
    }
    const counselKeys = new Set(orgs.map((o) => nameKey(o.name)));
    for (const a of findAppositives(text)) {
      const legal = LEGAL_TITLE.test(a.title);
      const leadLegal = LEGAL_LEAD_TITLE.test(a.title);
      const org = a.organization;
      const orgIsCounselSide = !!org && ([...counselKeys].some((k) => sameOrg(k, org)) || partyRoles.get(nameKey(org)) === 'plaintiff');
      const listed = listedKeys.get(personKey(a.name));
      if (listed || (legal && !/general counsel/i.test(a.title)) || (leadLegal && orgIsCounselSide)) {
        people.push({ start: a.nameStart, end: a.nameEnd, name: listed?.name ?? a.name, organization: org, title: a.title, rule: listed ? 'listed_quoted' : 'appositive_title', listed: !!listed });
        if (leadLegal && orgIsCounselSide && org && a.orgStart !== undefined && !partyRoles.has(nameKey(org))) {
          orgs.push({ start: a.orgStart, end: a.orgEnd!, name: org, side: orgSide(org) ?? 'plaintiff', rule: 'legal_director_org' });
        }
      }
    }

    // One name per person (the fullest), one title (the first stated), the side of their organization.
    const byKey = new Map<string, AttorneyCand[]>();
    for (const p of people) {
      const k = personKey(p.name);
      const list = byKey.get(k) ?? [];
      list.push(p);
      byKey.set(k, list);
    }
    const out: Mention[] = [];
    // An organization no mention gives a side takes its lawyers' side, when they agree.
    const lawyerSides = new Map<string, PartyRole | null>();
    for (const list of byKey.values()) {
      const name = list.reduce((a, b) => (b.name.length > a.length ? b.name : a), list[0]!.name);
      const title = list.find((p) => p.title)?.title;
      const written = list.find((p) => p.organization)?.organization;
      // "Brandywine Koss associates" names the firm by a short form of "Brandywine Koss LLP".
      const organization = written ? fullCounselName(counselOrgName(written), orgs) : undefined;
      // "Assistant Attorney General A" works for the attorney general's office the document names as counsel.
      const agSide = title && /Attorney General/i.test(title) ? soleSide(orgs.filter((o) => /Attorney General|Department of Justice|Justice Department/i.test(o.name))) : undefined;
      const side = toTrialSide(list.find((p) => p.side)?.side ?? (organization ? orgSide(organization) ?? partyRoles.get(nameKey(organization)) : undefined) ?? (organization && isGovernment(organization) ? govSide : undefined) ?? agSide ?? privateSide(organization) ?? soleSide(orgs), trialMap);
      if (partyRoles.has(nameKey(name))) continue;
      if (organization && side) {
        const k = nameKey(organization);
        const had = lawyerSides.get(k);
        lawyerSides.set(k, had === undefined || had === side ? side : null);
      }
      for (const p of list) {
        out.push({
          kind: 'attorney',
          start: p.start,
          end: p.end,
          text: text.slice(p.start, p.end),
          extractor: 'attorneys',
          rule: p.rule,
          confidence: p.listed ? 0.9 : 0.75,
          value: { name, ...(organization ? { organization } : {}), ...(side ? { represents: side } : {}), ...(title ? { title } : {}) },
        });
      }
    }
    for (const o of orgs) {
      // A labelled line ("Court Reporter: Name, RMR") names no organization.
      if (o.name.includes(':')) continue;
      // "the X attorney" names counsel by a short form of an organization named in full elsewhere.
      if (SHORT_FORM_RULES.has(o.rule) && orgs.some((p) => p !== o && !SHORT_FORM_RULES.has(p.rule) && nameKey(p.name) !== nameKey(o.name) && sameOrg(p.name, o.name))) continue;
      const side = toTrialSide(o.side ?? orgSide(o.name), trialMap) ?? lawyerSides.get(nameKey(o.name)) ?? undefined;
      out.push({
        kind: 'counsel_organization',
        start: o.start,
        end: o.end,
        text: text.slice(o.start, o.end),
        extractor: 'attorneys',
        rule: o.rule,
        confidence: 0.8,
        value: { name: o.name, ...(side ? { represents: side } : {}) },
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
