// Docket numbers: district ("1:25-cv-00457-CKK", "No. 25-cv-457", "Civil Action No. 25-457 (CKK)",
// "25 Civ. 1234"), appellate ("No. 25-5181", "USCA Case #25-5181", "Nos. 24-1234, 24-1235"),
// Supreme Court applications ("No. 24A123"), bankruptcy ("Bankr. No. 19-12345"), Tax Court
// ("Docket No. 12345-19") and MDL ("MDL No. 2804").
//
// Canonical forms: a district number is office:yy-type-nnnnn with the number padded to five digits
// and judge initials dropped ("1:25-cv-00457"); without an office number there is no "1:" prefix
// ("No. 25-cv-457" -> "25-cv-00457"; "Civil Action No. 25-457" -> "25-cv-00457"). Other numbers
// keep their digits as written ("25-5181", "24A123", "12345-19"); MDL numbers read "MDL 2804".
//
// A bare "25-5181" with no "No."/"Case" cue is skipped: it is as likely a phone fragment, a range
// or a report number. A district number carries its own cue (the case type letters).

import type { CourtValue, DocketValue, Extractor, Mention, MentionOf, TextDocument, Span } from '../model/types.ts';
import { captionCourt } from './courts.ts';
import { lineAround, spanContaining } from '../segment/locate.ts';

// District case types: civil, criminal, miscellaneous, magistrate, multidistrict, bankruptcy,
// adversary, petty offense, search warrant, grand jury...
const CASE_TYPES = 'cv|cr|mc|mj|md|mdl|ml|bk|ap|po|sw|gj|cb|dp|ms|tp|pt';

// Spelled case types in S.D.N.Y./E.D.N.Y. style numbers: "25 Civ. 1234", "24 Cr. 12", "23 Misc. 45".
const SPELLED_TYPES: Readonly<Record<string, string>> = { civ: 'cv', cr: 'cr', crim: 'cr', misc: 'mc', mag: 'mj', mj: 'mj' };

// What precedes a number and says it is a case number.
// e.g. "No. " "Nos. " "Case No. " "Case: " "USCA Case #" "Civil Action No. " "CIVIL ACTION NO. "
//      "Criminal No. " "Appeal No. " "Docket No. " "Bankr. No. " "Adv. Pro. No. " "MDL No. " "Chapter 11 Case No. "
//      "Docket #: " "case number "
const CUE_SRC = String.raw`(?<cue>(?:(?:Chapter|Ch\.)\s+\d{1,2}\s+Case\s+No\.?|(?:USCA\s+)?Case\s*(?:No\.?|Number|#)|Docket\s*#|Case:|(?:Civil|Civ\.|Criminal|Crim\.|Cr\.)\s+(?:Action\s+|Case\s+)?No\.?|(?:Appeal|App\.|Docket|Bankr\.|Bankruptcy(?:\s+Case)?|Adv\.\s+Pro(?:c)?\.|Adversary\s+(?:Proceeding|Proc\.)|Misc\.|MDL|Application)\s+No\.?|Nos?\.)\s*:?\s*)`;

// "1:25-cv-00457", "2:19-CV-1234", "1:25cv457"
const DISTRICT_FULL_SRC = String.raw`(?<dOffice>\d{1,2}):(?<dYy>\d{2})-?(?<dType>${CASE_TYPES})-?(?<dNum>\d{1,6})`;
// "25-cv-457", "25-CV-00457", "25cv457"
const DISTRICT_SHORT_SRC = String.raw`(?<sYy>\d{2})-?(?<sType>${CASE_TYPES})-?(?<sNum>\d{1,6})`;
// "25 Civ. 1234", "24 Cr. 12", "1:24 Civ. 1234"
const SPELLED_SRC = String.raw`(?:(?<nOffice>\d{1,2}):)?(?<nYy>\d{2})\s(?<nType>Civ|Cr|Crim|Misc|Mag|MJ)\.?\s(?<nNum>\d{1,6})`;
// District numbers with the type in front, C.D. Cal. and N.D. Cal. style: "CV 19-1848-GW",
// "ED CV 16-1128-AB" (a division before the type), "CR 19-642", "C 19-04744 WHA", "C-14-2464 MMC"
const PREFIXED_SRC = String.raw`(?:(?<pDiv>ED|SA|WD|SD)\s)?(?<pType>CV|CR|C)[\s-](?<pYy>\d{2})[-–](?<pNum>\d{1,6})`;
// "24A123" (Supreme Court application)
const APPLICATION_SRC = String.raw`(?<aYy>\d{2})A(?<aNum>\d{1,4})`;
// "25-5181", "2024-1234" (Federal Circuit), "20-1234C" (Court of Federal Claims), "20-1234V" (vaccine)
const TWO_PART_SRC = String.raw`(?<tYy>(?:19|20)\d{2}|\d{2})-(?<tNum>\d{1,6})(?<tSfx>[CVT])?`;
// "12345-19", "12345-19S" (Tax Court: number first, then year)
const TAX_SRC = String.raw`(?<xNum>\d{3,6})-(?<xYy>\d{2})(?<xSfx>[SLW])?`;
// "2804" after "MDL No."
const MDL_SRC = String.raw`(?<mNum>\d{3,4})`;

