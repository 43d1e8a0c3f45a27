// Pieces the counsel readers share: the candidate types they collect, spans of a line or sentence,
// names before and after a cue, and the regexes for law-firm names and lawyers' titles.

import type { PartyRole } from '../model/types.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import {
  isCapitalized,
  isOrgHead,
  titleCaseName,
  looksLikePersonName,
  nameKey,
  runEnd,
  runStart,
  tokenize,
} from './names.ts';

export interface Span {
  start: number;
  end: number;
}

export interface CounselCand extends Span {
  name: string;
  side?: PartyRole;
  rule: string;
}

export interface AttorneyCand extends Span {
  name: string;
  organization?: string;
  side?: PartyRole;
  title?: string;
  rule: string;
  /** Listed in a legal team or signature block: counsel whatever their title. */
  listed: boolean;
  /** The division, section or office of the organization the lawyer works in ("Civil Division"). */
  unit?: string;
}

/**
 * Matches of `word` together with the words before it that `prefix` (anchored with `$`) accepts:
 * the same matches as one regex `prefix + word`, without trying every position of the text as a start.
 */
export function anchoredMatches(text: string, word: RegExp, prefix: RegExp): { index: number; end: number; groups?: Record<string, string> }[] {
  const out: { index: number; end: number; groups?: Record<string, string> }[] = [];
  for (const w of text.matchAll(word)) {
    const from = Math.max(0, w.index - 80);
    const p = prefix.exec(text.slice(from, w.index));
    if (p) out.push({ index: from + p.index, end: w.index + w[0].length, groups: p.groups });
  }
  return out;
}

export function lineBounds(text: string, pos: number): Span {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e === -1) e = text.length;
  return { start: s, end: e };
}

/** The capitalized name ending right before `pos` (skipping a comma or dash): "Civic Law Project — which". */
export function nameBefore(text: string, pos: number): Span | null {
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
export function nameAfter(text: string, pos: number): Span | null {
  const line = lineBounds(text, pos);
  const toks = tokenize(text, pos, Math.min(line.end, pos + 150));
  let i = 0;
  if (toks[0]?.t === 'the' || toks[0]?.t === 'The') i = 1;
  if (!toks[i] || !isCapitalized(toks[i]!.t)) return null;
  const e = runEnd(toks, i);
  return { start: toks[i]!.s, end: toks[e - 1]!.e };
}

export function isOrgName(name: string): boolean {
  if (!name || looksLikePersonName(name) || /^(?:He|She|They|It|We|I|You)$/.test(name)) return false;
  // One ordinary word ("However", "Insured") names nothing; an acronym or a known group does.
  if (!/\s/.test(name.trim())) return !!lookupOrganization(name) || /^\p{Lu}{2,}$/u.test(name) || isOrgHead(name);
  return true;
}

// Law-firm and legal-office names: "Lindgren Hale LLP", "Bluffview Appellate Clinic", "Office of the Federal Public Defender".
export const FIRM_WORDS = /\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|PC|PLLC|P\.L\.L\.C\.|P\.A\.|LPA|Chartered|CHARTERED|Law Firm|LAW FIRM|Law Group|LAW GROUP|Law Offices?|LAW OFFICES?|Clinic|CLINIC|Public Defender|PUBLIC DEFENDER|Legal Aid|LEGAL AID|Legal Services|LEGAL SERVICES|Attorney General|ATTORNEY GENERAL|Attorney['’]s Office|ATTORNEY['’]S OFFICE|Department of Justice|DEPARTMENT OF JUSTICE|Foundation|FOUNDATION|Center|CENTER|Institute|INSTITUTE|Project|PROJECT|Fund|FUND|Union|UNION|Division|DIVISION)(?![\p{L}\d])/u;

