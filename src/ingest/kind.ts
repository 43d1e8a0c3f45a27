import type { DocumentKind, DocumentMeta, SourceFormat } from '../model/types.ts';

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
}

const PERSON = String.raw`[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}`;

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
  { kind: 'press_release', name: 'said_title', re: new RegExp(String.raw`[”"],?\s+said\s+${PERSON},\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:President|CEO|Director|Counsel|Chair|Founder|Secretary|Attorney)`), weight: 1, where: 'body', max: 2 },
  { kind: 'press_release', name: 'prnewswire', re: /\/(?:PRNewswire|Business Wire|GLOBE NEWSWIRE)\//i, weight: 4, where: 'head' },

  // news articles
  { kind: 'news_article', name: 'byline', re: new RegExp(String.raw`^By\s+${PERSON}(?:\s+and\s+${PERSON})?\s*(?:[,|]|$)`, 'm'), weight: 2.5, where: 'head' },
  { kind: 'news_article', name: 'written_by', re: /^Written by\s+[A-Z]/m, weight: 2.5, where: 'body' },
  { kind: 'news_article', name: 'advertisement', re: /^Advertisement$/m, weight: 2, where: 'body' },
  { kind: 'news_article', name: 'listen', re: /^Listen to (?:this )?(?:article|story)/m, weight: 2, where: 'head' },
  { kind: 'news_article', name: 'photo_credit', re: /\((?:Photo|Image) (?:by|credit)|\b(?:Getty Images|AP Photo|Reuters)\b/, weight: 1.5, where: 'body' },
  // "Jane Doe is a senior reporter at Outlet covering ..."
  { kind: 'news_article', name: 'reporter_bio', re: /\bis (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|correspondent|journalist|editor|writer|columnist)\b/, weight: 2, where: 'tail' },
  { kind: 'news_article', name: 'said_in_statement', re: /\bsaid in (?:a|an) (?:statement|interview|press release|email)\b|\btold [A-Z][\w]+\b|\bdid not (?:immediately )?respond to a request for comment\b/, weight: 1, where: 'body', max: 2 },
  // "court filings show", "according to records": reporting on documents rather than issuing them
  { kind: 'news_article', name: 'reporting', re: /\baccording to (?:court |the |a )?(?:filings?|documents?|records?|people|sources?|officials?)\b|\b(?:court )?(?:filings|documents|records) (?:show|reveal|indicate|obtained by)\b/g, weight: 1, where: 'body', max: 2 },
  { kind: 'news_article', name: 'updated', re: /^(?:Updated|Published)\s+(?:on\s+)?[A-Z][a-z]+\.? \d/m, weight: 1, where: 'head' },

  // court orders
  { kind: 'court_order', name: 'it_is_ordered', re: /\bIT IS (?:HEREBY )?(?:FURTHER )?ORDERED\b/, weight: 3, where: 'body', max: 2 },
  { kind: 'court_order', name: 'order_heading', re: /^(?:\[PROPOSED\]\s*)?(?:SCHEDULING |PROTECTIVE |MINUTE |STANDING |FINAL |AMENDED )?ORDER$/m, weight: 2.5, where: 'head' },
  { kind: 'court_order', name: 'order_granting', re: /^ORDER (?:GRANTING|DENYING|ON|REGARDING|TO SHOW CAUSE)\b/m, weight: 3, where: 'head' },
  { kind: 'court_order', name: 'so_ordered', re: /\bSO ORDERED\b/, weight: 2.5, where: 'tail' },
  { kind: 'court_order', name: 'memorandum_opinion_and_order', re: /\bMEMORANDUM (?:OPINION )?AND ORDER\b/, weight: 3, where: 'head' },
  { kind: 'court_order', name: 'ordered_that', re: /\b(?:hereby )?ORDERED that\b/, weight: 1.5, where: 'body', max: 2 },
  { kind: 'court_order', name: 'district_judge', re: /^(?:United States )?(?:District|Magistrate) Judge$/im, weight: 1, where: 'tail' },

  // opinions
  { kind: 'opinion', name: 'opinion_heading', re: /^(?:MEMORANDUM )?OPINION$/m, weight: 2.5, where: 'head' },
  { kind: 'opinion', name: 'circuit_judges', re: /\bCircuit Judges?\b/, weight: 2, where: 'head' },
  { kind: 'opinion', name: 'delivered', re: /\bdelivered the opinion of the Court\b/i, weight: 3, where: 'head' },
  { kind: 'opinion', name: 'opinion_for_court', re: /\bOpinion for the Court filed by\b|\bPER CURIAM\b/, weight: 3, where: 'head' },
  { kind: 'opinion', name: 'disposition', re: /\b(?:AFFIRMED|REVERSED|VACATED|REMANDED)\b/, weight: 1.5, where: 'body', max: 2 },
  { kind: 'opinion', name: 'we_hold', re: /\b(?:We|we) (?:affirm|reverse|vacate|remand|hold)\b/, weight: 1, where: 'body', max: 2 },
  { kind: 'opinion', name: 'concurring', re: /\b(?:concurring|dissenting)(?: in (?:part|the judgment))?\b/, weight: 1, where: 'body' },
  { kind: 'opinion', name: 'argued_decided', re: /^Argued\b.*\n?.*\bDecided\b/m, weight: 2.5, where: 'head' },

  // filings
  { kind: 'filing', name: 'complaint_for', re: /\bCOMPLAINT FOR\b|^(?:(?:FIRST|SECOND) )?(?:AMENDED )?(?:CLASS ACTION )?COMPLAINT$/m, weight: 3, where: 'head' },
  { kind: 'filing', name: 'motion', re: /^(?:[A-Z’'-]+ )*(?:MOTION|PETITION) (?:FOR|TO)\b/m, weight: 2.5, where: 'head' },
  { kind: 'filing', name: 'memorandum_in_support', re: /\bMEMORANDUM (?:OF (?:POINTS AND AUTHORITIES|LAW) )?IN (?:SUPPORT|OPPOSITION)\b/, weight: 2.5, where: 'head' },
  { kind: 'filing', name: 'brief', re: /^(?:[A-Z’'-]+ )*BRIEF (?:OF|FOR|IN)\b/m, weight: 2.5, where: 'head' },
  { kind: 'filing', name: 'notice_of', re: /^NOTICE OF (?:APPEAL|MOTION|FILING|APPEARANCE|REMOVAL|SUPPLEMENTAL)\b/m, weight: 2.5, where: 'head' },
  { kind: 'filing', name: 'respectfully', re: /\b(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Movants?)\b[^.\n]{0,120}\brespectfully (?:submits?|requests?|moves?|asks?)\b/, weight: 2, where: 'body' },
  { kind: 'filing', name: 'signature', re: /^\/s\/\s*[A-Z]/m, weight: 2, where: 'tail' },
  { kind: 'filing', name: 'counsel_for', re: /^(?:Counsel|Attorneys?) for (?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Amic)/im, weight: 1.5, where: 'tail' },
  { kind: 'filing', name: 'certificate_of_service', re: /\bCERTIFICATE OF SERVICE\b/, weight: 1.5, where: 'tail' },
  { kind: 'filing', name: 'bar_number', re: /\b(?:D\.C\. )?Bar (?:No\.|Number|#)/, weight: 1, where: 'tail' },
  // discovery papers: "RESPONSES TO INTERROGATORIES", "REQUEST FOR PRODUCTION NO. 3"
  { kind: 'filing', name: 'discovery', re: /\b(?:INTERROGATOR(?:Y|IES)|REQUESTS? FOR (?:PRODUCTION|ADMISSION)|POSITION STATEMENT|STIPULATION)\b/, weight: 2, where: 'head' },
  { kind: 'filing', name: 'caption', re: /^(?:Civil Action|Case|Civil) No\.|^Plaintiffs?,$/m, weight: 1, where: 'head' },

  // transcripts
  { kind: 'transcript', name: 'the_court', re: /^THE COURT:/gm, weight: 2, where: 'body', max: 3 },
  { kind: 'transcript', name: 'question', re: /^Q\.\s/gm, weight: 0.75, where: 'body', max: 4 },
  { kind: 'transcript', name: 'answer', re: /^A\.\s/gm, weight: 0.75, where: 'body', max: 4 },
  { kind: 'transcript', name: 'speaker', re: /^(?:MR|MS|MRS)\. [A-Z][A-Z'-]+:/gm, weight: 1, where: 'body', max: 3 },
  { kind: 'transcript', name: 'proceedings', re: /^PROCEEDINGS$/m, weight: 2.5, where: 'head' },
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
  const scores = new Map<DocumentKind, { score: number; cues: string[] }>();
  for (const cue of CUES) {
    const hay = regions[cue.where];
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
  if (bestScore >= MIN_SCORE) return best;
  // Stamped by CM/ECF with nothing else to go on: most docket entries are the parties' papers.
  if (meta.efiling) return 'filing';
  // A web page with no court-paper cues at all reads as journalism more often than not.
  if (format === 'html' && bestScore === 0 && text.length > 500) return 'news_article';
  return 'unknown';
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
