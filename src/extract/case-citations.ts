// Case citations: full reporter citations ("603 U.S. 369 (2024)", "2025 WL 1234567"), with the
// case name when it directly precedes, and the short forms that point back to one ("603 U.S. at
// 400", "Id. at 460", "Loper Bright, supra"). A short form is only emitted when it has a full
// citation to point to, and an "Id." that follows a statute is the statute's, not a case's.

import type { CaseCitationValue, ExtractContext, Extractor, Mention, MentionOf } from '../model/types.ts';
import { REPORTER_PATTERN, findReporter } from '../lexicon/reporters.ts';

type CitationMention = MentionOf<'case_citation'>;

// "1737", "1737–38", "n.5", "at *3"
const PIN = String.raw`(?:at\s)?\*?\d{1,7}(?:[-–]\d{1,7})?(?:\sn\.\s?\d+)?`;
// "(D.C. Cir. 2025)", "(2015)", "(9th Cir. Jan. 5, 2025)", "(Bankr. S.D.N.Y. 2019)"
const PAREN = String.raw`\s\((?<paren>[^()\n]{0,60}?(?<year>1[6-9]\d\d|20\d\d))\)`;

// "123 F.4th 456 (D.C. Cir. 2025)", "140 S. Ct. 1731, 1737 (2020)", "2025 WL 1234567, at *3 (D.D.C. Mar. 3, 2025)"
const FULL = new RegExp(
  String.raw`(?<![\w.§-])(?<vol>\d{1,4})\s(?<rep>${REPORTER_PATTERN})\s(?<page>\d{1,7})(?![\w-]|[.,]\d)(?:,\s(?<pin>${PIN})(?![\w-]|[.,]\d|\s?[A-Z]))*(?:${PAREN})?`,
  'g',
);
// "123 F.4th at 460"
const SHORT = new RegExp(String.raw`(?<![\w.§-])(?<vol>\d{1,4})\s(?<rep>${REPORTER_PATTERN})\sat\s(?<pin>\*?\d{1,7}(?:[-–]\d{1,7})?)`, 'g');
// "Id.", "id. at 460", "Id. at 1737–38"
const ID = /(?<![\w.])(?<id>[Ii]d\.)(?:\sat\s(?<pin>\*?\d{1,7}(?:[-–]\d{1,7})?))?/g;
// "Loper Bright, supra, at 400"
// Found from its ", supra" backwards: scanning forward from every capitalized word for a
// ", supra" that may never come is quadratic in a run of capitals (a caption, a heading).
const SUPRA_TAIL = /,\s(?:supra)(?:,\sat\s(?<pin>\d{1,7}(?:[-–]\d{1,7})?))?/g;
const SUPRA_NAME = /(?<![\w.])(?<name>[A-Z][\w.'’&-]*(?:\s(?:[A-Z][\w.'’&-]*|of|v\.))*)$/;
// How far back a case name may reach before its ", supra".
const SUPRA_REACH = 200;

// Capitalized words that start a sentence or a citation clause, not a case name.
const NOT_NAME_START = new Set([
  'See', 'see', 'Cf.', 'cf.', 'But', 'And', 'In', 'Under', 'As', 'Since', 'After', 'Following', 'Citing', 'citing', 'Quoting', 'quoting',
  'Compare', 'compare', 'With', 'with', 'Accord', 'accord', 'Contra', 'Also', 'also', 'Although', 'While', 'Because', 'When', 'Unlike',
  'Like', 'Per', 'The', 'e.g.,', 'E.g.,', 'generally', 'also,', 'That', 'This', 'Those', 'Its', 'Their', 'Then', 'Here', 'There',
]);
const NAME_CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'ex', 'rel.', 'de', 'la', 'del', 'du', 'von', 'van', 'on', 'in', 'to', 'de la']);

