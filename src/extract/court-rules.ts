// Court rules and the Federal Register, as `statute` mentions:
// - the Federal Rules (civil, criminal, appellate, evidence, bankruptcy) by abbreviation ("Fed. R.
//   Civ. P. 12(b)(6)", "FRCP 65"), by name ("Federal Rule of Civil Procedure 23(b)(3)", "Rule 56
//   of the Federal Rules of Civil Procedure"), and bare ("Rule 12(b)(6)") when the document names
//   that rule set elsewhere, or the rule is one only the civil rules have and the document is a
//   court's;
// - local rules ("Local Civil Rule 7(h)", "LCvR 7(h)"), keyed by their court when the citation or
//   the document names a single district or bankruptcy court;
// - Federal Register pages ("90 Fed. Reg. 12,345, 12,350"), the pin cite kept as `pinpoint`.
// Exchange Act rules ("Rule 10b-5") and the FAR/DFARS are the statutes extractor's (17 and 48
// C.F.R.): a rule number here never takes a letter or a hyphen, so "Rule 10b-5" is never read.

import type { DocumentKind, ExtractContext, Extractor, Mention, MentionOf, StatuteValue } from '../model/types.ts';
import { frDisplay, frKey, ruleDisplay, ruleKey, type RuleLocation, type RuleSet } from './statute-keys.ts';

type StatuteMention = MentionOf<'statute'>;

// ---------------------------------------------------------------------------------------------
// Regex pieces

// "12", "23.1", "5.2", "9019"; never "10b-5" (an SEC rule) or "144A"
const RULE_NO = String.raw`\d{1,4}(?:\.\d{1,2})?`;
// "(b)(6)", "(a)(1)(A)"
const SUBS = String.raw`(?:\((?:[a-z]{1,4}|[A-Z]{1,2}|\d{1,3})\))*`;
const RULE_REF = String.raw`${RULE_NO}${SUBS}(?![\w-]|\.\d)`;
// "12(b)(1) and 12(b)(6)", "26, 33, and 34", "56(a)"
const RULE_LIST = String.raw`${RULE_REF}(?:(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)${RULE_REF})*`;

// "Fed. R. Civ. P.", "Fed.R.Civ.P.", "Fed. R. Civ. Pro.", "F.R.C.P.", "FRCP", "Fed. R. Evid.", "FRE", "FRAP", "Fed. R. Bankr. P."
const ABBREVIATIONS: readonly { set: RuleSet; re: string }[] = [
  { set: 'frcp', re: String.raw`Fed\.\s?R\.\s?Civ\.\s?(?:P|Pro|Proc)\.|F\.\s?R\.\s?C\.\s?P\.|FRCP` },
  { set: 'frcrp', re: String.raw`Fed\.\s?R\.\s?Crim\.\s?(?:P|Pro|Proc)\.|F\.\s?R\.\s?Crim\.\s?P\.|FRCrP|FRCRP` },
  { set: 'frap', re: String.raw`Fed\.\s?R\.\s?App\.\s?(?:P|Pro|Proc)\.|F\.\s?R\.\s?A\.\s?P\.|FRAP` },
  { set: 'fre', re: String.raw`Fed\.\s?R\.\s?Evid\.|F\.\s?R\.\s?E\.|FRE` },
  { set: 'frbp', re: String.raw`Fed\.\s?R\.\s?Bankr\.\s?(?:P|Pro|Proc)\.|F\.\s?R\.\s?B\.\s?P\.|FRBP` },
  { set: 'rcfc', re: String.raw`RCFC|R\.\s?Ct\.\s?Fed\.\s?Cl\.` },
  { set: 'tcr', re: String.raw`Tax\s?Ct\.\s?R\.|T\.C\.\s?R\.` },
];
const ABBREVIATED = new RegExp(
  String.raw`(?<![\w.])(?:${ABBREVIATIONS.map((a) => `(?<${a.set}>${a.re})`).join('|')})(?:,?\s?(?:[Rr]ules?\s)?)(?<list>${RULE_LIST})`,
  'gd',
);

