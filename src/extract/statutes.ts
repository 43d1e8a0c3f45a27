// Statutory citations: the United States Code in its written forms, the CFR, Public Laws, the
// Statutes at Large, named acts (through the lexicon) and bare sections ("§ 6103") whose code is
// known from the rest of the document.
//
// The passes run from the most specific form to the least: each claims its span, and later
// passes skip claimed spans, so "IRC § 6103" is never also read as a bare "§ 6103".
//
// Bare sections. A section written without its code takes the code of, in order: a citation
// elsewhere in the document with the same section number (the nearest earlier one, else the
// first later one); a section known by number alone ("Section 1983"); the code most recently
// cited before it (a cited title, or an act that is a whole title: the IRC, the Bankruptcy Code);
// any code the document names ("Tax Code") or implies (a document about the IRS or taxpayers is
// about title 26). With no code at all, a "§ N" is kept with low confidence as
// `section/N` displayed "§ N"; a word-form "Section N" is dropped, since it is as often a part of
// a contract, an order or the document itself.

import type { ExtractContext, Extractor, Mention, MentionOf, StatuteValue } from '../model/types.ts';
import { matchNamedActs, actForBareSection, codifiedSection, findNamedAct, type ActMatch, type NamedAct } from '../lexicon/named-acts.ts';
import { STATE_NAMES } from '../lexicon/federal-courts.ts';
import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';
import { actDisplay, actKey, cfrDisplay, cfrKey, slugify, uscDisplay, uscKey } from './statute-keys.ts';
import { extractStateStatutes } from './state-statutes.ts';

type StatuteMention = MentionOf<'statute'>;

// ---------------------------------------------------------------------------------------------
// Regex pieces

// "6103", "552a", "2000e-5", "1320a-7b", "78dd-1"
const SEC = String.raw`\d{1,6}[A-Za-z]{0,3}(?:-\d{1,5}[A-Za-z]{0,3})*`;
// "(i)(2)(B)(i)", "(a)", "(viii)"; never a year: "(2018)" is an edition, not a subsection
const SUBS = String.raw`(?:\((?:[a-z]{1,4}|[A-Z]{1,2}|\d{1,3})\))*`;
// an item of a list must not be the title of the next citation: "§§ 6103, 42 U.S.C. § 1983"
const NOT_A_TITLE = String.raw`(?!\s?(?:U\.\s?S\.|USC|C\.\s?F\.|CFR|Stat\.|United\sStates|Code\b))`;
// and never the front of a longer number: "§ 565.253" (a state code), "§ 10:6-2", "§ 1.1" (an exhibit's)
const SECREF = `${SEC}${SUBS}${NOT_A_TITLE}(?!\\w|[.:]\\d)`;
// "6103", "551–559", "551 through 559", "6103 and 7213", "6103, 7213, and 7431"
const SECLIST = String.raw`${SECREF}(?:(?:\s?[–—]\s?|\s(?:through|thru|to)\s|,\s(?:and\s|or\s)?|\s(?:and|or|&)\s)${SECREF})*`;
// "§", "§§", "sec.", "Sec.", "section", "sections", "secs."
const MARKER = String.raw`§§?|[Ss]ecs?\.|[Ss]ections?`;
// ", et seq." / " et seq."
const ET_SEQ = String.raw`(?<etseq>,?\set\.?\sseq\.?)?`;
// "U.S.C.", "U. S. C.", "USC", "U.S.C.A.", "U.S.C.S.", "U.S. Code", "United States Code"
const USC = String.raw`(?:U\.\s?S\.\s?C\.(?:\s?[AS]\.)?|USC[AS]?\b|U\.S\.\sCode\b|United\sStates\sCode\b)`;

// "26 U.S.C. § 6103(i)(2)(B)(i)", "Title 26 U.S.C. § 6103", "26 USC 6103", "5 U.S.C. §§ 551–559", "42 U.S.C. § 1983 et seq."
const USC_FULL = new RegExp(
  String.raw`(?<![\w.§-])(?:[Tt]itle\s)?(?<title>\d{1,2})\s${USC},?\s?(?:(?<marker>${MARKER})\s?)?(?<list>${SECLIST})${ET_SEQ}`,
  'gd',
);
// "title 26, United States Code, section 6103", "Title 42 of the United States Code, § 1983"
const USC_TITLE_WORDS = new RegExp(
  String.raw`\b[Tt]itle\s(?<title>\d{1,2}),?\s(?:of\sthe\s)?(?:United\sStates\sCode|U\.S\.\sCode|U\.S\.C\.),?\s(?<marker>${MARKER})\s?(?<list>${SECLIST})${ET_SEQ}`,
  'gd',
);
// "section 6103(i)(2) of title 26", "sections 551 through 559 of title 5, United States Code"
const USC_SECTION_OF_TITLE = new RegExp(
  String.raw`(?<marker>${MARKER})\s?(?<list>${SECLIST})\sof\s[Tt]itle\s(?<title>\d{1,2})(?:,?\s(?:of\sthe\s)?(?:United\sStates\sCode|U\.S\.\sCode|U\.S\.C\.))?`,
  'gd',
);
// "Section 753, Title 28, United States Code" (a court reporter's certificate): with a comma the
// code must be named, or "Section 5, Title 2" of a contract would read as a citation
const USC_SECTION_COMMA_TITLE = new RegExp(
  String.raw`(?<marker>${MARKER})\s?(?<list>${SECLIST}),\s[Tt]itle\s(?<title>\d{1,2}),?\s(?:of\sthe\s)?(?:United\sStates\sCode|U\.S\.\sCode|U\.S\.C\.)`,
  'gd',
);
// "IRC § 6103", "I.R.C. § 6103", "Internal Revenue Code section 6103", "Internal Revenue Code of 1986, § 61"
const IRC = new RegExp(
  String.raw`(?<![\w.])(?:I\.\s?R\.\s?C\.|IRC|Internal\sRevenue\sCode(?:\sof\s(?:1954|1986))?),?\s(?<marker>${MARKER})\s?(?<list>${SECLIST})${ET_SEQ}`,
  'gd',
);
// "section 706 of the APA", "Section 552a of the Privacy Act", "section 6103 of the Code", "Section 10(b) of the Act"
const SECTION_OF = new RegExp(String.raw`(?<marker>${MARKER})\s?(?<list>${SECLIST})\sof\s(?:the\s)?`, 'gd');
// "the Code § 7213", "Code section 6103": the document's code
const CODE_SECTION = new RegExp(
  String.raw`(?:(?<=\b[Tt]he\s)|(?<=^|\n))Code\s(?<marker>${MARKER})\s?(?<list>${SECLIST})${ET_SEQ}`,
  'gd',
);
// after a named act: "ERISA § 502(a)(1)(B)", "Privacy Act, section 552a(b)"
const ACT_SECTION_TAIL = new RegExp(String.raw`^,?\s(?<marker>${MARKER})\s?(?<list>${SECLIST})`, 'd');

