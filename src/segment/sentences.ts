import type { PageRange, Sentence, SentenceKind } from '../model/types.ts';
import { isCaseNameAbbreviation } from '../lexicon/legal-abbreviations.ts';
import { lastStartingAtOrBefore } from './locate.ts';

// Sentence segmentation for legal prose. A hand-written scanner, linear in the text: every
// candidate boundary looks back at one token and ahead at one word, both bounded.
//
// A boundary is ". ! ?" (plus closing quotes/brackets) followed by a space and a start that can
// open a sentence: an uppercase letter, a digit, "§", or an opening quote/bracket before one.
// After a period, the token before it decides:
// - NEVER_FINAL abbreviations (v., Mr., e.g., pp., Sept.) never end a sentence;
// - abbreviations that can also end one (Inc., U.S., et al., Id., No., Serv.) end it only before a
//   word that typically opens a sentence ("The", "In", "He"): "the U.S. District Court" stays
//   whole while "... in the U.S. The next ..." splits; before a digit they never end one;
// - single initials ("Jane Q. Public") behave like the second group, and an initial that
//   opens its sentence ("Q.", "A." in a transcript) never ends it.
// Blocks ("\n") are never crossed.

/** Abbreviations always followed by more of the same sentence. */
const NEVER_FINAL = new Set([
  // case names and citations: "Smith v. Jones", "pp. 12-14", "ECF No." is handled as "No."
  'v.', 'vs.', 'Vs.', 'cf.', 'Cf.', 'e.g.', 'E.g.', 'i.e.', 'I.e.', 'viz.', 'p.', 'pp.', 'para.', 'paras.',
  'art.', 'arts.', 'Art.', 'ch.', 'Ch.', 'cl.', 'n.', 'nn.', 'Ex.', 'Exs.', 'Dkt.', 'Sec.', 'Secs.', 'Supp.',
  'amend.', 'Amend.', 'cmt.', 'ex.', 'tbl.', 'fig.', 'Fig.',
  // titles before a name: "Hon. Jane Doe", "Dr. Smith"
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Hon.', 'Prof.', 'Rev.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Lt.',
  'Col.', 'Sgt.', 'Capt.', 'Cmdr.', 'Adm.', 'Pres.', 'Supt.', 'Atty.', 'Messrs.', 'Mmes.',
  // month abbreviations before a day: "Sept. 12, 2025"
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]);

/** Abbreviations that may end a sentence; they do so only before a typical sentence opener. */
const MAY_END = new Set([
  'Inc.', 'Corp.', 'Co.', 'Ltd.', 'LLC.', 'LLP.', 'PLLC.', 'P.C.', 'Jr.', 'Sr.', 'etc.', 'al.', 'seq.',
  'Id.', 'id.', 'Ibid.', 'ibid.', 'No.', 'Nos.', 'no.', 'Cir.', 'Ctr.', 'Serv.', 'St.', 'Mt.', 'Ft.',
  'Fed.', 'Reg.', 'Stat.', 'Pub.', 'Const.', 'Evid.', 'Crim.', 'App.', 'Sess.', 'Ct.', 'Cl.', 'Bankr.',
  'Ala.', 'Ariz.', 'Ark.', 'Cal.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.',
  'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'Okla.', 'Or.', 'Pa.',
  'Tenn.', 'Tex.', 'Va.', 'Vt.', 'Wash.', 'Wis.', 'Wyo.',
  // record citations in briefs and opinions: "Pls.' Mot. for Prelim. Inj. at 5", "Mem. Op. at 3",
  // "Compl. ¶ 12", "Defs.' Opp'n", "Decl. of Jane Roe ¶ 4", "Hr'g Tr. 12:3", "Suppl. Br. 6"
  'Mem.', 'Op.', 'Mot.', "Opp'n.", 'Pl.', 'Pls.', 'Def.', 'Defs.', 'Br.', 'Compl.', 'Am.', 'Decl.', 'Aff.',
  'Tr.', "Hr'g.", 'Prelim.', 'Inj.', 'Suppl.', "Supp'l.", 'Resp.', 'Doc.', 'Attach.', 'Exh.', 'Rec.', 'Admin.',
  'Cong.', 'Dist.', 'Ph.D.', 'Esq.',
]);

