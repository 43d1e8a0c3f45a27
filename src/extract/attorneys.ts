// Counsel: the organizations representing a side ("represented by X", "X, representing the
// plaintiffs", "X on behalf of the IRS", "the legal team at X", filers not listed as plaintiffs,
// "Counsel for Plaintiffs" signature blocks) and the attorneys working for them ("The legal team
// at X includes A, B and C", "X Attorney Y, who is lead attorney on the case", "Y, staff attorney at
// X", "/s/ Y"). Someone quoted with a non-legal title is counsel only when a legal team lists them.

import type { Extractor, Mention, MentionOf, PartyRole } from '../model/types.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { findFiledBy, readList } from './parties.ts';
import {
  findAppositives,
  isCapitalized,
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
const DEFENDANT_NOUNS = /\b(?:defendants?|respondents?|appellees?|the government|the administration|the agency|the agencies|the United States|officials)\b/i;
const LEGAL_TITLE = /\b(?:attorney|counsel|lawyer|litigator|solicitor|barrister|of counsel)s?\b/i;
const LEGAL_LEAD_TITLE = /\b(?:legal director|director of litigation|litigation director|legal counsel|general counsel)\b/i;

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
  return !!name && !looksLikePersonName(name) && !/^(?:He|She|They|It|We|I|You)$/.test(name);
}

function isGovernment(name: string): boolean {
  const e = lookupOrganization(name);
  return !!e && (e.kind === 'federal_agency' || e.kind === 'federal_department');
}

/** Which side a represented thing is: named parties by their role, else nouns ("the coalition", "the IRS"). */
function sideOf(phrase: string, partyRoles: Map<string, PartyRole>, text: string, at: number): PartyRole | undefined {
  const l = readList(text, at, lineBounds(text, at).end);
  const roles = l.names.map((n) => partyRoles.get(nameKey(n.name))).filter((r): r is PartyRole => !!r);
  if (roles.length) return roles[0];
  if (l.names.some((n) => isGovernment(n.name))) return 'defendant';
  const head = phrase.slice(0, 80);
  const d = DEFENDANT_NOUNS.exec(head);
  const p = PLAINTIFF_NOUNS.exec(head);
  if (d && (!p || d.index < p.index)) return 'defendant';
  if (p) return 'plaintiff';
  return undefined;
}

