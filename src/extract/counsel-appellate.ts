// Counsel in an opinion's appearance paragraph ("A, FIRM, City, State, for Appellant.") and the
// D.C. Circuit's "A argued the cause for respondents. With her on the brief were B and C."

import type { PartyRole } from '../model/types.ts';
import { isOrgHead, looksLikePersonName } from './names.ts';
import { lineBounds, sentenceAround, isOrgName, isParentOffice, FIRM_WORDS, TITLE_LINE, GOV_TITLE_LINE, personName, pickOffice, unitBeside, type Span, type CounselCand, type AttorneyCand } from './counsel-common.ts';
import { roleOf } from './counsel-sides.ts';
import { readCounselList } from './counsel-list.ts';

// An opinion's counsel paragraph ends each appearance with the side it is for:
// "A (B, with her on the briefs), X Law Center, Portland, Oregon, for Plaintiffs - Appellants."
// "ARGUED: A, FIRM, P.C., Kalamazoo, Michigan, for Appellant. ON BRIEF: A, B, FIRM, City, for Appellee."
const APPEAR_ROLE = String.raw`(?:[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?|[Aa]ppellants?|[Aa]ppellees?|[Cc]ross-[Aa]ppellants?|[Cc]ross-[Aa]ppellees?|[Ii]ntervenors?|[Cc]laimants?|[Aa]mic(?:i|us)(?: [Cc]uriae)?)`;

// "A, FIRM, of counsel.": co-counsel for the side of the appearance line above.
const OF_COUNSEL_LINE = /, of counsel\.?$/gm;

// A qualifier before the role: "for Lead Plaintiff-Appellant", "for Proposed Intervenor-Appellant".
const ROLE_QUALIFIER = String.raw`(?:(?:Lead|Named|Proposed|Putative|Individual|Federal|State|Corporate|Class|Movant) )?`;

const APPEAR_FOR = new RegExp(String.raw`[,;]? for (?:the )?${ROLE_QUALIFIER}(?<role>${APPEAR_ROLE}(?: ?[-–—/] ?${APPEAR_ROLE}| and ${APPEAR_ROLE}| ${APPEAR_ROLE})*)(?=[\s.,;]|$)[^.\n]{0,80}?\.(?= |$)`, 'gmu');

// Firm suffixes that follow a comma: "HARROW & KIMBALL, P.C.".
const FIRM_SUFFIX = /^(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|PC|PLLC|P\.L\.L\.C\.|P\.A\.|LPA|L\.P\.A\.|Inc\.|Ltd\.|Chtd\.|Chartered|S\.C\.)$/;

// A place closing an appearance: a state by name or postal code ("Oregon", "D.C.", "MI").
const US_STATE = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D\.C\.|DC|Puerto Rico|Guam|[A-Z]{2}|(?:Ala|Ariz|Ark|Cal|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Or|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.)$/;

// Sub-units listed beside an office ("Appellate Section", "Civil Division") are no lawyers.
const APPEAR_UNIT = /\b(?:Section|Division|Branch|Office|Unit|Bureau|Department|Group|Center|Clinic|Project|Program|Service)\b/i;

export function appellateAppearances(text: string, people: AttorneyCand[], orgs: CounselCand[]): void {
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
    readAppearanceGroups(text, from, m.index, side, people, orgs);
  }
}

/**
 * Appearances joined by semicolons before one "for Petitioner": "A (argued), X Law Group, City, State; B, Y Clinic,
 * City, State; for Petitioner." Each lawyer with an organization of their own is one appearance; a lawyer with a
 * title only ("A (argued), Trial Attorney; B, Senior Counsel; Office of X; Civil Division, ...") shares the office after.
 */
function readAppearanceGroups(text: string, start: number, end: number, side: PartyRole | undefined, people: AttorneyCand[], orgs: CounselCand[]): void {
  const segs: Span[] = [];
  let s0 = start;
  for (const semi of text.slice(start, end).matchAll(/;\s*/g)) {
    segs.push({ start: s0, end: start + semi.index });
    s0 = start + semi.index + semi[0].length;
  }
  segs.push({ start: s0, end });
  if (segs.length < 2) return readAppearance(text, start, end, side, people, orgs);
  const startsWithLawyer = (g: Span) => {
    const first = text.slice(g.start, g.end).split(',')[0]!.replace(/\([^)]*\)/g, '').trim();
    return looksLikePersonName(personName(first), false) && !FIRM_WORDS.test(first) && !APPEAR_UNIT.test(first);
  };
  let from = segs[0]!.start;
  for (let k = 0; k < segs.length; k++) {
    const next = segs[k + 1];
    // The group runs on while the next segment is no new lawyer (an office, a unit).
    if (next && !startsWithLawyer(next)) continue;
    const [np, no] = [people.length, orgs.length];
    readAppearance(text, from, segs[k]!.end, side, people, orgs);
    const gotOrg = people.slice(np).some((p) => p.organization);
    if (next && !gotOrg) {
      people.length = np;
      orgs.length = no;
      continue;
    }
    from = next?.start ?? end;
  }
}