// "8 C.F.R. § 287.7(d)", "28 CFR 16.1", "8 C.F.R. pt. 241", "40 C.F.R. parts 1500–1508", "47 C.F.R. at § 64.1200" (a short cite)
// "240.10b-5", "240.10b5-1", "252.204-7012" (a DFARS clause)
// "287.7", "274a.12" (a part numbered with a letter), "240.10b-5", "1.1471-4"
const CFR_SEC = String.raw`\d{1,5}[a-z]?(?:\.\d{1,6}(?:[a-z]\d?)?(?:-\d{1,4})?)?`;
const CFR_REF = `${CFR_SEC}${SUBS}${NOT_A_TITLE}(?!\\w)`;
const CFR_LIST = String.raw`${CFR_REF}(?:(?:\s?[–—-]\s?|\s(?:through|to)\s|,\s(?:and\s)?|\s(?:and|or)\s)${CFR_REF})*`;
const CFR = new RegExp(
  String.raw`(?<![\w.§-])(?<title>\d{1,2})\s(?:C\.\s?F\.\s?R\.|CFR\b)\s?(?:at\s)?(?:(?<part>[Pp]ts?\.|[Pp]arts?)\s?(?<partNo>\d{1,5}[a-z]?)(?:\s?[–—-]\s?(?<partEnd>\d{1,5}))?|(?:(?<marker>${MARKER})\s?)?(?<list>${CFR_LIST}))`,
  'gd',
);

// "Pub. L. No. 94-455", "Public Law 94-455", "P.L. 94-455", "Pub. L. 111-203, § 1011(a)"
const PUBLIC_LAW = new RegExp(
  String.raw`\b(?:Pub\.\s?L\.|Public\sLaw|P\.\s?L\.)\s?(?:No\.\s?)?(?<congress>\d{1,3})[-–‑](?<num>\d{1,4})\b(?:,\s(?:§|[Ss]ec\.|[Ss]ection)\s?(?<sec>${SEC})(?<subs>${SUBS}))?`,
  'gd',
);
// Regulations cited by their common names. The Exchange Act's rules live at 17 C.F.R. § 240.<rule>
// and always pair a letter with a hyphen, so a court rule ("Rule 12(b)(6)", "Rule 65") never matches:
// "Rule 10b-5", "SEC Rule 10b-5(b)", "Exchange Act Rule 14a-9", "Rule 10b5-1"
const EXCHANGE_ACT_RULE = new RegExp(
  String.raw`(?<![\w.])(?:(?:SEC|Exchange\sAct|Securities\sExchange\sAct)\s)?Rules?\s(?<sec>\d{1,2}[a-z]\d?-\d{1,2})(?<subs>${SUBS})(?![\w-])`,
  'gd',
);
// The FAR's part.section is 48 C.F.R. § part.section, the DFARS's (parts 200-299) likewise:
// "FAR 15.306(d)", "FAR § 52.212-4", "Federal Acquisition Regulation 15.306", "DFARS 252.204-7012"
const ACQUISITION_REG = new RegExp(
  String.raw`(?<![\w.])(?:(?<far>FAR|Federal\sAcquisition\sRegulation(?:\s\(FAR\))?)|(?<dfars>DFARS|Defense\sFederal\sAcquisition\sRegulation\sSupplement(?:\s\(DFARS\))?))(?:\s(?:§|[Ss]ec\.|[Ss]ection|[Cc]lause))?\s?(?<sec>\d{1,3}\.\d{3,4}(?:-\d{1,4})?)(?<subs>${SUBS})(?![\w-]|\.\d)`,
  'gd',
);

// "90 Stat. 1520", "90 Stat. 1520, 1667"
const STAT = new RegExp(
  String.raw`(?<![\w.])(?<vol>\d{1,3})\sStat\.\s(?<page>\d{1,5})(?:,\s(?<pin>\d{1,5})(?![\d,]|\s?(?:U\.\s?S\.|C\.\s?F\.|Stat\.)))?`,
  'gd',
);

