// State statutes: citations to a state's code in the forms courts and newspapers write them
// (src/lexicon/state-codes.ts), and state acts named in the text (src/lexicon/state-acts.ts).
//
// The passes run from the most specific to the least, each claiming its span:
// 1. a code with its title in front: "18 Pa.C.S. § 5703", "740 ILCS 14/15(b)", "5 M.R.S. § 207";
// 2. a code then its section: "Cal. Civ. Code § 1798.150", "Mass. Gen. Laws ch. 93A, § 9",
//    "Vt. Stat. Ann. tit. 9, § 2453", "Tex. Code Crim. Proc. art. 38.22", "RCW 19.86.020";
// 3. a section then its code: "section 17200 of the California Business and Professions Code",
//    "section 501.204, Florida Statutes";
// 4. a section of a named act: "Section 15(b) of BIPA", "CIPA § 631";
// 5. a named act alone: "the Illinois Biometric Information Privacy Act".
// The statutes extractor calls this one first and leaves these spans alone, so a state's "§ 9"
// is never also read as a bare federal section.

import type { ExtractContext, Extractor, Mention, MentionOf, StatuteValue } from '../model/types.ts';
import { STATE_CODES, type StateCode } from '../lexicon/state-codes.ts';
import { matchStateActs, stateActSection, type StateAct } from '../lexicon/state-acts.ts';
import { actDisplay, actKey, stateDisplay, stateKey, type StateLocation } from './statute-keys.ts';
import { escapeRegExp, trieAlternation } from '../util/regex.ts';

type StatuteMention = MentionOf<'statute'>;

// ---------------------------------------------------------------------------------------------
// Code forms: one folded key per written form, so "Pa. C.S." finds the entry of "Pa.C.S."

const OPTIONAL_SPACE = '\u0001';

/**
 * "Pa. C.S." and "Pa.C.S." fold alike, as do "Bus. and Prof." and "Bus. & Prof.", curly quotes, and
 * capitals: a complaint's heading writes "CAL. CIV. CODE § 1750".
 */
function foldCode(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+(?:and|&)\s+/g, ' & ')
    .replace(/\.\s*(?=[A-Za-z])/g, `.${OPTIONAL_SPACE}`)
    .replace(/\s+/g, ' ');
}

function codePiece(ch: string): string {
  if (ch === OPTIONAL_SPACE) return '\\s?';
  if (ch === ' ') return '\\s';
  if (ch === '&') return '(?:&|and)';
  if (ch === "'") return "['’]";
  if (/[a-z]/.test(ch)) return `[${ch}${ch.toUpperCase()}]`;
  return escapeRegExp(ch);
}

interface FormTable {
  byKey: Map<string, StateCode>;
  pattern: string;
}

/** The forms of the entries of some styles, as a lookup and a pattern. Earlier entries win a shared form. */
function formTable(styles: readonly StateCode['style'][]): FormTable {
  const byKey = new Map<string, StateCode>();
  for (const c of STATE_CODES) {
    if (!styles.includes(c.style)) continue;
    for (const f of c.forms) if (!byKey.has(foldCode(f))) byKey.set(foldCode(f), c);
  }
  return { byKey, pattern: trieAlternation(byKey.keys(), codePiece) };
}

const TITLE_FIRST_FORMS = formTable(['title_first']);
const ILCS_FORMS = formTable(['ilcs']);
const CODE_FIRST_FORMS = formTable(['section', 'title_after', 'chapter', 'article']);
const SECTION_STYLE_FORMS = formTable(['section']);

const lookupCode = (t: FormTable, written: string): StateCode | undefined => t.byKey.get(foldCode(written));

// ---------------------------------------------------------------------------------------------
// Regex pieces

