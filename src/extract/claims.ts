import nlp from 'compromise';
import type { Claim, Mention, MentionOf, Sentence, TextDocument } from '../model/types.ts';
import { nounLemma } from '../lexicon/units.ts';
import { lastStartingAtOrBefore } from '../segment/locate.ts';

// A claim reads a quantity as a statement: who (subject) did what (predicate, a verb lemma) to how
// many (the quantity and its counted noun), when (a date in the sentence or the timeline entry it
// sits under), and whether it was denied ("did not share any records").
//
// compromise tags verbs and their subjects; it is slow (~120 KB/s), so it only ever sees the
// sentences that hold a quantity or a negated "no ... has been shared" statement.
//
// Negated statements with no number ("no taxpayer information has yet been shared") still claim a
// quantity: zero. This module makes that zero-valued quantity mention itself (extractor 'claims',
// rule 'negated_none'); modal prohibitions ("no data may be shared") state no fact and are skipped.

interface VerbInfo {
  start: number; // offsets into the document text
  end: number;
  /** The verb as written, cleaned ("shared"); its lemma is computed only for the verb a claim uses. */
  word: string;
  negative: boolean;
  /** ", matching 52,000 records": a participle whose subject is the main clause's. */
  participle: boolean;
  subject?: string;
  /** Where the subject sits, so a subject inside the quantity's own span is never taken. */
  subjectSpan?: [number, number];
  /** "were shared by the IRS": a passive verb's agent, the doer the claim is about. */
  agent?: string;
}

/** Words compromise sometimes tags as verbs at the start of a phrase ("Under the ..."). */
const NOT_VERBS = new Set([
  'under', 'over', 'about', 'like', 'per', 'including', 'regarding', 'according', 'despite', 'in', 'on', 'out', 'up',
  'off', 'down', 'back', 'away', 'to', 'outside', 'inside', 'near', 'beyond', 'amid', 'across', 'along', 'within', 'without',
]);

/**
 * Verbs that carry no claim of their own (be, have, do, say, show, note, report, add, state,
 * include), in every written form, so telling them apart needs no lemmatizer.
 */
const LIGHT_VERB_FORMS = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re",
  'have', 'has', 'had', 'having', 'do', 'does', 'did', 'done', 'doing',
  'say', 'says', 'said', 'saying', 'show', 'shows', 'showed', 'shown', 'showing',
  ...['note', 'report', 'add', 'state', 'include'].flatMap((v) => [v, `${v}s`, v.endsWith('e') ? `${v}d` : `${v}ed`, `${v.replace(/e$/, '')}ing`]),
]);
const isLight = (v: VerbInfo) => LIGHT_VERB_FORMS.has(v.word.toLowerCase());

interface Term {
  text: string;
  post: string;
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/**
 * Tag many sentences in one compromise pass (its cost per call is a quarter of a short sentence's),
 * joined by blank lines, which compromise never reads across. compromise's own term objects are used,
 * offsets computed: the same tags as `.json()` without building its output. Returns, per input, its
 * terms with offsets relative to that input.
 */
function tagTermsBatch(texts: readonly string[]): Term[][] {
  const SEP = '\n\n';
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + SEP.length;
  }
  const doc = nlp(texts.join(SEP)) as unknown as { compute(what: string): void; docs: Term[][] };
  doc.compute('offset');
  const out: Term[][] = texts.map(() => []);
  let k = 0;
  for (const t of doc.docs.flat()) {
    while (k + 1 < starts.length && t.offset.start >= starts[k + 1]!) k++;
    out[k]!.push({ text: t.text, post: t.post, tags: t.tags, offset: { start: t.offset.start - starts[k]!, length: t.offset.length } });
  }
  return out;
}

const lemmaMemo = new Map<string, string>();

