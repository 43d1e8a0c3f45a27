// Counsel named in prose: "represented by X", "X, representing the plaintiffs", "X on behalf of the
// IRS", "the legal team at X includes A, B and C", "lawyers with X", counsel rows; then every other reader.

import type { PartyRole } from '../model/types.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { findFiledBy, keyValueRows, readList } from './parties.ts';
import { isCapitalized, isOrgHead, looksLikePersonName, nameKey, tokenize } from './names.ts';
import { anchoredMatches, lineBounds, nameBefore, nameAfter, isOrgName, FIRM_WORDS, LEGAL_ORG_END, sameOrg, type Span, type CounselCand, type AttorneyCand } from './counsel-common.ts';
import { subjectSide, isGovernment, sideOf, resolveSide, pronounSide, objectSide, arguedSide, sideFromNouns, cueObjectSide, possessiveSide, type PartyRef } from './counsel-sides.ts';
import { counselSegments, readCounselList, orgRunEnd } from './counsel-list.ts';
import { partyOwnCounsel, personOfLegalOrg, proseCounsel, firmMembers } from './counsel-sentences.ts';
import { signatureBlocks, appearances, byAppearances } from './counsel-blocks.ts';
import { appellateAppearances, arguedTheCause, appearedFor } from './counsel-appellate.ts';
import { clinicCounsel } from './counsel-clinics.ts';