// "1798.150", "17200", "56:8-2", "10-1-393", "325F.69", "358-A:2", "899-aa", "24-5-0.5-3", "42-110b"
const SEC = String.raw`\d{1,6}[A-Za-z]{0,3}(?:[-.:](?:\d{1,6}[A-Za-z]{0,3}|[A-Za-z]{1,3}(?!\w)))*`;
// "(a)", "(1)(c)", "(A)"; never a year: "(2018)" is an edition
const SUBS = String.raw`(?:\((?:[a-z]{1,4}|[A-Z]{1,2}|\d{1,3})\))*`;
// an item of a list must not be the title of the next citation: "§ 5703 and 18 Pa.C.S. § 5725"
const NOT_A_TITLE = String.raw`(?!\s(?:${TITLE_FIRST_FORMS.pattern}|${ILCS_FORMS.pattern}))`;
const SECREF = String.raw`${SEC}${SUBS}(?![\w§])${NOT_A_TITLE}`;
// "17200, 17500", "1798.100–1798.199", "50-51" (a range only under "§§"), "6103 and 7213"
const SECLIST = String.raw`${SECREF}(?:(?:\s?[–—]\s?|\s(?:through|to)\s|,\s(?:and\s)?|\s(?:and|&)\s)${SECREF})*`;
// "§", "§§", "sec.", "section", "sections"
const MARKER = String.raw`§§?|[Ss]ecs?\.|[Ss]ections?`;
// "art.", "arts.", "article"
const ARTICLE = String.raw`[Aa]rts?\.|[Aa]rticles?`;
const ET_SEQ = String.raw`(?<etseq>,?\set\.?\sseq\.?)?`;
// ", tit. 9," / " title 15"
const TITLE_AFTER = String.raw`(?:,?\s(?:tit\.|[Tt]itle)\s(?<title>\d{1,3}[A-Z]?))`;
// " ch. 93A" / " c. 149" / " chapter 151B"
const CHAPTER = String.raw`(?:,?\s(?:ch\.|c\.|[Cc]hapter)\s?(?<chapter>\d{1,3}[A-Z]{0,2})(?!\w|\.\d))`;
// ILCS "14/15", "505/2", "5/2-1001", "5/12-3.05"; the act alone: "14"
const ILCS_SEC = String.raw`\d{1,4}(?:\/\d{1,4}[a-z]?(?:[-.]\d{1,4}[a-z]?)*)?`;

// "18 Pa.C.S. § 5703", "43 P.S. § 333.104(c)", "5 M.R.S. § 207", "9 V.S.A. § 2453", "15 O.S. § 753"
const TITLE_FIRST = new RegExp(
  String.raw`(?<![\w.§,-])(?<title>\d{1,3})\s(?<code>${TITLE_FIRST_FORMS.pattern})(?:\sAnn\.)?\s?(?:(?<marker>${MARKER})\s?)?(?<list>${SECLIST})${ET_SEQ}`,
  'gd',
);
// "740 ILCS 14/15(b)", "815 Ill. Comp. Stat. 505/2", "740 ILCS 14/1 et seq."
const ILCS = new RegExp(
  String.raw`(?<![\w.§,-])(?<title>\d{1,3})\s(?<code>${ILCS_FORMS.pattern})\s(?:§\s?)?(?<sec>${ILCS_SEC})(?<subs>${SUBS})(?![\w/])${ET_SEQ}`,
  'gd',
);
// "Cal. Civ. Code § 1798.150", "Fla. Stat. Ann. § 501.204", "N.J.S.A. 10:5-12", "NMSA 1978, § 57-12-2",
// "Mass. Gen. Laws ch. 93A, § 9", "M.G.L. c. 93A", "Okla. Stat. tit. 15, § 753", "La. Civ. Code art. 2315"
const CODE_FIRST = new RegExp(
  String.raw`(?<![\w.&'’-])(?<code>${CODE_FIRST_FORMS.pattern})(?:\sAnn\.)?${TITLE_AFTER}?${CHAPTER}?(?:(?:,?\s?(?<marker>${MARKER}|${ARTICLE})\s?|\s)(?<list>${SECLIST})${ET_SEQ})?`,
  'gd',
);
// "section 17200 of the California Business and Professions Code", "section 501.204, Florida Statutes", "§ 407.020, RSMo"
const SECTION_FIRST = new RegExp(
  String.raw`(?<![\w§])(?<marker>${MARKER})\s?(?<list>${SECLIST})(?:,\s|\sof\s(?:the\s)?)(?<code>${SECTION_STYLE_FORMS.pattern})(?:\sAnn\.)?(?![\w&'’])`,
  'gd',
);
// "Section 15(b) of ", "§ 631 of the "
const SECTION_OF = new RegExp(String.raw`(?<marker>${MARKER})\s?(?<list>${SECLIST})\sof\s(?:the\s)?$`, 'd');
// after an act: "BIPA Section 15(b)", "CIPA § 631", "Chapter 93A, § 9"
const ACT_TAIL = new RegExp(String.raw`^,?\s(?<marker>${MARKER})\s?(?<list>${SECLIST})`, 'd');