// "Federal Rule of Civil Procedure 23(b)(3)", "Federal Rules of Evidence 702 and 703", "Bankruptcy Rule 9019", "Civil Rule 56"
const SET_WORD = String.raw`(?<word>Civil|Criminal|Appellate|Bankruptcy|Evidence)`;
const NAMED = new RegExp(
  String.raw`(?<![\w.])(?:Federal\sRules?\sof\s(?:Civil|Criminal|Appellate|Bankruptcy)\sProcedure|Federal\sRules?\sof\sEvidence|(?<!(?:Local|Bankruptcy\sLocal)\s)${SET_WORD}\sRules?),?\s(?<list>${RULE_LIST})`,
  'gd',
);
// "Rule 12(b)(6) of the Federal Rules of Civil Procedure", "Rules 26 and 37 of the Federal Rules of Civil Procedure"
const RULE_OF = new RegExp(
  String.raw`(?<![\w.])[Rr]ules?\s(?<list>${RULE_LIST})\sof\sthe\sFederal\sRules\sof\s(?<word>Civil\sProcedure|Criminal\sProcedure|Appellate\sProcedure|Bankruptcy\sProcedure|Evidence)`,
  'gd',
);
// The document names a rule set without a number: "the Federal Rules of Civil Procedure", "the Civil Rules"
const SET_NAMED: readonly { set: RuleSet; re: RegExp }[] = [
  { set: 'frcp', re: /Federal Rules of Civil Procedure|Fed\. ?R\. ?Civ\. ?P\.|\bFRCP\b|\bCivil Rules\b/ },
  { set: 'frcrp', re: /Federal Rules of Criminal Procedure|Fed\. ?R\. ?Crim\. ?P\./ },
  { set: 'frap', re: /Federal Rules of Appellate Procedure|Fed\. ?R\. ?App\. ?P\.|\bFRAP\b/ },
  { set: 'fre', re: /Federal Rules of Evidence|Fed\. ?R\. ?Evid\./ },
  { set: 'frbp', re: /Federal Rules of Bankruptcy Procedure|Fed\. ?R\. ?Bankr\. ?P\.|\bBankruptcy Rules\b/ },
];

// "Rule 12(b)(6)", "Rules 12(b)(1) and 12(b)(6)"
const BARE = new RegExp(String.raw`(?<![\w.])[Rr]ules?\s(?<list>${RULE_LIST})`, 'gd');
// Words that make a bare "Rule N" someone else's: a local, circuit, state, Supreme Court, SEC, FINRA or ethics rule
const OTHER_RULEBOOK_BEFORE =
  /(?:\b(?:Local|Civil|Criminal|Bankruptcy|Appellate|Evidence|Circuit|Cir\.|Court|Ct\.|Supreme|SEC|Commission|Exchange Act|FINRA|NASD|NYSE|Nasdaq|Model|Professional|Conduct|Admin\.|Administrative|Tax Court|Claims|Board|State|Uniform|Cal\.|Tex\.|N\.Y\.|Fla\.|Ill\.|Mass\.|Pa\.|Ohio|Wash\.|Ga\.|Mich\.|L\.|LCvR|LR|Court's|Court’s|Arbitration|AAA|JAMS|ICC|UNCITRAL|Listing|Nasdaq's|Procedural)|§),?\s?$/;
// ... and after it: "Rule 5 of the Local Rules", "Rule 1.6 of the Model Rules", "Rule 29 of the Supreme Court Rules"
const OTHER_RULEBOOK_AFTER = /^\s(?:of|under)\s(?:the\s|this\s)?(?!Federal\sRules)(?:[A-Z]|Court|court)/;

// The numbers each set has; a bare number outside them is not that set's rule
const RANGES: Record<RuleSet, [number, number]> = { frcp: [1, 87], frcrp: [1, 61], frap: [1, 48], fre: [101, 1103], frbp: [1001, 9037], rcfc: [1, 83], tcr: [1, 350] };
// "Rules 12(b)(1) and 12(b)(6) of the Rules of the United States Court of Federal Claims", "Tax Court Rule 121(a)"
const SPECIALTY_RULE_OF = new RegExp(String.raw`(?<![\w.])[Rr]ules?\s(?<list>${RULE_LIST})\sof\sthe\sRules\sof\s(?:Practice\sand\sProcedure\sof\s)?the\s(?:United\sStates\s)?(?<court>Court\sof\sFederal\sClaims|Tax\sCourt)|(?<![\w.])(?<tax>Tax\sCourt\sRules?)\s(?<list2>${RULE_LIST})`, 'gd');
// Rules only the civil rules have (a motion to dismiss, summary judgment, class actions, injunctions...):
// a court's document citing them bare means the civil rules
const CIVIL_SIGNATURE = new Set(['12', '56', '23', '65', '26', '37', '41', '50', '59', '60', '15', '19', '24', '45', '55', '54', '16', '30', '34', '33', '36']);
// The decimal rules of the federal sets: a bare "Rule 8.500" or "Rule 1.6" is a state, court or ethics rule
const FEDERAL_DECIMALS = new Set(['4.1', '5.1', '5.2', '7.1', '12.1', '12.2', '12.3', '12.4', '17.1', '23.1', '23.2', '26.1', '26.2', '26.3', '28.1', '32.1', '32.2', '65.1', '71.1']);
const COURT_KINDS: ReadonlySet<DocumentKind> = new Set(['court_order', 'opinion', 'filing', 'transcript']);