// The D.C. Circuit's form: "A, Attorney, U.S. Department of Justice, argued the cause for respondents.
// With her on the brief were B and C."
const ARGUED_CAUSE = /\bargued the cause (?:for|on behalf of) (?:the )?(?<who>[^.\n]{1,80}?)\.(?:\s+With (?:him|her|them) on the briefs? (?:was|were) )?/g;

export function arguedTheCause(text: string, people: AttorneyCand[], orgs: CounselCand[], resolve: (phrase: string) => PartyRole | undefined): void {
  for (const m of text.matchAll(ARGUED_CAUSE)) {
    // The sentence's own start: "U.S. Department of Justice" holds periods that end no sentence.
    const sentStart = sentenceAround(text, m.index).start;
    const who = m.groups!.who!;
    const side = /^amic/i.test(who) ? 'amicus' : resolve(who.replace(/\s+(?:in|on)\s+.*$/, ''));
    const n = people.length;
    readAppearance(text, sentStart, m.index, side, people, orgs);
    if (people.length === n) {
      for (const p of readCounselList(text, sentStart, m.index).people) people.push({ ...p, side, rule: 'argued_the_cause', listed: true });
    }
    if (m[0].includes(' on the brief')) {
      const from = m.index + m[0].length;
      for (const p of titledNames(text, from, sentenceAround(text, from).end)) people.push({ ...p, side, rule: 'argued_the_cause', listed: true });
    }
  }
}

/**
 * Names in a list that may give each a title: "B, Principal Deputy Assistant Attorney General, and C, Attorney." ->
 * B (with the title), C (with the title). The list stops at the first item that is neither.
 */
function titledNames(text: string, start: number, end: number): (Span & { name: string; title?: string })[] {
  const out: (Span & { name: string; title?: string })[] = [];
  const body = text.slice(start, end).replace(/\.$/, '');
  for (const it of body.matchAll(/[^,]+/g)) {
    const lead = /^\s*(?:and\s+)?/.exec(it[0])![0].length;
    const t = it[0].slice(lead).trim();
    if (!t) continue;
    const last = out[out.length - 1];
    if (last && !last.title && (TITLE_LINE.test(t) || GOV_TITLE_LINE.test(t) || /^(?:\p{Lu}[\p{L}]*\s+)*(?:Attorney|Counsel|Solicitor General|Attorney General)$/u.test(t))) {
      last.title = t;
      continue;
    }
    // "B and C" in one item: each a name.
    const parts = t.split(/\s+and\s+/);
    if (!parts.every((x) => looksLikePersonName(x, false))) break;
    let off = start + it.index + lead;
    for (const x of parts) {
      const at = text.indexOf(x, off);
      out.push({ start: at, end: at + x.length, name: x });
      off = at + x.length;
    }
  }
  return out;
}

/** The side an appearance's role words give: "Plaintiffs - Appellants" -> plaintiff, "Appellee" -> appellee (mapped later). */
function appearanceSide(role: string): PartyRole | undefined {
  if (/Amic/i.test(role)) return 'amicus';
  // "Intervenor Defendant - Appellee", "Intervenor-Plaintiff": an intervenor joins the side it names.
  const joined = /\bIntervenors?[-–\s]+(Plaintiff|Defendant)s?\b/i.exec(role);
  if (joined) return roleOf(joined[1]!);
  const t = /\b(Plaintiff|Defendant|Petitioner|Respondent|Intervenor)s?\b/i.exec(role);
  if (t) return roleOf(t[1]!);
  const r = /\b(Appellant|Appellee)s?\b/i.exec(role);
  return r ? roleOf(r[1]!) : undefined;
}