// ---------------------------------------------------------------------------------------------
// Section lists

interface Item {
  start: number;
  end: number;
  section: string;
  subsections: string[];
  sectionEnd?: string;
}

const ITEM = new RegExp(`(?<sec>${SEC})(?<subs>${SUBS})`, 'gd');
const subsOf = (s: string | undefined): string[] => [...(s ?? '').matchAll(/\(([^)]+)\)/g)].map((x) => x[1] ?? '');
const isPlural = (marker: string | undefined): boolean => !!marker && /^(?:§§|[Ss]ecs\.|[Ss]ections|[Aa]rts\.|[Aa]rticles)$/.test(marker);

/** "17200, 17500" -> two items; "1798.100–1798.199" or "§§ 50-51" -> one range; a singular marker keeps the first. */
function parseList(list: string, offset: number, plural: boolean): Item[] {
  const raw = [...list.matchAll(ITEM)].map((m) => ({ start: m.index, end: m.index + m[0].length, sec: m.groups!.sec!, subs: subsOf(m.groups!.subs) }));
  const items: Item[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const next = raw[i + 1];
    const between = next ? list.slice(r.end, next.start) : '';
    if (next && /^(?:\s?[–—]\s?|\s(?:through|to)\s)$/.test(between)) {
      items.push({ start: offset + r.start, end: offset + next.end, section: r.sec, subsections: r.subs, sectionEnd: next.sec });
      i++;
    } else {
      const hy = plural ? /^(\d+)-(\d+)$/.exec(r.sec) : null;
      if (hy && Number(hy[2]) > Number(hy[1])) items.push({ start: offset + r.start, end: offset + r.end, section: hy[1]!, subsections: r.subs, sectionEnd: hy[2]! });
      else items.push({ start: offset + r.start, end: offset + r.end, section: r.sec, subsections: r.subs });
    }
    if (!plural) break;
  }
  return items;
}

// ---------------------------------------------------------------------------------------------

const isGuess = (m: StatuteMention): boolean => m.rule === 'generic_act' || m.value.canonical.startsWith('section/');

class Collector {
  readonly out: StatuteMention[] = [];
  private readonly claimed: Uint8Array;

  constructor(
    readonly text: string,
    prior: readonly Mention[],
  ) {
    this.claimed = new Uint8Array(text.length);
    // spans another extractor already read as a statute or a docket are theirs, but not its guesses:
    // a name it only supposes is an act ("the Texas Citizens Participation Act") or a "§ 631" with no
    // code ("CIPA § 631"). The state reading of such a span is surer and wins when overlaps are merged.
    for (const p of prior) if (p.kind === 'docket' || (p.kind === 'statute' && !isGuess(p))) this.claimed.fill(1, p.start, p.end);
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return false;
    return true;
  }

  add(start: number, end: number, rule: string, confidence: number, value: StatuteValue): void {
    if (!this.free(start, end)) return;
    this.out.push({ kind: 'statute', start, end, text: this.text.slice(start, end), extractor: 'state-statutes', rule, confidence, value });
    this.claimed.fill(1, start, end);
  }
}

function locationOf(code: StateCode, where: Partial<StateLocation>): StateLocation {
  return { state: code.state.toLowerCase(), code: code.code, codeDisplay: code.display, style: code.style, ...where };
}

function valueOf(l: StateLocation, codeFrom: StatuteValue['codeFrom'], actName?: string): StatuteValue {
  return {
    canonical: stateKey(l),
    display: stateDisplay(l),
    code: 'state',
    jurisdiction: l.state.toUpperCase(),
    ...(l.title ? { title: l.title } : {}),
    ...(l.section ? { section: l.section } : {}),
    ...(l.subsections?.length ? { subsections: l.subsections } : {}),
    ...(l.sectionEnd ? { sectionEnd: l.sectionEnd } : {}),
    ...(l.etSeq ? { etSeq: true } : {}),
    ...(actName ? { actName } : {}),
    ...(codeFrom ? { codeFrom } : {}),
  };
}

