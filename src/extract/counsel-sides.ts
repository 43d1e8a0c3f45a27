// Which side counsel represents: a represented phrase read as a party, a role word or a side noun,
// government bodies, and appellate or review roles mapped back to the trial sides.

import type { Mention, MentionOf, PartyRole } from '../model/types.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { readList } from './parties.ts';
import { looksLikePersonName, nameKey } from './names.ts';
import { lineBounds, FIRM_WORDS } from './counsel-common.ts';

// Lowercase nouns for each side, as the thing represented: "represents the coalition", "on behalf of a group of small businesses".
const PLAINTIFF_NOUNS = /\b(?:plaintiffs?|petitioners?|appellants?|whistleblowers?|relators?|family|coalition|groups?|organizations?|unions?|businesses|clinics?|clients?|workers|families|individuals|residents|members|taxpayers|immigrants|tenants|employees|students|challengers|veterans|consumers|voters|parents)\b/i;

const DEFENDANT_NOUNS = /\b(?:defendants?|respondents?|appellees?|(?:the\s+)?government|the administration|the agency|the agencies|the United States|officials)\b/i;

/**
 * The side of the subject ending a clause ("Meridian was", "The board is", "plaintiffs,"): the longest
 * tail of its last words that names a party.
 */
export function subjectSide(before: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
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

// Names of public bodies and their officers: "Department of Agriculture", "State of Oregon", "Board of Regents".
export const PUBLIC_BODY = /\b(?:Department|Dept\.|Agency|Administration|Service|Commission|Bureau|Office|Board|Secretary|Administrator|Commissioner|Attorney General|Governor|State of|City of|County|Commonwealth|United States|U\.S\.|Authority|National Institutes?|Centers? for|Township|Village|School District|Police|Sheriff|Warden)\b/;

export function isGovernmentLike(name: string): boolean {
  const e = lookupOrganization(name);
  if (e) return e.kind !== 'litigation_group' && e.kind !== 'union';
  return PUBLIC_BODY.test(name) && !FIRM_WORDS.test(name.replace(/\b(?:Department of Justice|Attorney General|Attorney['’]s Office|Division|DEPARTMENT OF JUSTICE|ATTORNEY GENERAL|DIVISION)\b/g, ''));
}

// The United States' own law offices, whatever district or unit: "U.S. Attorney's Office for the Western District of
// Pennsylvania", "Office of the United States Attorney", the Justice Department's litigating divisions, sections and
// branches ("Environment and Natural Resources Division", "Fraud Section", "Federal Programs Branch").
const US_LAW_OFFICE = /\b(?:U\.\s?S\.|United States)\s+Attorney['’]s\s+Office\b|\bOffice\s+of\s+the\s+(?:U\.\s?S\.|United States)\s+Attorney\b|\bDepartment\s+of\s+Justice\b|\bJustice\s+Department\b|\bSolicitor\s+General\b|\b(?:Environment\s+and\s+Natural\s+Resources|Antitrust|Civil\s+Rights|Criminal|Civil|Tax|National\s+Security)\s+Division\b|\b(?:Fraud|Environmental\s+Enforcement|Environmental\s+Defense|Consumer\s+Protection)\s+Section\b|\b(?:Federal\s+Programs|Commercial\s+Litigation)\s+Branch\b|\bOffice\s+of\s+Immigration\s+Litigation\b/i;

/** A federal agency or department, or an office of the United States' lawyers: it stands for the United States. */
export function isGovernment(name: string): boolean {
  const e = lookupOrganization(name);
  if (e) return e.kind === 'federal_agency' || e.kind === 'federal_department';
  // "Oregon Department of Justice" is a state's.
  return US_LAW_OFFICE.test(name) && !/^(?!U\.S\.|United States)\p{Lu}[\p{L}]+\s+Department\s+of\s+Justice/u.test(name);
}

// A document about the government enforcing the law against someone: the United States is the plaintiff.
const ENFORCEMENT_CUE = /\b(?:agreed\s+to\s+pay|to\s+resolve\s+(?:the\s+)?allegations|pleaded\s+guilty|was\s+(?:indicted|sentenced|charged)|consent\s+decree|civil\s+penalt(?:y|ies)|False\s+Claims\s+Act|filed\s+an?\s+(?:civil\s+)?(?:complaint|lawsuit|suit)\b[^.]{0,40}\bagainst|sued\s+to\s+block)\b/i;

/** Whether the document reads as an enforcement matter: a settlement, a plea, a suit by the government. */
export function isEnforcement(text: string): boolean {
  return ENFORCEMENT_CUE.test(text);
}

/** Which side a represented thing is: named parties by their role, else nouns ("the coalition", "the IRS"). */
export function sideOf(phrase: string, partyRoles: Map<string, PartyRole>, text: string, at: number, govSide: PartyRole = 'defendant'): PartyRole | undefined {
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
export function resolveSide(phrase: string, text: string, parties: readonly PartyRef[], govSide: PartyRole = 'defendant'): PartyRole | undefined {
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
    // "The IRS" for "Commissioner of Internal Revenue": an agency stands for its head named as the party.
    const core = lex.canonical.replace(/\b(?:Service|Agency|Administration|Department|Bureau|Office)\b/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
    const head = core.split(' ').length >= 2 ? one(parties.filter((x) => /^(?:Commissioner|Secretary|Administrator|Director|Chair(?:man|woman)?)\b/.test(x.name) && x.name.toLowerCase().includes(core)).map((x) => x.role)) : undefined;
    if (head) return head;
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
  if (/^(?:government|United States|United States of America|U\.S\.)$/i.test(p)) return parties.find((x) => /^united states(?: of america)?$/i.test(x.name))?.role ?? govSide;
  if (/^\p{Lu}/u.test(p) || words.length <= 2) {
    // "Meridian Health Systems, Inc. sued the board": the phrase as the suer or the sued.
    // "the shrimpers" for "Louisiana Inshore Shrimpers Assn. ... sued": a lowercase noun matches its capitalized use in a name.
    const esc = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^\p{Ll}/u, (c) => `[${c.toUpperCase()}${c}]`);
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
export function trialSides(text: string, prior: readonly Mention[]): Map<PartyRole, PartyRole> {
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
  // The parties reader keeps the court's role beside the trial side: "Plaintiff-Appellant" -> appellant = plaintiff,
  // "Intervenor-Defendant" -> intervenor = defendant, when every party of that court role is on one side.
  const byCourtRole = new Map<PartyRole, Set<PartyRole>>();
  for (const p of parties) {
    const cr = p.value.courtRole;
    if (!cr || cr === p.value.role || (p.value.role !== 'plaintiff' && p.value.role !== 'defendant')) continue;
    byCourtRole.set(cr, (byCourtRole.get(cr) ?? new Set()).add(p.value.role));
  }
  for (const [cr, roles] of byCourtRole) if (roles.size === 1 && !map.has(cr)) map.set(cr, [...roles][0]!);
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

export function toTrialSide(role: PartyRole | undefined, map: Map<PartyRole, PartyRole>): PartyRole | undefined {
  if (!role) return undefined;
  let r = map.get(role) ?? role;
  if (r === 'petitioner') r = 'plaintiff';
  else if (r === 'respondent') r = 'defendant';
  return r === 'appellant' || r === 'appellee' ? undefined : r;
}

/** The side of the thing a counsel cue's object names: "the union", "Acme and two executives", "the fund". */
export function cueObjectSide(obj: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const phrase = obj.split(/[,;.](?:\s|$)|\s+(?:said|says|and\s+(?:is|are|was|were))\b/)[0]!.trim();
  return resolve(phrase) ?? resolve(phrase.split(/\s+and\s+/)[0]!) ?? objectSide(phrase, resolve) ?? sideFromNouns(phrase);
}

/** The side of the person a sentence's "his attorney" belongs to: a person party, else the one who sued or was sued. */
export function possessorSide(text: string, at: number, parties: readonly PartyRef[]): PartyRole | undefined {
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

/** "represents them": the side of the party named last before `at`, in this paragraph. */
export function pronounSide(after: string, at: number, parties: readonly PartyRef[]): PartyRole | undefined {
  if (!/^(?:them|him|her|it)\b/.test(after)) return undefined;
  let best: PartyRef | undefined;
  for (const p of parties) if (p.start !== undefined && p.start < at && (!best || p.start > best.start!)) best = p;
  return best?.role;
}

/** The side of the object a clause starts with: "the coalition and its members", "Meridian Health". */
export function objectSide(after: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}&.'’\-]*(?:\s+(?:of|and|&|\p{Lu}[\p{L}&.'’\-]*))*|[\p{L}\-]+)/u.exec(after);
  return m ? resolve(m[1]!) : undefined;
}

// "argued for the state", "appeared on behalf of Meridian", "representing the board".
const ARGUED_FOR = /\b(?:argued|argues|arguing|appeared|appearing|spoke|speaking|represents|represented|representing)\s+(?:for\s+|on\s+behalf\s+of\s+)?(?=(?:the\s+)?[\p{L}])/u;

/** The side named by "argued for X" in the rest of a sentence. */
export function arguedSide(rest: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const end = rest.search(/[.;](?:\s|$)/);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const m = ARGUED_FOR.exec(clause);
  return m ? objectSide(clause.slice(m.index + m[0].length), resolve) : undefined;
}

export function sideFromNouns(s: string): PartyRole | undefined {
  const d = DEFENDANT_NOUNS.exec(s);
  const p = PLAINTIFF_NOUNS.exec(s);
  if (p && (!d || p.index > d.index)) return 'plaintiff';
  if (d) return 'defendant';
  return undefined;
}

export function roleOf(word: string): PartyRole {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'amici' || w === 'amicu') return 'amicus';
  return (['plaintiff', 'defendant', 'petitioner', 'respondent', 'appellant', 'appellee', 'intervenor'].includes(w) ? w : 'plaintiff') as PartyRole;
}

/**
 * The side of the owner of "Its lawyers", "their attorneys", "Kestrel's lawyers" ending `before`: a named owner
 * resolved, else for a pronoun the party named last before it in the paragraph.
 */
export function possessiveSide(before: string, resolve: (phrase: string) => PartyRole | undefined): PartyRole | undefined {
  const named = /(?<owner>\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,4})['’]s?\s+$/u.exec(before);
  if (named) return resolve(named.groups!.owner!);
  if (!/(?:^|[\s"“])(?:Its|Their|its|their)\s+$/.test(before)) return undefined;
  const runs = [...before.slice(-500).matchAll(/\p{Lu}[\p{L}&'’.\-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}&'’.\-]*)*/gu)];
  for (let k = runs.length - 1; k >= 0; k--) {
    const r = runs[k]![0].replace(/^(?:The|A|An|But|And|Its|Their)\s+/, '');
    const side = r && !/^(?:Its|Their|The|A|An)$/.test(r) ? resolve(r) : undefined;
    if (side) return side;
  }
  return undefined;
}

// Words every government office's name may hold: they tell no place apart.
const OFFICE_WORDS = new Set(['city', 'county', 'state', 'town', 'village', 'office', 'attorney', 'attorneys', 'general', 'department', 'of', 'the', 'justice', 'law', 'legal', 'solicitor', 'counsel', 'corporation', 'district', 'division', 'for', 'and', 's']);

/**
 * The side of the party a government law office serves, by the place both names hold: "Port Ardley City Attorney's
 * Office" serves "City of Port Ardley", "Office of Minnesota Attorney General" serves "Minnesota".
 */
export function officeClientSide(office: string, parties: readonly PartyRef[]): PartyRole | undefined {
  const words = nameKey(office).split(/[\s'’]+/).filter((w) => w.length > 1 && !OFFICE_WORDS.has(w));
  if (!words.length) return undefined;
  const place = new RegExp(`(?:^|\\s)${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}(?:\\s|$)`);
  const roles = new Set(parties.filter((p) => place.test(nameKey(p.name))).map((p) => p.role));
  return roles.size === 1 ? [...roles][0] : undefined;
}
