// Lawyers a sentence names as counsel: "A of B LLP argued for the union", "A, the union's general
// counsel", legal-team lists, titled lists ("Assistant Attorneys General A and B"), "A, Esq.".

import type { PartyRole } from '../model/types.ts';
import { isCapitalized, looksLikePersonName, nameKey, tokenize } from './names.ts';
import { anchoredMatches, lineBounds, FIRM_WORDS, LEGAL_ORG_END, HEADS_OFFICE, sentenceAround, isSubUnit, isParentOffice, isOrgName, personName, type Span, type CounselCand, type AttorneyCand } from './counsel-common.ts';
import { subjectSide, PUBLIC_BODY, isGovernmentLike, cueObjectSide, possessorSide, sideFromNouns, officeClientSide, type PartyRef } from './counsel-sides.ts';
import { readCounselList, orgRunEnd } from './counsel-list.ts';

// A sentence that says someone is counsel: "argued for", "represents", "counsel for", "his attorney", "Class Counsel".
const COUNSEL_CUE = /\b(?:argued|argues|arguing|represents?|represented|representing|counsel|attorneys?|lawyers?|on behalf of|appeared for|appearing for)\b/i;

/**
 * A party's own lawyer named by role in a sentence about counsel: "A, the organization's legal director, and
 * B of X LLP are also counsel for the plaintiffs", "represented by ... and by C, the union's general counsel".
 * The organization is the party the noun stands for.
 */