// "the Help America Vote Act", "the Fiscal Responsibility Act of 2023": an act the lexicon lacks
const GENERIC_ACT = new RegExp(
  String.raw`(?<=\b[Tt]he\s)(?<name>[A-Z][A-Za-z'’.-]*(?:\s(?:(?:of|and|for|to|on|in|against|with|by|from|&)\s)?(?:[A-Z][A-Za-z'’.-]*|\d{4}))*?\sAct)(?:\sof\s(?<year>\d{4}))?(?![\w-])`,
  'gd',
);

// "§ 6103", "§§ 6103 and 7213", "Section 6103(i)", "sec. 6103"
const BARE = new RegExp(String.raw`(?<![\w§])(?<marker>${MARKER})\s?(?<list>${SECLIST})${ET_SEQ}`, 'gd');

// Documents that name the tax code make a bare section a section of title 26.
// A document about the tax agency or taxpayers, short of naming the code, points the same way.
const DOC_CODE_HINTS: readonly { re: RegExp; title: number }[] = [
  { re: /\b(?:Internal Revenue Code|[Tt]ax [Cc]ode|IRC|I\.R\.C\.)\b/, title: 26 },
  { re: /\bBankruptcy Code\b/, title: 11 },
  { re: /\b(?:IRS|Internal Revenue Service|[Tt]axpayers?)\b/, title: 26 },
];

