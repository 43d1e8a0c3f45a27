import nlp from 'compromise';
import type { Claim, Mention, MentionOf, Sentence, TextDocument } from '../model/types.ts';
import { nounLemma } from '../lexicon/units.ts';

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
  lemma: string;
  negative: boolean;
  /** ", matching 52,000 records": a participle whose subject is the main clause's. */
  participle: boolean;
  subject?: string;
}

/** Words compromise sometimes tags as verbs at the start of a phrase ("Under the ..."). */
const NOT_VERBS = new Set(['under', 'over', 'about', 'like', 'per', 'including', 'regarding', 'according', 'despite', 'in', 'on', 'out', 'up', 'off', 'down', 'back', 'away', 'to']);

/** Verbs that carry no claim of their own; the next content verb governs instead. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'show', 'note', 'report', 'add', 'state', 'include']);

function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, hi));
}

interface Term {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
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

const has = (t: Term, tag: string) => t.tags.includes(tag);
const NP_TAGS = ['Noun', 'ProperNoun', 'Pronoun', 'Determiner', 'Adjective', 'Acronym', 'Possessive', 'Value', 'Organization'];

/** Words between a subject and its verb: auxiliaries, negation, adverbs, "have to", "to". */
function isAuxLike(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (has(t, 'Auxiliary') || has(t, 'Negative') || has(t, 'Adverb') || has(t, 'Modal')) return true;
  if (/^to$/i.test(t.text)) return true;
  return /^(?:have|has|had|need|needs|needed|ought)$/i.test(t.text) && /^to$/i.test(terms[i + 1]?.text ?? '');
}

