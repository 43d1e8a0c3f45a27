// Judges: a judicial title before a name ("Judge X", "U.S. District Judge X", "Chief Justice X",
// "Magistrate Judge X", "the Honorable X"), a title after it in opinions and orders ("X, J.",
// "X, C.J.", "X, Circuit Judge", "X, United States District Judge"), panels ("Before: X, Y, and Z,
// Circuit Judges"), and signature blocks (a name line over a "United States District Judge" line).
//
// Each judge links to a court when the text says which: a court named just before the title
// ("Ninth Circuit Judge X"), right after the name ("X of the U.S. District Court for ..."), a seat
// city ("U.S. District Judge X in Seattle"), the only court of the title's level in the sentence,
// else the only court of that level in the whole document (the caption of an order).
//
// Headlines are title case, so "Judge Rules IRS Can Share..." would read as a judge named "Rules
// IRS Can": in a title-case line the name must not be a word compromise tags as a verb.

import nlp from 'compromise';
import type { CourtValue, Extractor, Mention, MentionOf, TextDocument, Span } from '../model/types.ts';
import { courtForCity } from '../lexicon/federal-courts.ts';
import { captionCourt } from './courts.ts';
import { ORG_HEADS, titleCaseName } from './names.ts';
import { lineAround, spanContaining } from '../segment/locate.ts';

type Level = CourtValue['level'];

// ---------------------------------------------------------------------------------------------
// Pieces of a name

// One name word: "Colleen", "Ruiz-Tanaka", "O'Connor", "McKenna", "DeVos", "MacDonald".
// e.g. "Ruiz-Tanaka" "O’Neill" "McKenna" "LaShawn"
const NAME_WORD = String.raw`(?:[OD]['’])?(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*`;
// "P." "J."
const INITIAL = String.raw`\p{Lu}\.`;
// Lowercase particles inside a name: "Sandra de la Cruz", "Ronald van Horn".
const PARTICLE = String.raw`(?:de|del|della|van|von|der|den|la|le|di|da|du|St\.)`;
// ", Jr." " III"
const SUFFIX = String.raw`(?:,? (?:Jr\.|Sr\.|II|III|IV)(?!\p{L}))`;
// "Jr." and "Sr." are the suffix, never a name word: "André Birotte Jr." keeps its period.
const NAME_SRC = String.raw`(?:${NAME_WORD}|${INITIAL})(?: (?:${PARTICLE} (?:${PARTICLE} )?)?(?!(?:Jr|Sr)\.)(?:${NAME_WORD}|${INITIAL})){0,4}${SUFFIX}?`;
// All-capitals names in captions, signatures and opinion headings: "COLLEEN KOLLAR-KOTELLY", "O'CONNOR".
const CAPS_NAME_SRC = String.raw`(?:[OD]['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?: (?:\p{Lu}\.|(?!(?:JR|SR)\.)(?:[OD]['’])?(?:Mc|Mac)?\p{Lu}{2,}(?:[-'’]\p{Lu}+)*)){0,3}(?:,? (?:JR\.|Jr\.|SR\.|II|III|IV))?`;

// ---------------------------------------------------------------------------------------------
// Titles