// A "§" after these belongs to another code (a constitution, a state code, the Guidelines, a rule):
// "U.S. Const. art. III, § 2", "Cal. Civ. Code § 1798.100", "U.S.S.G. § 2B1.1", "Executive Order 14159, § 3"
const FOREIGN_CODE_BEFORE =
  /(?:\b(?:art|Art|amend|Amend|Const|Ann|Stat|Rev|Gen|Regs?|Admin|Proc|Evid|Civ|Crim|Pen|Gov't|Bus|Prof|Ins|Fam|Educ|Lab|Veh|Tax)\.|\b(?:Code|Law|Laws|Statutes|Rule|Rules|Article|Amendment|Constitution|Guidelines|Regulations)|[A-Z]\.[A-Z]\.[A-Z.]*|\b(?:[Aa]rt|[Aa]mend|[Aa]rticle|[Aa]mendment)\.?\s[IVXLC\d]+|\b(?:Order|Proclamation|Memorandum|E\.O\.|EO)\s(?:No\.\s)?[\d,]+)[,]?\s?$/;

// A state's name right before an act's, or a few capitalized words after it: "New Jersey Civil
// Rights Act", "California's Consumer Privacy Act", "Vermont Consumer Privacy Act" (not the Privacy Act)
const STATE_BEFORE = new RegExp(`\\b(?:${STATE_NAMES.join('|').replace(/ /g, '\\s')})(?:['’]s)?\\s(?:[A-Z][A-Za-z'’-]+\\s){0,3}$`);

// An acronym followed by a capitalized word that is not a function word is part of a longer name:
// "the TCPA Settlement Administrator", "the ADA Coordinator's office", "FOIA Officer Jane Roe".
// Words that go on to cite the act ("ERISA Section 502", "FOIA Exemption 5", "Title II") or that
// a title-case heading puts after it ("Violation of the TCPA Against All Defendants") do not.
const NAME_CONTINUES = /^\s(?!(?:Section|Sections|Title|Titles|Exemption|Exemptions|Act|Amendments|Claims?|Count|Against|And|Or|Nor|But|For|By|In|On|To|Of|With|Under|As|At|From|Is|Are|Was|Were|Has|Have|Had|Does|Do|Did|Not|Also|Only|Requires?|Prohibits?|Provides?|Applies|Apply|Because|Since|When|While|If|After|Before)\b)[A-Z][a-z]/;

function continuesAName(text: string, a: ActMatch): boolean {
  const written = text.slice(a.start, a.end);
  if (!/^[A-Z]{2,}$/.test(written)) return false;
  return NAME_CONTINUES.test(text.slice(a.end, a.end + 40));
}

// ---------------------------------------------------------------------------------------------
// Sections written in a list

interface SectionItem {
  start: number; // offset in the document
  end: number;
  section: string;
  subsections: string[];
  sectionEnd?: string;
}

const SECREF_ITEM = new RegExp(`(?<sec>${SEC})(?<subs>${SUBS})`, 'gd');
const CFR_ITEM = new RegExp(`(?<sec>${CFR_SEC})(?<subs>${SUBS})`, 'gd');

interface SectionList {
  items: SectionItem[];
  /** "§ 6103 and 7213": a list under a singular marker keeps its first item only, and loses what trails the list. */
  truncated: boolean;
}

/** Split "551–559" / "6103 and 7213" into items; a range is one item. `plural`: the marker was "§§"/"sections". */
function parseSectionList(list: string, offset: number, plural: boolean, itemRe: RegExp = SECREF_ITEM): SectionList {
  const raw: { start: number; end: number; sec: string; subs: string[]; sepBefore: string }[] = [];
  let last = 0;
  for (const m of list.matchAll(itemRe)) {
    const g = m.groups ?? {};
    raw.push({
      start: m.index,
      end: m.index + m[0].length,
      sec: g.sec ?? '',
      subs: [...(g.subs ?? '').matchAll(/\(([^)]+)\)/g)].map((x) => x[1] ?? ''),
      sepBefore: list.slice(last, m.index),
    });
    last = m.index + m[0].length;
  }
  const items: SectionItem[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const next = raw[i + 1];
    if (next && /^(?:\s?[–—-]\s?|\s(?:through|thru|to)\s)$/.test(next.sepBefore)) {
      items.push({ start: offset + r.start, end: offset + next.end, section: r.sec, subsections: r.subs, sectionEnd: next.sec });
      i++;
    } else {
      // "§§ 551-559": a hyphen between plain numbers under a plural marker is a range, not "2000e-5"
      const hy = plural ? /^(\d+)-(\d+)$/.exec(r.sec) : null;
      if (hy && Number(hy[2]) > Number(hy[1])) {
        items.push({ start: offset + r.start, end: offset + r.end, section: hy[1]!, subsections: r.subs, sectionEnd: hy[2]! });
      } else {
        items.push({ start: offset + r.start, end: offset + r.end, section: r.sec, subsections: r.subs });
      }
    }
    if (!plural) break; // "§ 6103 and 7213" is not a list: only "§§" and "sections" make one
  }
  const lastRaw = raw[raw.length - 1];
  return { items, truncated: !!lastRaw && items.length > 0 && items[items.length - 1]!.end < offset + lastRaw.end };
}

/** Where the named group `list` starts in the document (the regexes carry the `d` flag). */
const listStartOf = (m: RegExpMatchArray): number => m.indices?.groups?.list?.[0] ?? m.index ?? 0;

const isPlural = (marker: string | undefined): boolean => !!marker && /^(?:§§|[Ss]ecs\.|[Ss]ections)$/.test(marker);

// ---------------------------------------------------------------------------------------------
// Extraction state

interface Anchor {
  pos: number;
  code: 'usc' | 'cfr';
  title: number;
  section?: string;
  /** The anchor names a whole code whose numbering bare sections follow (a title, the IRC). */
  wholeCode: boolean;
  /** An act that keeps its title's numbering but fills only part of it (the APA): a last resort. */
  partOfTitle?: boolean;
  /** A section cited as a section of an act ("Section 10(b) of the Exchange Act"): a later bare "Section 10(b)" is the act's. */
  act?: NamedAct | { name: string };
  /** An act named with its own numbered sections: a bare "Section 20(a)" soon after it is the act's section 20. */
  namedAct?: NamedAct;
}

class Collector {
  readonly out: StatuteMention[] = [];
  readonly anchors: Anchor[] = [];
  /** Named acts seen so far, for "Section 10(b) of the Act". */
  readonly acts: { pos: number; act: NamedAct | { name: string } }[] = [];
  /** One flag per character: spans are short, so checking a span is cheap whatever the mention count. */
  private readonly claimed: Uint8Array;

  constructor(
    readonly text: string,
    prior: readonly Mention[],
  ) {
    this.claimed = new Uint8Array(text.length);
    // a docket number is never a citation; a court inside one ("D.C. Cir.") does not block it
    for (const p of prior) if (p.kind === 'docket') this.claim(p.start, p.end);
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    this.claimed.fill(1, Math.max(0, start), Math.min(this.text.length, end));
  }

  add(start: number, end: number, rule: string, confidence: number, value: StatuteValue): void {
    this.out.push({
      kind: 'statute',
      start,
      end,
      text: this.text.slice(start, end),
      extractor: 'statutes',
      rule,
      confidence,
      value,
    });
    this.claim(start, end);
  }
}

function uscValue(title: number, item: SectionItem, etSeq: boolean, codeFrom: StatuteValue['codeFrom']): StatuteValue {
  const loc = {
    title,
    section: item.section,
    ...(item.subsections.length ? { subsections: item.subsections } : {}),
    ...(item.sectionEnd ? { sectionEnd: item.sectionEnd } : {}),
    ...(etSeq ? { etSeq } : {}),
  };
  return {
    canonical: uscKey(loc),
    display: uscDisplay(loc),
    code: 'usc',
    title: String(title),
    section: item.section,
    ...(item.subsections.length ? { subsections: item.subsections } : {}),
    ...(item.sectionEnd ? { sectionEnd: item.sectionEnd } : {}),
    ...(etSeq ? { etSeq: true } : {}),
    ...(codeFrom ? { codeFrom } : {}),
  };
}

function cfrValue(title: number, item: SectionItem, part: boolean, codeFrom: StatuteValue['codeFrom']): StatuteValue {
  const loc = {
    title,
    section: item.section,
    part,
    ...(item.subsections.length ? { subsections: item.subsections } : {}),
    ...(item.sectionEnd ? { sectionEnd: item.sectionEnd } : {}),
  };
  return {
    canonical: cfrKey(loc),
    display: cfrDisplay(loc),
    code: 'cfr',
    title: String(title),
    section: item.section,
    ...(item.subsections.length ? { subsections: item.subsections } : {}),
    ...(item.sectionEnd ? { sectionEnd: item.sectionEnd } : {}),
    ...(codeFrom ? { codeFrom } : {}),
  };
}

/**
 * Emit one mention per listed section: the first spans the citation from its start (title and
 * marker included), the others their own numbers. `tail` is what trails the whole list (", et seq.",
 * " of title 26", " of the Privacy Act"): it belongs to the last item, unless the list was cut short.
 */
function emitList(
  c: Collector,
  matchStart: number,
  list: SectionList,
  tail: { end: number; etSeq: boolean } | undefined,
  rule: string,
  confidence: number | ((v: StatuteValue) => number),
  valueOf: (item: SectionItem, etSeq: boolean) => StatuteValue | null,
  anchor?: (item: SectionItem) => Anchor | null,
): void {
  const { items } = list;
  items.forEach((item, i) => {
    const withTail = i === items.length - 1 && !list.truncated && tail !== undefined;
    const start = i === 0 ? matchStart : item.start;
    const end = withTail ? Math.max(item.end, tail.end) : item.end;
    const v = valueOf(item, withTail && tail.etSeq);
    if (!v || !c.free(start, end)) return;
    c.add(start, end, rule, typeof confidence === 'number' ? confidence : confidence(v), v);
    const a = anchor?.(item);
    if (a) c.anchors.push(a);
  });
}

/** The tail of a match: from the end of its list to the end of the match. */
const tailOf = (m: RegExpMatchArray): { end: number; etSeq: boolean } => ({
  end: (m.index ?? 0) + m[0].length,
  etSeq: !!m.groups?.etseq,
});

// ---------------------------------------------------------------------------------------------
// Passes

function passUsc(c: Collector): void {
  const t = c.text;
  for (const re of [USC_TITLE_WORDS, USC_SECTION_OF_TITLE, USC_SECTION_COMMA_TITLE, USC_FULL]) {
    for (const m of t.matchAll(re)) {
      const g = m.groups ?? {};
      const title = Number(g.title);
      if (!(title >= 1 && title <= 54)) continue;
      const listStart = listStartOf(m);
      const list = parseSectionList(g.list!, listStart, isPlural(g.marker));
      emitList(c, m.index, list, tailOf(m), re === USC_FULL ? 'usc_full' : re === USC_TITLE_WORDS ? 'usc_title_words' : re === USC_SECTION_COMMA_TITLE ? 'usc_section_comma_title' : 'usc_section_of_title', 0.95,
        (item, etSeq) => uscValue(title, item, etSeq, 'stated'),
        (item) => ({ pos: item.start, code: 'usc', title, section: item.section, wholeCode: true }));
    }
  }
}

function passIrc(c: Collector): void {
  for (const m of c.text.matchAll(IRC)) {
    const g = m.groups ?? {};
    const listStart = listStartOf(m);
    const list = parseSectionList(g.list!, listStart, isPlural(g.marker));
    emitList(c, m.index, list, tailOf(m), 'irc', 0.95,
      (item, etSeq) => uscValue(26, item, etSeq, 'stated'),
      (item) => ({ pos: item.start, code: 'usc', title: 26, section: item.section, wholeCode: true }));
  }
}

function passCfr(c: Collector): void {
  for (const m of c.text.matchAll(CFR)) {
    const g = m.groups ?? {};
    const title = Number(g.title);
    if (!(title >= 1 && title <= 50)) continue;
    const end = m.index + m[0].length;
    if (g.part) {
      const item: SectionItem = { start: m.index, end, section: g.partNo!, subsections: [], ...(g.partEnd ? { sectionEnd: g.partEnd } : {}) };
      if (!c.free(m.index, end)) continue;
      c.add(m.index, end, 'cfr_part', 0.95, cfrValue(title, item, true, 'stated'));
      c.anchors.push({ pos: m.index, code: 'cfr', title, section: item.section, wholeCode: true });
      continue;
    }
    const listStart = listStartOf(m);
    const list = parseSectionList(g.list!, listStart, isPlural(g.marker), CFR_ITEM);
    emitList(c, m.index, list, { end, etSeq: false }, 'cfr', 0.95,
      // a section number without a dot is a part ("8 C.F.R. 241")
      (item) => cfrValue(title, item, !item.section.includes('.'), 'stated'),
      (item) => ({ pos: item.start, code: 'cfr', title, section: item.section, wholeCode: true }));
  }
}

// The Treasury Regulations are 26 C.F.R.: "Treas. Reg. § 1.41-4(a)(6)", "Treasury Regulation § 301.7701-3",
// "Treas. Regs. §§ 1.162-1", "Reg. § 1.6662-4(d)" only with "Treas."
const TREASURY_REG = new RegExp(String.raw`(?<![\w.])(?:Treas\.\s?Regs?\.|Treasury\sRegulations?)\s(?:§§?\s?|[Ss]ec(?:tion)?\.?\s)?(?<sec>\d{1,3}\.\d{1,5}[A-Za-z]?(?:-\d{1,3}[A-Za-z]?)?)(?<subs>${SUBS})(?![\w-]|\.\d)`, 'g');

function passNamedRegulations(c: Collector): void {
  for (const m of c.text.matchAll(TREASURY_REG)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (!c.free(m.index, end)) continue;
    const subsections = [...(g.subs ?? '').matchAll(/\(([^)]+)\)/g)].map((x) => x[1] ?? '');
    c.add(m.index, end, 'treasury_regulation', 0.9, cfrValue(26, { start: m.index, end, section: g.sec!, subsections }, false, 'lexicon'));
    c.anchors.push({ pos: m.index, code: 'cfr', title: 26, section: g.sec!, wholeCode: false });
  }
  for (const [re, rule] of [[EXCHANGE_ACT_RULE, 'exchange_act_rule'], [ACQUISITION_REG, 'acquisition_regulation']] as const) {
    for (const m of c.text.matchAll(re)) {
      const g = m.groups ?? {};
      const end = m.index + m[0].length;
      if (!c.free(m.index, end)) continue;
      const section = re === EXCHANGE_ACT_RULE ? `240.${g.sec}` : g.sec!;
      // a DFARS number outside its parts is a typo or something else
      if (g.dfars && !/^2\d\d\./.test(section)) continue;
      if (g.far && /^2\d\d\./.test(section)) continue;
      const subsections = [...(g.subs ?? '').matchAll(/\(([^)]+)\)/g)].map((x) => x[1] ?? '');
      const title = re === EXCHANGE_ACT_RULE ? 17 : 48;
      c.add(m.index, end, rule, 0.9, cfrValue(title, { start: m.index, end, section, subsections }, false, 'lexicon'));
      c.anchors.push({ pos: m.index, code: 'cfr', title, section, wholeCode: false });
    }
  }
}