// The end of a law firm's or legal organization's name: "Brandt Okafor LLP", "Pryce & Vantongeren",
// "Morrow Castellano Law Group", "Lakeshore Immigrant Defense Project", "Ohio Attorney General's Office".
export const LEGAL_ORG_END = /(?:\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.C\.|P\.A\.|Law Group|Law Firm|Law Offices?|Law Center|Legal Aid|Legal Services|Project|Center|Clinic|Defenders?|Attorney['’]s Office|Attorney General['’]s Office|Department of Justice|Justice Department|Public Defender|Office of the (?:[\p{Lu}][\p{L}.]* )*Attorney General|Attorney['’]s Office for the (?:\p{Lu}\p{L}* )*District of \p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*)|& Associates|\b\p{Lu}[\p{L}'’\-]+ (?:&|and) \p{Lu}[\p{L}'’\-]+)$/u;

// Lines of a signature block that are a job, not a name or a firm: "Counsel of Record", "Assistant United States Attorney".
export const TITLE_LINE = /^(?:(?:Assistant|Special|Deputy|Senior|Trial|Staff|Chief|Supervising|Principal|Acting|Lead|Local|General|Of|Counsel|Solicitor|First|Executive)\s+)*(?:Counsel|Attorneys?|Attorneys? General|Solicitor General|United States Attorney|U\.S\. Attorney|Public Defender|Federal Public Defender|Attorney at Law)(?:\s+(?:of Record|General|for the [\p{L} ]+ of [\p{L} ]+))?\s*,?$/iu;

// A government lawyer's title on the line under the name: "Assistant United States Attorney", "Deputy Attorney General".
export const GOV_TITLE_LINE = /^(?:(?:Assistant|Special Assistant|Deputy|Senior|Trial|Chief|Supervising)\s+)+(?:United States Attorney|U\.S\. Attorney|Attorney General|Attorneys? General|Attorney|Counsel|Federal Public Defender|Public Defender)\b(?!['’]s)|^(?:Trial Attorney|United States Attorney|Federal Public Defender)\b(?!['’]s)/i;

/** The sentence around `pos` inside its line: from after the last ". " to the next ". ". */
export function sentenceAround(text: string, pos: number): Span {
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

export function personName(raw: string): string {
  return /\p{Ll}/u.test(raw) ? raw : titleCaseName(raw);
}

export function sameOrg(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ') || (!!lookupOrganization(a) && lookupOrganization(a) === lookupOrganization(b));
}

// A unit inside a legal office: "Civil Division", "Federal Programs Branch", "Fraud Section",
// "Civil Division, Office of Immigration Litigation", "Environment and Natural Resources Division".
const SUB_UNIT_NAME = /\b(?:Division|DIVISION|Section|SECTION|Branch|BRANCH|Unit|UNIT)\b|^Office of (?:\p{Lu}[\p{L}]*\s+)*Litigation$/u;

/** A sub-unit of an office, not the office: "Federal Programs Branch". An attorney general's or U.S. attorney's office is an office of its own. */
export function isSubUnit(name: string): boolean {
  return SUB_UNIT_NAME.test(name) && !isParentOffice(name);
}

/** A department or a government law office that is counsel in its own name: "U.S. Department of Justice", "Office of the Ohio Attorney General". */
export function isParentOffice(name: string): boolean {
  if (/\b(?:Division|Section|Branch|Unit)\b/i.test(name.replace(/^.*?\b(?:Department of Justice|Attorney General['’]?s? Office|Attorney['’]s Office)\b/i, ''))) return false;
  const e = lookupOrganization(name);
  if (e?.kind === 'federal_department') return true;
  return /\b(?:Department of Justice|Justice Department|Attorney General|Attorney['’]s Office|Solicitor General|Corporation Counsel|City Attorney|County Attorney)\b/i.test(name);
}

/**
 * One office for an appearance that names several units: the department or office, else an agency the lexicon
 * knows ("Federal Trade Commission, Bureau of Competition"), else the last unit written.
 */
export function pickOffice<T extends { name: string }>(items: readonly T[]): T | undefined {
  // "Y Clinic, University of X School of Law": the clinic is counsel, the school only houses it.
  const notSchool = items.filter((o) => !/\b(?:University|College|School of Law|Law School)\b/.test(o.name));
  return items.find((o) => isParentOffice(o.name)) ?? items.find((o) => isAgency(o.name)) ?? notSchool[notSchool.length - 1] ?? items[items.length - 1];
}

function isAgency(name: string): boolean {
  const kind = lookupOrganization(name)?.kind;
  return kind === 'federal_agency' || kind === 'federal_department';
}

/** The unit an appearance or block names beside its office: the first item that is neither the office nor a place. */
export function unitBeside<T extends { name: string }>(items: readonly T[], office: T | undefined): string | undefined {
  if (!office) return undefined;
  return items.find((o) => o !== office && (isSubUnit(o.name) || /^(?:Bureau|Office|Division) of\b/.test(o.name)))?.name;
}

/**
 * A department and its unit written as one name: "U.S. Department of Justice, Civil Division" and "Environment and
 * Natural Resources Division, U.S. Department of Justice" are the department, with the division kept as its unit.
 * The organization of a Justice Department lawyer is the department wherever the department is written beside the
 * unit (a signature block, an appearance, "the Justice Department's Civil Rights Division"); a unit written alone
 * ("of the Civil Rights Division's Housing Section") stays what it says: no department is invented.
 */
export function departmentAndUnit(name: string): { org: string; offset: number; unit?: string } {
  const items = [...name.matchAll(/[^,]+/g)].map((m) => ({ name: m[0].trim(), at: m.index + (m[0].length - m[0].trimStart().length) }));
  if (items.length < 2) return { org: name, offset: 0 };
  const parent = items.find((i) => isParentOffice(i.name));
  if (!parent || !items.every((i) => i === parent || isSubUnit(i.name) || /^Office of\b/i.test(i.name))) return { org: name, offset: 0 };
  // Two unit lines the reader joined ("Civil Division Federal Programs Branch"): the first is the division.
  const unit = items.find((i) => i !== parent)!.name.replace(/^(.+?\b(?:Division|Section|Branch|Unit))\s+\p{Lu}.*$/u, '$1');
  return { org: parent.name, offset: parent.at, unit };
}

// An item of an appearance line that starts the address: "30 East Broad Street", "One Ashburton Place", "P.O. Box 7611", "Suite 400".
export const ADDRESS_ITEM = /^(?:\d|P\.?\s?O\.? Box|Suite\b|Room\b|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+\p{Lu}[\p{L}]*\s+(?:Street|Place|Plaza|Avenue|Center|Square|Road|Drive|Way|Boulevard|Park)\b)/u;

// An official who heads an office, named for the office not the case: ", who heads the Antitrust Division".
export const HEADS_OFFICE = /^,?\s+(?:who\s+(?:heads|leads|runs|oversees|directs)\b|(?:the\s+)?(?:head|chief|director)\s+of\b)/;
