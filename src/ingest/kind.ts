import type { DocumentKind, DocumentMeta, SourceFormat } from '../model/types.ts';
import { REPORTER_PATTERN } from '../lexicon/reporters.ts';

// What kind of document a text is, from cues each kind's genre conventions put in it: release
// boilerplate, bylines, decretal language, opinion headings, captions and signature blocks,
// speaker labels. Each cue adds its weight (repeated cues up to a cap); the best total wins.
// Cues are read in the head (where captions, titles and datelines are), the tail (signature
// blocks, "###", "About ...") and a bounded middle, so the cost does not grow with the document.

const HEAD = 6000;
/** Lines where a dateline can be: headline, subtitle, then the opening paragraph. */
const LEAD_LINES = 5;
const TAIL = 4000;
const BODY = 60_000;
/** Below this no kind is claimed (one stray "Q." line is not a transcript). */
const MIN_SCORE = 1;

type Region = 'lead' | 'head' | 'tail' | 'body';

interface Cue {
  kind: Exclude<DocumentKind, 'unknown'>;
  name: string;
  re: RegExp;
  weight: number;
  where: Region;
  /** How many matches count (default 1). */
  max?: number;
  /**
   * Read with quoted passages blanked out: a story that quotes "We affirm" is reporting a
   * ruling, not issuing one, so the court's own voice only counts outside quotation marks.
   */
  unquoted?: boolean;
}