/** "Loper Bright Enters. v. Raimondo" when it ends right before the citation (", " between). */
function caseNameBefore(text: string, citeStart: number): string | undefined {
  if (text.slice(citeStart - 2, citeStart) !== ', ') return undefined;
  const lineStart = text.lastIndexOf('\n', citeStart) + 1;
  const window = text.slice(Math.max(lineStart, citeStart - 200), citeStart - 2);
  // the name cannot reach back across a clause: a semicolon, a parenthesis, a quotation mark
  const cut = Math.max(...[';', '(', ')', '“', '”', '"', ':'].map((ch) => window.lastIndexOf(ch)));
  const clause = window.slice(cut + 1);
  const inRe = /(?:^|\s)(In re|Ex parte|In the Matter of)\s[^,]+(?:,\s(?:Inc|LLC|L\.L\.C|Co|Corp|Ltd|L\.P)\.?)?$/.exec(clause);
  if (inRe) return clause.slice(inRe.index).trim();
  const v = /\sv\.?\s(?=[A-Z0-9])/g;
  let vAt = -1;
  for (const m of clause.matchAll(v)) vAt = m.index;
  if (vAt < 0) return undefined;
  const defendant = clause.slice(vAt).replace(/^\sv\.?\s/, '');
  if (defendant.length > 100 || /[.!?]\s[a-z]/.test(defendant)) return undefined;
  // walk back over the plaintiff's words
  const left = clause.slice(0, vAt).split(' ');
  const kept: string[] = [];
  for (let i = left.length - 1; i >= 0; i--) {
    const w = left[i]!;
    if (!w) break;
    if (NOT_NAME_START.has(w)) break;
    if (/^[A-Z0-9“"']/.test(w) || NAME_CONNECTORS.has(w)) kept.unshift(w);
    else break;
  }
  while (kept.length && NAME_CONNECTORS.has(kept[0]!)) kept.shift();
  if (!kept.length) return undefined;
  return `${kept.join(' ')} v. ${defendant}`.replace(/\s+/g, ' ').trim();
}

/** "D.C. Cir. Jan. 5, 2025" -> "D.C. Cir."; "2015" -> undefined. */
function courtOfParen(paren: string): string | undefined {
  const court = paren
    .replace(/\s?(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s\d{1,2},)?\s)?\d{4}$/, '')
    .replace(/,$/, '')
    .trim();
  return court || undefined;
}

export function extractCaseCitations(text: string, prior: readonly Mention[] = []): CitationMention[] {
  const out: CitationMention[] = [];
  // statutes and dockets are not reporters; a court named in the parenthetical ("D.C. Cir.") is part of the cite
  const claimed = prior.filter((p) => p.kind === 'statute' || p.kind === 'docket').map((p) => ({ start: p.start, end: p.end }));
  const free = (s: number, e: number): boolean => !claimed.some((c) => c.start < e && s < c.end) && !out.some((c) => c.start < e && s < c.end);
  const add = (start: number, end: number, rule: string, confidence: number, value: CaseCitationValue): void => {
    out.push({ kind: 'case_citation', start, end, text: text.slice(start, end), extractor: 'case-citations', rule, confidence, value });
  };

  // Full citations. A parenthetical after a run of parallel cites ("576 U.S. 644, 135 S. Ct. 2584
  // (2015)") dates all of them.
  const full: CitationMention[] = [];
  for (const m of text.matchAll(FULL)) {
    const g = m.groups ?? {};
    const reporter = findReporter(g.rep ?? '');
    if (!reporter) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    // without a parenthetical a citation still ends at punctuation: "12 U.S. 5 offices" is not one;
    // a table of authorities runs dot leaders after it ("2018 WL 1747336 ....."), a careless
    // writer a pinpoint without its comma ("2018 WL 6702749 at *3")
    if (!g.paren && !/^(?:$|[,.;:)\]”"’]|\s\(|\s?\n|\s(?:and|or|&)\s|\s\.{2}|\sat\s\*?\d)/.test(text.slice(end, end + 6))) continue;
    const firstPin = /^,\s(?<pin>[^,(]+?)(?=,|\s\(|$)/.exec(m[0].slice(m[0].indexOf(g.page!, g.vol!.length + g.rep!.length) + g.page!.length))?.groups?.pin;
    const caseName = caseNameBefore(text, start);
    const value: CaseCitationValue = {
      form: 'full',
      volume: Number(g.vol),
      reporter: reporter.abbrev,
      page: Number(g.page),
      ...(firstPin ? { pinpoint: firstPin.replace(/^at\s/, '') } : {}),
      ...(g.paren && courtOfParen(g.paren) ? { court: courtOfParen(g.paren)! } : {}),
      ...(g.year ? { year: Number(g.year) } : {}),
      ...(caseName ? { caseName } : {}),
      canonical: `${g.vol} ${reporter.abbrev} ${g.page}`,
    };
    add(start, end, reporter.kind === 'database' ? 'database_citation' : 'full_citation', caseName || g.year ? 0.95 : 0.7, value);
    full.push(out[out.length - 1]!);
  }
  const parallel = (i: number): boolean => /^,\s$/.test(text.slice(full[i]!.end, full[i + 1]!.start));
  for (let i = full.length - 2; i >= 0; i--) {
    const a = full[i]!;
    const b = full[i + 1]!;
    if (!a.value.year && b.value.year && parallel(i)) {
      a.value.year = b.value.year;
      if (b.value.court) a.value.court = b.value.court;
    }
  }
  for (let i = 0; i < full.length - 1; i++) {
    if (!parallel(i) || full[i]!.value.year !== full[i + 1]!.value.year) continue;
    const b = full[i + 1]!.value;
    // the name before a parallel cite is the first cite's, not "Name, 576 U.S. 644"
    if (full[i]!.value.caseName) b.caseName = full[i]!.value.caseName;
    else delete b.caseName;
  }

  // "603 U.S. at 400": back to the full citation of that volume and reporter
  for (const m of text.matchAll(SHORT)) {
    const g = m.groups ?? {};
    const reporter = findReporter(g.rep ?? '');
    if (!reporter || !free(m.index, m.index + m[0].length)) continue;
    const pin = g.pin!;
    const target = [...full].reverse().find((f) => f.start < m.index && f.value.volume === Number(g.vol) && f.value.reporter === reporter.abbrev && (f.value.page ?? 0) <= Number(pin.replace(/\D.*$/, '').replace('*', '') || 0))
      ?? full.find((f) => f.value.volume === Number(g.vol) && f.value.reporter === reporter.abbrev);
    add(m.index, m.index + m[0].length, 'short_citation', target ? 0.9 : 0.7, {
      form: 'short',
      volume: Number(g.vol),
      reporter: reporter.abbrev,
      pinpoint: pin,
      ...(target?.value.page ? { page: target.value.page } : {}),
      ...(target?.value.caseName ? { caseName: target.value.caseName } : {}),
      canonical: target ? target.value.canonical : `${g.vol} ${reporter.abbrev}`,
    });
  }

  // "Id." points to the citation right before it, unless a statute came in between ("Id. § 7213")
  const statutes = prior.filter((p) => p.kind === 'statute');
  const cites = (): CitationMention[] => [...out].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(ID)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    if (/^\s?§/.test(text.slice(end, end + 3))) continue;
    const before = cites().filter((c) => c.end <= start).pop();
    if (!before) continue;
    if (statutes.some((s) => s.start >= before.end && s.end <= start)) continue;
    const pin = m.groups?.pin;
    add(start, end, 'id_citation', 0.85, {
      form: 'id',
      ...(before.value.volume !== undefined ? { volume: before.value.volume } : {}),
      ...(before.value.reporter ? { reporter: before.value.reporter } : {}),
      ...(before.value.page !== undefined ? { page: before.value.page } : {}),
      ...(pin ? { pinpoint: pin } : {}),
      ...(before.value.caseName ? { caseName: before.value.caseName } : {}),
      canonical: before.value.canonical,
    });
  }

  // "Loper Bright, supra": only when a full citation carries that name
  for (const tail of text.matchAll(SUPRA_TAIL)) {
    const from = Math.max(0, tail.index - SUPRA_REACH);
    const named = SUPRA_NAME.exec(text.slice(from, tail.index));
    if (!named) continue;
    const m = { index: from + named.index, 0: named[0] + tail[0], groups: { name: named.groups?.name, pin: tail.groups?.pin } };
    // "Compare Loper Bright, supra": the name is the longest tail of the words that a full cite carries
    const words = (m.groups.name ?? '').split(' ');
    let target: CitationMention | undefined;
    let skipped = 0;
    for (let k = 0; k < words.length && !target; k++) {
      const name = words.slice(k).join(' ');
      target = full.find((f) => f.start < m.index && f.value.caseName?.includes(name));
      if (!target) skipped += words[k]!.length + 1;
    }
    const start = m.index + skipped;
    const end = m.index + m[0].length;
    if (!target || !free(start, end)) continue;
    add(start, end, 'supra_citation', 0.8, {
      form: 'supra',
      ...(target.value.volume !== undefined ? { volume: target.value.volume } : {}),
      ...(target.value.reporter ? { reporter: target.value.reporter } : {}),
      ...(target.value.page !== undefined ? { page: target.value.page } : {}),
      ...(m.groups?.pin ? { pinpoint: m.groups.pin } : {}),
      ...(target.value.caseName ? { caseName: target.value.caseName } : {}),
      canonical: target.value.canonical,
    });
  }

  return out.sort((a, b) => a.start - b.start);
}

export const caseCitationsExtractor: Extractor = {
  name: 'case-citations',
  extract(ctx: ExtractContext): Mention[] {
    return extractCaseCitations(ctx.doc.text, ctx.prior);
  },
};