function passPublicLawAndStat(c: Collector): void {
  for (const m of c.text.matchAll(PUBLIC_LAW)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (!c.free(m.index, end)) continue;
    const pl = `${Number(g.congress)}-${Number(g.num)}`;
    const subs = [...(g.subs ?? '').matchAll(/\(([^)]+)\)/g)].map((x) => x[1] ?? '');
    const secPart = g.sec ? `, § ${g.sec}${subs.map((s) => `(${s})`).join('')}` : '';
    c.add(m.index, end, 'public_law', 0.95, {
      canonical: ['pl', pl, ...(g.sec ? [g.sec, ...subs] : [])].join('/'),
      display: `Pub. L. No. ${pl}${secPart}`,
      code: 'public_law',
      ...(g.sec ? { section: g.sec } : {}),
      ...(subs.length ? { subsections: subs } : {}),
      codeFrom: 'stated',
    });
  }
  for (const m of c.text.matchAll(STAT)) {
    const g = m.groups ?? {};
    let end = m.index + m[0].length;
    let pin = g.pin;
    // a pinpoint is a later page of the same act: "90 Stat. 1520, 1667"
    if (pin && Number(pin) < Number(g.page)) {
      end = m.index + m[0].indexOf(',', m[0].indexOf('Stat.'));
      pin = undefined;
    }
    if (!c.free(m.index, end)) continue;
    c.add(m.index, end, 'statutes_at_large', 0.95, {
      canonical: `stat/${g.vol}/${g.page}`,
      display: `${g.vol} Stat. ${g.page}${pin ? `, ${pin}` : ''}`,
      code: 'statutes_at_large',
      title: g.vol!,
      section: g.page!,
      ...(pin ? { pinpoint: pin } : {}),
      codeFrom: 'stated',
    });
  }
}