/** Words that commonly open a sentence and rarely continue a name after an abbreviation. */
const SENTENCE_OPENERS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'In', 'On', 'At', 'As', 'After', 'Before', 'But',
  'And', 'Or', 'So', 'Yet', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'Our', 'Their', 'His',
  'Her', 'My', 'There', 'Here', 'However', 'Moreover', 'Furthermore', 'Accordingly', 'Therefore', 'Thus',
  'Because', 'Although', 'Though', 'While', 'When', 'Where', 'If', 'Since', 'For', 'To', 'With', 'Under',
  'By', 'From', 'During', 'Despite', 'Nor', 'Such', 'Each', 'Both', 'All', 'Some', 'Many', 'Most', 'No',
  'Neither', 'Instead', 'Indeed', 'Also', 'Then', 'Now', 'Today', 'Yesterday', 'See', 'Plaintiffs',
  'Plaintiff', 'Defendants', 'Defendant', 'Accordingly', 'Further', 'Finally', 'Meanwhile', 'What', 'Who',
  'Why', 'How', 'Did', 'Do', 'Does', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could',
]);

const TERMINATOR = /[.!?]/g;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const MAX_TOKEN = 40;
const MAX_WORD = 30;

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
// "U.S.", "D.D.C.", "S.D.N.Y.", "a.m.", "U.S.C."
const DOTTED = /^(?:\p{L}{1,3}\.){2,}$/u;
// "A." "J." in "Jane Q. Public"
const INITIAL = /^\p{Lu}\.$/u;

/** Split normalized text into sentences: never across "\n", with page numbers and block kinds. */
export function segmentSentences(text: string, pages: readonly PageRange[]): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    segmentLine(text, lineStart, lineEnd, pages, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function segmentLine(text: string, from: number, to: number, pages: readonly PageRange[], out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e === s) return;
  const kind = classifyBlock(text.slice(s, Math.min(e, s + HEADING_MAX_CHARS + 1)));
  const push = (start: number, end: number, k: SentenceKind) => {
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ index: out.length, start, end, page: pageAt(pages, start), kind: k });
  };
  if (kind === 'heading') {
    push(s, e, 'heading');
    return;
  }
  // The block's kind names its opening unit; later sentences in the same block are plain, so a
  // reader looking for "the timeline entry above" finds the one that carries the date.
  let sentStart = s;
  let first = true;
  for (let i = s; i < e; i++) {
    // Jump to the next terminator with the regex engine rather than a character loop.
    TERMINATOR.lastIndex = i;
    const hit = TERMINATOR.exec(text);
    if (!hit || hit.index >= e) break;
    i = hit.index;
    const c = text[i];
    let j = i + 1;
    let periods = c === '.' ? 1 : 0;
    while (j < e && (text[j] === '.' || text[j] === '!' || text[j] === '?')) {
      if (text[j] === '.') periods++;
      j++;
    }
    const runEnd = j;
    while (j < e && CLOSERS.has(text[j]!)) j++;
    if (j >= e || text[j] !== ' ') {
      i = runEnd - 1;
      continue;
    }
    let k = j;
    while (k < e && text[k] === ' ') k++;
    const start = sentenceStartAt(text, k, e);
    let split = start !== undefined;
    // "..." marks an omission inside a quotation far more often than a sentence end.
    if (split && periods >= 3) split = false;
    if (split && c === '.' && runEnd === i + 1 && !periodEndsSentence(text, i, sentStart, k, e, start!)) split = false;
    if (split) {
      push(sentStart, j, first ? kind : 'sentence');
      first = false;
      sentStart = k;
    }
    i = Math.max(i, k - 1, runEnd - 1);
  }
  push(sentStart, e, first ? kind : 'sentence');
}

/** What can open a sentence at `k`: a letter start, a digit start, or nothing. */
function sentenceStartAt(text: string, k: number, e: number): 'letter' | 'digit' | undefined {
  let p = k;
  while (p < e && p - k < 3 && OPENERS.has(text[p]!)) p++;
  const c = text[p];
  if (c === undefined || p >= e) return undefined;
  if (c >= '0' && c <= '9') return 'digit';
  if (c === '§' || c === '¶') return p === k ? 'digit' : undefined;
  if ((c >= 'A' && c <= 'Z') || (c > '\x7f' && UPPER.test(c))) return 'letter';
  return undefined;
}

/** Whether the period at `i` ends the sentence that began at `sentStart`; the next one would start at `k`. */
function periodEndsSentence(text: string, i: number, sentStart: number, k: number, e: number, next: 'letter' | 'digit'): boolean {
  let ts = i;
  while (ts > sentStart && i - ts < MAX_TOKEN && !isBlank(text.charCodeAt(ts - 1))) ts--;
  while (ts < i && OPENERS.has(text[ts]!)) ts++;
  const written = text.slice(ts, i + 1).replace(/’/g, "'");
  if (written === '.') return true;
  // Transcripts and captions shout: "MR. WARREN:", "NO. 25-5181" read as "Mr.", "No.".
  const token = written.length > 2 && !/\p{Ll}/u.test(written) && !DOTTED.test(written) ? written[0] + written.slice(1).toLowerCase() : written;
  if (NEVER_FINAL.has(token)) return false;
  const atSentenceStart = ts === sentStart;
  let mayEnd = MAY_END.has(token) || DOTTED.test(token) || isCaseNameAbbreviation(token) || isCaseNameAbbreviation(token.slice(0, -1));
  if (INITIAL.test(token)) {
    if (atSentenceStart) return false; // "Q. Did you ...", "A. Background"
    mayEnd = true;
  }
  if (!mayEnd) return true;
  if (next === 'digit') return false; // "No. 25-5181", "U.S.C. § 6103", "Stat. 1520"
  const word = wordAt(text, k, e);
  if (INITIAL.test(token) && word.length === 1) return false; // "John Q. A. Smith"
  // "Pub. L. No. 94-455": the opener "No" is here the abbreviation "No."
  if (text[k + word.length] === '.' && (MAY_END.has(`${word}.`) || NEVER_FINAL.has(`${word}.`))) return false;
  return SENTENCE_OPENERS.has(word);
}