export function partyOwnCounsel(text: string, parties: readonly PartyRef[], people: AttorneyCand[]): void {
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

// A U.S. Attorney's office by its district: "U.S. Attorney's Office for the Eastern District of Michigan".
const US_ATTORNEY_OFFICE = /\b(?:U\.S\.|United States) Attorney['’]s Office for the (?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District of \p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2}/gu;

// A sentence saying lawyers work the case: "are handling the case", "handled the matter", "argued for", "are counsel of record".
const HANDLING = /\b(?:handl(?:e|es|ed|ing)\s+the\s+(?:case|matter|litigation|prosecution|appeal)|(?:being\s+)?handled\s+(?:for\s+[^.;]{1,40}?\s+)?by\b|(?:is|are|was|were)\s+(?:counsel|co-counsel)\b|argued\b|represent(?:s|ed|ing)?\b|prosecut(?:ed|ing)\b|on\s+the\s+brief)/i;

// Words before a lawyer's name that are a title, not part of it: "Attorney", "Counsel", "said".
const NAME_LEAD_WORD = /^(?:Attorney|Attorneys|Lawyer|Counsel|Judge|Justice|Mr\.|Ms\.|Mrs\.|Dr\.|The|And|But|Said|Says|When|While|Trial|Staff|Senior|Lead|Assistant|Deputy|Special|Chief|General|Managing|Partner|Associate)$/;

/**
 * "NAME of FIRM" in a sentence that says someone is counsel: "A of B LLP argued for the union", "said A of
 * B & C, which represents the fund", "his attorney, A of the X Project", "appointed A of B Law Group as
 * Class Counsel". The firm's name must end like a law firm or legal organization; the side comes from the cue's object.
 */
export function personOfLegalOrg(
  text: string,
  partyRoles: Map<string, PartyRole>,
  parties: readonly PartyRef[],
  people: AttorneyCand[],
  addOrg: (span: Span | null, side: PartyRole | undefined, rule: string) => void,
  resolve: (phrase: string) => PartyRole | undefined,
): void {
  const NAME_END = /(?<name>\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,4}(?:,? (?:Jr\.|Sr\.|III|II))?)$/u;
  // Co-counsel listed before the last name: "A, B and C of X LLP", "A and B of the Y Clinic".
  const CO_NAME_END = /(?<name>\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,4}(?:,? (?:Jr\.|Sr\.|III|II))?)(?:,? and|,) $/u;
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
    const cueAfter = /^\s*,?\s*(?:(?:which|who)\s+(?:also\s+|now\s+)?|(?:is|are|was|were)\s+(?:also\s+)?)?(?:argued\s+(?:for|on behalf of)|argues\s+(?:for|on behalf of)|appeared\s+(?:for|on behalf of)|represents?|representing|represented|is\s+representing|(?:the\s+|a\s+)?(?:lead\s+|co-)?(?:counsel|attorneys?|lawyers?)\s+(?:for|to)|on\s+behalf\s+of|as\s+(?:[\p{L}\-]+\s+){0,2}[Cc]ounsel|(?:the|an?)\s+(?:[\p{L}'’\-]+\s+){0,3}?(?:counsel|attorney|lawyer)s?(?=[\s,.;]|$))\b/u.test(text.slice(org.end, sent.end));
    // "his attorney, A of X", "represented by B and A of X", "appointed A of X": other list items may come between.
    const cueBefore = /\b(?:attorneys?|lawyers?|counsel|represented\s+by|appointed|retained|hired)\s*,?\s*(?:\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*\s*(?:,\s*and|,|and)\s*)*$/iu.test(text.slice(sent.start, nameStart));
    if (!cueAfter && !cueBefore) continue;
    let side: PartyRole | undefined;
    const after = text.slice(org.end, sent.end);
    const cue = /\b(?:argued|argues|arguing|appeared|appearing|spoke|speaking)\s+(?:for|on behalf of)\s+|\b(?:represents|representing|represent|represented(?!\s+by\b))\s+|\b(?:counsel|attorneys?|lawyers?)\s+(?:for|to)\s+|\bon behalf of\s+/.exec(after) ?? /\b(?:argued|appeared)\s+(?:for|on behalf of)\s+|\b(?:represents|representing)\s+|\b(?:counsel|attorneys?|lawyers?)\s+for\s+/.exec(text.slice(sent.start, nameStart));
    const src = cue && cue.input === after ? after : text.slice(sent.start, nameStart);
    if (/\bClass Counsel\b/.test(rest)) side = 'plaintiff';
    else if (cue) side = cueObjectSide(src.slice(cue.index + cue[0].length), resolve);
    else if (/\brepresented\s+by\s*$/.test(text.slice(sent.start, nameStart).replace(/(?:\s*(?:,|and)\s*\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)*)*\s*$/u, ' ').trimEnd() + ' ')) {
      side = subjectSide(text.slice(sent.start, text.lastIndexOf('represented by', nameStart)), resolve);
    } else if (/\b(?:his|her|their)\s+(?:(?:lead|longtime|defense)\s+)?(?:attorney|lawyer|counsel)s?\b/i.test(rest)) side = possessorSide(text, sent.start, parties);
    people.push({ start: nameStart, end: m.index, name, organization: orgName, side, rule: 'person_of_firm', listed: true });
    for (let from = nameStart; ; ) {
      const co = CO_NAME_END.exec(text.slice(Math.max(sent.start, from - 80), from));
      if (!co) break;
      let coWords = co.groups!.name!.split(' ');
      while (coWords.length > 2 && NAME_LEAD_WORD.test(coWords[0]!)) coWords = coWords.slice(1);
      const coName = coWords.join(' ');
      if (NAME_LEAD_WORD.test(coWords[0]!) || !looksLikePersonName(coName.replace(/,? (?:Jr\.|Sr\.|III|II)$/, ''), false) || partyRoles.has(nameKey(coName))) break;
      const coStart = from - co[0].length + (co.groups!.name!.length - coName.length);
      people.push({ start: coStart, end: coStart + coName.length, name: coName, organization: orgName, side, rule: 'person_of_firm', listed: true });
      from = coStart;
    }
    addOrg(org, side, 'person_of_firm');
  }
}

/** Counsel named in prose beyond the patterns above: legal-team lists, "lawyers for the plaintiffs, led by", titled lists, "Name, Esq.". */
export function proseCounsel(
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
    // "for Minnesota" in a suit whose named parties are all defendants: a client that is none of them sued.
    const roles = new Set(parties.map((p) => p.role));
    if (/^\p{Lu}/u.test(who) && roles.size === 1 && roles.has('defendant') && !LEGAL_ORG_END.test(who)) return 'plaintiff';
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
  // "lawyers for the company, from Everly & Voss LLP, declined to comment": the firm after the client.
  for (const m of text.matchAll(/\b(?:[Ll]awyers|[Aa]ttorneys|[Cc]ounsel)\s+for\s+(?:the\s+)?(?<who>[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*),?\s+(?:from|at|of|with)\s+(?:the\s+)?(?=\p{Lu})/gu)) {
    const line = lineBounds(text, m.index);
    const toks = tokenize(text, m.index + m[0].length, line.end);
    if (!toks.length) continue;
    const org = { start: toks[0]!.s, end: orgRunEnd(text, toks, 0).end };
    if (!LEGAL_ORG_END.test(text.slice(org.start, org.end))) continue;
    const who = m.groups!.who!;
    addOrg(org, resolve(who) ?? sideFromNouns(who), 'lawyers_for_from');
  }
  // "Lawyers for the plaintiffs, led by A of X," / "Attorneys for the tenants include A".
  for (const m of text.matchAll(/\b(?:[Ll]awyers|[Aa]ttorneys|[Cc]ounsel|[Ll]awyer|[Aa]ttorney)\s+for\s+(?:the\s+)?(?<who>[\p{L}\-]+(?:\s+[\p{L}\-]+)?),?\s+(?:(?:led|headed)\s+by|including|includes?|are|is)\s+/gu)) {
    const line = lineBounds(text, m.index);
    const who = m.groups!.who!;
    const side = partyRoles.get(nameKey(who)) ?? sideFromNouns(who);
    push(readCounselList(text, m.index + m[0].length, line.end), side, 'lawyers_for');
  }
  // "Assistant Attorneys General A and B of the X Department of Justice are handling the case for the State."
  for (const m of text.matchAll(/\b(?<title>(?:(?:Assistant|Deputy|Special|Senior|Trial|Staff|Supervising)\s+)*(?:(?:City|County|District|State|Town|U\.S\.|United\s+States)\s+)?(?:Attorneys\s+General|Attorneys|Lawyers)|(?:Senior\s+)?Trial\s+Attorney|(?:Assistant|Deputy)\s+(?:City|County|District|State)\s+Attorney|(?:trial|staff|senior|supervising|government)\s+(?:attorneys|lawyers)|(?:Assistant|Deputy|Special\s+Assistant)\s+(?:Attorney\s+General|(?:United\s+States|U\.S\.)\s+Attorney|Public\s+Defender)|(?:(?:Deputy|Assistant|Chief\s+Deputy)\s+)?Solicitor\s+General)\s+(?=\p{Lu}\p{Ll})/gu)) {
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    // "Assistant Attorney General A argued for the State": one lawyer whose name the list reader does not know.
    if (!list.people.length && /Attorneys?\s+General|Solicitor\s+General/.test(m.groups!.title!)) {
      const one = /^(?<name>\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3})(?=[\s,.;]|$)/u.exec(text.slice(m.index + m[0].length, line.end));
      if (one && looksLikePersonName(one.groups!.name!, false)) list.people.push({ start: m.index + m[0].length, end: m.index + m[0].length + one.groups!.name!.length, name: one.groups!.name! });
    }
    // A lowercase title ("trial attorneys A and B") is prose's own cue: the names need not be common first names.
    // ... and so is a government legal office named in the same sentence.
    const namesOffice = /\b(?:Attorney['’]s Office|Attorney General|Department of Justice|Justice Department|Public Defender)/.test(text.slice(m.index, sentenceAround(text, m.index).end));
    // "are handling the case", "handled the matter": the sentence says they work the case, so the names need not be common ones.
    const sentence = text.slice(m.index, sentenceAround(text, m.index).end);
    const sentBounds = sentenceAround(text, m.index);
    const handling = HANDLING.test(sentence) || HANDLING.test(text.slice(sentBounds.start, m.index).replace(/^.*\b(?:said|says|told)\b/, ''));
    // "Solicitor General A" alone is an officer; on a case's team only when the sentence says they handle it.
    if (/Solicitor\s+General$/.test(m.groups!.title!) && !handling) continue;
    const strict = /^\p{Lu}/u.test(m.groups!.title!) && !namesOffice && !handling && !/Attorneys?\s+General/.test(m.groups!.title!);
    if (!list.people.length || !list.people.every((p) => looksLikePersonName(p.name, strict))) continue;
    // "Solicitor General A and Assistant Attorneys General B and C": B and C carry their own title.
    const titleEnd = m.index + m[0].length;
    list.people = list.people.filter((p) => !/\b(?:Attorneys?|Solicitor|Counsel|Lawyers?)\b/.test(text.slice(titleEnd, p.start)));
    const last = Math.max(...list.people.map((p) => p.end), ...list.orgs.map((o) => o.end));
    // "Assistant Attorney General A, who heads the Antitrust Division, said": an official quoted, not counsel in the case.
    if (!handling && HEADS_OFFICE.test(text.slice(last, last + 60))) continue;
    // "... are handling the case for the X City Attorney's Office", "on behalf of the Y Attorney General's Office": their office.
    const sentEnd = sentenceAround(text, last).end;
    if (!list.orgs.length) {
      for (const o of text.slice(last, sentEnd).matchAll(/\b(?:for|on behalf of|with|from|at)\s+(?:the\s+)?(?=\p{Lu})/gu)) {
        const toks = tokenize(text, last + o.index + o[0].length, sentEnd);
        if (!toks.length) continue;
        const e = orgRunEnd(text, toks, 0);
        const span = { start: toks[0]!.s, end: e.end, name: text.slice(toks[0]!.s, e.end) };
        // "together with Trial Attorney C of the Justice Department": a colleague, not the office's name.
        if (!LEGAL_ORG_END.test(span.name) || !isGovernmentLike(span.name) || /\b(?:Attorneys?|Counsel|Lawyers?)\s+(?!General\b)\p{Lu}/u.test(span.name)) continue;
        list.orgs.push(span);
        for (const p of list.people) p.organization ??= span.name;
        break;
      }
    }
    // "Assistant U.S. Attorneys A and B handled the matter": the one U.S. Attorney's Office the document names.
    if (!list.orgs.length && /(?:U\.S\.|United\s+States)\s+Attorney/.test(m.groups!.title!)) {
      const offices = [...text.matchAll(US_ATTORNEY_OFFICE)];
      if (offices.length && new Set(offices.map((o) => o[0])).size === 1) {
        const o = offices[0]!;
        list.orgs.push({ start: o.index, end: o.index + o[0].length, name: o[0] });
        for (const p of list.people) p.organization ??= o[0];
      }
    }
    // "Assistant Attorneys General A and B of the Civil Division" in an attorney general's release: the office on the
    // letterhead is their organization, the division their unit.
    let headOrg: (Span & { name: string }) | undefined;
    if (/Attorneys?\s+General|Solicitor\s+General/.test(m.groups!.title!) && list.orgs.every((o) => isSubUnit(o.name) && !/['’]s\b/.test(o.name))) {
      const head = letterheadOffice(text);
      if (head) {
        for (const p of list.people) {
          if (p.organization && isSubUnit(p.organization)) (p as { unit?: string }).unit = p.organization;
          p.organization = head.name;
        }
        headOrg = head;
      }
    }
    const office = list.orgs.find((o) => isGovernmentLike(o.name));
    const govParty = parties.filter((x) => isGovernmentLike(x.name) || (looksLikePersonName(x.name) && PUBLIC_BODY.test(text.slice(Math.max(0, (x.start ?? 0) - 40), x.start ?? 0))));
    const officeSide = office ? officeClientSide(office.name, parties) ?? (govParty.length && govParty.every((x) => x.role === govParty[0]!.role) ? govParty[0]!.role : undefined) : undefined;
    // "... handled the matter for the government, together with Trial Attorney C": the side named earlier in the sentence.
    const cueBefore = [...text.slice(sentenceAround(text, m.index).start, m.index).matchAll(/\b(?:for|on behalf of|representing)\s+(?:the\s+)?(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*|[\p{Ll}\-]+)/gu)].pop();
    const sideBefore = cueBefore ? resolve(cueBefore[1]!) ?? sideFromNouns(cueBefore[1]!) : undefined;
    const side = sideFor(text.slice(last, sentEnd)) ?? officeSide ?? sideBefore ?? stateLawyerSide(m.groups!.title!, text.slice(sentBounds.start, last), text.slice(sentBounds.start, sentEnd), list.orgs, parties);
    push(list, side, 'titled_list', m.groups!.title!.replace(/Attorneys General/, 'Attorney General').replace(/s$/, ''));
    if (headOrg) orgs.push({ ...headOrg, side, rule: 'titled_list' });
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

// A state party: "State of Oregon", "Commonwealth of Virginia", "People of the State of New York".
const STATE_PARTY = /^(?:the\s+)?(?:State|Commonwealth|People)\s+of\b|^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)$/i;

/**
 * The side of a state's attorney general's lawyers named without one ("Assistant Attorney General A told the judge"):
 * the state's, where one state is a party and nothing in the sentence makes them federal lawyers.
 */
function stateLawyerSide(title: string, context: string, sentence: string, orgs: readonly { name: string }[], parties: readonly PartyRef[]): PartyRole | undefined {
  if (!/Attorneys?\s+General|Solicitor\s+General/.test(title) || /U\.S\.|United\s+States/.test(title)) return undefined;
  if (/\b(?:Justice\s+Department|Department\s+of\s+Justice['’]s|U\.S\.|United\s+States|federal)\b/.test(context.replace(/\b(?:State|Commonwealth)\s+of\s+[\p{Lu}][\p{L}\s]*Department\s+of\s+Justice\b/gu, ''))) return undefined;
  if (orgs.some((o) => !isSubUnit(o.name) && !/\b(?:State|Commonwealth)\b|Attorney\s+General/.test(o.name) && isParentOffice(o.name) && !/^[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?\s+Department\s+of\s+Justice$/u.test(o.name))) return undefined;
  const roles = new Set(parties.filter((x) => STATE_PARTY.test(x.name)).map((x) => x.role));
  if (roles.size === 1) return [...roles][0];
  // "The state's lawyers, led by Assistant Attorney General A" in a story naming only the defendants: the state sued.
  if (!roles.size && /\b(?:[Ss]tate['’]s|for\s+the\s+[Ss]tate)\b/.test(sentence) && parties.length && parties.every((x) => x.role === 'defendant')) return 'plaintiff';
  return undefined;
}

/** A state legal office on a release's letterhead (its first lines): "OREGON DEPARTMENT OF JUSTICE", "Office of the Attorney General". */
function letterheadOffice(text: string): (Span & { name: string }) | undefined {
  let at = 0;
  for (let k = 0; k < 3 && at < text.length; k++) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const t = text.slice(at, end).trim();
    const name = personName(t);
    // A state's office, not the federal department ("U.S. Department of Justice") nor an officer's name ("Office of
    // Minnesota Attorney General Jane Roe").
    const stateOffice = /^(?:[\p{Lu}][\p{L}.]*\s+){1,3}Department of Justice$|Attorney General$|^Office of the Attorney General\b/u.test(name) && !/^(?:U\.S\.|United States|Federal)\b/.test(name);
    if (t.length < 80 && !/\d/.test(t) && stateOffice && isParentOffice(name) && isOrgName(name)) return { start: at + text.slice(at, end).indexOf(t), end: at + text.slice(at, end).indexOf(t) + t.length, name };
    at = end + 1;
  }
  return undefined;
}

// "A, a partner at B LLP who represents C": a lawyer named as a member of a law firm.
const FIRM_MEMBER = /(?<name>\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3}), (?:a|an|the) (?:(?:senior|managing|founding|name|bankruptcy|restructuring|litigation) )?(?<title>partner|associate|shareholder|of counsel) (?:at|with|of|in) (?:the )?(?:(?:law )?firm (?:of )?)?(?=\p{Lu})/gu;

/** Firm members named by apposition: the firm must read as a law firm; the side comes from "who represents X" if said. */
export function firmMembers(
  text: string,
  partyRoles: Map<string, PartyRole>,
  people: AttorneyCand[],
  addOrg: (span: Span | null, side: PartyRole | undefined, rule: string) => void,
  resolve: (phrase: string) => PartyRole | undefined,
): void {
  for (const m of text.matchAll(FIRM_MEMBER)) {
    const name = m.groups!.name!;
    if (!looksLikePersonName(name, false) || partyRoles.has(nameKey(name))) continue;
    const line = lineBounds(text, m.index);
    const toks = tokenize(text, m.index + m[0].length, line.end);
    if (!toks.length) continue;
    const org = { start: toks[0]!.s, end: orgRunEnd(text, toks, 0).end };
    const orgName = text.slice(org.start, org.end);
    if (!LEGAL_ORG_END.test(orgName) || partyRoles.has(nameKey(orgName))) continue;
    const rep = /^,?\s+(?:who|which)\s+(?:also\s+)?(?:represents|is\s+representing|represented)\s+/.exec(text.slice(org.end, line.end));
    const side = rep ? cueObjectSide(text.slice(org.end + rep[0].length, line.end), resolve) : undefined;
    people.push({ start: m.index, end: m.index + name.length, name, organization: orgName, side, title: m.groups!.title!, rule: 'firm_member', listed: true });
    addOrg(org, side, 'firm_member');
  }
}