const itemWhere = (item: Item, etSeq: boolean): Partial<StateLocation> => ({
  section: item.section,
  ...(item.subsections.length ? { subsections: item.subsections } : {}),
  ...(item.sectionEnd ? { sectionEnd: item.sectionEnd } : {}),
  ...(etSeq ? { etSeq: true } : {}),
});

/**
 * One mention per listed section: the first from the citation's start, the others their own
 * numbers. What trails the list (", et seq.", ", Florida Statutes") goes with the last item,
 * unless a singular "§" cut the list short: "§ 75-1.1, 18 Pa.C.S." ends at "75-1.1".
 */
function emit(c: Collector, start: number, items: Item[], listEnd: number, tailEnd: number, etSeq: boolean, rule: string, confidence: number, value: (item: Item, etSeq: boolean) => StatuteValue | null): void {
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const whole = last && item.end >= listEnd;
    const v = value(item, whole && etSeq);
    if (v) c.add(i === 0 ? start : item.start, whole ? Math.max(item.end, tailEnd) : item.end, rule, confidence, v);
  });
}

/** Where the named group `list` ends in the document. */
const listEndOf = (m: RegExpMatchArray): number => m.indices?.groups?.list?.[1] ?? 0;

/** A number cited with no § must look like a section of a code ("19.86.020", "10:5-12"), not a bare count. */
const looksLikeSection = (code: StateCode, marker: string | undefined, section: string): boolean =>
  !!marker || !!code.bareNumbers || /[-.:]/.test(section);

/** A form with no state in it ("Civ. Code", "RCW", "CPLR") is a little less certain than "Cal. Civ. Code". */
const confidenceOf = (written: string): number =>
  /^[A-Z]{2,5}\b|^(?:Civ|Bus|Code|Pen|Lab|Gov|Health|Welf|Evid|Veh|Business)\b/.test(written) ? 0.85 : 0.95;

function passTitleFirst(c: Collector): void {
  for (const m of c.text.matchAll(TITLE_FIRST)) {
    const g = m.groups!;
    const code = lookupCode(TITLE_FIRST_FORMS, g.code!);
    if (!code) continue;
    const listStart = m.indices!.groups!.list![0];
    const items = parseList(g.list!, listStart, isPlural(g.marker));
    if (!items[0] || !looksLikeSection(code, g.marker, items[0].section)) continue;
    emit(c, m.index, items, listEndOf(m), m.index + m[0].length, !!g.etseq, 'state_title_first', confidenceOf(g.code!), (item, etSeq) => valueOf(locationOf(code, { title: g.title!, ...itemWhere(item, etSeq) }), 'stated'));
  }
  for (const m of c.text.matchAll(ILCS)) {
    const g = m.groups!;
    const code = lookupCode(ILCS_FORMS, g.code!);
    if (!code) continue;
    const item: Item = { start: m.index, end: m.index + m[0].length, section: g.sec!, subsections: subsOf(g.subs) };
    c.add(m.index, m.index + m[0].length, 'ilcs', 0.95, valueOf(locationOf(code, { title: g.title!, ...itemWhere(item, !!g.etseq) }), 'stated'));
  }
}

function passCodeFirst(c: Collector): void {
  for (const m of c.text.matchAll(CODE_FIRST)) {
    const g = m.groups!;
    const code = lookupCode(CODE_FIRST_FORMS, g.code!);
    if (!code) continue;
    const end = m.index + m[0].length;
    const article = !!g.marker && new RegExp(`^(?:${ARTICLE})$`).test(g.marker);
    // each style takes exactly its own parts: "ch." only after a chapter code, "tit." only after a titled one
    if ((code.style === 'title_after') !== !!g.title || (code.style === 'chapter') !== !!g.chapter || (code.style === 'article') !== article) continue;
    const confidence = confidenceOf(g.code!);
    if (!g.list) {
      // a chapter alone: "M.G.L. c. 93A"
      if (code.style === 'chapter') c.add(m.index, end, 'state_chapter', confidence, valueOf(locationOf(code, { title: g.chapter! }), 'stated'));
      continue;
    }
    const listStart = m.indices!.groups!.list![0];
    const items = parseList(g.list, listStart, isPlural(g.marker));
    if (!items[0] || !looksLikeSection(code, g.marker, items[0].section)) continue;
    const title = g.title ?? g.chapter;
    emit(c, m.index, items, listEndOf(m), end, !!g.etseq, `state_${code.style}`, confidence, (item, etSeq) => valueOf(locationOf(code, { ...(title ? { title } : {}), ...itemWhere(item, etSeq) }), 'stated'));
  }
}