// An order's account of a hearing: "A and B of the X Project appeared for plaintiffs; C, Trial Attorney, Environment
// and Natural Resources Division, U.S. Department of Justice, appeared for defendants."
const APPEARED_FOR = new RegExp(String.raw`,?\s+(?:appeared|appearing|argued)\s+(?:for|on behalf of)\s+(?:the\s+)?${ROLE_QUALIFIER}(?<role>${APPEAR_ROLE}(?:[-–]${APPEAR_ROLE})?)(?![\p{L}-])`, 'gu');

/** Lawyers an order says appeared for a side: a list "A and B of X", or an appearance "A, Title, Unit, Office". */
export function appearedFor(text: string, people: AttorneyCand[], orgs: CounselCand[]): void {
  for (const m of text.matchAll(APPEARED_FOR)) {
    const sent = sentenceAround(text, m.index);
    const semi = text.lastIndexOf('; ', m.index);
    const from = semi >= sent.start ? semi + 2 : sent.start;
    if (from >= m.index) continue;
    const side = appearanceSide(m.groups!.role!);
    // "At the hearing, A and B of the X Project appeared": the list starts the clause or follows one of its commas,
    // and must reach the verb.
    const starts = [from, ...[...text.slice(from, m.index).matchAll(/, /g)].map((c) => from + c.index + 2)];
    const list = starts
      .map((s0) => readCounselList(text, s0, m.index))
      .find((l) => l.people.length && /^[\s,]*$/.test(text.slice(Math.max(...l.people.map((p) => p.end), ...l.orgs.map((o) => o.end)), m.index)));
    if (list) {
      for (const p of list.people) people.push({ ...p, side, rule: 'appeared_for', listed: true });
      for (const o of list.orgs) if (isOrgName(o.name)) orgs.push({ ...o, side, rule: 'appeared_for' });
      continue;
    }
    if (!text.slice(from, m.index).includes(',')) continue;
    const [np, no] = [people.length, orgs.length];
    readAppearance(text, from, m.index, side, people, orgs);
    for (const x of [...people.slice(np), ...orgs.slice(no)]) x.rule = 'appeared_for';
  }
}

/** One appearance: names (with parenthetical co-counsel), titles, the organizations, then the city and state. */
export function readAppearance(text: string, start: number, end: number, side: PartyRole | undefined, people: AttorneyCand[], orgs: CounselCand[]): void {
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
  const units: CounselCand[] = [];
  let title: string | undefined;
  const group: AttorneyCand[] = [];
  for (const it of items) {
    const t = body.slice(it.start - start, it.end - start).replace(/\s+/g, ' ').trim();
    if (TITLE_LINE.test(t) || GOV_TITLE_LINE.test(t) || /^(?:Attorneys?|Counsel|Solicitor General|Deputy Solicitor General|Assistant Solicitor General)$/i.test(t)) {
      title ??= t;
      continue;
    }
    if (!units.length) {
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
    units.push({ ...it, name: personName(t), side, rule: 'appellate_appearance' });
  }
  // One office per appearance: the department over its units ("United States Department of Justice, Civil Division,
  // Federal Programs Branch"; "Environment and Natural Resources Division, United States Department of Justice").
  // "Trial Attorney in the Federal Programs Branch of the Civil Division of the United States Department of Justice":
  // the title carries the office and its units.
  if (!units.length && title) {
    const inTitle = /^(?<head>.+?)\s+(?:in|at|with|of)\s+(?:the\s+)?(?<tail>\p{Lu}.*)$/u.exec(title);
    if (inTitle) {
      const tail = inTitle.groups!.tail!;
      const at0 = text.indexOf(tail, start);
      let off = 0;
      for (const piece of tail.split(/\s+of\s+the\s+/)) {
        const ps = tail.indexOf(piece, off);
        off = ps + piece.length;
        if (at0 >= 0 && isOrgName(piece)) units.push({ start: at0 + ps, end: at0 + ps + piece.length, name: piece, side, rule: 'appellate_appearance' });
      }
      if (units.some((u) => isParentOffice(u.name))) title = inTitle.groups!.head!;
      else units.length = 0;
    }
  }
  const org = pickOffice(units);
  const unit = unitBeside(units, org);
  const all = [...group, ...found];
  if (!all.length || (!org && !title)) return;
  if (org) orgs.push(org);
  for (const p of all) people.push({ ...p, ...(org ? { organization: org.name } : {}), ...(org && unit ? { unit } : {}), ...(title && group.length === 1 && p === group[0] ? { title } : {}) });
}
