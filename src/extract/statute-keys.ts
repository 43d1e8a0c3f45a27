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