const DOCKET_RE = new RegExp(
  String.raw`(?<![\w:./-])${CUE_SRC}?(?:${DISTRICT_FULL_SRC}|${DISTRICT_SHORT_SRC}|${SPELLED_SRC}|${PREFIXED_SRC}|${APPLICATION_SRC}|${TWO_PART_SRC}|${TAX_SRC}|${MDL_SRC})(?![\w]|[-/.,]\d)`,
  'gi',
);

// Judge initials after a district number: "-CKK", "-ABC-DEF", " (CKK)", and in California the
// district judge's alone, the magistrate judge's in parentheses with an "x": " DOC (KESx)", " WHA".
// Initials standing alone after a space must end the number's clause, or "ECF" would be read.
// e.g. "-CKK" " (CKK)" "-JMF-SN" " DOC (KESx)" " PA (KKx)" " WHA,"
const INITIALS_RE = /(?:(?:-[A-Z]{2,4})+|\s\((?:[A-Z]{2,4})(?:\s?[/-]\s?[A-Z]{2,4})?\)|\s[A-Z]{2,4}(?=$|\n|[,;.)]|\s\())(?:\s\([A-Z]{1,4}x\))?(?![A-Za-z])/y;

// More numbers after a plural cue: "Nos. 24-1234, 24-1235 & 24-1236", "Nos. 24-1234 and 24-1235".
// e.g. ", 24-1235" " & 24-1236" ", and 24-1237"
const LIST_NEXT_RE = /(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)(?:No\.\s*)?(?<num>(?:(?:19|20)\d{2}|\d{2})-\d{3,6})(?![\w]|[-/.]\d)/y;

// Words before "No." that make the number something else: a public law, a report, an ECF entry,
// an exhibit, an order, a school district...
// e.g. "Pub. L. " "S. Rep. " "ECF " "Exec. Order " "Ex. " "Resolution "
const NOT_A_CASE_BEFORE_RE =
  /(?:Pub\.?\s?L\.|Public\s+Law|P\.\s?L\.|Rep\.|Report|Doc\.|Docs\.|ECF|Dkt\.|Res\.|Order|Ex\.|Exh\.|Exhibit|Op\.|Opinion|Form|Reg\.|Notice|Ruling|Bill|Amend(?:ment|\.)|Ordinance|Resolution|Prop\.|Proposition|Treaty|Directive|Memo(?:randum)?|Release|Dist\.|District|Lot|Unit|Room|Suite|Apt\.|Plaintiff|Defendant|Doe|Count|Claim|Item|Schedule|Sched\.|Letter|Ltr\.|Advisory|Interpretation|Decision|Determination)\s*$/i;

type DocketRule = 'district-full' | 'district-short' | 'district-spelled' | 'district-prefixed' | 'civil-action' | 'application' | 'two-part' | 'tax-court' | 'mdl' | 'listed';

interface Candidate {
  start: number;
  end: number;
  rule: DocketRule;
  value: DocketValue;
  /** The court levels this number can belong to, for linking to a court named nearby. */
  levels: readonly string[];
  confidence: number;
  /** A two-part number carrying a judge's initials: a trial court's, read by the court it links to. */
  trialCourt?: boolean;
}

const pad5 = (n: string): string => n.replace(/^0+(?=\d)/, '').padStart(5, '0');

/** "1:25-cv-00457" and "25-cv-00457" are one case. */
const withoutOffice = (canonical: string): string => canonical.replace(/^\d{1,2}:/, '');

function cueKind(cue: string): 'civil' | 'criminal' | 'bankruptcy' | 'appeal' | 'tax' | 'mdl' | 'adversary' | 'plain' {
  if (/^(?:civil|civ\.)/i.test(cue)) return 'civil';
  if (/^(?:criminal|crim\.|cr\.)/i.test(cue)) return 'criminal';
  if (/^(?:bankr|bankruptcy|chapter|ch\.)/i.test(cue)) return 'bankruptcy';
  if (/^(?:adv|adversary)/i.test(cue)) return 'adversary';
  if (/^(?:USCA|appeal|app\.)/i.test(cue)) return 'appeal';
  if (/^docket/i.test(cue)) return 'tax';
  if (/^MDL/i.test(cue)) return 'mdl';
  return 'plain';
}