// "Local Civil Rule 7(h)", "LCvR 7(h)", "Local Rule 56.1(a)", "L.R. 7.1", "L. Civ. R. 7.1", "Civil L.R. 7-3", "LBR 4001-1", "Local Bankruptcy Rule 9013-1"
const LOCAL_NO = String.raw`\d{1,4}(?:[.-]\d{1,3}){0,2}[A-Za-z]?${SUBS}(?![\w-]|\.\d)`;
const LOCAL = new RegExp(
  String.raw`(?<![\w.])(?:(?<civ>Local\sCivil\sRules?|LCvR|LCivR|L\.\s?Civ\.\s?R\.|Civil\sL\.\s?R\.|Civ\.\s?L\.\s?R\.|Local\sRule\sof\sCivil\sProcedure)|(?<crim>Local\sCriminal\sRules?|LCrR|L\.\s?Cr\.\s?R\.|L\.\s?Crim\.\s?R\.|Crim\.\s?L\.\s?R\.)|(?<bankr>Local\sBankruptcy\sRules?|LBR|L\.\s?B\.\s?R\.|Bankruptcy\sLocal\sRules?)|(?<gen>Local\sRules?|L\.\s?R\.))\s(?<list>${LOCAL_NO}(?:(?:,\s(?:and\s)?|\s(?:and|or)\s)${LOCAL_NO})*)`,
  'gd',
);

// "90 Fed. Reg. 12345", "90 FR 12345", "90 Fed. Reg. 12,345, 12,350", "89 Federal Register 1234"
const PAGE = String.raw`\d{1,3},\d{3}(?!\d)|\d{1,6}(?!\d|,\d)`;
const FED_REG = new RegExp(
  String.raw`(?<![\w.§,-])(?<vol>\d{1,3})\s(?:Fed\.\s?Reg\.|FR|Federal\sRegister)\s(?<page>${PAGE})(?:,\s(?<pin>${PAGE})(?!\s?(?:U\.\s?S|C\.\s?F|Fed\.|FR\b|Stat\.)))?`,
  'gd',
);
// "90 Fed. Reg. at 12,350": a later page of a rule cited in full before
const FED_REG_SHORT = new RegExp(String.raw`(?<![\w.§,-])(?<vol>\d{1,3})\s(?:Fed\.\s?Reg\.|FR|Federal\sRegister)\sat\s(?<pin>${PAGE})`, 'gd');

// ---------------------------------------------------------------------------------------------

interface Item {
  start: number;
  end: number;
  rule: string;
  subsections: string[];
}

const ITEM = new RegExp(String.raw`(?<no>\d{1,4}(?:[.-]\d{1,3}){0,2}[A-Za-z]?)(?<subs>${SUBS})`, 'gd');
const subsOf = (s: string | undefined): string[] => [...(s ?? '').matchAll(/\(([^)]+)\)/g)].map((x) => x[1] ?? '');

function parseList(list: string, offset: number): Item[] {
  return [...list.matchAll(ITEM)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, rule: m.groups!.no!, subsections: subsOf(m.groups!.subs) }));
}

const listStart = (m: RegExpMatchArray): number => m.indices!.groups!.list![0];

const inRange = (set: RuleSet, rule: string): boolean => {
  const n = Number(rule);
  const [lo, hi] = RANGES[set];
  return n >= lo && n < hi + 1;
};

class Collector {
  readonly out: StatuteMention[] = [];
  private readonly claimed: Uint8Array;
  /** Where each rule set was cited or named, for bare rules. */
  readonly setsSeen: { pos: number; set: RuleSet }[] = [];

  constructor(
    readonly text: string,
    prior: readonly Mention[],
  ) {
    this.claimed = new Uint8Array(text.length);
    for (const p of prior) if (p.kind === 'statute' || p.kind === 'docket' || p.kind === 'case_citation') this.claimed.fill(1, p.start, p.end);
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return false;
    return true;
  }

