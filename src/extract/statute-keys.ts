// Canonical keys and display forms for statutory provisions. One function per code so that a
// provision reached by any written form (a full cite, "IRC §", a named act, a bare section in
// context) gets exactly the same key and display, which is what cross-document matching relies on.

export interface UscLocation {
  title: number;
  section?: string;
  subsections?: string[];
  sectionEnd?: string;
  etSeq?: boolean;
}

const subs = (s: readonly string[] | undefined): string => (s ?? []).map((x) => `(${x})`).join('');

/** "usc/26/6103/i/2", "usc/5/551-559", "usc/5/551/et-seq", "usc/26" (the whole title). */
export function uscKey(l: UscLocation): string {
  const parts = ['usc', String(l.title)];
  if (l.section) {
    parts.push(l.sectionEnd ? `${l.section}-${l.sectionEnd}` : l.section);
    for (const s of l.subsections ?? []) parts.push(s);
    if (l.etSeq) parts.push('et-seq');
  }
  return parts.join('/');
}

/** "26 U.S.C. § 6103(i)(2)", "5 U.S.C. §§ 551–559", "5 U.S.C. § 551 et seq.", "26 U.S.C.". */
export function uscDisplay(l: UscLocation): string {
  if (!l.section) return `${l.title} U.S.C.`;
  if (l.sectionEnd) return `${l.title} U.S.C. §§ ${l.section}${subs(l.subsections)}–${l.sectionEnd}`;
  return `${l.title} U.S.C. § ${l.section}${subs(l.subsections)}${l.etSeq ? ' et seq.' : ''}`;
}

export interface CfrLocation {
  title: number;
  /** A section ("287.7") or, when `part` is set, a part number ("241"). */
  section: string;
  part?: boolean;
  subsections?: string[];
  sectionEnd?: string;
}

/** "cfr/8/287.7/d"; a part is its bare number ("cfr/8/241"): CFR sections always carry a dot. */
export function cfrKey(l: CfrLocation): string {
  const sec = l.sectionEnd ? `${l.section}-${l.sectionEnd}` : l.section;
  return ['cfr', String(l.title), sec, ...(l.subsections ?? [])].join('/');
}

/** "8 C.F.R. § 287.7(d)", "8 C.F.R. pt. 241", "8 C.F.R. §§ 1.1–1.10". */
export function cfrDisplay(l: CfrLocation): string {
  if (l.part) return `${l.title} C.F.R. pt. ${l.section}${l.sectionEnd ? `–${l.sectionEnd}` : ''}`;
  if (l.sectionEnd) return `${l.title} C.F.R. §§ ${l.section}–${l.sectionEnd}`;
  return `${l.title} C.F.R. § ${l.section}${subs(l.subsections)}`;
}

/** "Tax Reform Act of 1976" -> "tax-reform-act-of-1976". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "act/tax-reform-act-of-1976", or with a section of the act: "act/securities-exchange-act-of-1934/10/b". */
export function actKey(name: string, section?: string, subsections?: readonly string[]): string {
  const parts = ['act', slugify(name)];
  if (section) parts.push(section.toLowerCase(), ...(subsections ?? []));
  return parts.join('/');
}

/** "Securities Exchange Act of 1934 § 10(b)". */
export function actDisplay(name: string, section?: string, subsections?: readonly string[]): string {
  return section ? `${name} § ${section}${subs(subsections)}` : name;
}

// ---------------------------------------------------------------------------------------------
// State codes

/**
 * How a state code is cited, which decides where its numbers go:
 * - section: "Cal. Civ. Code § 1798.150"
 * - title_first: "18 Pa. Cons. Stat. § 5703" (the title before the code)
 * - title_after: "Vt. Stat. Ann. tit. 9, § 2453"
 * - chapter: "Mass. Gen. Laws ch. 93A, § 9"
 * - ilcs: "740 ILCS 14/15" (chapter, then act/section)
 * - article: "Tex. Code Crim. Proc. art. 38.22", "La. Civ. Code art. 2315"
 */
export type StateCiteStyle = 'section' | 'title_first' | 'title_after' | 'chapter' | 'ilcs' | 'article';

export interface StateLocation {
  /** Postal code, lower case: "ca". */
  state: string;
  /** The code's short key within its state: "civ", "bus-prof", "ilcs". */
  code: string;
  /** The code's Bluebook name: "Cal. Civ. Code", "Ill. Comp. Stat.", "Mass. Gen. Laws". */
  codeDisplay: string;
  style: StateCiteStyle;
  /** The title (Pa., Vt., Okla.), the ILCS chapter ("740"), or the Massachusetts chapter ("93A"). */
  title?: string;
  /** "1798.150", "14/15" (ILCS act/section), "56:8-2"; absent for a whole chapter or code. */
  section?: string;
  subsections?: string[];
  sectionEnd?: string;
  etSeq?: boolean;
}