/** A section of a named act: the same USC section when the act keeps its title's numbering, else the act's own section. */
function actSectionValue(act: NamedAct | { name: string }, item: SectionItem, etSeq: boolean, codeFrom: StatuteValue['codeFrom']): StatuteValue {
  if ('sameNumbering' in act && act.sameNumbering && act.usc) return { ...uscValue(act.usc.title, item, etSeq, codeFrom), actName: act.name };
  // "Section 113(b) of the Clean Air Act" is 42 U.S.C. § 7413(b): the act's table gives the codified section
  const codified = 'sections' in act ? codifiedSection(act, item.section) : undefined;
  if (codified) return { ...uscValue(codified.title, { ...item, section: codified.section }, etSeq, codeFrom), actName: act.name };
  // a section known by its USC number ("Section 230 of the Communications Decency Act" is 47 U.S.C. § 230)
  if ('bareSections' in act && act.usc && act.bareSections?.includes(item.section)) return { ...uscValue(act.usc.title, item, etSeq, codeFrom), actName: act.name };
  return {
    canonical: actKey(act.name, item.section, item.subsections),
    display: actDisplay(act.name, item.section, item.subsections),
    code: 'act',
    section: item.section,
    ...(item.subsections.length ? { subsections: item.subsections } : {}),
    actName: act.name,
    ...(codeFrom ? { codeFrom } : {}),
  };
}

function passSectionOfAct(c: Collector, acts: ActMatch[], docTitle: number | undefined): void {
  const actAt = new Map(acts.map((a) => [a.start, a]));
  const t = c.text;
  for (const m of t.matchAll(SECTION_OF)) {
    const g = m.groups ?? {};
    const after = m.index + m[0].length;
    // "Section 504 of the Rehabilitation Act" is itself a lexicon entry: leave it to that pass
    if (acts.some((a) => a.start === m.index)) continue;
    const listStart = listStartOf(m);
    const list = parseSectionList(g.list!, listStart, isPlural(g.marker));
    const hit = actAt.get(after);
    let act: NamedAct | { name: string } | undefined;
    let end = after;
    let rule = 'section_of_act';
    let confidence = 0.9;
    if (hit) {
      act = hit.act;
      end = hit.end;
    } else if (/^Code\b/.test(t.slice(after, after + 5)) && docTitle) {
      act = { name: 'Code', sameNumbering: true, usc: { title: docTitle } } as unknown as NamedAct;
      end = after + 4;
      rule = 'section_of_code';
      confidence = 0.8;
    } else if (/^Act\b/.test(t.slice(after, after + 4))) {
      // "Section 10(b) of the Act": the act the document named last
      const prev = [...c.acts].reverse().find((a) => a.pos < m.index) ?? matchBefore(acts, m.index);
      if (!prev) continue;
      act = prev.act;
      end = after + 3;
      rule = 'section_of_the_act';
      confidence = 0.6;
    }
    if (!act) continue;
    const from: StatuteValue['codeFrom'] = rule === 'section_of_act' ? 'lexicon' : 'context';
    if (list.truncated) continue; // "section 5 and 6 of the Act": too loose to say which is which
    emitList(c, m.index, list, { end, etSeq: false }, rule, confidence, (item) => actSectionValue(act, item, false, from), (item) => actAnchor(act, item));
  }
}