/** Infinitive of a verb form, memoized per word: compromise is slow and verbs repeat. */
function infinitive(word: string): string {
  const w = word.toLowerCase();
  let lemma = lemmaMemo.get(w);
  if (lemma === undefined) {
    lemma = nlp(w).verbs().toInfinitive().text().trim() || nlp(`they ${w}`).verbs().toInfinitive().text().replace(/^they\s+/, '').trim() || w;
    lemma = lemma.split(/\s+/).at(-1) ?? w;
    if (lemmaMemo.size > 5000) lemmaMemo.clear();
    lemmaMemo.set(w, lemma);
  }
  return lemma;
}

const has = (t: Term, tag: string) => t.tags.has(tag);
const NP_TAGS = ['Noun', 'ProperNoun', 'Pronoun', 'Determiner', 'Adjective', 'Acronym', 'Possessive', 'Value', 'Organization'];

/** Words between a subject and its verb: auxiliaries, negation, adverbs, "have to", "to". */
function isAuxLike(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (has(t, 'Auxiliary') || has(t, 'Negative') || has(t, 'Adverb') || has(t, 'Modal')) return true;
  if (/^to$/i.test(t.text)) return true;
  return /^(?:have|has|had|need|needs|needed|ought)$/i.test(t.text) && /^to$/i.test(terms[i + 1]?.text ?? '');
}

const TIME_PREPOSITION = /^(?:on|in|during|since|by|at|from|until|through|as of|last|this|early|late|mid)$/i;

/**
 * Skip back over what may stand between a subject and its verb without being the subject: a time
 * adjunct ("the Court on Wednesday heard", "the agency in 2024 shared") and a parenthetical between
 * commas ("The rule, finalized in early 2024, lowers").
 */
function skipAdjuncts(terms: readonly Term[], i: number, base: number, inDate: (pos: number) => boolean): number {
  for (let guard = 0; guard < 4 && i >= 0; guard++) {
    const at = (k: number) => base + terms[k]!.offset.start;
    if (inDate(at(i))) {
      while (i >= 0 && inDate(at(i))) i--;
      while (i >= 0 && TIME_PREPOSITION.test(terms[i]!.text)) i--;
      continue;
    }
    if (/,/.test(terms[i]!.post) && i > 0) {
      let j = i - 1;
      while (j >= 0 && i - j <= 10 && !/[,;:]/.test(terms[j]!.post)) j--;
      if (j >= 0 && i - j <= 10 && /,/.test(terms[j]!.post)) {
        i = j;
        continue;
      }
    }
    break;
  }
  return i;
}

/** The noun phrase right before a verb (its subject): "the IRS" in "the IRS disseminated". */
function subjectBefore(
  text: string,
  base: number,
  terms: readonly Term[],
  verbAt: number,
  inDate: (pos: number) => boolean,
): { text: string; start: number; end: number } | undefined {
  let i = verbAt - 1;
  while (i >= 0 && isAuxLike(terms, i)) i--;
  i = skipAdjuncts(terms, i, base, inDate);
  // A relative pronoun stands for the noun before it: "a data policy that imperils ...".
  if (i > 0 && /^(?:that|which|who)$/i.test(terms[i]!.text)) i--;
  let first = -1;
  const last = i;
  for (; i >= 0; i--) {
    const t = terms[i]!;
    // A dateline ends before the subject: "WASHINGTON (Jan. 16, 2025) — The Supreme Court heard".
    if (i < last && /[,;:—–]|\)\s/.test(t.post)) break;
    if (i < last && /^(?:that|which|who|whom)$/i.test(t.text)) break;
    const joiner = /^(?:and|of|&)$/i.test(t.text) && first > 0 && /^[A-Z(]/.test(terms[first]!.text) && i > 0 && /^[A-Z]/.test(terms[i - 1]!.text);
    // "the information sharing agreement": a gerund inside a compound noun.
    const compound = has(t, 'Gerund') && first > 0 && has(terms[first]!, 'Noun');
    if (!joiner && !compound && !NP_TAGS.some((tag) => has(t, tag))) break;
    first = i;
  }
  if (first < 0 || last < first) return undefined;
  const start = base + terms[first]!.offset.start;
  const lastTerm = terms[last]!;
  let end = base + lastTerm.offset.start + lastTerm.offset.length;
  if (lastTerm.post.startsWith(')')) end += 1;
  // A time phrase between subject and verb is not part of the subject: "the IRS last month shared".
  const phrase = cleanPhrase(text.slice(start, end).replace(TRAILING_TIME, ''));
  if (!phrase || inDate(start)) return undefined;
  return { text: phrase, start, end };
}