export function collectCounsel(text: string, partyRoles: Map<string, PartyRole>, plaintiffKeys: Set<string>, parties: readonly PartyRef[], govSide: PartyRole): { orgs: CounselCand[]; people: AttorneyCand[] } {
  const resolve = (phrase: string) => resolveSide(phrase, text, parties, govSide);
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
    // "filed suit in the U.S. Court of Federal Claims on behalf of D": a court is no counsel.
    // "under Rule 23 of the Federal Rules of Civil Procedure on behalf of the class": a body of law is no counsel.
    if (!isOrgName(name) || partyRoles.has(nameKey(name)) || COURT_NAME.test(name) || /\b(?:Rules|Procedure|Act|Code|Regulations)$/.test(name)) return;
    orgs.push({ ...span, name, side, rule });
  };

  // "The coalition is represented by X" / "plaintiffs, represented by X, filed".
  for (const m of text.matchAll(/\brepresented\s+by\s+/g)) {
    const line = lineBounds(text, m.index);
    const before = text.slice(line.start, m.index);
    const side = subjectSide(before, resolve) ?? sideFromNouns(before.slice(-80)) ?? sideOf(before.slice(-80).split(/\s+/).reverse().join(' '), new Map(), text, m.index, govSide);
    const team = readCounselList(text, m.index + m[0].length, line.end);
    if (team.people.length) {
      // "represented by A of the agency's Office of Chief Counsel": the office inside the client named by a noun.
      const lastEnd = Math.max(...team.people.map((p) => p.end));
      const inOwn = !team.orgs.length ? /^\s+of\s+(?:the\s+)?(?:agency|department|government|commission|[\p{Lu}]{2,6})['’]s\s+(?=\p{Lu})/u.exec(text.slice(lastEnd, line.end)) : null;
      if (inOwn) {
        const toks = tokenize(text, lastEnd + inOwn[0].length, line.end);
        if (toks.length) {
          const oe = orgRunEnd(text, toks, 0).end;
          const name = text.slice(toks[0]!.s, oe);
          if (isOrgName(name) && (LEGAL_ORG_END.test(name) || /\b(?:Counsel|Solicitor|Legal)\b/.test(name))) {
            for (const p of team.people) p.organization ??= name;
            team.orgs.push({ start: toks[0]!.s, end: oe, name });
          }
        }
      }
      for (const p of team.people) people.push({ ...p, side, rule: 'represented_by', listed: true });
      for (const o of team.orgs) addOrg(o, side, 'represented_by');
      continue;
    }
    // "represented by the Wilmington firm X LLP": the firm's name follows the noun.
    const noun = FIRM_NOUN.exec(text.slice(m.index + m[0].length, line.end));
    const org = nameAfter(text, m.index + m[0].length + (noun?.[0].length ?? 0));
    addOrg(org, side, 'represented_by');
    // "represented by ACLU of Missouri attorneys A and B": the organization's lawyers.
    const staff = org && /^\s+(?:staff\s+|senior\s+|trial\s+)?(?:attorneys?|lawyers?)\s+(?=\p{Lu})/u.exec(text.slice(org.end, line.end));
    if (org && staff) {
      const orgName = text.slice(org.start, org.end);
      for (const p of readCounselList(text, org.end + staff[0].length, line.end).people) people.push({ ...p, organization: p.organization ?? orgName, side, rule: 'represented_by', listed: true });
    }
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
    if (/^(?:themselves|himself|herself|itself|all\s+others|a\s+class|the\s+class|the\s+(?:following|proposed|putative)\s+class)\b/i.test(text.slice(at, at + 40))) continue;
    const side = sideOf(text.slice(at, at + 120), partyRoles, text, at, govSide);
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
    // "..., together with outside counsel A of X": co-counsel of the side named before.
    const rule = /\bwith\s+(?:outside\s+|local\s+|special\s+)?$/.test(text.slice(Math.max(line.start, m.index - 40), m.index)) ? 'co_counsel_with' : 'counsel_of';
    // "local counsel A of Houma": a town is where the lawyer works, not an organization.
    for (const p of list.people) people.push({ ...p, ...(p.organization && !isOrgName(p.organization) ? { organization: undefined } : {}), rule, listed: true });
    for (const o of list.orgs) addOrg(o, undefined, rule);
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
    const side = rep ? resolve(rep[1]!) ?? sideFromNouns(rep[1]!) ?? 'plaintiff' : sideFromNouns(text.slice(Math.max(line.start, m.index - 80), m.index));
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
  // "Gulf Reef Law Project staff attorney C": a lowercase rank may come between the organization and the title.
  // "A Justice Department attorney, C, told the court": the lawyer in apposition after an article.
  for (const m of text.matchAll(/ (?:(?:staff|senior|trial|lead|supervising|managing|litigation) )?(?:attorneys?|lawyers?|litigators?|associates?|partners?),? (?=\p{Lu}\p{Ll})/gu)) {
    if (!/[\p{L}.]/u.test(text[m.index - 1] ?? '')) continue;
    const org = nameBefore(text, m.index);
    if (!org || org.end !== m.index) continue;
    if (m[0].includes(',') && !/\b(?:[Aa]n?|[Tt]he)\s+$/.test(text.slice(Math.max(0, org.start - 5), org.start))) continue;
    const orgName = text.slice(org.start, org.end);
    // "Brandywine Koss associates A and B": a firm's short name reads like a person's.
    const knownFirm = orgs.some((o) => sameOrg(o.name, orgName) && FIRM_WORDS.test(o.name));
    if (TITLE_WORD_BEFORE.test(orgName) || !(knownFirm || (isOrgName(orgName) && !/^ (?:associates?|partners?) $/.test(m[0])))) continue;
    const line = lineBounds(text, m.index);
    const list = readCounselList(text, m.index + m[0].length, line.end);
    if (!list.people.length || list.people.some((p) => p.organization)) continue;
    if (m[0].includes(',') && (list.people.length > 1 || !/^,/.test(text.slice(list.people[0]!.end)))) continue;
    const last = list.people[list.people.length - 1]!.end;
    const argued = /^\s*,?\s*(?:who\s+)?(?:argued|argues|arguing|appeared|spoke|represented|represent|represents)\s+(?:for|on\s+behalf\s+of)?\s*(?:the\s+)?([\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)/u.exec(text.slice(last, line.end));
    // "Board attorney A", "FTC lawyers B and C": a party's own lawyers, on its side; the party is no counsel firm.
    const own = partyNamed(orgName, parties);
    if (own) {
      for (const p of list.people) people.push({ ...p, organization: own.name, side: own.role, rule: 'party_lawyer', listed: true, title: m[0].trim().replace(/s$/, '') });
      continue;
    }
    const side = argued ? partyRoles.get(nameKey(argued[1]!)) ?? sideFromNouns(argued[1]!) : undefined;
    addOrg(org, side, 'org_attorneys');
    for (const p of list.people) people.push({ ...p, organization: orgName, side, rule: 'org_attorneys', listed: true, title: m[0].replace(',', '').trim().replace(/s$/, '') });
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
    // "Its lawyers at X", "Kestrel's attorneys from Y": the owner's side.
    const owner = possessiveSide(text.slice(line.start, m.index), resolve);
    addOrg(org, arguedSide(rest, resolve) ?? owner ?? sideFromNouns(text.slice(line.start, m.index)) ?? (co ? undefined : 'plaintiff'), co ? 'co_counsel_from' : 'lawyers_at');
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
  // "Corinne Vale, an attorney for Redbud, said": the party named after "for" is the client, not the employer.
  for (const m of text.matchAll(/,\s+(?:the\s+|an?\s+)?(?:(?:lead|trial|defense|outside|longtime)\s+)?(?:counsel|attorneys?|lawyers?)\s+(?:for|representing)\s+(?:the\s+)?/gi)) {
    const who = nameBefore(text, m.index);
    if (!who) continue;
    const at = m.index + m[0].length;
    const side = cueObjectSide(text.slice(at, at + 80), resolve) ?? sideOf(text.slice(at, at + 80), partyRoles, text, at);
    const name = text.slice(who.start, who.end);
    if (looksLikePersonName(name)) people.push({ ...who, name, side, rule: 'counsel_for', listed: true, title: /(counsel|attorneys?|lawyers?)/i.exec(m[0])?.[1]?.toLowerCase() });
    else addOrg(who, side, 'counsel_for');
  }
  personOfLegalOrg(text, partyRoles, parties, people, addOrg, resolve);
  firmMembers(text, partyRoles, people, addOrg, resolve);
  partyOwnCounsel(text, parties, people);
  proseCounsel(text, partyRoles, people, orgs, addOrg, resolve, govSide, parties);
  byAppearances(text, people, orgs);
  signatureBlocks(text, people, orgs, partyRoles);
  appearances(text, people, orgs, partyRoles.get('united states') ?? partyRoles.get('united states of america') ?? 'plaintiff');
  appellateAppearances(text, people, orgs);
  arguedTheCause(text, people, orgs, resolve);
  appearedFor(text, people, orgs);
  clinicCounsel(text, people, orgs, resolve);
  return { orgs, people };
}

/** The one party a written name stands for: in full, by a short form it starts with, or by its head noun ("Board"). */
function partyNamed(name: string, parties: readonly PartyRef[]): PartyRef | undefined {
  const k = nameKey(name);
  const exact = parties.find((p) => nameKey(p.name) === k) ?? parties.find((p) => lookupOrganization(name) && lookupOrganization(p.name) === lookupOrganization(name));
  if (exact) return exact;
  const found = parties.filter((p) => nameKey(p.name).startsWith(k + ' ') || (!/\s/.test(name) && nameKey(p.name).endsWith(' ' + k)));
  return new Set(found.map((p) => p.name)).size === 1 ? found[0] : undefined;
}

// A court's name: "U.S. Court of Federal Claims", "the District Court", "Tax Court".
const COURT_NAME = /\bCourt\s+of\b|\b(?:District|Supreme|Bankruptcy|Tax|Circuit|Superior|Appeals|Claims)\s+Court\b|\bCourt$/;

// A firm named by its city or kind before its name: "the Wilmington firm ", "the law firm of ", "the Kansas City firm ".
const FIRM_NOUN = /^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:law\s+)?firm\s+(?:of\s+)?(?=\p{Lu})/u;

// A job title before "attorney" is no organization: "Senior Trial attorney", "Assistant attorney".
const TITLE_WORD_BEFORE = /^(?:Trial|Staff|Senior|Lead|Assistant|Deputy|Special|Chief|General|Government|Defense|Supervising|Managing|Former|Veteran|Civil|Immigration|Defense|Private|Plaintiffs['’]?|Defendants['’]?)$/;