function collectCounsel(text: string, partyRoles: Map<string, PartyRole>, plaintiffKeys: Set<string>): { orgs: CounselCand[]; people: AttorneyCand[] } {
  const orgs: CounselCand[] = [];
  const people: AttorneyCand[] = [];
  const addOrg = (span: Span | null, side: PartyRole | undefined, rule: string) => {
    if (!span) return;
    const name = text.slice(span.start, span.end);
    if (!isOrgName(name) || partyRoles.has(nameKey(name))) return;
    orgs.push({ ...span, name, side, rule });
  };

  // "The coalition is represented by X" / "plaintiffs, represented by X, filed".
  for (const m of text.matchAll(/\brepresented\s+by\s+/g)) {
    const line = lineBounds(text, m.index);
    const before = text.slice(line.start, m.index);
    const side = sideOf(before.slice(-80).split(/\s+/).reverse().join(' '), new Map(), text, m.index) ?? sideFromNouns(before) ?? 'plaintiff';
    addOrg(nameAfter(text, m.index + m[0].length), side, 'represented_by');
  }
  // "X — which is representing A, B and C" / "X, representing the plaintiffs" / "X represents the coalition".
  for (const m of text.matchAll(/(?:[,—–-]?\s*(?:which|who)\s+(?:is|are|has been|have been)\s+|,\s+|\s+(?:is\s+honored\s+to\s+|will\s+|to\s+|continues?\s+to\s+)?)represent(?:s|ing)?\s+/g)) {
    const org = nameBefore(text, m.index);
    if (!org) continue;
    const at = m.index + m[0].length;
    addOrg(org, sideOf(text.slice(at, at + 120), partyRoles, text, at) ?? 'plaintiff', 'representing');
  }
  // "from X on behalf of the IRS" / "X — on behalf of a group of small businesses".
  for (const m of text.matchAll(/\s*[,—–-]?\s+on\s+behalf\s+of\s+/g)) {
    const org = nameBefore(text, m.index);
    if (!org) continue;
    const orgName = text.slice(org.start, org.end);
    if (partyRoles.has(nameKey(orgName))) continue;
    const at = m.index + m[0].length;
    const side = sideOf(text.slice(at, at + 120), partyRoles, text, at);
    if (side) addOrg(org, side, 'on_behalf_of');
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
  // "The groups' lawyers at X, led by attorney Y and joined by Z": counsel and its attorneys.
  for (const m of text.matchAll(/\b(?:lawyers?|attorneys?|litigators?)\s+(?:at|from|with)\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    const org = nameAfter(text, m.index + m[0].length);
    if (!org) continue;
    const line = lineBounds(text, m.index);
    addOrg(org, sideFromNouns(text.slice(line.start, m.index)) ?? 'plaintiff', 'lawyers_at');
    const orgName = text.slice(org.start, org.end);
    const rest = text.slice(org.end, Math.min(line.end, org.end + 200));
    for (const led of rest.matchAll(/\b(?:led|joined|headed)\s+by\s+(?:(?:lead|staff|senior|trial)\s+)?(?:(?:attorneys?|lawyers?|counsel)\s+)?(?=\p{Lu})/gu)) {
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
  signatureBlocks(text, people, orgs);
  return { orgs, people };
}

function sideFromNouns(s: string): PartyRole | undefined {
  const d = DEFENDANT_NOUNS.exec(s);
  const p = PLAINTIFF_NOUNS.exec(s);
  if (p && (!d || p.index > d.index)) return 'plaintiff';
  if (d) return 'defendant';
  return undefined;
}

// Signature blocks: "/s/ Jane Roe", "Jane Roe (D.C. Bar No. 123456)", then "Counsel for Plaintiffs".
const SIG_NAME = /^(?:\/s\/\s*)?(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3})(?:,? (?:Jr\.|Sr\.|III|II))?(?: \((?:[A-Z.]+ )?Bar No\.? [\w-]+\)| \(pro hac vice[^)]*\))?,?$/u;
const SIG_SIDE = /^(?:Counsel|Attorneys?|Lawyers?)\s+for\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?(?<role>Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Intervenors?|Amici|Amicus)/iu;

function signatureBlocks(text: string, people: AttorneyCand[], orgs: CounselCand[]): void {
  if (!/(?:Counsel|Attorneys?)\s+for\s+/i.test(text) && !text.includes('/s/')) return;
  const lines: Span[] = [];
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const sm = SIG_SIDE.exec(text.slice(l.start, l.end));
    if (!sm) continue;
    const role = roleOf(sm.groups!.role!);
    let firm: string | undefined;
    const found: AttorneyCand[] = [];
    for (let j = k - 1; j >= 0 && j >= k - 14; j--) {
      const lj = lines[j]!;
      const t = text.slice(lj.start, lj.end);
      if (SIG_SIDE.test(t) || /^(?:Dated|Respectfully|DATED)/.test(t)) break;
      const nm = SIG_NAME.exec(t);
      if (nm && looksLikePersonName(nm.groups!.name!, !t.startsWith('/s/') && !/Bar No/.test(t))) {
        const ns = lj.start + t.indexOf(nm.groups!.name!);
        found.push({ start: ns, end: ns + nm.groups!.name!.length, name: nm.groups!.name!, side: role, rule: 'signature_block', listed: true });
      } else if (!firm && /\b(?:LLP|LLC|P\.C\.|PLLC|Foundation|Center|Institute|Group|Project|Fund|Department of Justice|Division|Union|Counsel)\b/.test(t) && !/\d/.test(t)) {
        firm = t.replace(/,$/, '');
        orgs.push({ start: lj.start, end: lj.start + firm.length, name: firm, side: role, rule: 'signature_block' });
      }
    }
    for (const f of found) people.push({ ...f, organization: firm });
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
    const { orgs, people } = collectCounsel(text, partyRoles, plaintiffKeys);

    // Sides of counsel organizations: the side any mention gives them.
    const orgSide = (name: string): PartyRole | undefined => orgs.find((o) => o.side && sameOrg(o.name, name))?.side;
    for (const o of orgs) o.side ??= orgSide(o.name) ?? (isGovernment(o.name) ? 'defendant' : 'plaintiff');

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
      if (!tp || !tp.name) continue;
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
        organization: orgPart && isOrgName(orgPart) ? orgPart : undefined,
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
    for (const list of byKey.values()) {
      const name = list.reduce((a, b) => (b.name.length > a.length ? b.name : a), list[0]!.name);
      const title = list.find((p) => p.title)?.title;
      const organization = list.find((p) => p.organization)?.organization;
      const side = list.find((p) => p.side)?.side ?? (organization ? orgSide(organization) ?? partyRoles.get(nameKey(organization)) : undefined) ?? (organization && isGovernment(organization) ? 'defendant' : undefined) ?? (orgs.length && orgs.every((o) => o.side === orgs[0]!.side) ? orgs[0]!.side : undefined);
      if (partyRoles.has(nameKey(name))) continue;
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
      out.push({
        kind: 'counsel_organization',
        start: o.start,
        end: o.end,
        text: text.slice(o.start, o.end),
        extractor: 'attorneys',
        rule: o.rule,
        confidence: 0.8,
        value: { name: o.name, ...(o.side ? { represents: o.side } : {}) },
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