// Before a name: "Judge", "U.S. District Judge", "Chief U.S. District Judge", "Senior Circuit Judge",
// "Magistrate Judge", "Bankruptcy Judge", "Chief Justice", "Associate Justice", "Justice", "Judges".
// e.g. "Chief U.S. District Judge " "Senior Judge " "Justice " "Hon. " "the Honorable " "CHIEF JUSTICE "
// "the Honorable Judge Edward M. Chen", "Honorable Judge R. David Proctor": the honorific before a title.
const TITLE_BEFORE_SRC = String.raw`(?<title>(?:(?:Hon\.|Honorable|HON\.|HONORABLE)\s)?(?:(?:Chief|Senior|Presiding|Associate|Retired|Acting)\s)?(?:(?:U\.S\.|United\sStates|US|Federal|federal)\s)?(?:(?:District|Circuit|Appeals|Appellate|Magistrate|Bankruptcy|Tax\sCourt|Immigration|Administrative\sLaw|Special\sTrial|Trial)\s)?(?:Judges?|Justices?)|(?:(?:HON\.|HONORABLE)\s)?(?:(?:CHIEF|SENIOR|ASSOCIATE)\s)?(?:(?:U\.S\.|UNITED\sSTATES)\s)?(?:(?:DISTRICT|CIRCUIT|MAGISTRATE|BANKRUPTCY)\s)?(?:JUDGES?|JUSTICES?)|(?:federal|district|magistrate|bankruptcy|circuit|appeals|appellate|U\.S\.\sdistrict|U\.S\.\smagistrate|U\.S\.\sbankruptcy)\s(?:judge)|Hon\.|Honorable|HON\.|HONORABLE)`;
// Opinions write names in capitals after the title: "JUSTICE KAGAN delivered", "Justice GORSUCH, dissenting".
const TITLE_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${TITLE_BEFORE_SRC} (?<name>${NAME_SRC}|${CAPS_NAME_SRC})(?![\p{L}])`, 'gu');

// After a name: "Smith, J." "ROBERTS, C.J." "Jane Roe, Circuit Judge" "X, United States District Judge",
// and a bare "Judge" closing a signature line ("James M. Dowd, Judge").
// e.g. ", J." ", C.J." ", Circuit Judge" ", United States Magistrate Judge" ", U.S.D.J." ", Judge\n"
const TITLE_AFTER_SRC = String.raw`(?<after>C\.\s?J\.|J\.|JJ\.|U\.S\.D\.J\.|U\.S\.M\.J\.|(?:(?:Chief|Senior)\s)?(?:(?:United\sStates|U\.S\.)\s)?(?:District|Circuit|Magistrate|Bankruptcy)\sJudge|Chief\sJudge|Senior\sJudge|Chief\sJustice|Associate\sJustice|(?:(?:CHIEF|SENIOR)\s)?(?:UNITED\sSTATES|U\.S\.)\s(?:DISTRICT|CIRCUIT|MAGISTRATE|BANKRUPTCY)\sJUDGE|Judge(?=\.?(?:\n|$)))`;
const TITLE_AFTER_RE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?<name>${NAME_SRC}|${CAPS_NAME_SRC}), ${TITLE_AFTER_SRC}(?!\p{L})`, 'gu');

// A signature: a name alone on its line ("/s/ Jane Roe", "HON. JANE ROE"), a judge's title alone on the next.
// e.g. "/s/ COLLEEN ROE\nUnited States District Judge" "HON. JANE Q. DOE\nUNITED STATES DISTRICT JUDGE"
const SIGNATURE_RE = new RegExp(
  String.raw`(?<=^|\n)(?:/s/\s?)?(?:(?:The\s|THE\s)?(?:Hon\.|HON\.|Honorable|HONORABLE)\s)?(?<name>${NAME_SRC}|${CAPS_NAME_SRC})\n(?<title>(?:(?:Chief|Senior)\s)?(?:United\sStates|U\.S\.)\s(?:District|Circuit|Magistrate|Bankruptcy)\sJudge|(?:(?:CHIEF|SENIOR)\s)?(?:UNITED\sSTATES|U\.S\.)\s(?:DISTRICT|CIRCUIT|MAGISTRATE|BANKRUPTCY)\sJUDGE)(?=\n|$)`,
  'gu',
);

// A panel: "Before: HENDERSON, MILLETT, and PILLARD, Circuit Judges." "BEFORE: Roe, Chief Judge, and Doe, Circuit Judge."
// e.g. "Before: " "BEFORE: "
const PANEL_RE = /(?<=^|\n)(?:Before|BEFORE):?\s+(?<list>[^\n]{3,300}?),?\s(?<title>(?:Circuit|District|Bankruptcy)\s(?:Judges?)|CIRCUIT\sJUDGES?|Justices)\.?(?=\s|$)/gu;

/** What level of court a title belongs to, when it says. */
function levelOfTitle(title: string): Level | undefined {
  const t = title.toLowerCase();
  if (/justice|c\.\s?j\.|^jj?\.$/.test(t) && !/judge/.test(t)) return t.includes('justice') ? 'supreme' : undefined;
  if (/district|magistrate|u\.s\.[dm]\.j\./.test(t)) return 'district';
  if (/circuit|appeals|appellate/.test(t)) return 'appellate';
  if (/bankruptcy/.test(t)) return 'bankruptcy';
  if (/tax court/.test(t)) return 'specialty';
  return undefined;
}

/** Which court levels a judge with this title may sit on. */
function levelsFor(title: string): readonly Level[] {
  const lv = levelOfTitle(title);
  if (lv === 'district') return ['district'];
  if (lv) return [lv];
  return ['district', 'appellate', 'bankruptcy', 'specialty', 'supreme'];
}

