// Types only: every module of the pipeline shares these shapes, so they live in one place.
// Offsets everywhere are half-open [start, end) in UTF-16 code units of a document's
// normalized text, so `text.slice(start, end)` is the mentioned string.

/** A half-open character range in a document's normalized text. */
export interface Span {
  start: number;
  end: number;
}

export type DocumentKind =
  | 'press_release'
  | 'news_article'
  | 'court_order'
  | 'opinion'
  | 'filing'
  | 'transcript'
  | 'unknown';

/**
 * A court's or a party's own paper (order, opinion, filing, transcript), as against a release or a
 * story about the case: it carries its own date line, and it schedules as often as it reports.
 */
export function isCourtPaper(kind: DocumentKind | undefined): boolean {
  return kind === 'court_order' || kind === 'opinion' || kind === 'filing' || kind === 'transcript';
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'press_release',
  'news_article',
  'court_order',
  'opinion',
  'filing',
  'transcript',
  'unknown',
];

export type SourceFormat = 'pdf' | 'html' | 'text' | 'markdown';

/** A federal e-filing header stamp: "Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 3 of 40". */
export interface EfilingStamp {
  docket: string; // as stamped, e.g. "1:25-cv-00457-CKK"
  documentNumber: string; // "45" or "45-2" for an attachment
  filed: string; // ISO date
  page?: number;
  pageCount?: number;
  pageId?: string; // "PageID #: 123" / "PageID.123" when present
}

/** What is known about a document besides its text. Sidecar fields override inferred ones. */
export interface DocumentMeta {
  title?: string;
  published?: string; // ISO date (YYYY-MM-DD): the anchor for relative dates
  source?: string;
  url?: string;
  kind?: DocumentKind;
  /** Where `published` came from, so a resolved relative date can say what it was resolved against. */
  publishedFrom?: 'sidecar' | 'html_meta' | 'efiling_stamp' | 'dateline';
  efiling?: EfilingStamp;
  pageCount?: number;
  needsOcr?: boolean;
}

/** What a reader returns: the text as extracted, page by page, before normalization. */
export interface ReaderOutput {
  format: SourceFormat;
  /** Page texts as extracted (one entry for formats without pages). Lines separated by "\n". */
  pages: string[];
  meta: DocumentMeta;
  /** Data problems that did not stop the read (a page that failed, bytes replaced...). */
  warnings: string[];
}

/** One 1-based page's range in the normalized text. */
export interface PageRange extends Span {
  number: number;
}

export type SentenceKind = 'sentence' | 'heading' | 'timeline' | 'list_item';

export interface Sentence extends Span {
  index: number; // 0-based position in the document
  page: number; // 1-based page where it starts
  kind: SentenceKind;
}

/**
 * Maps normalized-text offsets back to offsets in the text as extracted (pages joined by "\f").
 * Each segment says: normalized [nStart, nStart+length) was copied from raw [rStart, rStart+length);
 * positions not covered by a segment were inserted by normalization.
 */
export interface OffsetSegment {
  nStart: number;
  rStart: number;
  length: number;
}

/** A document ready for extraction: normalized text with its page and sentence index. */
export interface TextDocument {
  text: string;
  pages: PageRange[];
  sentences: Sentence[];
  meta: DocumentMeta;
  /** The text as extracted (pages joined by "\f") and the map from normalized offsets into it. */
  rawText: string;
  offsetMap: OffsetSegment[];
}

// ---------------------------------------------------------------------------------------------
// Mentions: one union member per kind, each with its normalized value.

export type DateGrain = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade';
export type DateModifier = 'early' | 'mid' | 'late';

export interface DateValue {
  /** ISO 8601 at the date's grain: "2025-08-07", "2025-08", "2025", week as its Monday "2025-08-04". */
  value?: string;
  grain?: DateGrain;
  modifier?: DateModifier;
  /** For ranges ("between June and August 2025"): inclusive ISO bounds. */
  range?: { start: string; end: string };
  season?: 'spring' | 'summer' | 'fall' | 'winter';
  /** Relative expressions ("last Friday", "today") are flagged, resolved or not. */
  relative: boolean;
  /** Whether the year/day were written (stated) or filled in from an anchor (implied). */
  certainty: 'stated' | 'implied';
  /** For a relative date that was resolved: the anchor it was resolved against. */
  resolvedAgainst?: { date: string; from: NonNullable<DocumentMeta['publishedFrom']> };
}