  add(start: number, end: number, rule: string, confidence: number, value: StatuteValue): boolean {
    if (!this.free(start, end)) return false;
    this.out.push({ kind: 'statute', start, end, text: this.text.slice(start, end), extractor: 'court-rules', rule, confidence, value });
    this.claimed.fill(1, start, end);
    return true;
  }
}

function ruleValue(l: RuleLocation): StatuteValue {
  return {
    canonical: ruleKey(l),
    display: ruleDisplay(l),
    code: 'rule',
    title: l.set === 'local' ? 'local' : l.set,
    section: l.rule,
    ...(l.subsections?.length ? { subsections: l.subsections } : {}),
    ...(l.court ? { jurisdiction: l.court } : {}),
    codeFrom: 'stated',
  };
}

/** One mention per listed rule: the first from the citation's start, the last to its end. */
function emitRules(c: Collector, start: number, end: number, items: Item[], set: RuleSet, rule: string, confidence: number): void {
  items.forEach((item, i) => {
    if (!inRange(set, item.rule)) return;
    c.add(i === 0 ? start : item.start, i === items.length - 1 ? end : item.end, rule, confidence, ruleValue({ set, rule: item.rule, subsections: item.subsections }));
  });
  c.setsSeen.push({ pos: start, set });
}

const WORD_SET: Record<string, RuleSet> = { Civil: 'frcp', Criminal: 'frcrp', Appellate: 'frap', Bankruptcy: 'frbp', Evidence: 'fre' };

function passFederal(c: Collector): void {
  for (const m of c.text.matchAll(ABBREVIATED)) {
    const g = m.groups!;
    const set = ABBREVIATIONS.find((a) => g[a.set])!.set;
    emitRules(c, m.index, m.index + m[0].length, parseList(g.list!, listStart(m)), set, 'federal_rule_abbreviated', 0.95);
  }
  for (const re of [RULE_OF, NAMED]) {
    for (const m of c.text.matchAll(re)) {
      const g = m.groups!;
      const word = g.word ? g.word.split(/\s/)[0]! : /Evidence/.test(m[0]) ? 'Evidence' : /(Civil|Criminal|Appellate|Bankruptcy)/.exec(m[0])![1]!;
      emitRules(c, m.index, m.index + m[0].length, parseList(g.list!, listStart(m)), WORD_SET[word]!, re === RULE_OF ? 'federal_rule_of' : 'federal_rule_named', 0.95);
    }
  }
}

function passSpecialty(c: Collector): void {
  for (const m of c.text.matchAll(SPECIALTY_RULE_OF)) {
    const g = m.groups!;
    const set: RuleSet = g.tax || /Tax/.test(g.court ?? '') ? 'tcr' : 'rcfc';
    const at = (m.indices!.groups!.list ?? m.indices!.groups!.list2!)[0];
    emitRules(c, m.index, m.index + m[0].length, parseList(g.list ?? g.list2!, at), set, 'specialty_rule', 0.95);
  }
}

function passLocal(c: Collector, prior: readonly Mention[]): void {
  const courts = prior.filter((p): p is MentionOf<'court'> => p.kind === 'court' && (p.value.level === 'district' || p.value.level === 'bankruptcy'));
  const ids = new Set(courts.map((p) => p.value.id));
  const only = ids.size === 1 ? courts[0] : undefined;
  for (const m of c.text.matchAll(LOCAL)) {
    const g = m.groups!;
    const localKind = g.civ ? 'civ' : g.crim ? 'crim' : g.bankr ? 'bankr' : 'gen';
    // "D.D.C. LCvR 7(h)": a court written right before the rule is its court; else the document's one court
    const adjacent = courts.find((p) => p.end <= m.index && /^,?\s?$/.test(c.text.slice(p.end, m.index)));
    const court = adjacent ?? only;
    const start = adjacent ? adjacent.start : m.index;
    const items = parseList(g.list!, listStart(m));
    items.forEach((item, i) => {
      const loc: RuleLocation = { set: 'local', rule: item.rule, subsections: item.subsections, localKind, ...(court ? { court: court.value.id, courtDisplay: court.value.canonical } : {}) };
      c.add(i === 0 ? start : item.start, i === items.length - 1 ? m.index + m[0].length : item.end, 'local_rule', court ? 0.9 : 0.85, ruleValue(loc));
    });
  }
}