// ---------------------------------------------------------------------------------------------
// What is not a name

// Words a capitalized run after "Judge"/"Justice" may hold that are not names: headline verbs,
// institutions ("Justice Department", "Judge Advocate General"), calendar words, pronouns.
const NOT_NAME = new Set([
  'Advocate', 'General', 'Department', 'Dept', 'Democrats', 'Republicans', 'Ministry', 'Policy', 'Action', 'Reform',
  'Works', 'Watch', 'Now', 'System', 'Systems', 'Program', 'Programs', 'Initiative', 'Corps', 'Clinic', 'Lab',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Yesterday', 'Tomorrow',
  'The', 'A', 'An', 'And', 'But', 'Or', 'On', 'In', 'At', 'To', 'Of', 'For', 'With', 'From', 'By', 'As', 'If', 'So', 'Before',
  'He', 'She', 'It', 'They', 'His', 'Her', 'Their', 'This', 'That', 'These', 'Those', 'Who', 'Which', 'What', 'When',
  'Is', 'Was', 'Are', 'Were', 'Be', 'Has', 'Had', 'Have', 'Will', 'Would', 'Could', 'Should', 'May', 'Might', 'Can',
  'Cannot', 'Did', 'Does', 'Do', 'Not', 'Also', 'Then', 'Said', 'Says', 'Wrote', 'Writes', 'Ruled', 'Rules', 'Orders',
  'Ordered', 'Blocks', 'Blocked', 'Halts', 'Halted', 'Pauses', 'Paused', 'Denies', 'Denied', 'Grants', 'Granted',
  'Sides', 'Tosses', 'Tossed', 'Dismisses', 'Dismissed', 'Approves', 'Approved', 'Rejects', 'Rejected', 'Strikes',
  'Struck', 'Allows', 'Allowed', 'Lets', 'Upholds', 'Upheld', 'Extends', 'Extended', 'Refuses', 'Refused', 'Declines',
  'Declined', 'Temporarily', 'Partially', 'Finds', 'Found', 'Questions', 'Slams', 'Weighs', 'Hears', 'Heard', 'Sets',
  'Keeps', 'Limits', 'Restricts', 'Bars', 'Barred', 'Stops', 'Stopped', 'Demands', 'Warns', 'Asks', 'Signals',
  'Agrees', 'Agreed', 'Says', 'Throws', 'Won’t', "Won't", 'Could', 'Rebukes', 'Orders', 'Judge', 'Judges', 'Justice',
  'Justices', 'Court', 'Courts', 'Honorable', 'Federal', 'District', 'Circuit', 'Magistrate', 'Bankruptcy', 'Chief',
  'Senior', 'Presiding', 'Associate', 'Retired', 'Acting', 'Administrative', 'Immigration', 'Supreme', 'Appeals', 'Trump',
  'Biden', 'Obama', 'Bush', 'Clinton', 'Reagan', 'Nixon', 'Carter',
]);

// Tag what follows a headline's title as the predicate it would be after "the judge": lower-cased
// so a capitalized verb is not read as a name ("Judge Tells Agency..." -> "the judge tells agency").
/** Compromise's tags of each word from `start` to the end of its line, keyed by offset from `start`. */
function tagsAfterTitle(text: string, start: number, plural: boolean): Map<number, string[]> {
  const prefix = plural ? 'the judges ' : 'the judge ';
  const nl = text.indexOf('\n', start);
  const rest = text.slice(start, nl === -1 ? text.length : nl).toLowerCase();
  const out = new Map<number, string[]>();
  type Term = { offset: { start: number }; tags: string[] };
  for (const sentence of nlp(prefix + rest).json({ offset: true }) as { terms: Term[] }[]) {
    for (const t of sentence.terms) out.set(t.offset.start - prefix.length, t.tags);
  }
  return out;
}

/** A title-case line: most content words capitalized ("Judge Rules IRS Can Share Taxpayer Info"). */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  if (content.length < 3) return false;
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / content.length >= 0.75;
}

/**
 * Trim a candidate name to its name words: stop at the first word that is not a name, and in a
 * title-case line also at a word compromise tags as a verb. Null when nothing name-like is left.
 */