export type QuantityKind = 'count' | 'percent' | 'money' | 'duration' | 'ratio';
export type QuantityModifier =
  | 'approx'
  | 'more_than'
  | 'less_than'
  | 'at_least'
  | 'at_most'
  | 'range'
  | 'vague';

export interface QuantityValue {
  kind: QuantityKind;
  /** The stated number, when there is one ("roughly 12,500" -> 12500). */
  value?: number;
  /** Interval the statement allows: min inclusive, max exclusive where a magnitude is given. */
  min?: number;
  max?: number;
  modifier?: QuantityModifier;
  /** The hedge or bound as written ("roughly", "more than", "≈"). */
  modifierText?: string;
  /** Singular lemma of what is counted: taxpayer, record, person; time unit for durations; "USD" for money. */
  unit?: string;
  currency?: string;
  /** For ratios ("one in five"): numerator and denominator. */
  ratio?: { numerator: number; denominator: number };
  /** For rates ("$5 per hour", "500 pages a month"): the singular unit of the denominator. */
  per?: string;
}

export interface StatuteValue {
  /** One key per provision: "usc/26/6103/i/2", "cfr/8/287.7", "pl/94-455", "stat/90/1520", "act/tax-reform-act-of-1976". */
  canonical: string;
  /** Display form: "26 U.S.C. § 6103(i)(2)". */
  display: string;
  code: 'usc' | 'cfr' | 'public_law' | 'statutes_at_large' | 'act' | 'state' | 'rule' | 'federal_register';
  /** A state's postal code for a state statute ("CA"); a local rule's court id ("dcd"). */
  jurisdiction?: string;
  title?: string;
  section?: string;
  subsections?: string[];
  /** "5 U.S.C. §§ 551–559": the last section of the range. */
  sectionEnd?: string;
  etSeq?: boolean;
  /** For a named act: its name and codified location when known. */
  actName?: string;
  /** How the code was known for a short form ("§ 6103" after the IRC): 'stated' | 'context'. */
  codeFrom?: 'stated' | 'context' | 'lexicon';
  /** A later page of a Statutes at Large cite: "90 Stat. 1520, 1667" -> "1667". */
  pinpoint?: string;
}

export interface CaseCitationValue {
  form: 'full' | 'short' | 'id' | 'supra';
  volume?: number;
  reporter?: string;
  page?: number;
  pinpoint?: string;
  court?: string;
  year?: number;
  caseName?: string;
  /** "123 F.4th 456". */
  canonical: string;
}

export interface CourtValue {
  /** Bluebook abbreviation: "D.D.C.", "D.C. Cir.", "U.S." for the Supreme Court. */
  canonical: string;
  id: string; // stable short id, e.g. "dcd", "cadc", "scotus"
  name: string; // full name
  level: 'supreme' | 'appellate' | 'district' | 'bankruptcy' | 'specialty';
}

export interface DocketValue {
  /** "1:25-cv-00457" (district: office:yy-type-nnnnn, judge initials dropped) or "25-5181" (appellate). */
  canonical: string;
  kind: 'district' | 'appellate' | 'other';
  office?: string;
  year?: string;
  caseType?: string; // cv, cr, mc, bk ...
  number?: string;
  judgeInitials?: string;
  court?: string; // canonical court when the text says which
}

export type PartyRole =
  | 'plaintiff'
  | 'defendant'
  | 'petitioner'
  | 'respondent'
  | 'appellant'
  | 'appellee'
  | 'intervenor'
  | 'amicus';

export interface CaptionValue {
  /** "Center for Taxpayer Rights v. Internal Revenue Service" (expanded abbreviations, no "et al."). */
  canonical: string;
  plaintiffs: string[];
  defendants: string[];
  inRe?: string;
  /** A precedent the document cites ("See Lujan v. Defenders of Wildlife"), not a case it is about: its sides are left empty so nothing reads them as this case's parties. */
  cited?: boolean;
}

export type EntityType = 'person' | 'organization';