function passBare(c: Collector, prior: readonly Mention[], kind: DocumentKind | undefined): void {
  const t = c.text;
  for (const s of SET_NAMED) for (const m of t.matchAll(new RegExp(s.re.source, 'g'))) c.setsSeen.push({ pos: m.index, set: s.set });
  c.setsSeen.sort((a, b) => a.pos - b.pos);
  const courtDocument = (kind !== undefined && COURT_KINDS.has(kind)) || prior.some((p) => p.kind === 'docket' || p.kind === 'caption');
  for (const m of t.matchAll(BARE)) {
    const end = m.index + m[0].length;
    if (!c.free(m.index, end)) continue;
    if (OTHER_RULEBOOK_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (OTHER_RULEBOOK_AFTER.test(t.slice(end, end + 30))) continue;
    const items = parseList(m.groups!.list!, listStart(m));
    items.forEach((item, i) => {
      if (item.rule.includes('.') && !FEDERAL_DECIMALS.has(item.rule)) return;
      // the set most recently named before the rule whose numbers include it, else the first after
      const fits = c.setsSeen.filter((s) => inRange(s.set, item.rule));
      const named = fits.filter((s) => s.pos < item.start).pop() ?? fits[0];
      let set: RuleSet | undefined = named?.set;
      let confidence = 0.8;
      if (!set) {
        // "Rule 12(b)(6)" is a motion to dismiss wherever it is written; "Rule 56" is one in a court's document
        const motionToDismiss = item.rule === '12' && /^[bc]$/.test(item.subsections[0] ?? '');
        if (!motionToDismiss && !(courtDocument && CIVIL_SIGNATURE.has(item.rule))) return;
        set = 'frcp';
        confidence = 0.7;
      }
      const value = ruleValue({ set, rule: item.rule, subsections: item.subsections });
      c.add(i === 0 ? m.index : item.start, i === items.length - 1 ? end : item.end, 'bare_rule', confidence, { ...value, codeFrom: 'context' });
    });
  }
}

function passFederalRegister(c: Collector): void {
  const full: { vol: number; page: number; pos: number }[] = [];
  const num = (s: string): number => Number(s.replace(/,/g, ''));
  for (const m of c.text.matchAll(FED_REG)) {
    const g = m.groups!;
    const vol = Number(g.vol);
    const page = num(g.page!);
    let end = m.index + m[0].length;
    let pin = g.pin ? num(g.pin) : undefined;
    // a pin cite is a later page of the same rule: "12,345, 12,350"; a smaller number is something else
    if (pin !== undefined && pin < page) {
      end = m.indices!.groups!.page![1];
      pin = undefined;
    }
    if (!(vol >= 1 && vol <= 150) || page < 1) continue;
    const ok = c.add(m.index, end, 'federal_register', 0.95, {
      canonical: frKey(vol, page),
      display: frDisplay(vol, page),
      code: 'federal_register',
      title: String(vol),
      section: String(page),
      ...(pin !== undefined ? { pinpoint: String(pin) } : {}),
      codeFrom: 'stated',
    });
    if (ok) full.push({ vol, page, pos: m.index });
  }
  for (const m of c.text.matchAll(FED_REG_SHORT)) {
    const vol = Number(m.groups!.vol);
    const pin = num(m.groups!.pin!);
    // the nearest rule cited before in that volume that starts at or before the page
    const cited = full.filter((f) => f.vol === vol && f.page <= pin && f.pos < m.index).pop();
    if (!cited) continue;
    c.add(m.index, m.index + m[0].length, 'federal_register_short', 0.85, {
      canonical: frKey(vol, cited.page),
      display: frDisplay(vol, cited.page),
      code: 'federal_register',
      title: String(vol),
      section: String(cited.page),
      pinpoint: String(pin),
      codeFrom: 'context',
    });
  }
}

// ---------------------------------------------------------------------------------------------

export function extractCourtRules(text: string, prior: readonly Mention[] = [], kind?: DocumentKind): StatuteMention[] {
  const c = new Collector(text, prior);
  passFederalRegister(c);
  passFederal(c);
  passSpecialty(c);
  passLocal(c, prior);
  passBare(c, prior, kind);
  return c.out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const courtRulesExtractor: Extractor = {
  name: 'court-rules',
  extract(ctx: ExtractContext): Mention[] {
    return extractCourtRules(ctx.doc.text, ctx.prior, ctx.doc.meta.kind);
  },
};