/** The noun phrase right before a verb (its subject): "the IRS" in "the IRS disseminated". */
function subjectBefore(text: string, base: number, terms: readonly Term[], verbAt: number): string | undefined {
  let i = verbAt - 1;
  while (i >= 0 && isAuxLike(terms, i)) i--;
  // A relative pronoun stands for the noun before it: "a data policy that imperils ...".
  if (i > 0 && /^(?:that|which|who)$/i.test(terms[i]!.text)) i--;
  let first = -1;
  const last = i;
  for (; i >= 0; i--) {
    const t = terms[i]!;
    if (i < last && /[,;:]/.test(t.post)) break;
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
  return cleanPhrase(text.slice(start, end).replace(TRAILING_TIME, ''));
}

const TRAILING_TIME = /\s+(?:(?:last|this|next|earlier this|later this)\s+(?:week|month|year|spring|summer|fall|winter)|today|yesterday|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$/i;

/** The verbs of one sentence with their subjects, read from one compromise tagging pass. */
function readVerbs(text: string, sentence: Sentence): VerbInfo[] {
  const s = text.slice(sentence.start, sentence.end);
  const parsed = nlp(s).json({ offset: true, terms: { tags: true, offset: true } }) as Array<{ terms: Term[] }>;
  const terms = parsed.flatMap((p) => p.terms);
  const out: VerbInfo[] = [];
  terms.forEach((t, i) => {
    if (!has(t, 'Verb') || has(t, 'Auxiliary') || has(t, 'Modal')) return;
    const word = t.text.replace(/[^\w'’-]/g, '');
    if (!word || NOT_VERBS.has(word.toLowerCase())) return;
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
      lemma: infinitive(word),
      negative,
      participle: has(t, 'Gerund') && /,\s*$/.test(s.slice(0, t.offset.start)),
    };
    const subject = subjectBefore(text, sentence.start, terms, i);
    if (subject) info.subject = subject;
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
function sentenceWindow(text: string, sentence: Sentence, pos: number): Sentence {
  const s = text.slice(sentence.start, sentence.end);
  let start = 0;
  let end = s.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
    const stop = m.index + 1;
    if (ABBREVIATION_BEFORE.test(s.slice(Math.max(0, stop - 12), stop))) continue;
    const next = m.index + m[0].length;
    if (sentence.start + next <= pos) start = next;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return { ...sentence, start: sentence.start + start, end: sentence.start + end };
}

/** The clause around a position: sentences split at ";" (and ":" after a timeline date). */
function clauseAround(text: string, sentence: Sentence, pos: number): [number, number] {
  let a = pos;
  while (a > sentence.start && text[a - 1] !== ';') a--;
  let b = pos;
  while (b < sentence.end && text[b] !== ';') b++;
  return [a, b];
}

/** The verb a quantity depends on: the nearest content verb before it in its clause, else after it. */
function governingVerb(verbs: readonly VerbInfo[], clause: [number, number], q: MentionOf<'quantity'>): VerbInfo | undefined {
  // compromise may fold an adverb into the verb ("matching roughly"): where a verb starts decides.
  const inClause = verbs.filter((v) => v.start >= clause[0] && v.start < clause[1] && (v.start < q.start || v.start >= q.end));
  const content = inClause.filter((v) => !LIGHT_VERBS.has(v.lemma));
  const pool = content.length ? content : inClause;
  const before = pool.filter((v) => v.start < q.start).at(-1);
  return before ?? pool.find((v) => v.start >= q.end) ?? verbs.filter((v) => v.start < q.start).at(-1);
}

/** The subject of a verb, or of the closest earlier verb when compromise found none ("..., matching 52,000"). */
function subjectFor(verbs: readonly VerbInfo[], verb: VerbInfo | undefined, q: MentionOf<'quantity'>): string | undefined {
  if (!verb) return undefined;
  const idx = verbs.indexOf(verb);
  for (let i = verb.participle ? idx - 1 : idx; i >= 0; i--) {
    const s = verbs[i]!.subject;
    if (s && !overlapsText(s, q.text)) return s;
  }
  return undefined;
}

function overlapsText(subject: string, quantityText: string): boolean {
  return subject.includes(quantityText) || quantityText.includes(subject);
}

/** Tokens of a quantity's span that belong to the number or its hedge, not to what is counted. */
const NUMBER_TOKEN = /^(?:[\d.,%≈~$€£]+.*|[a-z]+-[a-z]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|tens|of|percent|no|any|in|out|every)$/i;

/** The counted noun phrase inside a quantity's span: "2.4 million U.S. taxpayers" -> "U.S. taxpayers". */
function objectOf(q: MentionOf<'quantity'>): string | undefined {
  if (q.value.kind === 'duration' || q.value.kind === 'money' || !q.value.unit) return undefined;
  const tokens = q.text.split(/\s+/);
  let i = tokens.length - 1;
  while (i >= 0 && !NUMBER_TOKEN.test(tokens[i]!)) i--;
  return cleanPhrase(tokens.slice(i + 1).join(' ')) ?? q.value.unit;
}

// ---------------------------------------------------------------------------------------------
// Time of a claim.

type DateMention = MentionOf<'date'>;

function timeOf(d: DateMention): Claim['time'] {
  const t: NonNullable<Claim['time']> = { value: d.value.value!, text: d.text, start: d.start, end: d.end };
  if (d.value.grain) t.grain = d.value.grain;
  return t;
}

/** A timeline line starts with its date and a separator: "Jun. 27, 2025: ...", "Oct. 29, 2025 – ...". */
function timelineDate(text: string, dates: readonly DateMention[], blockStart: number): DateMention | undefined {
  return dates.find((d) => d.start >= blockStart && d.start <= blockStart + 2 && d.value.value && /^\s*[:–—-]/.test(text.slice(d.end, d.end + 3)));
}

function claimTime(doc: TextDocument, dates: readonly DateMention[], sentence: Sentence, q: Mention): Claim['time'] | undefined {
  const inSentence = dates.filter((d) => d.value.value && d.start >= sentence.start && d.end <= sentence.end);
  if (inSentence.length) {
    const dist = (d: DateMention) => (d.end <= q.start ? q.start - d.end : d.start >= q.end ? d.start - q.end : 0);
    return timeOf(inSentence.reduce((best, d) => (dist(d) < dist(best) ? d : best)));
  }
  const blockStart = doc.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineDate = timelineDate(doc.text, dates, blockStart);
  return lineDate ? timeOf(lineDate) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Negated statements with no number.

// "no taxpayer information has yet been shared" "no records were disclosed"
const NO_NP_PASSIVE = /\b[Nn]o\s+(?<np>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w-]*)\s+(?:has|have|had|was|were|is|are)\s+(?:(?:yet|ever|actually|so far|already|since|then)\s+)*(?:been\s+)?(?:(?:yet|ever)\s+)?(?<verb>[a-z]+(?:ed|en)|sent|shared|given|paid|made|sold|found|kept|held|told|brought|bought|seen|done|lost|spent)\b/dg;
// "did not share any records" "has never disclosed any taxpayer data" "didn't provide a single file"
const NOT_ANY = /\b(?:did|does|do|has|have|had|was|were|is|are)(?:n['’]t|\s+not|\s+never)\s+(?:(?:yet|ever|actually)\s+)?(?<verb>[a-z]+)\s+(?<det>any|a single)\s+(?<np>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w-]*)(?=[\s,.;:)]|$)/dg;

/** Words that end a negated noun phrase: "no records were ..." stops before "were". */
const NP_STOP = /^(?:of|to|from|with|by|for|in|on|at|under|about|that|which|who|has|have|had|was|were|is|are|been|be|and|or|the|a|an)$/i;

function trimNp(np: string): string | undefined {
  const words = np.split(/\s+/);
  const cut = words.findIndex((w) => NP_STOP.test(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  return kept.length ? kept.join(' ') : undefined;
}

function negatedNoneClaims(doc: TextDocument, sentence: Sentence, dates: readonly DateMention[]): Claim[] {
  const s = doc.text.slice(sentence.start, sentence.end);
  const out: Claim[] = [];
  for (const re of [NO_NP_PASSIVE, NOT_ANY]) {
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
      if (re === NOT_ANY && before) claim.subject = before.replace(/^(?:although|while|but|and|because|since|as)\s+/i, '');
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
  const dates = mentions.filter((m): m is DateMention => m.kind === 'date');
  const verbCache = new Map<number, VerbInfo[]>();
  const claims: Claim[] = [];
  const sentencesWithQuantity = new Set<number>();

  for (const q of quantities) {
    if (doc.sentences.length === 0) break;
    const si = sentenceIndexAt(doc.sentences, q.start);
    const sentence = doc.sentences[si]!;
    sentencesWithQuantity.add(si);
    const window = sentenceWindow(text, sentence, q.start);
    let verbs = verbCache.get(window.start);
    if (!verbs) {
      verbs = readVerbs(text, window);
      verbCache.set(window.start, verbs);
    }
    const verb = governingVerb(verbs, clauseAround(text, window, q.start), q);
    const between = verb ? text.slice(Math.min(verb.end, q.start), Math.max(verb.end, q.start)) : '';
    const negated = !!verb?.negative || /\b(?:not|never)\b|n['’]t\b/i.test(between);
    const claim: Claim = { quantity: q, sentence: sentence.index, negated };
    const subject = subjectFor(verbs, verb, q);
    if (subject) claim.subject = subject;
    if (verb) claim.predicate = verb.lemma;
    const object = objectOf(q);
    if (object) claim.object = object;
    const time = claimTime(doc, dates, sentence, q);
    if (time) claim.time = time;
    claims.push(claim);
  }

  // Negations with no number: only sentences that say "no"/"not ... any" are read at all.
  for (const sentence of doc.sentences) {
    if (sentencesWithQuantity.has(sentence.index)) continue;
    const s = text.slice(sentence.start, sentence.end);
    if (!/\b[Nn]o\b|\bnot\b|\bnever\b|n['’]t\b/.test(s)) continue;
    claims.push(...negatedNoneClaims(doc, sentence, dates));
  }
  return claims.sort((a, b) => a.quantity.start - b.quantity.start);
}