export interface PartyValue {
  name: string;
  role: PartyRole;
  entityType: EntityType;
  title?: string;
  /** The court's role when `role` is the trial-court side: "Plaintiffs - Appellants" -> appellant. */
  courtRole?: PartyRole;
}

export interface AttorneyValue {
  name: string;
  organization?: string;
  represents?: PartyRole;
  title?: string;
  /** The division or office inside the organization, when written beside it ("Civil Division" of the Justice Department). */
  unit?: string;
}

export interface CounselOrganizationValue {
  name: string;
  represents?: PartyRole;
}

export interface JudgeValue {
  name: string;
  title?: string;
  court?: string; // canonical court
}

export interface OrganizationValue {
  name: string;
  acronym?: string;
  /** Canonical name when the lexicon knows this organization (agencies, well-known bodies). */
  canonical?: string;
}

export interface PersonValue {
  name: string;
  title?: string;
  organization?: string;
}

interface MentionBase extends Span {
  /** The mentioned string: always `document.text.slice(start, end)`. */
  text: string;
  extractor: string; // file/module that found it, e.g. "dates"
  rule: string; // named pattern or rule inside that extractor
  confidence: number; // 0..1
}

export type Mention =
  | (MentionBase & { kind: 'date'; value: DateValue })
  | (MentionBase & { kind: 'quantity'; value: QuantityValue })
  | (MentionBase & { kind: 'statute'; value: StatuteValue })
  | (MentionBase & { kind: 'case_citation'; value: CaseCitationValue })
  | (MentionBase & { kind: 'court'; value: CourtValue })
  | (MentionBase & { kind: 'docket'; value: DocketValue })
  | (MentionBase & { kind: 'caption'; value: CaptionValue })
  | (MentionBase & { kind: 'party'; value: PartyValue })
  | (MentionBase & { kind: 'attorney'; value: AttorneyValue })
  | (MentionBase & { kind: 'counsel_organization'; value: CounselOrganizationValue })
  | (MentionBase & { kind: 'judge'; value: JudgeValue })
  | (MentionBase & { kind: 'organization'; value: OrganizationValue })
  | (MentionBase & { kind: 'person'; value: PersonValue });

export type MentionKind = Mention['kind'];
export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;

/** A quantity or duration read as a statement: who did what to how many, and when. */
export interface Claim {
  /** Index of the quantity mention in the document's mention list. */
  quantity: MentionOf<'quantity'>;
  sentence: number; // sentence index
  subject?: string; // "the IRS"
  predicate?: string; // lemma of the governing verb: share, request, match
  object?: string; // what was counted (the unit's noun phrase)
  negated: boolean;
  /** The time the statement is about: a date in the same sentence or the timeline entry above it. */
  time?: { value: string; grain?: DateGrain; text: string; start: number; end: number };
}

/** Everything extracted from one document. */
export interface Findings {
  mentions: Mention[];
  claims: Claim[];
}

/**
 * An extractor is pure: text in, mentions out, no I/O. Extractors run in a fixed order and each
 * sees what earlier ones found (`prior`), so later ones can skip spans already claimed.
 */
export interface ExtractContext {
  doc: TextDocument;
  prior: readonly Mention[];
}

export interface Extractor {
  name: string;
  extract(ctx: ExtractContext): Mention[];
}

// ---------------------------------------------------------------------------------------------
// Ingest outcomes

export type IngestErrorCode =
  | 'empty'
  | 'binary'
  | 'unreadable'
  | 'corrupt_pdf'
  | 'encrypted'
  | 'too_large'
  | 'too_many_pages'
  | 'timeout'
  | 'out_of_memory'
  | 'no_text'
  | 'unsupported'
  | 'bad_sidecar';

/** A data problem with one file: recorded against it, the batch goes on. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

export interface IngestLimits {
  maxPages: number; // pages read per PDF; the rest are dropped with a warning
  maxChars: number; // characters kept per document
  maxFileBytes: number; // larger files are refused
  pdfTimeoutMs: number; // wall clock per PDF
  pdfMemoryMb: number; // resident memory of the PDF child process
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxPages: 2000,
  maxChars: 20_000_000,
  maxFileBytes: 200 * 1024 * 1024,
  pdfTimeoutMs: 60_000,
  pdfMemoryMb: 1536,
};