/** "shared by the IRS", "were disclosed by the agency's office": the agent after a passive verb. */
function agentAfter(text: string, terms: readonly Term[], verbAt: number, base: number, inDate: (pos: number) => boolean): string | undefined {
  const verb = terms[verbAt]!;
  // "handed over by", "turned out by": a particle may sit between the verb and "by".
  const by = /^(?:over|out|up|off|back|down|in|away)$/i.test(terms[verbAt + 1]?.text ?? '') && !/[,;:]/.test(terms[verbAt + 1]!.post) ? verbAt + 2 : verbAt + 1;
  if (!/^by$/i.test(terms[by]?.text ?? '') || /[,;:]/.test(verb.post)) return undefined;
  let last = -1;
  for (let k = by + 1; k < terms.length && k < by + 8; k++) {
    const t = terms[k]!;
    if (inDate(base + t.offset.start)) break; // "by the agency last month"
    const joiner = /^(?:of|and|&)$/i.test(t.text) && last > 0 && /^[A-Z]/.test(terms[k + 1]?.text ?? '');
    if (!joiner && !NP_TAGS.some((tag) => has(t, tag))) break;
    last = k;
    if (/[,;:.]/.test(t.post)) break;
  }
  if (last < 0) return undefined;
  const first = terms[by + 1]!;
  const end = terms[last]!;
  return cleanPhrase(text.slice(base + first.offset.start, base + end.offset.start + end.offset.length));
}

/** "was shared", "were disclosed", "has been paid": a participle after a form of "be". */
function isPassive(terms: readonly Term[], verbAt: number): boolean {
  let j = verbAt - 1;
  while (j >= 0 && (has(terms[j]!, 'Adverb') || has(terms[j]!, 'Negative'))) j--;
  return j >= 0 && /^(?:is|are|was|were|be|been|being|am|get|got|gets)$/i.test(terms[j]!.text) && /(?:ed|en|wn|ne|id|ld|lt|nt|ught|ade|ept)$/i.test(terms[verbAt]!.text);
}

const TRAILING_TIME = /\s+(?:(?:last|this|next|earlier this|later this)\s+(?:week|month|year|spring|summer|fall|winter)|today|yesterday|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$/i;

/** Whether `s` has a comma right before `at`, whitespace aside (", matching"): scans back, not from the start. */
function commaBefore(s: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(s[k]!)) k--;
  return k >= 0 && s[k] === ',';
}