// "Sam Carter", "Renée Castille", "José M. Ortiz"
const PERSON = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}`;
// "SAM CARTER", "SAM J. CARTER" (bylines set in capitals)
const PERSON_CAPS = String.raw`[A-Z]{2,}(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Z'’-]+){1,2}`;
// Broadcast call letters: "WNYC", "KQED", "WAMU", "KPCC" (east of the Mississippi W, west K)
const CALL_LETTERS = String.raw`[KW][A-Z]{2,3}(?:-(?:FM|TV|AM))?`;

const CUES: Cue[] = [
  // press releases
  { kind: 'press_release', name: 'immediate_release', re: /\bFOR IMMEDIATE RELEASE\b/i, weight: 4, where: 'head' },
  // "###", "# # #", "– # # # –", "-30-"
  { kind: 'press_release', name: 'end_mark', re: /^[\s–—-]*(?:#\s*#\s*#|-30-)[\s–—-]*$/m, weight: 3, where: 'tail' },
  { kind: 'press_release', name: 'media_contact', re: /^(?:Media|Press) (?:contacts?|inquiries)\b|^Contact:\s/im, weight: 2.5, where: 'body' },
  { kind: 'press_release', name: 'more_information', re: /\bFor (?:more|additional) information\b/i, weight: 1.5, where: 'tail' },
  // "About Democracy Rights Fund" heading line near the end
  { kind: 'press_release', name: 'about_org', re: /^About (?:the )?[A-Z][\w&.,'’ -]{2,80}$/m, weight: 2, where: 'tail' },
  // "X is a national nonprofit organization that ..." boilerplate
  { kind: 'press_release', name: 'org_boilerplate', re: /\bis (?:a|an|the) (?:[\w-]+ ){0,5}(?:organization|nonprofit|non-profit|advocacy group|law firm|foundation|coalition)(?: \w+){0,3} (?:that|which|dedicated)\b/, weight: 1.5, where: 'tail' },
  // "WASHINGTON –", "Washington, D.C. – ", "WASHINGTON D.C. —" opening the text (AP style "(AP) —" is news)
  { kind: 'press_release', name: 'dateline', re: /^(?:[A-Z][A-Za-z.]+(?:[ ,]+[A-Z][A-Za-z.]+){0,3}),?\s+[–—]\s+[A-Z][^\n]{60}/m, weight: 1.5, where: 'lead' },
  // “...,” said Jane Doe, President and CEO of ... (releases quote their own people with full titles)
  { kind: 'press_release', name: 'said_title', re: new RegExp(String.raw`[”"],?\s+said\s+${PERSON},\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:President|CEO|Director|Counsel|Chair|Founder|Secretary|Attorney)`, 'u'), weight: 1, where: 'body', max: 2 },
  // Government releases: "Office of Public Affairs | Tuesday, June 23, 2026", "Press Release Number: 26-714"
  { kind: 'press_release', name: 'press_office', re: /^(?:Office of Public Affairs|Press Office|Office of Communications|Newsroom)\b|^(?:Press Release|Release) (?:Number|No\.)\s*:?\s*[\w-]+$/m, weight: 3, where: 'body' },
  // A release announces its own news: "The Justice Department announced today that ..."
  { kind: 'press_release', name: 'announced_today', re: /\b(?:announced|announces) today\b/, weight: 1.5, where: 'lead', unquoted: true },
  { kind: 'press_release', name: 'prnewswire', re: /\/(?:PRNewswire|Business Wire|GLOBE NEWSWIRE)\//i, weight: 4, where: 'head' },

  // news articles
  // "By Sam Carter", "BY SAM CARTER", "By Sam Carter, WNYC", "By Sam Carter | KQED", "By Sam Carter • Reporter"
  { kind: 'news_article', name: 'byline', re: new RegExp(String.raw`^By\s+(?:${PERSON}|${PERSON_CAPS})(?:\s+and\s+(?:${PERSON}|${PERSON_CAPS}))?\s*(?:[,|•·/—–-]|$)`, 'mu'), weight: 2.5, where: 'head' },
  { kind: 'news_article', name: 'written_by', re: /^Written by\s+[A-Z]/m, weight: 2.5, where: 'body' },
  { kind: 'news_article', name: 'advertisement', re: /^Advertisement$/m, weight: 2, where: 'body' },
  { kind: 'news_article', name: 'listen', re: /^Listen to (?:this )?(?:article|story)/m, weight: 2, where: 'head' },
  // a station page's audio player line: "Listen", "Listen · 4:12", "Listen Live", "Listen 3 min"
  { kind: 'news_article', name: 'listen_player', re: /^Listen(?: Live| now)?\s*(?:[·•|:—–-]\s*)?(?:\d{1,2}:\d\d|\d+ min)?$/m, weight: 1.5, where: 'head' },
  // "told WNYC", "WNYC's Sam Carter", "KQED News", "for WAMU", "WBUR-FM"; public-broadcasting names
  { kind: 'news_article', name: 'station', re: new RegExp(String.raw`\b(?:told|for|to|with|on|from) ${CALL_LETTERS}\b(?!-\d)|\b${CALL_LETTERS}(?:['’]s\b| News\b| NEWS\b| Public\b| Radio\b|-(?:FM|TV|AM)\b)|\b(?:NPR|PBS|public radio|member station)\b`), weight: 1.5, where: 'body' },
  // a reporter's credit line or self-reference: "Sam Carter, Reporter", "our reporter", "KQED reporter"
  { kind: 'news_article', name: 'reporter', re: /\b(?:reporter|correspondent)\b(?! for the court)/i, weight: 1, where: 'body' },
  // "the panel wrote", "Judge Roe wrote for the court", "wrote for a unanimous panel", "according to
  // the ruling", "in an opinion by": third-person reporting of a decision
  { kind: 'news_article', name: 'reported_ruling', re: /\b(?:the (?:panel|majority|court|judges?|justices?|appeals court|ruling|opinion|decision)|Judges? [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?) (?:wrote|ruled|said|sided)\b|\bwrote (?:for (?:the|a|an) (?:court|majority|panel|unanimous|divided|[\w-]+ (?:court|panel|majority))|in (?:the|a|an|her|his|their) (?:opinion|ruling|decision|dissent|concurrence))\b|\baccording to the (?:ruling|opinion|decision|order)\b|\bin an? (?:\d+-\d+ |unanimous |split )?(?:opinion|ruling|decision) (?:written )?by\b/g, weight: 1.5, where: 'body', max: 3, unquoted: true },
  // "A federal judge in Newark on Wednesday ordered ...", "A federal appeals court ruled Tuesday": a
  // story's lede about a ruling; the court itself never calls itself "a federal judge".
  { kind: 'news_article', name: 'judge_lede', re: /\b[Aa] (?:federal|U\.S\.|state) (?:district |appeals |bankruptcy )?(?:judge|court|panel)\b[^.\n]{0,60}?\b(?:ruled|ordered|blocked|dismissed|sided|rejected|halted|struck down|upheld|declined|granted|denied|refused|allowed|approved|paused|threw out|cleared)\b/, weight: 1.5, where: 'lead', unquoted: true },
  // newsletters and their sign-up furniture
  { kind: 'news_article', name: 'newsletter', re: /\b(?:newsletter|[Ss]ubscribe(?: now| today| to)?|[Ss]ign up for|[Uu]nsubscribe)\b/, weight: 1.5, where: 'body' },
  { kind: 'news_article', name: 'photo_credit', re: /\((?:Photo|Image) (?:by|credit)|\b(?:Getty Images|AP Photo|Reuters)\b/, weight: 1.5, where: 'body' },
  // "Jane Doe is a senior reporter at Outlet covering ..."
  { kind: 'news_article', name: 'reporter_bio', re: /\bis (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|correspondent|journalist|editor|writer|columnist)\b/, weight: 2, where: 'tail' },
  { kind: 'news_article', name: 'said_in_statement', re: /\bsaid in (?:a|an) (?:statement|interview|press release|email)\b|\btold [A-Z][\w]+\b|\bdid not (?:immediately )?respond to a request for comment\b/, weight: 1, where: 'body', max: 2 },
  // "court filings show", "according to records": reporting on documents rather than issuing them
  { kind: 'news_article', name: 'reporting', re: /\baccording to (?:court |the |a )?(?:filings?|documents?|records?|people|sources?|officials?)\b|\b(?:court )?(?:filings|documents|records) (?:show|reveal|indicate|obtained by)\b/g, weight: 1, where: 'body', max: 2 },
  { kind: 'news_article', name: 'updated', re: /^(?:Updated|Published)\s+(?:on\s+)?[A-Z][a-z]+\.? \d/m, weight: 1, where: 'head' },

  // court orders
  { kind: 'court_order', name: 'it_is_ordered', re: /\bIT IS (?:HEREBY )?(?:FURTHER )?ORDERED\b/g, weight: 3, where: 'body', max: 2, unquoted: true },
  { kind: 'court_order', name: 'order_heading', re: /^(?:\[PROPOSED\]\s*)?(?:SCHEDULING |PROTECTIVE |MINUTE |STANDING |FINAL |AMENDED )?ORDER$/m, weight: 2.5, where: 'head' },
  { kind: 'court_order', name: 'order_granting', re: /^ORDER (?:GRANTING|DENYING|ON|REGARDING|TO SHOW CAUSE)\b/m, weight: 3, where: 'head' },
  { kind: 'court_order', name: 'so_ordered', re: /\bSO ORDERED\b/, weight: 2.5, where: 'tail' },
  { kind: 'court_order', name: 'memorandum_and_order', re: /\bMEMORANDUM AND ORDER\b/, weight: 3, where: 'head' },
  { kind: 'court_order', name: 'ordered_that', re: /\b(?:hereby )?ORDERED that\b/, weight: 1.5, where: 'body', max: 2 },
  { kind: 'court_order', name: 'district_judge', re: /^(?:United States )?(?:District|Magistrate) Judge$/im, weight: 1, where: 'tail' },

  // opinions
  // "OPINION", "MEMORANDUM OPINION", "OPINION AND ORDER", "MEMORANDUM OPINION AND ORDER" on its own line
  { kind: 'opinion', name: 'opinion_heading', re: /^(?:MEMORANDUM )?OPINION(?: AND ORDER)?$/m, weight: 2.5, where: 'head' },
  // "Before: SMITH, JONES, and LEE, Circuit Judges." / "SMITH, Circuit Judge:" opening the opinion
  { kind: 'opinion', name: 'circuit_judges', re: /^Before:?\s[^\n]*\bCircuit Judges?\b|^[A-Z][A-Za-z'’-]+, (?:Chief |Senior )?Circuit Judge[:.]/m, weight: 2.5, where: 'head' },
  { kind: 'opinion', name: 'delivered', re: /\bdelivered the opinion of the Court\b/i, weight: 3, where: 'head', unquoted: true },
  { kind: 'opinion', name: 'opinion_for_court', re: /\bOpinion for the Court filed by\b|\bPER CURIAM\b/, weight: 3, where: 'head', unquoted: true },
  // the mandate line closing an opinion: "AFFIRMED.", "REVERSED AND REMANDED.", "VACATED in part."
  { kind: 'opinion', name: 'disposition_line', re: /^(?:(?:AFFIRMED|REVERSED|VACATED|REMANDED)(?: in part| IN PART)?(?:,? (?:and|AND) )?)+\.?$/m, weight: 2.5, where: 'tail' },
  { kind: 'opinion', name: 'disposition', re: /\b(?:is|are|be|hereby) (?:AFFIRMED|REVERSED|VACATED|REMANDED)\b/g, weight: 1, where: 'body', max: 2, unquoted: true },
  { kind: 'opinion', name: 'we_hold', re: /\b(?:We|we) (?:affirm|reverse|vacate|remand|hold)\b/g, weight: 1, where: 'body', max: 2, unquoted: true },
  // "JONES, Circuit Judge, dissenting:", "concurring in the judgment" as the separate writing's heading
  { kind: 'opinion', name: 'concurring', re: /^[^\n]{0,80}\b(?:concurring|dissenting)(?: in (?:part|the judgment))?(?:[^\n]{0,30})?[:.]?$/m, weight: 1, where: 'body' },
  { kind: 'opinion', name: 'argued_decided', re: /^Argued\b.*\n?.*\bDecided\b/m, weight: 2.5, where: 'head' },

  // filings
  { kind: 'filing', name: 'complaint_for', re: /\bCOMPLAINT FOR\b|^(?:(?:FIRST|SECOND) )?(?:AMENDED )?(?:CLASS ACTION )?COMPLAINT$/m, weight: 3, where: 'head' },
  { kind: 'filing', name: 'motion', re: /^(?:[A-Z’'-]+ )*(?:MOTION|PETITION) (?:FOR|TO)\b/m, weight: 2.5, where: 'head' },
  { kind: 'filing', name: 'memorandum_in_support', re: /\bMEMORANDUM (?:OF (?:POINTS AND AUTHORITIES|LAW) )?IN (?:SUPPORT|OPPOSITION)\b/, weight: 2.5, where: 'head' },
  { kind: 'filing', name: 'brief', re: /^(?:[A-Z’'-]+ )*BRIEF (?:OF|FOR|IN)\b/m, weight: 2.5, where: 'head' },
  { kind: 'filing', name: 'notice_of', re: /^NOTICE OF (?:APPEAL|MOTION|FILING|APPEARANCE|REMOVAL|SUPPLEMENTAL)\b/m, weight: 2.5, where: 'head' },
  // A court-approved class notice is filed in the case: "NOTICE OF PROPOSED CLASS ACTION SETTLEMENT",
  // "LEGAL NOTICE OF SETTLEMENT", "NOTICE OF PENDENCY OF CLASS ACTION"
  { kind: 'filing', name: 'class_notice', re: /\bNOTICE OF (?:PROPOSED )?(?:CLASS ACTION )?(?:SETTLEMENT|PENDENCY)\b|\bCLASS ACTION SETTLEMENT NOTICE\b/, weight: 3.5, where: 'head' },
  // the notice's furniture: "Settlement Administrator", "Final Approval Hearing", "exclude yourself",
  // "opt out", "Claim Form", "you may be entitled to a payment", "A federal court authorized this notice"
  { kind: 'filing', name: 'class_notice_terms', re: /\b(?:Settlement Administrator|Claims? Administrator|Final Approval Hearing|Fairness Hearing|exclude yourself|opt[ -]out|Claim Form|(?:may|might) be entitled to (?:a |receive )?(?:payment|benefits|compensation)|court authorized this notice)\b/gi, weight: 0.75, where: 'body', max: 4 },
  { kind: 'filing', name: 'respectfully', re: /\b(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Movants?)\b[^.\n]{0,120}\brespectfully (?:submits?|requests?|moves?|asks?)\b/, weight: 2, where: 'body' },
  { kind: 'filing', name: 'signature', re: /^\/s\/\s*[A-Z]/m, weight: 2, where: 'tail' },
  { kind: 'filing', name: 'counsel_for', re: /^(?:Counsel|Attorneys?) for (?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Amic)/im, weight: 1.5, where: 'tail' },
  { kind: 'filing', name: 'certificate_of_service', re: /\bCERTIFICATE OF SERVICE\b/, weight: 1.5, where: 'tail' },
  { kind: 'filing', name: 'bar_number', re: /\b(?:D\.C\. )?Bar (?:No\.|Number|#)/, weight: 1, where: 'tail' },
  // discovery papers: "RESPONSES TO INTERROGATORIES", "REQUEST FOR PRODUCTION NO. 3"
  { kind: 'filing', name: 'discovery', re: /\b(?:INTERROGATOR(?:Y|IES)|REQUESTS? FOR (?:PRODUCTION|ADMISSION)|POSITION STATEMENT|STIPULATION)\b/, weight: 2, where: 'head' },
  { kind: 'filing', name: 'caption', re: /^(?:Civil Action|Case|Civil) No\.|^Plaintiffs?,$/m, weight: 1, where: 'head' },

  // transcripts
  { kind: 'transcript', name: 'the_court', re: /^[ \t]*THE COURT:/gm, weight: 2, where: 'body', max: 3 },
  { kind: 'transcript', name: 'question', re: /^[ \t]*Q\.\s/gm, weight: 0.75, where: 'body', max: 4 },
  { kind: 'transcript', name: 'answer', re: /^[ \t]*A\.\s/gm, weight: 0.75, where: 'body', max: 4 },
  { kind: 'transcript', name: 'speaker', re: /^[ \t]*(?:MR|MS|MRS)\. [A-Z][A-Z'-]+:/gm, weight: 1, where: 'body', max: 3 },
  { kind: 'transcript', name: 'proceedings', re: /^[ \t]*PROCEEDINGS$|^[ \t]*\(Case called\)$/m, weight: 2.5, where: 'head' },
  { kind: 'transcript', name: 'transcript_of', re: /\bTRANSCRIPT OF\b|\bOfficial Court Reporter\b/i, weight: 3, where: 'head' },
];

/** Scores per kind, for reports and tests. */
export function scoreKinds(text: string): Map<DocumentKind, { score: number; cues: string[] }> {
  const regions: Record<Region, string> = {
    lead: leadLines(text, LEAD_LINES),
    head: text.slice(0, HEAD),
    tail: text.length > TAIL ? text.slice(-TAIL) : text,
    body: text.length > BODY ? `${text.slice(0, BODY - TAIL)}\n${text.slice(-TAIL)}` : text,
  };
  const unquoted = new Map<Region, string>();
  const scores = new Map<DocumentKind, { score: number; cues: string[] }>();
  for (const cue of CUES) {
    let hay = regions[cue.where];
    if (cue.unquoted) {
      const blanked = unquoted.get(cue.where) ?? blankQuotes(hay);
      unquoted.set(cue.where, blanked);
      hay = blanked;
    }
    let n = 0;
    if (cue.re.global) {
      cue.re.lastIndex = 0;
      const cap = cue.max ?? 1;
      while (n < cap && cue.re.exec(hay)) n++;
    } else if (cue.re.test(hay)) n = 1;
    if (!n) continue;
    const s = scores.get(cue.kind) ?? { score: 0, cues: [] };
    s.score += n * cue.weight;
    s.cues.push(cue.name);
    scores.set(cue.kind, s);
  }
  return scores;
}

// Blank a quoted passage within a block: “...”, "...", ‘...’ is not read across a "\n".
const QUOTED = /“[^”\n]{0,1500}”|"[^"\n]{0,1500}"/g;

function blankQuotes(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

// Where a court's paper stops being an order and becomes an opinion. Both end in decretal
// language ("IT IS ORDERED", "SO ORDERED") and may carry either title ("ORDER", "MEMORANDUM
// OPINION AND ORDER"), so the title does not decide; the analysis does. An order granting or
// denying a motion states the ruling with a citation or two; an opinion sets out the standard of
// review and a discussion and reasons through the cases. The paper is an opinion when it has
//   - an analysis heading (DISCUSSION, ANALYSIS, STANDARD OF REVIEW, LEGAL STANDARD) and at least
//     MIN_CITES_WITH_HEADING reporter citations, or
//   - at least MIN_CITES reporter citations at a density of CITES_PER_PAGE per page (PAGE_CHARS),
// and an order otherwise. A two-page order citing one case stays an order; a twenty-page
// "ORDER GRANTING PRELIMINARY INJUNCTION" reasoning through forty cases is an opinion.
const PAGE_CHARS = 3000;
const MIN_CITES_WITH_HEADING = 4;
const MIN_CITES = 8;
const CITES_PER_PAGE = 1.5;
// "DISCUSSION", "II. ANALYSIS", "B. Standard of Review", "LEGAL STANDARDS", "III. Discussion"
const ANALYSIS_HEADING = /^(?:[IVX]+\.|[A-Z]\.|\d+\.)?\s*(?:DISCUSSION|ANALYSIS|(?:THE )?(?:APPLICABLE |GOVERNING )?(?:STANDARD OF REVIEW|LEGAL STANDARDS?)|Discussion|Analysis|(?:The )?Standard of Review|Legal Standards?)\.?$/m;
// "567 U.S. 519", "140 S. Ct. 1731", "12 F.4th 34", "2024 WL 123456", "165 Fed. Cl. 10"
const REPORTER_CITE = new RegExp(String.raw`(?<![\w.§-])\d{1,4}\s(?:${REPORTER_PATTERN})\s(?:at\s)?\*?\d{1,7}\b`, 'g');
const MAX_CITES = 200;

/** Whether a court's paper reasons at an opinion's length (see the boundary above). */
export function hasOpinionAnalysis(text: string): boolean {
  const body = text.length > BODY ? text.slice(0, BODY) : text;
  let cites = 0;
  REPORTER_CITE.lastIndex = 0;
  while (cites < MAX_CITES && REPORTER_CITE.exec(body)) cites++;
  if (ANALYSIS_HEADING.test(body) && cites >= MIN_CITES_WITH_HEADING) return true;
  const pages = Math.max(1, body.length / PAGE_CHARS);
  return cites >= MIN_CITES && cites / pages >= CITES_PER_PAGE;
}

// A title line naming the paper: "MEMORANDUM OPINION", "OPINION AND ORDER", "Memorandum Opinion and Order".
// "MEMORANDUM OPINION AND ORDER GRANTING PLAINTIFF'S" (a title that runs on to the next line)
const OPINION_TITLE = /^(?:MEMORANDUM |Memorandum )?(?:OPINION|Opinion)(?: (?:AND|and) (?:ORDER|Order))?(?:$| (?:GRANTING|DENYING|ON|REGARDING)\b)/m;
// "ORDER", "MEMORANDUM ORDER", "MEMORANDUM AND ORDER", "ORDER AND REASONS", "ORDER ON DEFENDANTS' MOTION ...",
// "ORDER GRANTING ...", "SCHEDULING ORDER", "[PROPOSED] ORDER"
const ORDER_TITLE = /^(?:\[PROPOSED\]\s*)?(?:[A-Z]+ ){0,2}(?:AND )?ORDER(?: (?:AND REASONS|ON|GRANTING|DENYING|REGARDING|TO SHOW CAUSE)\b[^\n]*)?$/m;
const DECRETAL = new Set(['it_is_ordered', 'so_ordered', 'ordered_that']);

/** Order of preference when two kinds score the same. */
const TIE_ORDER: DocumentKind[] = ['court_order', 'opinion', 'filing', 'transcript', 'press_release', 'news_article'];

/** The document's kind when no sidecar states it; `unknown` when no cue is strong enough. */
export function inferKind(text: string, meta: DocumentMeta = {}, format: SourceFormat = 'text'): DocumentKind {
  if (meta.kind) return meta.kind;
  const scores = scoreKinds(meta.title ? `${meta.title}\n${text}` : text);
  let best: DocumentKind = 'unknown';
  let bestScore = 0;
  for (const kind of TIE_ORDER) {
    // A CM/ECF stamp makes it court paper: release-like phrases in it are not a release.
    if (meta.efiling && (kind === 'press_release' || kind === 'news_article')) continue;
    const s = scores.get(kind)?.score ?? 0;
    if (s > bestScore) {
      best = kind;
      bestScore = s;
    }
  }
  if (bestScore >= MIN_SCORE && (best === 'court_order' || best === 'opinion')) return orderOrOpinion(text, best, scores);
  if (bestScore >= MIN_SCORE) return best;
  // Stamped by CM/ECF with nothing else to go on: most docket entries are the parties' papers.
  if (meta.efiling) return 'filing';
  // A web page with no court-paper cues at all reads as journalism more often than not.
  if (format === 'html' && bestScore === 0 && text.length > 500) return 'news_article';
  return 'unknown';
}

/**
 * A court's paper: what its title calls it ("MEMORANDUM OPINION" is an opinion, "ORDER ON MOTION TO
 * DISMISS" an order, however long its analysis); untitled, an opinion when it reasons at length and an
 * order when it decrees with little analysis.
 */
function orderOrOpinion(text: string, best: 'court_order' | 'opinion', scores: ReturnType<typeof scoreKinds>): DocumentKind {
  const head = text.slice(0, HEAD);
  if (OPINION_TITLE.test(head)) return 'opinion';
  if (ORDER_TITLE.test(head)) return 'court_order';
  if (hasOpinionAnalysis(text)) return 'opinion';
  const decrees = scores.get('court_order')?.cues.some((c) => DECRETAL.has(c)) ?? false;
  return decrees ? 'court_order' : best;
}

function leadLines(text: string, n: number): string {
  let pos = 0;
  for (let seen = 0; seen < n && pos < text.length; ) {
    const end = text.indexOf('\n', pos);
    if (end === -1) return text;
    if (text.slice(pos, end).trim()) seen++;
    pos = end + 1;
  }
  return text.slice(0, pos);
}