function districtLevels(type: string): string[] {
  return type === 'bk' || type === 'ap' ? ['bankruptcy', 'district'] : ['district'];
}

/** Read one regex match as a docket, or null when the shape needs a cue it does not have. */
function candidateOf(m: RegExpExecArray): Candidate | null {
  const g = m.groups ?? {};
  const cue = g['cue'] ?? '';
  const ck = cueKind(cue);
  const start = m.index;
  const end = m.index + m[0].length;
  if (g['dNum']) {
    const type = g['dType']!.toLowerCase();
    const value: DocketValue = { canonical: `${g['dOffice']}:${g['dYy']}-${type}-${pad5(g['dNum'])}`, kind: 'district', office: g['dOffice'], year: g['dYy'], caseType: type, number: pad5(g['dNum']) };
    return { start, end, rule: 'district-full', value, levels: districtLevels(type), confidence: 0.97 };
  }
  if (g['sNum']) {
    const type = g['sType']!.toLowerCase();
    const value: DocketValue = { canonical: `${g['sYy']}-${type}-${pad5(g['sNum'])}`, kind: 'district', year: g['sYy'], caseType: type, number: pad5(g['sNum']) };
    return { start, end, rule: 'district-short', value, levels: districtLevels(type), confidence: cue ? 0.95 : 0.9 };
  }
  if (g['pNum']) {
    // The bare "C" of N.D. Cal. is a case number only after a cue, and every prefix is in capitals.
    const written = g['pType']!;
    if (written !== written.toUpperCase() || (g['pDiv'] && g['pDiv'] !== g['pDiv'].toUpperCase()) || (written === 'C' && !cue)) return null;
    const type = written === 'CR' ? 'cr' : 'cv';
    const value: DocketValue = { canonical: `${g['pYy']}-${type}-${pad5(g['pNum'])}`, kind: 'district', year: g['pYy'], caseType: type, number: pad5(g['pNum']) };
    return { start, end, rule: 'district-prefixed', value, levels: ['district'], confidence: cue ? 0.93 : 0.88 };
  }
  if (g['nNum']) {
    const type = SPELLED_TYPES[g['nType']!.toLowerCase()] ?? 'cv';
    const office = g['nOffice'];
    const canonical = `${office ? `${office}:` : ''}${g['nYy']}-${type}-${pad5(g['nNum'])}`;
    const value: DocketValue = { canonical, kind: 'district', ...(office ? { office } : {}), year: g['nYy'], caseType: type, number: pad5(g['nNum']) };
    return { start, end, rule: 'district-spelled', value, levels: ['district'], confidence: 0.9 };
  }
  if (!cue) return null;
  if (g['aNum']) {
    const value: DocketValue = { canonical: `${g['aYy']}A${g['aNum']}`, kind: 'other', year: g['aYy'], caseType: 'application', number: g['aNum'] };
    return { start, end, rule: 'application', value, levels: ['supreme'], confidence: 0.9 };
  }
  if (g['tNum']) {
    const yy = g['tYy']!;
    const num = g['tNum']!;
    if (ck === 'civil' || ck === 'criminal') {
      // "Civil Action No. 25-457": the D.D.C. style, a district number without its type letters.
      if (yy.length !== 2) return null;
      const type = ck === 'civil' ? 'cv' : 'cr';
      const value: DocketValue = { canonical: `${yy}-${type}-${pad5(num)}`, kind: 'district', year: yy, caseType: type, number: pad5(num) };
      return { start, end, rule: 'civil-action', value, levels: ['district'], confidence: 0.93 };
    }
    // Short numbers after a bare "No." are more often ranges and counts than cases.
    if (num.length < 3) return null;
    const canonical = `${yy}-${num}${g['tSfx'] ?? ''}`;
    if (ck === 'bankruptcy' || ck === 'adversary') {
      const value: DocketValue = { canonical, kind: 'other', year: yy, caseType: ck === 'bankruptcy' ? 'bk' : 'ap', number: num };
      return { start, end, rule: 'two-part', value, levels: ['bankruptcy'], confidence: 0.9 };
    }
    const value: DocketValue = { canonical, kind: 'appellate', year: yy, number: num };
    const levels = g['tSfx'] ? ['specialty'] : ck === 'appeal' ? ['appellate'] : ['appellate', 'supreme', 'specialty', 'bankruptcy'];
    return { start, end, rule: 'two-part', value, levels, confidence: ck === 'plain' ? 0.8 : 0.88 };
  }
  if (g['xNum']) {
    if (ck !== 'tax') return null;
    const value: DocketValue = { canonical: `${g['xNum']}-${g['xYy']}${g['xSfx'] ?? ''}`, kind: 'other', year: g['xYy'], number: g['xNum'] };
    return { start, end, rule: 'tax-court', value, levels: ['specialty'], confidence: 0.75 };
  }
  if (g['mNum']) {
    if (ck !== 'mdl') return null;
    const value: DocketValue = { canonical: `MDL ${g['mNum']}`, kind: 'other', caseType: 'mdl', number: g['mNum'] };
    return { start, end, rule: 'mdl', value, levels: ['district', 'specialty'], confidence: 0.9 };
  }
  return null;
}