/** The verbs of one sentence with their subjects, read from one compromise tagging pass. */
function readVerbs(text: string, sentence: Sentence, inDate: (pos: number) => boolean, terms: readonly Term[]): VerbInfo[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: VerbInfo[] = [];
  terms.forEach((t, i) => {
    if (!has(t, 'Verb') || has(t, 'Auxiliary') || has(t, 'Modal')) return;
    const word = t.text.replace(/[^\w'’-]/g, '');
    if (!word || NOT_VERBS.has(word.toLowerCase())) return;
    // A gerund inside a noun phrase is a noun: "a bond hearing", "bottom trawling" (not ", matching").
    const prev = terms[i - 1];
    if (has(t, 'Gerund') && prev && !/[,;:]/.test(prev.post) && !has(prev, 'Auxiliary') && !has(prev, 'Pronoun') && (has(prev, 'Determiner') || has(prev, 'Adjective') || has(prev, 'Noun'))) return;
    // "to provide": the infinitive marker carries no meaning; "have to provide": "have" is modal here.
    if (/^(?:have|has|had|need|needs|needed|ought)$/i.test(word) && /^to$/i.test(terms[i + 1]?.text ?? '')) return;
    let j = i - 1;
    let negative = false;
    while (j >= 0 && isAuxLike(terms, j)) {
      if (has(terms[j]!, 'Negative')) negative = true;
      j--;
    }
    if (/n['’]t$/i.test(t.text)) negative = true;
    const start = sentence.start + t.offset.start;
    const info: VerbInfo = {
      start,
      end: start + t.offset.length,
      word,
      negative,
      participle: has(t, 'Gerund') && commaBefore(s, t.offset.start),
    };
    const subject = subjectBefore(text, sentence.start, terms, i, inDate);
    if (subject) {
      info.subject = subject.text;
      info.subjectSpan = [subject.start, subject.end];
    }
    if (isPassive(terms, i)) {
      const agent = agentAfter(text, terms, i, sentence.start, inDate);
      if (agent) info.agent = agent;
    }
    out.push(info);
  });
  return out;
}

function cleanPhrase(s: string): string | undefined {
  let t = s.replace(/^[\s,;:(“"]+|[\s,;:”".]+$/g, '').replace(/^(?:that|which|who)\s+/i, '');
  // An unclosed parenthesis ("Enforcement (ICE") is cut off; a stray closing one dropped.
  const open = t.lastIndexOf('(');
  if (open > 0 && t.indexOf(')', open) < 0) t = t.slice(0, open).trimEnd();
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trimEnd();
  return t ? t : undefined;
}

// A sentence end inside a unit the segmenter left whole: ". " before a capital, unless the period
// closes an abbreviation ("U.S. Immigration", "Feb. 18", "Mr. Lyons", "No. 25").
const SENTENCE_END = /[.!?][”"’)]?\s+(?=[“"(]?[A-Z0-9])/g;
const ABBREVIATION_BEFORE = /(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|No|Nos|Inc|Corp|Co|Ltd|Gen|Gov|Sen|Rep|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Ctr|Serv|Dep't|Dept|Admin|Ass'n|Fed|Cir|Supp|App|Cal|U\.S|v|vs|al|etc|e\.g|i\.e|Id|id|Ch|Art|Sec|Ex|cf)\.)$/;

/**
 * The sentence a quantity sits in, narrowed inside a segmenter unit that holds several: compromise
 * costs time per character, so it reads one sentence, not a paragraph.
 */
function sentenceWindow(text: string, sentence: Sentence, pos: number, ends: Map<number, SentenceEnd[]>): Sentence {
  let found = ends.get(sentence.start);
  if (!found) {
    found = sentenceEnds(text.slice(sentence.start, sentence.end));
    ends.set(sentence.start, found);
  }
  // The first end whose next sentence starts after the position closes the window; the one before opens it.
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentence.start + found[mid]!.next <= pos) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? found[lo - 1]!.next : 0;
  const end = lo < found.length ? found[lo]!.stop : sentence.end - sentence.start;
  return { ...sentence, start: sentence.start + start, end: sentence.start + end };
}

/** A sentence end inside a unit: where the sentence stops and where the next one starts (relative). */
interface SentenceEnd {
  stop: number;
  next: number;
}

/** Every sentence end inside one segmenter unit, in order; found once per unit, however many quantities it holds. */
function sentenceEnds(s: string): SentenceEnd[] {
  const out: SentenceEnd[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
    const stop = m.index + 1;
    if (ABBREVIATION_BEFORE.test(s.slice(Math.max(0, stop - 12), stop))) continue;
    out.push({ stop: m.index + m[0].trimEnd().length, next: m.index + m[0].length });
  }
  return out;
}

/** The clause around a position: sentences split at ";" (and ":" after a timeline date). */
function clauseAround(text: string, sentence: Sentence, pos: number): [number, number] {
  let a = pos;
  while (a > sentence.start && text[a - 1] !== ';') a--;
  let b = pos;
  while (b < sentence.end && text[b] !== ';') b++;
  return [a, b];
}

// What may stand between a quantity that is a subject and its verb: "8,200 files were shared",
// "fewer than 1 in 20 monitors nationwide exceed", "41 class members opted out", "two objections had been filed".
const SUBJECT_TO_VERB = /^(?:\s*,?\s*(?:[a-z]+ly|nationwide|statewide|also|still|not|never|now|then|already|yet|just|each|all|only|reportedly|had|has|have|were|was|are|is|been|be|being|will|would|could|can|may|might|should|must|did|do|does|n['’]t))*\s+$/i;

/** A verb right after the quantity (its own subject): "two objections were filed", "9 in 10 Americans use". */
function verbAfterSubject(text: string, verbs: readonly VerbInfo[], q: MentionOf<'quantity'>): VerbInfo | undefined {
  const next = verbs.find((v) => v.start >= q.end);
  if (!next || next.start - q.end > 60) return undefined;
  // The quantity opens its clause: nothing but a clause opener stands before it.
  const lead = text.slice(Math.max(0, q.start - 40), q.start);
  if (!/(?:^|[,;:“"(]\s*|\b(?:that|and|but|while|because|although|what|as|where|when|if)\s+|^\s*)$/i.test(lead) && !/(?:^|\n)\s*$/.test(lead)) return undefined;
  return SUBJECT_TO_VERB.test(text.slice(q.end, next.start)) ? next : undefined;
}

/** The verb a quantity depends on: the nearest content verb before it in its clause, else after it. */
function governingVerb(verbs: readonly VerbInfo[], clause: [number, number], q: MentionOf<'quantity'>): VerbInfo | undefined {
  // compromise may fold an adverb into the verb ("matching roughly"): where a verb starts decides.
  const inClause = verbs.filter((v) => v.start >= clause[0] && v.start < clause[1] && (v.start < q.start || v.start >= q.end));
  const content = inClause.filter((v) => !isLight(v));
  const pool = content.length ? content : inClause;
  const before = pool.filter((v) => v.start < q.start).at(-1);
  return before ?? pool.find((v) => v.start >= q.end) ?? verbs.filter((v) => v.start < q.start).at(-1);
}

/** The subject of a verb, or of the closest earlier verb when compromise found none ("..., matching 52,000"). */
function subjectFor(verbs: readonly VerbInfo[], verb: VerbInfo | undefined, q: MentionOf<'quantity'>): string | undefined {
  if (!verb) return undefined;
  if (verb.agent) return verb.agent;
  const idx = verbs.indexOf(verb);
  for (let i = verb.participle ? idx - 1 : idx; i >= 0; i--) {
    const v = verbs[i]!;
    const s = v.subject;
    const span = v.subjectSpan;
    if (s && !overlapsText(s, q.text) && !(span && span[0] < q.end && q.start < span[1])) return s;
  }
  return undefined;
}

function overlapsText(subject: string, quantityText: string): boolean {
  return subject.includes(quantityText) || quantityText.includes(subject);
}

/** Tokens of a quantity's span that belong to the number or its hedge, not to what is counted. */
const NUMBER_TOKEN = /^(?:[\d.,%≈~$€£]+.*|[a-z]+-[a-z]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|tens|of|percent|no|any|in|out|every)$/i;

const RATE_SUFFIX = /\s+(?:(?:per|a|an|each|every)\s+\S+|annually|yearly|monthly|weekly|daily|hourly|per annum)$/i;

/** The counted noun phrase inside a quantity's span: "2.4 million U.S. taxpayers" -> "U.S. taxpayers". */
function objectOf(q: MentionOf<'quantity'>): string | undefined {
  if (q.value.kind === 'duration' || q.value.kind === 'money' || !q.value.unit) return undefined;
  // "500 pages per month": the rate is not part of what is counted.
  const tokens = (q.value.per ? q.text.replace(RATE_SUFFIX, '') : q.text).split(/\s+/);
  let i = tokens.length - 1;
  while (i >= 0 && !NUMBER_TOKEN.test(tokens[i]!)) i--;
  return cleanPhrase(tokens.slice(i + 1).join(' ')) ?? q.value.unit;
}

// ---------------------------------------------------------------------------------------------
// Time of a claim.

type DateMention = MentionOf<'date'>;

/**
 * Spans sorted by start, for looking up what lies at or near a position by binary search instead of
 * scanning every span of the document per claim. `order` keeps each span's place in the input, so a
 * lookup returns the same span a scan of the input in order would ("first", "earliest best").
 */
interface SpanIndex<T extends { start: number; end: number }> {
  spans: T[];
  order: number[];
  /** Largest end among spans[0..i]: whether any span up to i reaches past a position. */
  maxEnd: number[];
}

function indexSpans<T extends { start: number; end: number }>(input: readonly T[]): SpanIndex<T> {
  const idx = input.map((_, i) => i).sort((a, b) => input[a]!.start - input[b]!.start || a - b);
  const spans = idx.map((i) => input[i]!);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const sp of spans) {
    max = Math.max(max, sp.end);
    maxEnd.push(max);
  }
  return { spans, order: idx, maxEnd };
}

/** Index of the first span starting at or after `pos` (spans.length when none). */
function firstStartingAtOrAfter(index: SpanIndex<{ start: number; end: number }>, pos: number): number {
  let lo = 0;
  let hi = index.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any span overlaps [start, end): one starting before `end` that ends after `start`. */
function anyOverlapping(index: SpanIndex<{ start: number; end: number }>, start: number, end: number): boolean {
  const last = firstStartingAtOrAfter(index, end) - 1;
  return last >= 0 && index.maxEnd[last]! > start;
}

/** Spans starting in [from, to], in input order. */
function startingBetween<T extends { start: number; end: number }>(index: SpanIndex<T>, from: number, to: number): T[] {
  const hits: number[] = [];
  for (let k = firstStartingAtOrAfter(index, from); k < index.spans.length && index.spans[k]!.start <= to; k++) hits.push(k);
  return hits.sort((a, b) => index.order[a]! - index.order[b]!).map((k) => index.spans[k]!);
}

/** Dates of a document, indexed once for every claim's look-ups. */
interface DateIndex {
  /** Dates with a resolved value: the only ones a claim's time can come from. */
  valued: SpanIndex<DateMention>;
  /** Every date: a position inside any of them is a time phrase. */
  all: SpanIndex<DateMention>;
  /** Offsets of every "\n", for the start of the block around a position. */
  newlines: number[];
}

function indexDates(text: string, dates: readonly DateMention[]): DateIndex {
  const newlines: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) newlines.push(k);
  return { valued: indexSpans(dates.filter((d) => d.value.value)), all: indexSpans(dates), newlines };
}

/** Whether a position lies inside a date mention. */
function inDateAt(index: DateIndex, pos: number): boolean {
  return anyOverlapping(index.all, pos, pos + 1);
}

/** Start of the block holding `pos`: same as `text.lastIndexOf('\n', pos - 1) + 1`, by binary search. */
function blockStartOf(index: DateIndex, pos: number): number {
  const from = Math.max(0, pos - 1);
  let lo = 0;
  let hi = index.newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.newlines[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? index.newlines[lo - 1]! + 1 : 0;
}

function timeOf(d: DateMention): Claim['time'] {
  const t: NonNullable<Claim['time']> = { value: d.value.value!, text: d.text, start: d.start, end: d.end };
  if (d.value.grain) t.grain = d.value.grain;
  return t;
}

/** A timeline line starts with its date and a separator: "Jun. 27, 2025: ...", "Oct. 29, 2025 – ...". */
function timelineDate(text: string, dates: DateIndex, blockStart: number): DateMention | undefined {
  return startingBetween(dates.valued, blockStart, blockStart + 2).find((d) => /^\s*[:–—-]/.test(text.slice(d.end, d.end + 3)));
}

function claimTime(doc: TextDocument, dates: DateIndex, sentence: Sentence, q: Mention): Claim['time'] | undefined {
  const inSentence = startingBetween(dates.valued, sentence.start, sentence.end).filter((d) => d.end <= sentence.end);
  if (inSentence.length) {
    const dist = (d: DateMention) => (d.end <= q.start ? q.start - d.end : d.start >= q.end ? d.start - q.end : 0);
    return timeOf(inSentence.reduce((best, d) => (dist(d) < dist(best) ? d : best)));
  }
  const blockStart = blockStartOf(dates, sentence.start);
  const lineDate = timelineDate(doc.text, dates, blockStart);
  return lineDate ? timeOf(lineDate) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Negated statements with no number.

// "no taxpayer information has yet been shared" "no records were disclosed"
const NO_NP_PASSIVE = /\b[Nn]o\s+(?<np>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w-]*)\s+(?:has|have|had|was|were|is|are)\s+(?:(?:yet|ever|actually|so far|already|since|then)\s+)*(?:been\s+)?(?:(?:yet|ever)\s+)?(?<verb>[a-z]+(?:ed|en)|sent|shared|given|paid|made|sold|found|kept|held|told|brought|bought|seen|done|lost|spent)\b/dg;
// "did not share any records" "has never disclosed any taxpayer data" "didn't provide a single file"
const NOT_ANY = /\b(?:did|does|do|has|have|had|was|were|is|are)(?:n['’]t|\s+not|\s+never)\s+(?:(?:yet|ever|actually)\s+)?(?<verb>[a-z]+)\s+(?<det>any|a single)\s+(?<np>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w-]*)(?=[\s,.;:)]|$)/dg;

// "it has released none of the records" "produced none of the files"
const NONE_ACTIVE = /\b(?:(?:has|have|had)\s+)?(?:(?:yet|ever|so far|still|actually)\s+)?(?<verb>[a-z]+(?:ed|en)|sent|shared|given|paid|made|sold|found|kept|held|told|brought|bought|seen|done|lost|spent|turned over)\s+(?<det>none)\s+of\s+(?:the|its|their|these|those|his|her|our)\s+(?<np>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w-]*)(?=[\s,.;:)]|$)/dg;
// "None of the records were released" "none of the files has been produced"
const NONE_PASSIVE = /\b(?<det>[Nn]one)\s+of\s+(?:the|its|their|these|those|his|her|our)\s+(?<np>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w-]*)\s+(?:has|have|had|was|were|is|are)\s+(?:(?:yet|ever|actually|so far|already|since|then)\s+)*(?:been\s+)?(?<verb>[a-z]+(?:ed|en)|sent|shared|given|paid|made|sold|found|kept|held|told|brought|bought|seen|done|lost|spent)\b/dg;

/** Words that end a negated noun phrase: "no records were ..." stops before "were". */
const NP_STOP = /^(?:of|to|from|with|by|for|in|on|at|under|about|that|which|who|has|have|had|was|were|is|are|been|be|and|or|the|a|an)$/i;

function trimNp(np: string): string | undefined {
  const words = np.split(/\s+/);
  const cut = words.findIndex((w) => NP_STOP.test(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  return kept.length ? kept.join(' ') : undefined;
}

function negatedNoneClaims(doc: TextDocument, sentence: Sentence, dates: DateIndex, quantities: SpanIndex<Mention> | undefined): Claim[] {
  const s = doc.text.slice(sentence.start, sentence.end);
  const out: Claim[] = [];
  for (const re of [NO_NP_PASSIVE, NOT_ANY, NONE_ACTIVE, NONE_PASSIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const g = m.groups!;
      const np = trimNp(g.np!);
      if (!np) continue;
      const head = np.split(/\s+/).at(-1)!;
      const idx = m.indices!.groups!;
      const npAt = idx.np![0];
      const spanStart = sentence.start + (idx.det ? idx.det[0] : m.index);
      const spanEnd = sentence.start + npAt + np.length;
      // A sentence that states a number may also deny another: only a span no quantity holds.
      if (quantities && anyOverlapping(quantities, spanStart, spanEnd)) continue;
      const quantity: MentionOf<'quantity'> = {
        kind: 'quantity',
        start: spanStart,
        end: spanEnd,
        text: doc.text.slice(spanStart, spanEnd),
        extractor: 'claims',
        rule: 'negated_none',
        confidence: 0.7,
        value: { kind: 'count', value: 0, min: 0, max: 0, unit: nounLemma(head) },
      };
      const claim: Claim = { quantity, sentence: sentence.index, predicate: infinitive(g.verb!), object: np, negated: true };
      const before = cleanPhrase(s.slice(0, m.index).split(/[,;]/).at(-1) ?? '');
      // "None of the files were produced by the agency": the passive's agent is the subject.
      const agent = re === NO_NP_PASSIVE || re === NONE_PASSIVE ? /^\s+by\s+((?:the\s+)?[A-Za-z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*)*)/.exec(s.slice(m.index + m[0].length)) : null;
      if (agent) claim.subject = cleanPhrase(agent[1]!)!;
      if ((re === NOT_ANY || re === NONE_ACTIVE) && before) {
        const subject = cleanPhrase(before.replace(/^(?:(?:although|while|but|and|because|since|as|yet|so)\s+)+/i, '').replace(/\s+(?:has|have|had|did|does|do)$/i, ''));
        if (subject) claim.subject = subject;
      }
      const time = claimTime(doc, dates, sentence, quantity);
      if (time) claim.time = time;
      out.push(claim);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export function buildClaims(doc: TextDocument, mentions: readonly Mention[]): Claim[] {
  const text = doc.text;
  const quantities = mentions.filter((m): m is MentionOf<'quantity'> => m.kind === 'quantity');
  const dates = indexDates(text, mentions.filter((m): m is DateMention => m.kind === 'date'));
  const inDate = (pos: number) => inDateAt(dates, pos);
  const quantityIndex = indexSpans<Mention>(quantities);
  const unitEnds = new Map<number, SentenceEnd[]>();
  const verbCache = new Map<number, VerbInfo[]>();
  const claims: Claim[] = [];
  const sentencesWithQuantity = new Set<number>();

  // Every sentence holding a quantity is tagged first, all in one compromise pass.
  const located = doc.sentences.length === 0 ? [] : quantities.map((q) => {
    const sentence = doc.sentences[Math.max(0, lastStartingAtOrBefore(doc.sentences, q.start))]!;
    return { q, sentence, window: sentenceWindow(text, sentence, q.start, unitEnds) };
  });
  const windows = [...new Map(located.map((l) => [l.window.start, l.window])).values()];
  const tagged = tagTermsBatch(windows.map((w) => text.slice(w.start, w.end)));
  windows.forEach((w, i) => verbCache.set(w.start, readVerbs(text, w, inDate, tagged[i]!)));

  for (const { q, sentence, window } of located) {
    sentencesWithQuantity.add(sentence.index);
    const verbs = verbCache.get(window.start)!;
    const asSubject = verbAfterSubject(text, verbs, q);
    const verb = asSubject ?? governingVerb(verbs, clauseAround(text, window, q.start), q);
    const between = verb ? text.slice(Math.min(verb.end, q.start), Math.max(verb.end, q.start)) : '';
    const negated = !!verb?.negative || /\b(?:not|never)\b|n['’]t\b/i.test(between);
    const claim: Claim = { quantity: q, sentence: sentence.index, negated };
    // A quantity that is its verb's subject has none besides itself, unless a passive names the doer.
    const subject = asSubject ? asSubject.agent : subjectFor(verbs, verb, q);
    if (subject) claim.subject = subject;
    if (verb) claim.predicate = infinitive(verb.word);
    const object = objectOf(q);
    if (object) claim.object = object;
    const time = claimTime(doc, dates, sentence, q);
    if (time) claim.time = time;
    claims.push(claim);
  }

  // Negations with no number: only sentences that say "no"/"not ... any" are read at all.
  for (const sentence of doc.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    if (!/\b[Nn]o\b|\bnot\b|\bnever\b|n['’]t\b|\b[Nn]one\b/.test(s)) continue;
    claims.push(...negatedNoneClaims(doc, sentence, dates, sentencesWithQuantity.has(sentence.index) ? quantityIndex : undefined));
  }
  return claims.sort((a, b) => a.quantity.start - b.quantity.start);
}