function trimName(raw: string, headline: boolean, tags: () => Map<number, string[]>): string | null {
  const words = [...raw.matchAll(/\S+/g)];
  let keep = 0;
  for (const w of words) {
    // "Justice Department's": the possessive does not make "Department" a name
    const written = w[0].replace(/,$/, '').replace(/['’]s$/, '');
    // Compare capitals as a capitalized word: "RULES" is "Rules".
    const word = /\p{Ll}/u.test(written) ? written : written.charAt(0) + written.slice(1).toLowerCase();
    if (NOT_NAME.has(word) || ORG_HEADS.has(word)) break;
    if (headline && /^\p{Lu}\p{Ll}/u.test(word) && mayBeVerb(word)) {
      const tg = tags().get(w.index ?? 0) ?? [];
      const person = tg.includes('Person') || tg.includes('LastName') || tg.includes('FirstName');
      if (!person && ['Verb', 'Modal', 'Preposition', 'Conjunction', 'Adverb'].some((k) => tg.includes(k))) break;
    }
    keep++;
  }
  if (keep === 0) return null;
  const last = words[keep - 1]!;
  let name = raw.slice(0, (last.index ?? 0) + last[0].length).replace(/,$/, '').replace(/['’]s$/, '');
  // A trailing initial ends a sentence more often than a name: "Judge A." names no one.
  name = name.replace(/\s\p{Lu}\.$/u, '');
  if (/^\p{Lu}\.$/u.test(name)) return null;
  return name;
}

/** The name as it should be stored: capitals folded in "COLLEEN ROE", periods and spacing kept. */
function displayName(name: string): string {
  const folded = /\p{Ll}/u.test(name) ? name : titleCaseName(name);
  return folded.replace(/\bMc(\p{Ll})/gu, (_m, c: string) => `Mc${c.toUpperCase()}`).replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Courts

// Between a name and its court: " of the ", ", of the ", " on the ", ", who sits on the ", " in the ".
// e.g. " of the " ", who serves on the " ", a judge on the " ", chief judge of the "
const NAME_TO_COURT_RE = /^,?\s(?:who\s(?:sits|serves|presides)\s)?(?:(?:a|an|the)\s)?(?:(?:chief|senior|presiding|district|circuit|magistrate|bankruptcy|federal)\s)?(?:(?:judge|justice)\s)?(?:of|on|for|from|in|at|with)\s(?:the\s)?$/;
// "in Seattle": a seat city after a trial judge's name.
// e.g. " in Seattle" " in Washington"
const CITY_AFTER_RE = /^,? (?:in|of) (?<city>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})/u;

/** The court the text ties to this judge: in the title, right after the name, or a seat city. */
function courtForJudge(
  doc: TextDocument,
  courts: readonly MentionOf<'court'>[],
  span: Span,
  nameEnd: number,
  title: string,
): CourtValue | undefined {
  const text = doc.text;
  const levels = levelsFor(title);
  const fits = (c: MentionOf<'court'>) => levels.includes(c.value.level);
  // "Ninth Circuit Judge X": the court is part of the title.
  const before = courts.find((c) => c.end <= span.start && span.start - c.end <= 1 && fits(c));
  if (before) return before.value;
  // "X of the U.S. District Court for ...", "X, United States District Judge for the District of ..."
  const after = courts.find((c) => c.start >= nameEnd && c.start - nameEnd <= 40 && NAME_TO_COURT_RE.test(text.slice(span.end, c.start)) && fits(c));
  if (after) return after.value;
  const city = CITY_AFTER_RE.exec(text.slice(span.end, span.end + 40))?.groups?.['city'];
  const lv = levelOfTitle(title);
  if (city && (lv === 'district' || lv === 'bankruptcy' || /federal/i.test(title))) {
    // the longest run of words that names a seat: "in Fresno. Okonkwo..." is Fresno
    const words = city.split(' ');
    for (let n = words.length; n > 0; n--) {
      const entry = courtForCity(words.slice(0, n).join(' ').replace(/[.,]$/, ''), lv === 'bankruptcy' ? 'bankruptcy' : 'district');
      if (entry) return { canonical: entry.canonical, id: entry.id, name: entry.name, level: entry.level };
    }
  }
  return undefined;
}

/** The only court of the title's level in the sentence, else in the document. */
function courtAround(doc: TextDocument, courts: readonly MentionOf<'court'>[], span: Span, title: string): CourtValue | undefined {
  const levels = levelsFor(title);
  const fits = (c: MentionOf<'court'>) => levels.includes(c.value.level);
  const sentence = (spanContaining(doc.sentences, span.start) ?? lineAround(doc.text, span.start));
  const inSentence = new Map(courts.filter((c) => c.start >= sentence.start && c.end <= sentence.end && fits(c)).map((c) => [c.value.canonical, c.value]));
  if (inSentence.size === 1) return [...inSentence.values()][0];
  if (inSentence.size > 1) return undefined;
  const inDoc = new Map(courts.filter(fits).map((c) => [c.value.canonical, c.value]));
  return inDoc.size === 1 ? [...inDoc.values()][0] : undefined;
}

// ---------------------------------------------------------------------------------------------

interface Found {
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  name: string;
  title: string;
  rule: string;
  confidence: number;
  /** Named in a filing's caption slot ("Honorable Judge X" after the ")" column). */
  caption?: boolean;
}

// A sentence about a judge: "Hon." is also used for officials and lawmakers.
// e.g. "Judge" "Court" "JUDGE" "presiding"
const JUDICIAL_CONTEXT_RE = /\b(?:Judges?|Justices?|Courts?|JUDGES?|COURTS?|[Pp]residing|Chambers|Before|BEFORE|(?:district|appeals|bankruptcy|trial|lower) court|judges?)\b/;

// Where a filing's caption puts its judge: opening a line, after the caption's ")" column, or
// after a label ("Judge:", "Magistrate:", "Present:", "Assigned to").
// e.g. ") " "Magistrate: " "Present: The " "Assigned to the " "JUDGE: "
const CAPTION_SLOT_RE = /(?:^|\)|(?:Judge|JUDGE|Magistrate|Present|PRESENT|Assigned\sto|Before|BEFORE)\s?:?)\s*(?:(?:The|the|THE)\s)?$/;

const HONORIFIC_RE = /^(?:Hon\.|Honorable|HON\.|HONORABLE)\s/;

// A word in capitals right before a title in capitals that is no honorific, rank or slot word: the title is part of a
// name ("WORKERS' JUSTICE", "EQUAL JUSTICE"), not a judge's.
// e.g. "WORKERS' " "WORKPLACE " but not "BEFORE: " "THE HONORABLE " "MR. "
const IN_CAPS_NAME_RE = /(?<![\p{L}.])(?!(?:THE|BEFORE|HONORABLE|HON|BY|AND|OF|MR|MADAM|SENIOR|CHIEF|ASSOCIATE|PRESIDING|ACTING|RETIRED|FORMER|LATE|TO|FROM|CC|JUDGE|JUSTICE)['’]?\s+$)\p{Lu}{2,}['’]?\s+$/u;

/** `filing`: the document opens with a court's caption, where "Hon. X" always names a judge. */
/** The caption slot test on the few characters before the title, not its whole line. */
function inSlot(text: string, lineStart: number, at: number): boolean {
  const from = Math.max(lineStart, at - 40);
  // "\0" stands for text cut off before the window: it is not a line start
  return CAPTION_SLOT_RE.test((from > lineStart ? '\0' : '') + text.slice(from, at));
}

function titleFirst(doc: TextDocument, filing: boolean): Found[] {
  const text = doc.text;
  const out: Found[] = [];
  const headlineOf = new Map<number, boolean>();
  for (const m of text.matchAll(TITLE_BEFORE_RE)) {
    // "Honorable Judge X": the honorific adds nothing to the title
    const title = m.groups!['title']!.replace(HONORIFIC_RE, '');
    const rawName = m.groups!['name']!;
    const nameStart = m.index + m[0].length - rawName.length;
    const line = lineAround(text, m.index);
    // one reading per line: a long line holds many candidates
    let headline = headlineOf.get(line.start);
    if (headline === undefined) headlineOf.set(line.start, (headline = isTitleCase(text.slice(line.start, line.end))));
    let tagged: Map<number, string[]> | undefined;
    const tags = () => (tagged ??= tagsAfterTitle(text, nameStart, /s$/.test(title)));
    const name = trimName(rawName, headline, tags);
    if (!name) continue;
    const isHon = /^(?:Hon\.|Honorable|HON\.|HONORABLE)$/.test(title);
    const sentence = (spanContaining(doc.sentences, m.index) ?? lineAround(doc.text, m.index));
    const inCaptionSlot = filing && inSlot(text, line.start, m.index);
    if (isHon && !inCaptionSlot && !JUDICIAL_CONTEXT_RE.test(text.slice(sentence.start, sentence.end).replace(title, ''))) continue;
    // A lower-case title ("federal judge Jane Roe") is prose: ask for a full name.
    if (/^\p{Ll}/u.test(title) && !/\s/.test(name)) continue;
    // "Justice Story", "Judge Friendly" are real; but a lone dictionary word after "Justice" is more
    // often an organization's name ("Justice Works"): keep it only when a judge word follows nearby.
    if (/^Justices?$/.test(title) && !/\s/.test(name) && isPlainWord(name) && !/Court/.test(text.slice(sentence.start, sentence.end))) continue;
    // A title word inside an organization's name in capitals ("WORKERS' JUSTICE LAW CENTER, LLC"): a word of
    // the name runs right before it, where a judge's title has only an honorific, a rank or a slot word.
    if (IN_CAPS_NAME_RE.test(text.slice(Math.max(line.start, m.index - 30), m.index)) && /^(?:JUSTICES?|JUDGES?)$/.test(m.groups!['title']!)) continue;
    const titleStart = m.index;
    // "the Honorable": the article is not part of the title.
    out.push({
      start: titleStart,
      end: nameStart + name.length,
      nameStart,
      nameEnd: nameStart + name.length,
      name: displayName(name),
      title: isHon ? '' : /\p{Ll}/u.test(title) ? title : titleCaseName(title),
      rule: isHon ? 'honorable-name' : /^\p{Ll}/u.test(title) ? 'lower-title-name' : 'title-name',
      confidence: isHon ? 0.8 : headline ? 0.8 : 0.92,
      ...(inCaptionSlot ? { caption: true } : {}),
    });
  }
  return withPluralNames(out, text);
}

// The second name after a plural title: "Judges James C. Ho and Don R. Willett".
// e.g. " and Don R. Willett" ", and Jones"
const PLURAL_NEXT_RE = new RegExp(String.raw`^,? (?:and|&) (?<name>${NAME_SRC})`, 'u');

/** "Judges Roe and Doe": the second name of a plural title. */
function withPluralNames(found: Found[], text: string): Found[] {
  const out = [...found];
  for (const f of found) {
    if (!/s$/.test(f.title)) continue;
    const rest = PLURAL_NEXT_RE.exec(text.slice(f.nameEnd, f.nameEnd + 80));
    const n = rest?.groups?.['name'];
    if (!rest || !n || n.split(' ').some((w) => NOT_NAME.has(w) || ORG_HEADS.has(w))) continue;
    const s = f.nameEnd + rest[0].length - n.length;
    out.push({ ...f, start: s, end: s + n.length, nameStart: s, nameEnd: s + n.length, name: n, title: f.title.replace(/s$/, ''), rule: 'plural-title-name' });
  }
  for (const f of out) if (/s$/.test(f.title)) f.title = f.title.replace(/s$/, '');
  return out;
}

const plainWordCache = new Map<string, boolean>();
/** Is `w` an ordinary English word (compromise knows it, not as a name)? */
function isPlainWord(w: string): boolean {
  let v = plainWordCache.get(w);
  if (v === undefined) {
    const d = nlp(w.toLowerCase());
    v = !d.has('#Person') && !d.has('#FirstName') && !d.has('#LastName') && (d.has('#Noun') || d.has('#Verb') || d.has('#Adjective')) && isKnownWord(w.toLowerCase());
    plainWordCache.set(w, v);
  }
  return v;
}

const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
function isKnownWord(w: string): boolean {
  return Object.prototype.hasOwnProperty.call(LEXICON, w);
}

const NAME_TAGS = /FirstName|LastName|MaleName|FemaleName|Person/;
/**
 * Could this capitalized headline word be a verb? Tagging a line costs milliseconds, so only words
 * compromise knows as something other than a name, or that carry a verb ending, are tagged.
 */
function mayBeVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (isKnownWord(lower)) return !NAME_TAGS.test(String(LEXICON[lower]));
  return /(?:s|ed)$/.test(lower);
}

/** A word in capitals compared as a capitalized word: "RULES" is "Rules". */
function asWord(w: string): string {
  return /\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase();
}

function titleAfter(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(TITLE_AFTER_RE)) {
    const rawName = m.groups!['name']!;
    const after = m.groups!['after']!;
    // "Smith, J. R. Tolkien" is a bibliography, not an opinion byline.
    if (/^J{1,2}\.$|^C\.\s?J\.$/.test(after) && /^\s\p{Lu}\./u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // "CENTRAL DISTRICT OF CALIFORNIA - WESTERN DIVISION HONORABLE JANE ROE, U.S. DISTRICT JUDGE":
    // the name follows the honorific
    const hon = /^(?:.*\s)?(?:Honorable|HONORABLE)\s/u.exec(rawName);
    const base = hon ? hon[0].length : 0;
    const words = rawName.slice(base).split(/\s+/);
    // In running text the name starts at the first capitalized word of the run; drop sentence
    // openers and non-name words before it.
    let first = 0;
    while (first < words.length && (NOT_NAME.has(asWord(words[first]!)) || ORG_HEADS.has(asWord(words[first]!)))) first++;
    if (first === words.length) continue;
    const lead = base + words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
    const name = rawName.slice(lead);
    if (words.slice(first).some((w) => NOT_NAME.has(w.replace(/,$/, '')) || ORG_HEADS.has(w))) continue;
    const nameStart = m.index + lead;
    // a bare ", Judge" closes a signature, which gives the full name: "No, Judge." is an answer
    if (after === 'Judge' && !/\s/.test(name)) continue;
    out.push({
      start: nameStart,
      end: m.index + m[0].length,
      nameStart,
      nameEnd: nameStart + name.length,
      name: displayName(name),
      title: after,
      rule: /^J{1,2}\.$|^C\.\s?J\.$/.test(after) ? 'name-j' : 'name-title',
      confidence: 0.9,
    });
  }
  return out;
}

function signatures(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(SIGNATURE_RE)) {
    const name = m.groups!['name']!;
    const title = m.groups!['title']!;
    const nameStart = m.index + m[0].indexOf(name);
    if (name.split(/\s+/).some((w) => NOT_NAME.has(w) || ORG_HEADS.has(w))) continue;
    out.push({ start: nameStart, end: m.index + m[0].length, nameStart, nameEnd: nameStart + name.length, name: displayName(name), title: titleCaseName(title), rule: 'signature', confidence: 0.88 });
  }
  return out;
}

function panels(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(PANEL_RE)) {
    const list = m.groups!['list']!;
    const pluralTitle = m.groups!['title']!;
    const listStart = m.index + m[0].indexOf(list);
    // "SRINIVASAN, Chief Judge, and HENDERSON and PILLARD": names between commas and "and"s,
    // a title after a name belongs to it.
    const parts = [...list.matchAll(/[^,]+/g)];
    for (const p of parts) {
      for (const piece of p[0].split(/\s(?:and|&)\s/)) {
        const trimmed = piece.replace(/^\s*(?:and|&)\s+/, '').trim();
        if (!trimmed || /^(?:Chief|Senior)\s(?:Circuit\s|District\s)?Judge$|Judge$/i.test(trimmed)) continue;
        if (!new RegExp(`^(?:${NAME_SRC}|${CAPS_NAME_SRC})$`, 'u').test(trimmed)) continue;
        if (trimmed.split(/\s+/).some((w) => NOT_NAME.has(w) || ORG_HEADS.has(w))) continue;
        const s = listStart + (p.index ?? 0) + p[0].indexOf(trimmed);
        const next = list.slice((p.index ?? 0) + p[0].length).match(/^,\s((?:Chief|Senior)\s(?:Circuit\s|District\s)?Judge)/);
        out.push({ start: s, end: s + trimmed.length, nameStart: s, nameEnd: s + trimmed.length, name: displayName(trimmed), title: next?.[1] ?? titleCaseName(pluralTitle).replace(/s$/, ''), rule: 'panel', confidence: 0.88 });
      }
    }
  }
  return out;
}

export const judgesExtractor: Extractor = {
  name: 'judges',
  extract(ctx): Mention[] {
    const { doc } = ctx;
    const text = doc.text;
    const courts = ctx.prior.filter((m): m is MentionOf<'court'> => m.kind === 'court');
    // A name an earlier extractor already read as an organization or a party is not a judge.
    const claimed = ctx.prior.filter((m) => m.kind === 'organization' || m.kind === 'party');
    const caption = captionCourt(text, courts);
    const all = [...titleFirst(doc, !!caption), ...titleAfter(text), ...signatures(text), ...panels(text)].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Found[] = [];
    for (const f of all) {
      if (kept.some((o) => o.start < f.end && f.start < o.end)) continue;
      if (claimed.some((c) => c.start <= f.nameStart && f.nameEnd <= c.end && c.end - c.start > f.nameEnd - f.nameStart)) continue;
      kept.push(f);
    }
    // Courts the text ties to a judge come first; a surname seen with one court keeps it
    // ("Judge Roe" later in the story); only then the lone court of the sentence or document.
    // A title with a level ("U.S. District Judge") makes the lone court of that level as sure.
    const direct = kept.map(
      (f) =>
        courtForJudge(doc, courts, { start: f.start, end: f.end }, f.nameEnd, f.title) ??
        (levelOfTitle(f.title) ? courtAround(doc, courts, { start: f.start, end: f.end }, f.title) : undefined),
    );
    const bySurname = new Map<string, Set<string>>();
    kept.forEach((f, i) => {
      const c = direct[i];
      if (!c) return;
      const set = bySurname.get(surnameKey(f.name)) ?? new Set<string>();
      set.add(c.canonical);
      bySurname.set(surnameKey(f.name), set);
    });
    const out: MentionOf<'judge'>[] = [];
    for (const [i, f] of kept.entries()) {
      const namesake = bySurname.get(surnameKey(f.name));
      const court =
        direct[i]?.canonical ??
        (namesake?.size === 1 ? [...namesake][0] : undefined) ??
        courtAround(doc, courts, { start: f.start, end: f.end }, f.title)?.canonical ??
        captionCourtFor(f, caption, courts)?.canonical;
      out.push({
        kind: 'judge',
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        extractor: 'judges',
        rule: f.rule,
        confidence: f.confidence,
        value: { name: f.name, ...(f.title ? { title: f.title } : {}), ...(court ? { court } : {}) },
      });
    }
    return withFullNames(out);
  },
};

/**
 * One judge written short and long ("Judge Whitcomb", "ELEANOR T. WHITCOMB, J.") is one judge under
 * the fuller name: every mention takes it when its surname matches one full name in the document
 * (the shorter full forms, "Eleanor Whitcomb", being contained in the longest). Two full names
 * sharing a surname ("Ann Roe", "Ben Roe") leave the short mentions as written.
 */
function withFullNames(mentions: MentionOf<'judge'>[]): MentionOf<'judge'>[] {
  const full = new Map<string, string[]>();
  for (const m of mentions) {
    if (!/\s/.test(m.value.name)) continue;
    const key = surnameKey(m.value.name);
    const list = full.get(key) ?? [];
    if (!list.includes(m.value.name)) list.push(m.value.name);
    full.set(key, list);
  }
  const words = (n: string) => n.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
  const fullest = new Map<string, string>();
  for (const [key, names] of full) {
    const longest = [...names].sort((a, b) => words(b).length - words(a).length || b.length - a.length)[0]!;
    const lw = new Set(words(longest));
    if (names.every((n) => words(n).every((w) => lw.has(w)))) fullest.set(key, longest);
  }
  return mentions.map((m) => {
    const name = fullest.get(surnameKey(m.value.name));
    if (!name || name === m.value.name) return m;
    const own = words(m.value.name);
    const target = new Set(words(name));
    return own.every((w) => target.has(w)) ? { ...m, value: { ...m.value, name } } : m;
  });
}

/**
 * The caption's court for a judge the text ties to no court: one whose title fits its level
 * ("United States Magistrate Judge" in a district court's order), or an "Hon. X" of the caption
 * itself. A plain "Judge X" further down may sit anywhere (a state judge whose ruling is discussed),
 * and the judge named in an appeal's caption is the lower court's.
 */
function captionCourtFor(f: Found, caption: MentionOf<'court'> | undefined, courts: readonly MentionOf<'court'>[]): CourtValue | undefined {
  if (!caption) return undefined;
  if (levelOfTitle(f.title)) return levelsFor(f.title).includes(caption.value.level) ? caption.value : undefined;
  if (f.caption && (caption.value.level === 'district' || caption.value.level === 'bankruptcy')) return caption.value;
  if (f.rule !== 'honorable-name' || (caption.value.level !== 'district' && caption.value.level !== 'bankruptcy')) return undefined;
  const other = courts.find((k) => k.start > caption.end && k.value.canonical !== caption.value.canonical);
  return !other || f.start < other.start ? caption.value : undefined;
}

function surnameKey(name: string): string {
  return (name.replace(/,? (?:Jr\.|Sr\.|II|III|IV)$/, '').split(' ').pop() ?? '').toLowerCase();
}