function passSectionFirst(c: Collector): void {
  for (const m of c.text.matchAll(SECTION_FIRST)) {
    const g = m.groups!;
    const code = lookupCode(SECTION_STYLE_FORMS, g.code!);
    if (!code) continue;
    const listStart = m.indices!.groups!.list![0];
    const items = parseList(g.list!, listStart, isPlural(g.marker));
    emit(c, m.index, items, listEndOf(m), m.index + m[0].length, false, 'state_section_first', 0.9, (item) => valueOf(locationOf(code, itemWhere(item, false)), 'stated'));
  }
}

/** Section `item` of a named act: where its code puts it, else the act's own numbering. */
function actSectionValue(act: StateAct, item: Item): StatuteValue {
  // "the New Jersey Civil Rights Act, § 10:6-2": a number in the code's own shape is the code's section
  const codeNumbered = act.location.style === 'section' && /[:-]|\d\.\d/.test(item.section);
  const at = stateActSection(act, item.section) ?? (codeNumbered ? { ...act.location, section: item.section, etSeq: false } : undefined);
  if (at) return valueOf({ ...at, ...(item.subsections.length ? { subsections: item.subsections } : {}) }, 'lexicon', act.name);
  return {
    canonical: actKey(act.name, item.section, item.subsections),
    display: actDisplay(act.name, item.section, item.subsections),
    code: 'state',
    jurisdiction: act.state,
    section: item.section,
    ...(item.subsections.length ? { subsections: item.subsections } : {}),
    actName: act.name,
    codeFrom: 'lexicon',
  };
}

function passActs(c: Collector): void {
  const t = c.text;
  const acts = matchStateActs(t);
  for (let i = 0; i < acts.length; i++) {
    const a = acts[i]!;
    // "Section 15(b) of BIPA": the section in front
    const before = SECTION_OF.exec(t.slice(Math.max(0, a.start - 40), a.start));
    if (before?.groups) {
      const offset = Math.max(0, a.start - 40);
      const start = offset + before.index;
      const items = parseList(before.groups.list!, offset + before.indices!.groups!.list![0], isPlural(before.groups.marker));
      const n = c.out.length;
      emit(c, start, items, offset + before.indices!.groups!.list![1], a.end, false, 'state_act_section', 0.85, (item) => actSectionValue(a.act, item));
      if (c.out.length > n) continue;
    }
    // "CIPA § 631": the section after
    const tail = ACT_TAIL.exec(t.slice(a.end, a.end + 60));
    if (tail?.groups) {
      const items = parseList(tail.groups.list!, a.end + tail.indices!.groups!.list![0], isPlural(tail.groups.marker));
      const n = c.out.length;
      emit(c, a.start, items, a.end + tail.indices!.groups!.list![1], 0, false, 'state_act_section', 0.85, (item) => actSectionValue(a.act, item));
      if (c.out.length > n) continue;
    }
    // "the Illinois Biometric Information Privacy Act (BIPA)": the parenthesis defines the short name
    // and is part of the one mention, so that nothing else reads "BIPA" as a name being defined
    const next = acts[i + 1];
    const defines = next?.act === a.act && t.slice(a.end, next.start) === ' (' && t[next.end] === ')';
    if (defines) i++;
    c.add(a.start, defines ? next.end + 1 : a.end, 'state_named_act', 0.9, valueOf(a.act.location, 'lexicon', a.act.name));
  }
}

// ---------------------------------------------------------------------------------------------

export function extractStateStatutes(text: string, prior: readonly Mention[] = []): StatuteMention[] {
  const c = new Collector(text, prior);
  passTitleFirst(c);
  passCodeFirst(c);
  passSectionFirst(c);
  passActs(c);
  return c.out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const stateStatutesExtractor: Extractor = {
  name: 'state-statutes',
  extract(ctx: ExtractContext): Mention[] {
    return extractStateStatutes(ctx.doc.text, ctx.prior);
  },
};