/** Initials right after a district number join its span and value ("-CKK", " (CKK)"). */
function withInitials(text: string, c: Candidate): Candidate {
  // Appellate numbers carry no judge's initials: "NO. 20-02829 VC" in a caption, "Case No.
  // 09-00429-HAR" are a district's or a bankruptcy court's case.
  const twoPart = c.rule === 'two-part' && c.value.kind === 'appellate';
  if (c.value.kind !== 'district' && c.value.caseType !== 'bk' && !twoPart) return c;
  INITIALS_RE.lastIndex = c.end;
  const m = INITIALS_RE.exec(text);
  if (!m) return c;
  const initials = (m[0].match(/[A-Z]{2,4}(?=x?\)|[\s/-]|$)/g) ?? []).join('-');
  const value: DocketValue = { ...c.value, kind: twoPart ? 'other' : c.value.kind, judgeInitials: initials };
  return { ...c, end: c.end + m[0].length, value, ...(twoPart ? { levels: ['district', 'bankruptcy'], trialCourt: true } : {}) };
}

/** A trial court's two-part number read by its court: "20-02829" of a district is "20-cv-02829". */
function asTrialCourtNumber(value: DocketValue, court: CourtValue | undefined): DocketValue {
  if (court?.level === 'district' && value.year?.length === 2 && value.number) {
    const number = pad5(value.number);
    return { ...value, canonical: `${value.year}-cv-${number}`, kind: 'district', caseType: 'cv', number };
  }
  if (court?.level === 'bankruptcy') return { ...value, caseType: 'bk' };
  return value;
}