function wordAt(text: string, k: number, e: number): string {
  let p = k;
  while (p < e && p - k < 3 && OPENERS.has(text[p]!)) p++;
  let q = p;
  while (q < e && q - p < MAX_WORD && isLetter(text[q]!)) q++;
  return text.slice(p, q);
}

// ---------------------------------------------------------------------------------------------
// Block kinds

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)`;
const PART = String.raw`(?:(?:Early|Mid|Late|Early-|Mid-|Late-)\s?)`;
// "Feb. 18, 2025", "Late February 2025", "Apr 2025", "June 3", "3 June 2025", "08/07/2025", "2025-08-07", "2025"
const TIMELINE_DATE = String.raw`(?:${WEEKDAY}?${PART}?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*|\s+)(?:19|20)\d\d|${MONTH},?\s+(?:19|20)\d\d|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+${MONTH}\s+(?:19|20)\d\d)|\d{1,2}\/\d{1,2}\/(?:\d\d){1,2}|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d)`;
// "Feb. 18, 2025: ICE requests ...", "Oct. 29, 2025 – IRS files ..."
const TIMELINE = new RegExp(String.raw`^${TIMELINE_DATE}\s*(?::|[–—]|\s-)\s*\S`, 'u');
// "• item", "- item", "1. item", "2) item", "(a) item", "(iv) item", "a. item"
// (a "– # # # –" end mark is not an item: the marker must be followed by words)
const LIST_ITEM = /^(?:[•·▪◦‣●○■□➢►✓–—-]|\*|\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]{1,4}\)|[a-z][.)])\s+["“‘(\[]?[\p{L}\d$§]/u;
// Headlines run longer than section headings; both are capped so prose is never taken for one.
const HEADING_MAX_WORDS = 16;
const HEADING_MAX_CHARS = 200;
// Lines ending like this are prose or a lead-in ("The Court Orders as Follows:"), not headings.
const NOT_HEADING_END = /[.!?;:,"”]$/;
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'is', 'v.', 'vs.', 'into', 'over', 'via', 'its', 'be', 'are', 'not',
]);

/** The kind of a block (one line of normalized text), judged from its shape. */
export function classifyBlock(block: string): SentenceKind {
  // Only the start decides a timeline or list item; a huge block is not copied to test it.
  const line = block.length > HEADING_MAX_CHARS ? block.slice(0, HEADING_MAX_CHARS + 1) : block;
  if (TIMELINE.test(line)) return 'timeline';
  if (LIST_ITEM.test(line)) return isHeadingShape(line.replace(/^\S+\s+/, '')) && /^(?:\d|\()/.test(line) ? 'heading' : 'list_item';
  if (isHeadingShape(line)) return 'heading';
  return 'sentence';
}

function isHeadingShape(line: string): boolean {
  if (line.length > HEADING_MAX_CHARS || NOT_HEADING_END.test(line.slice(-1)) || !LETTER.test(line)) return false;
  const words = line.split(' ');
  if (words.length > HEADING_MAX_WORDS) return false;
  if (!/\p{Ll}/u.test(line)) return true; // ALL CAPS ("MEMORANDUM OPINION AND ORDER")
  let content = 0;
  let capitalized = 0;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}\d]+/u, '');
    if (!bare) continue;
    if (SMALL_WORDS.has(bare.toLowerCase()) && w !== words[0]) continue;
    content++;
    if (/^[\p{Lu}\d]/u.test(bare)) capitalized++;
  }
  return content > 0 && /^[^\p{Ll}]/u.test(words[0]!.replace(/^[^\p{L}\d]+/u, '')) && capitalized / content >= 0.75;
}

function pageAt(pages: readonly PageRange[], pos: number): number {
  const i = lastStartingAtOrBefore(pages, pos);
  return i >= 0 ? pages[i]!.number : (pages[0]?.number ?? 1);
}

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && LETTER.test(c));
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}