/** A section of an act that does not share its title's numbering anchors later bare cites of that section. */
function actAnchor(act: NamedAct | { name: string }, item: SectionItem): Anchor | null {
  if ('sameNumbering' in act && act.sameNumbering) return null;
  return { pos: item.start, code: 'usc', title: 0, section: item.section, wholeCode: false, act, ...('sections' in act && act.sections ? { namedAct: act } : {}) };
}

function matchBefore(acts: ActMatch[], pos: number): { pos: number; act: NamedAct } | undefined {
  let best: ActMatch | undefined;
  for (const a of acts) if (a.end <= pos) best = a;
  return best ? { pos: best.start, act: best.act } : undefined;
}

/** A named act as a whole: its codified location when the lexicon knows one. */
function namedActValue(act: NamedAct): StatuteValue {
  return {
    canonical: act.canonical,
    display: act.display,
    code: act.usc ? 'usc' : 'act',
    ...(act.usc ? { title: String(act.usc.title) } : {}),
    ...(act.usc?.section ? { section: act.usc.section } : {}),
    ...(act.usc?.subsections ? { subsections: act.usc.subsections } : {}),
    ...(act.usc?.sectionEnd ? { sectionEnd: act.usc.sectionEnd } : {}),
    ...(act.usc?.etSeq ? { etSeq: true } : {}),
    actName: act.name,
    codeFrom: 'lexicon',
  };
}

function passNamedActs(c: Collector, acts: ActMatch[]): void {
  let previous: ActMatch | undefined;
  for (const a of acts) {
    // "the Immigration and Nationality Act (INA)": the parenthesis defines the short name, it is not a second mention
    const defining = previous?.act === a.act && c.text.slice(previous.end, a.start) === ' (' && c.text[a.end] === ')';
    previous = a;
    if (defining || !c.free(a.start, a.end)) continue;
    const tail = ACT_SECTION_TAIL.exec(c.text.slice(a.end, a.end + 80));
    if (tail?.groups) {
      // "ERISA § 502(a)(1)(B)": the act and its section are one citation
      const g = tail.groups;
      const listStart = a.end + (tail.indices?.groups?.list?.[0] ?? 0);
      const list = parseSectionList(g.list!, listStart, isPlural(g.marker));
      const before = c.out.length;
      emitList(c, a.start, list, undefined, 'act_section', 0.9, (item) => actSectionValue(a.act, item, false, 'lexicon'), (item) => actAnchor(a.act, item));
      if (c.out.length > before) {
        c.acts.push({ pos: a.start, act: a.act });
        continue;
      }
    }
    c.add(a.start, a.end, 'named_act', 0.9, namedActValue(a.act));
    c.acts.push({ pos: a.start, act: a.act });
    if (a.act.usc) {
      c.anchors.push({ pos: a.start, code: 'usc', title: a.act.usc.title, ...(a.act.usc.section ? { section: a.act.usc.section } : {}), wholeCode: !!a.act.wholeTitle, ...(a.act.sameNumbering ? { partOfTitle: true } : {}), ...(a.act.sections ? { namedAct: a.act } : {}) });
    }
  }
}

function passGenericActs(c: Collector): void {
  for (const m of c.text.matchAll(GENERIC_ACT)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (!c.free(m.index, end)) continue;
    const name = m[0];
    // "the Act" needs a name; a sentence-initial capital is not one ("the Under Act" cannot occur after "the")
    if (!/\s/.test(g.name ?? '')) continue;
    // a case name abbreviates the act it cites: "the Tel. Consumer Prot. Act of 1991" is the TCPA
    const known = name.includes('.') ? findNamedAct(expandAbbreviations(name)) : undefined;
    if (known) {
      c.add(m.index, end, 'abbreviated_act', 0.8, namedActValue(known));
      c.acts.push({ pos: m.index, act: known });
      continue;
    }
    c.add(m.index, end, 'generic_act', 0.6, {
      canonical: `act/${slugify(name)}`,
      display: name,
      code: 'act',
      actName: name,
    });
    c.acts.push({ pos: m.index, act: { name } });
  }
}

function passCodeSections(c: Collector, docTitle: number | undefined): void {
  if (!docTitle) return;
  for (const m of c.text.matchAll(CODE_SECTION)) {
    const g = m.groups ?? {};
    const listStart = listStartOf(m);
    const list = parseSectionList(g.list!, listStart, isPlural(g.marker));
    emitList(c, m.index, list, tailOf(m), 'code_section', 0.8,
      (item, etSeq) => uscValue(docTitle, item, etSeq, 'context'));
  }
}