/** "state/ca/civ/1798.150/a", "state/il/ilcs/740/14/15/b", "state/ma/gl/93a/9", "state/pa/cs/18/5703/et-seq". */
export function stateKey(l: StateLocation): string {
  const parts = ['state', l.state, l.code];
  if (l.title) parts.push(l.title);
  if (l.section) {
    const sec = l.sectionEnd ? `${l.section}-${l.sectionEnd}` : l.section;
    parts.push(...sec.split('/'), ...(l.subsections ?? []));
    if (l.etSeq) parts.push('et-seq');
  }
  return parts.join('/').toLowerCase();
}

/** "Cal. Civ. Code § 1798.150(a)", "740 ILCS 14/15(b)", "Mass. Gen. Laws ch. 93A, § 9", "Cal. Bus. & Prof. Code § 17200 et seq.". */
export function stateDisplay(l: StateLocation): string {
  const tail = l.section ? `${l.section}${subs(l.subsections)}${l.sectionEnd ? `–${l.sectionEnd}` : ''}${l.etSeq ? ' et seq.' : ''}` : '';
  const sign = l.sectionEnd ? '§§' : '§';
  switch (l.style) {
    case 'ilcs':
      return `${l.title} ${l.codeDisplay}${tail ? ` ${tail}` : ''}`;
    case 'title_first':
      return `${l.title} ${l.codeDisplay}${tail ? ` ${sign} ${tail}` : ''}`;
    case 'title_after':
      return `${l.codeDisplay} tit. ${l.title}${tail ? `, ${sign} ${tail}` : ''}`;
    case 'chapter':
      return `${l.codeDisplay} ch. ${l.title}${tail ? `, ${sign} ${tail}` : ''}`;
    case 'article':
      return `${l.codeDisplay}${tail ? ` ${l.sectionEnd ? 'arts.' : 'art.'} ${tail}` : ''}`;
    default:
      return `${l.codeDisplay}${tail ? ` ${sign} ${tail}` : ''}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Court rules and the Federal Register

/** The federal rule sets by key, with their Bluebook abbreviations. */
export const RULE_SETS = {
  frcp: 'Fed. R. Civ. P.',
  frcrp: 'Fed. R. Crim. P.',
  frap: 'Fed. R. App. P.',
  fre: 'Fed. R. Evid.',
  frbp: 'Fed. R. Bankr. P.',
  // The specialty courts' own rules: the Court of Federal Claims, the Tax Court.
  rcfc: 'RCFC',
  tcr: 'Tax Ct. R.',
} as const;
export type RuleSet = keyof typeof RULE_SETS;

export interface RuleLocation {
  set: RuleSet | 'local';
  rule: string;
  subsections?: string[];
  /** A local rule: the court's id ("dcd") when known, and its kind ("civ", "crim", "bankr"). */
  court?: string;
  courtDisplay?: string;
  localKind?: 'civ' | 'crim' | 'bankr' | 'gen';
}

/** "rule/frcp/12/b/6", "rule/local/dcd/civ/7/h", "rule/local/civ/7/h" (court unknown). */
export function ruleKey(l: RuleLocation): string {
  const head = l.set === 'local' ? ['rule', 'local', ...(l.court ? [l.court] : []), l.localKind ?? 'gen'] : ['rule', l.set];
  return [...head, l.rule, ...(l.subsections ?? [])].join('/').toLowerCase();
}

const LOCAL_DISPLAY = { civ: 'LCvR', crim: 'LCrR', bankr: 'LBR', gen: 'L.R.' } as const;

/** "Fed. R. Civ. P. 12(b)(6)", "D.D.C. LCvR 7(h)", "LCvR 7(h)". */
export function ruleDisplay(l: RuleLocation): string {
  const name = l.set === 'local' ? `${l.courtDisplay ? `${l.courtDisplay} ` : ''}${LOCAL_DISPLAY[l.localKind ?? 'gen']}` : RULE_SETS[l.set];
  return `${name} ${l.rule}${subs(l.subsections)}`;
}

/** "fr/90/12345". */
export const frKey = (volume: number, page: number): string => `fr/${volume}/${page}`;
/** "90 Fed. Reg. 12345". */
export const frDisplay = (volume: number, page: number): string => `${volume} Fed. Reg. ${page}`;
