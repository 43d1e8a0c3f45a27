// Counsel: the organizations representing a side ("represented by X", "X, representing the
// plaintiffs", "X on behalf of the IRS", "the legal team at X", filers not listed as plaintiffs,
// "Counsel for Plaintiffs" signature blocks) and the attorneys working for them ("The legal team
// at X includes A, B and C", "X Attorney Y, who is lead attorney on the case", "Y, staff attorney at
// X", "/s/ Y"). Someone quoted with a non-legal title is counsel only when a legal team lists them.

import type { Extractor, Mention, MentionOf, PartyRole } from '../model/types.ts';
import {
  findAppositives,
  looksLikePersonName,
  nameKey,
  runEnd,
  runStart,
  splitTitledPerson,
  tokenize,
} from './names.ts';
import { lineBounds, isOrgName, FIRM_WORDS, LEGAL_ORG_END, HEADS_OFFICE, TITLE_LINE, GOV_TITLE_LINE, sameOrg, type CounselCand, type AttorneyCand } from './counsel-common.ts';
import { isGovernmentLike, isGovernment, isEnforcement, officeClientSide, trialSides, toTrialSide, type PartyRef } from './counsel-sides.ts';
import { collectCounsel } from './counsel-prose.ts';

const LEGAL_TITLE = /\b(?:attorney|counsel|lawyer|litigator|solicitor|barrister|of counsel)s?\b/i;

const LEGAL_LEAD_TITLE = /\b(?:legal director|director of litigation|litigation director|legal counsel|general counsel)\b/i;

// A legal office glued to its sub-unit: "Oregon Department of Justice's Trial Division", "the Justice
// Department's Environment and Natural Resources Division": the organization is the part before "'s".
const SUB_UNIT = /^(?<parent>.+?)['’]s\s+(?<unit>.*\b(?:Division|Section|Branch|Office|Unit|Bureau|Group|Practice|Team|Program|Clinic|Department|Project|Center))$/u;

/**
 * The counsel organization a written name stands for: the parent of a sub-unit, as written ("the Justice Department's
 * Civil Rights Division" -> "Justice Department"), so that it is one organization with the document's other mentions
 * of it. The department is the organization wherever it is written beside its unit; the unit stays the lawyer's `unit`.
 */
function counselOrgName(name: string): string {
  const m = SUB_UNIT.exec(name);
  if (!m) return name;
  const parent = m.groups!.parent!.replace(/^the\s+/i, '');
  // "the Attorney General's Office" is the officer's own office, not a sub-unit.
  if (/\b(?:Attorney General|Attorney|Defender|Solicitor General|Counsel|Prosecutor|Secretary|Governor|Mayor|Sheriff|Clerk|Treasurer|Comptroller|Inspector General)$/.test(parent)) return name;
  return parent;
}

/** The unit a possessive names inside a department: "the Justice Department's Civil Rights Division" -> "Civil Rights Division". */
function subUnitOf(name: string | undefined): string | undefined {
  const m = name ? SUB_UNIT.exec(name) : null;
  return m && counselOrgName(name!) !== name ? m.groups!.unit! : undefined;
}

/** A headline in title case ("Attorney General Ruiz Sues Over Frozen Grants"): its capitalized words are not all names. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && caps / words.length > 0.7 && !/[.!?”"]$/.test(line.trim());
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
    // A suit against the government only: the government's lawyers are its own, so private counsel is the challengers'.
    const sides = parties.map((p) => ({ p, side: toTrialSide(p.value.role, trialMap) }));
    const defendants = sides.filter((x) => x.side === 'defendant');
    // Justice Department lawyers and U.S. Attorneys stand for the United States: its role where it is a party, else
    // the plaintiff of an enforcement matter (a settlement, a plea, a suit to block) against no government defendant.
    const govDefendant = defendants.some((x) => isGovernmentLike(x.p.value.name));
    const govPlaintiff = sides.some((x) => x.side === 'plaintiff' && isGovernment(x.p.value.name));
    // A federal body suing ("The Justice Department sued the school district") puts its lawyers on the plaintiff's side
    // even against a local government defendant.
    const federalPlaintiff = sides.some((x) => x.side === 'plaintiff' && isGovernment(x.p.value.name)) && !sides.some((x) => x.side === 'defendant' && isGovernment(x.p.value.name));
    const govSide: PartyRole = toTrialSide(usRole, trialMap) === 'plaintiff' || (!usRole && (federalPlaintiff || (!govDefendant && (govPlaintiff || isEnforcement(text))))) ? 'plaintiff' : 'defendant';
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
    for (const o of orgs) o.side ??= orgSide(o.name) ?? (isGovernment(o.name) ? govSide : undefined) ?? (isGovernmentLike(o.name) ? officeClientSide(o.name, partyRefs) : undefined) ?? privateSide(o.name);

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
      // An agency's chief or general counsel is its officer, not counsel in this case, unless said so; so is an
      // official quoted as the head of an office ("Assistant Attorney General A, who heads the Antitrust Division").
      if (!lead && /\b(?:Chief|General|Principal Deputy)\s+Counsel\b/i.test(tp.title)) continue;
      if (!lead && HEADS_OFFICE.test(after)) continue;
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
      // "The Debtors, through their counsel, A and B of X LLP": a party by its role is no lawyer.
      if (/^(?:The|the)\s|\b(?:Debtors?|Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Trustees?|Committee)$/.test(a.name)) continue;
      const legal = LEGAL_TITLE.test(a.title);
      const leadLegal = LEGAL_LEAD_TITLE.test(a.title);
      // "an attorney for Redbud": the organization after "for" is the client, not where the lawyer works.
      const forClient = a.orgStart !== undefined && /\s(?:for|representing)\s+(?:the\s+)?$/.test(text.slice(a.nameEnd, a.orgStart));
      const org = forClient && !LEGAL_ORG_END.test(a.organization ?? '') ? undefined : a.organization;
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
      const withOrg = list.find((p) => p.organization);
      const written = withOrg?.organization;
      const unit = withOrg?.unit ?? subUnitOf(written);
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
          value: { name, ...(organization ? { organization } : {}), ...(side ? { represents: side } : {}), ...(title ? { title } : {}), ...(organization && unit ? { unit } : {}) },
        });
      }
    }
    for (const o of orgs) {
      // A labelled line ("Court Reporter: Name, RMR") names no organization.
      if (o.name.includes(':')) continue;
      // A party appearing through its own lawyers ("Federal Trade Commission" on its appearance line) is no counsel of another.
      if (o.rule === 'appearance' && partyRoles.has(nameKey(o.name))) continue;
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