function passBare(c: Collector, docTitle: number | undefined): void {
  const t = c.text;
  // bare sections add no anchors: sort the ones found so far once
  const anchors = [...c.anchors].sort((a, b) => a.pos - b.pos);
  for (const m of t.matchAll(BARE)) {
    const g = m.groups ?? {};
    const matchEnd = m.index + m[0].length;
    if (!c.free(m.index, matchEnd)) continue;
    // a section opening its line reads on from the line above: a table of authorities lists
    // "Cal. Civ. Code" on one line and its "§ 3426" on the next
    const lineStart = t.lastIndexOf('\n', m.index - 1) + 1;
    const from = lineStart === m.index ? t.lastIndexOf('\n', m.index - 2) + 1 : lineStart;
    if (FOREIGN_CODE_BEFORE.test(t.slice(Math.max(from, m.index - 40), m.index).replace(/\n$/, ''))) continue;
    // "§ 2 of the contract", "Section 1 of Executive Order 14159": a section of something else
    if (/^\sof\s/.test(t.slice(matchEnd, matchEnd + 4))) continue;
    const symbol = g.marker!.startsWith('§');
    const listStart = listStartOf(m);
    const list = parseSectionList(g.list!, listStart, isPlural(g.marker));
    // without any code a bare "§ N" is a guess
    const confidence = (v: StatuteValue): number => (v.canonical.startsWith('section/') ? 0.3 : 0.8);
    emitList(c, m.index, list, tailOf(m), 'bare_section', confidence, (item, etSeq) => {
      const r = resolveBare(anchors, item, docTitle);
      if (r.kind === 'none') {
        if (!symbol) return null;
        const subs = item.subsections.map((s) => `(${s})`).join('');
        return {
          canonical: ['section', item.section, ...item.subsections].join('/'),
          display: `§ ${item.section}${subs}`,
          code: 'usc',
          section: item.section,
          ...(item.subsections.length ? { subsections: item.subsections } : {}),
        };
      }
      // a word-form "Section 3" resolved only by the document's code may still be a part of the document
      if (!symbol && r.kind === 'code' && !/^\d{3,}|[A-Za-z]/.test(item.section) && item.subsections.length === 0) return null;
      if (r.kind === 'act') return { ...actSectionValue(r.act, item, etSeq, 'lexicon'), actName: r.act.name };
      return r.code === 'cfr' ? cfrValue(r.title, item, false, 'context') : uscValue(r.title, item, etSeq, 'context');
    });
  }
}

type BareResolution =
  | { kind: 'code'; code: 'usc' | 'cfr'; title: number }
  | { kind: 'act'; act: NamedAct | { name: string } }
  | { kind: 'none' };

/** How far after an act's name a bare section is still read as one of that act's (about a paragraph). */
const ACT_CONTEXT_CHARS = 600;

function resolveBare(sorted: readonly Anchor[], item: SectionItem, docTitle: number | undefined): BareResolution {
  const isCfr = /\./.test(item.section);
  const anchors = sorted.filter((a) => (a.code === 'cfr') === isCfr);
  const same = anchors.filter((a) => a.section === item.section);
  const sameBefore = same.filter((a) => a.pos < item.start).pop();
  const sameAny = sameBefore ?? same[0];
  if (sameAny?.act) return { kind: 'act', act: sameAny.act };
  if (sameAny) return { kind: 'code', code: sameAny.code, title: sameAny.title };
  // "violations of Section 10(b) of the Exchange Act ... and liability under Section 20(a)": the act
  // just named, when its table numbers the section.
  const actBefore = anchors.filter((a) => a.namedAct && a.pos < item.start && item.start - a.pos < ACT_CONTEXT_CHARS).pop()?.namedAct;
  if (actBefore && codifiedSection(actBefore, item.section)) return { kind: 'act', act: actBefore };
  const famous = isCfr ? undefined : actForBareSection(item.section);
  if (famous?.usc) return { kind: 'act', act: { ...famous, sameNumbering: true } };
  const whole = anchors.filter((a) => a.wholeCode);
  const before = whole.filter((a) => a.pos < item.start).pop() ?? whole[0];
  if (before) return { kind: 'code', code: before.code, title: before.title };
  if (docTitle && !isCfr) return { kind: 'code', code: 'usc', title: docTitle };
  const part = anchors.filter((a) => a.partOfTitle);
  const partBefore = part.filter((a) => a.pos < item.start).pop() ?? part[0];
  if (partBefore) return { kind: 'code', code: partBefore.code, title: partBefore.title };
  return { kind: 'none' };
}

// ---------------------------------------------------------------------------------------------

export function extractStatutes(text: string, prior: readonly Mention[] = []): StatuteMention[] {
  const c = new Collector(text, prior);
  // State code citations belong to the state-statutes extractor: "Mass. Gen. Laws ch. 93A, § 9"
  // holds no bare federal "§ 9". A state act and its sections ("CIPA § 631") are left unclaimed, as
  // before: whatever this extractor reads there is shorter or less sure than the state extractor's
  // reading, which wins when overlaps are merged. No federal act inside a state act's name is read,
  // though: "Illinois Biometric Information Privacy Act" is not the Privacy Act.
  const state = extractStateStatutes(text, prior);
  for (const m of state) if (!m.value.actName) c.claim(m.start, m.end);
  const stateActs = state.filter((m) => m.rule === 'state_named_act');
  const insideStateAct = (a: ActMatch): boolean => stateActs.some((s) => s.start <= a.start && a.end <= s.end && s.end - s.start > a.end - a.start);
  const docTitle = DOC_CODE_HINTS.find((h) => h.re.test(text))?.title;
  // "the New Jersey Civil Rights Act" is the state's act, not the federal one: left to the generic pass
  const acts = matchNamedActs(text).filter((a) => !STATE_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start)) && !continuesAName(text, a) && !insideStateAct(a));
  passUsc(c);
  passIrc(c);
  passCfr(c);
  passNamedRegulations(c);
  passPublicLawAndStat(c);
  passSectionOfAct(c, acts, docTitle);
  passNamedActs(c, acts);
  passGenericActs(c);
  passCodeSections(c, docTitle);
  passBare(c, docTitle);
  return c.out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const statutesExtractor: Extractor = {
  name: 'statutes',
  extract(ctx: ExtractContext): Mention[] {
    return extractStatutes(ctx.doc.text, ctx.prior);
  },
};