/** The numbers listed after the first under a plural cue: "Nos. 24-1234, 24-1235". */
function listedAfter(text: string, first: Candidate): Candidate[] {
  const out: Candidate[] = [];
  let pos = first.end;
  for (;;) {
    LIST_NEXT_RE.lastIndex = pos;
    const m = LIST_NEXT_RE.exec(text);
    if (!m?.groups) break;
    const num = m.groups['num']!;
    const numStart = m.index + m[0].length - num.length;
    const [yy = '', n = ''] = num.split('-');
    out.push({
      start: numStart,
      end: numStart + num.length,
      rule: 'listed',
      value: { ...first.value, canonical: num, year: yy, number: n },
      levels: first.levels,
      confidence: first.confidence,
    });
    pos = m.index + m[0].length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Linking a docket to the court the text names beside it.

// What lies between a docket and the court of its citation parenthetical.
// e.g. " (" ", 2017 WL 1234567, at *3 (" ", 2021 U.S. Dist. LEXIS 12458 ("
const CITATION_PAREN_RE = /^(?:,[^;()]*)?\s\($/;

/** The nearest compatible court inside `range`: before the docket first ("D.D.C., No. ..."), then after. */
function nearestIn(text: string, courts: readonly MentionOf<'court'>[], range: Span, c: Candidate): MentionOf<'court'> | undefined {
  const inside = courts.filter((k) => k.start >= range.start && k.end <= range.end && c.levels.includes(k.value.level));
  // A citation's own parenthetical comes first: "Roe v. Doe, No. 4:16-cv-613, 2017 WL 1 (N.D. Fla. 2017)",
  // even when an earlier cite of the sentence named another court.
  const paren = inside.find((k) => k.start >= c.end && k.start - c.end <= 80 && CITATION_PAREN_RE.test(text.slice(c.end, k.start)));
  if (paren) return paren;
  const before = inside.filter((k) => k.end <= c.start);
  if (before.length > 0) return before[before.length - 1];
  return inside.find((k) => k.start >= c.end);
}

/**
 * Court for a docket: the nearest compatible court in the same sentence; else the only compatible
 * court of its line (a caption or citation line); else the only one the document names. A paragraph
 * naming two courts ("appealed from the 5th Circuit to the Supreme Court") links to neither.
 * `sure` is false for the line and document guesses, which a caption's number overrides.
 */
function courtFor(doc: TextDocument, courts: readonly MentionOf<'court'>[], c: Candidate): { court: CourtValue; sure: boolean } | undefined {
  if (courts.length === 0) return undefined;
  const sentence = spanContaining(doc.sentences, c.start);
  const near = sentence && nearestIn(doc.text, courts, sentence, c);
  if (near) return { court: near.value, sure: true };
  const guess = looseCourtFor(doc, courts, c);
  return guess && { court: guess, sure: false };
}

function looseCourtFor(doc: TextDocument, courts: readonly MentionOf<'court'>[], c: Candidate): CourtValue | undefined {
  const onlyIn = (range: Span | undefined): CourtValue | undefined => {
    const compatible = new Map(
      courts.filter((k) => c.levels.includes(k.value.level) && (!range || (k.start >= range.start && k.end <= range.end))).map((k) => [k.value.canonical, k.value]),
    );
    return compatible.size === 1 ? [...compatible.values()][0] : undefined;
  };
  const line = lineAround(doc.text, c.start);
  const inLine = courts.some((k) => k.start >= line.start && k.end <= line.end && c.levels.includes(k.value.level));
  if (inLine) return onlyIn(line);
  // "On Appeal from the United States District Court for the Northern District of California\nNo. 3:20-cv-02731":
  // a court closing the line above a number that opens its own
  if (/^(?:\s|\))*$/.test(doc.text.slice(line.start, c.start))) {
    const above = courts.find((k) => k.end === line.start - 1 && c.levels.includes(k.value.level));
    if (above) return above.value;
  }
  return onlyIn(undefined);
}

/** The value with its court; a "No. 20-1234" in a bankruptcy or specialty court is not appellate. */
function linked(value: DocketValue, court: CourtValue | undefined): DocketValue {
  if (!court) return value;
  const kind = value.kind === 'appellate' && court.level !== 'appellate' && court.level !== 'supreme' ? 'other' : value.kind;
  return { ...value, kind, court: court.canonical };
}

export const docketsExtractor: Extractor = {
  name: 'dockets',
  extract(ctx): Mention[] {
    const { doc } = ctx;
    const text = doc.text;
    const courts = ctx.prior.filter((m): m is MentionOf<'court'> => m.kind === 'court');
    const found: Candidate[] = [];
    DOCKET_RE.lastIndex = 0;
    for (let m = DOCKET_RE.exec(text); m; m = DOCKET_RE.exec(text)) {
      const cue = m.groups?.['cue'];
      if (cue && NOT_A_CASE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const c = candidateOf(m);
      if (!c) continue;
      const first = withInitials(text, c);
      found.push(first);
      if (cue && /^(?:\w+\s+)*Nos\./i.test(cue)) {
        const more = listedAfter(text, first);
        found.push(...more);
        const last = more[more.length - 1];
        if (last) DOCKET_RE.lastIndex = last.end;
      }
      if (first.end > DOCKET_RE.lastIndex) DOCKET_RE.lastIndex = first.end;
    }
    const links = found.map((c) => courtFor(doc, courts, c));
    const courtOf = links.map((l) => l?.court);
    // A number in the caption (above or below the court's name, before any other court is named)
    // is the caption court's case; so is the same number cited again further down, unless its own
    // sentence names its court.
    const caption = captionCourt(text, courts);
    if (caption) {
      const otherCourt = courts.filter((k) => k.start > caption.end && k.value.canonical !== caption.value.canonical).reduce((a, k) => Math.min(a, k.start), text.length);
      const own = new Set<string>();
      found.forEach((c, i) => {
        if (links[i]?.sure || c.start > otherCourt || !c.levels.includes(caption.value.level)) return;
        courtOf[i] = caption.value;
        own.add(withoutOffice(c.value.canonical));
      });
      found.forEach((c, i) => {
        if (!links[i]?.sure && own.has(withoutOffice(c.value.canonical))) courtOf[i] = caption.value;
      });
    }
    return found.map((c, i): MentionOf<'docket'> => {
      return {
        kind: 'docket',
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        extractor: 'dockets',
        rule: c.rule,
        confidence: c.confidence,
        value: linked(c.trialCourt ? asTrialCourtNumber(c.value, courtOf[i]) : c.value, courtOf[i]),
      };
    });
  },
};
