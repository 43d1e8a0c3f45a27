import type { EfilingStamp } from '../model/types.ts';

// CM/ECF stamps a header on every page of a filed document. District, bankruptcy and appellate
// courts each word it differently, so the stamp is read as a lead ("Case <docket>") followed by
// fields in any order, rather than as one fixed pattern per court.

// Docket numbers as stamped.
// district:   "2:19-cv-01848-GW-SS", "1:25-cv-00457-CKK", "1:19-cv-01234", "3:17cv5517"
// appellate / bankruptcy: "25-5181", "17-3994", "14-36086", "19-10234-KBO"
const DISTRICT_DOCKET = String.raw`\d{1,2}:\d{2}-?[a-z]{1,4}-?\d{2,6}(?:-[A-Za-z0-9]{1,5})*`;
const SHORT_DOCKET = String.raw`\d{2}-\d{3,6}(?:-[A-Za-z]{2,5})*`;

// The lead: "Case 2:19-cv-...", "Case: 17-3994", "USCA Case #25-5181", "USCA4 Appeal: 19-1234",
// "USCA11 Case: 20-12345", "Appellate Case: 19-1234". Never "Case No." (that is prose or caption).
const LEAD = new RegExp(
  String.raw`^(?:(?:USCA\d{0,2}|Appellate)\s+)?(?:Case|Appeal)(?:\s*[:#]\s*|\s+)(?<docket>${DISTRICT_DOCKET}|${SHORT_DOCKET})(?![\w:/])`,
  'i',
);

// Dates as stamped: "08/20/25", "02/14/2025".
const DATE = String.raw`\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})`;

/** One stamp field: its regex (anchored at the current position) and what it sets. */
interface Field {
  name: string;
  re: RegExp;
}

// Order matters where one field's word is a prefix of another's ("Page ID" before "Page").
const FIELDS: Field[] = [
  // "Page ID #:823", "PageID #: 123", "PageID.345", "PAGEID #: 345"
  { name: 'pageId', re: new RegExp(String.raw`Page\s*ID\s*(?:#\s*:?|\.|:)\s*(?<v>\d+)`, 'iy') },
  // "Document 45", "Document 45-2", "Document: 1-3", "Document #: 45", "Document #2101234",
  // "Doc 1", "Doc #: 12", "Doc: 12", "DktEntry: 19", "ECF No. 12"
  {
    name: 'document',
    re: /(?:Document|Doc|DktEntry|ECF\s+No\.?)\s*(?:#\s*:?|No\.?|:)?\s*(?<v>\d+(?:-\d+)?)(?![\d/])/iy,
  },
  // "Filed 08/20/25", "Filed: 02/14/2025", "Date Filed: 01/02/2020", "filed 01/02/20", "Filed on 01/02/20"
  { name: 'filed', re: new RegExp(String.raw`(?:Date\s+)?Filed(?:\s+on)?\s*:?\s*(?<v>${DATE})`, 'iy') },
  // "Entered 10/03/14 14:54:39" (bankruptcy: docketing time, not the filing date)
  { name: 'entered', re: new RegExp(String.raw`Entered\s*:?\s*${DATE}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`, 'iy') },
  // "Pages: 20" (Seventh Circuit: the page count)
  { name: 'pages', re: /Pages\s*:?\s*(?<v>\d+)/iy },
  // "Page 3 of 40", "Page: 1", "Page1 of 2", "Pg: 1 of 20", "Page: 1 of 10"
  { name: 'page', re: /(?:Page|Pg)\s*:?\s*(?<v>\d+)(?:\s+of\s+(?<of>\d+))?/iy },
  // "ID: 11778722" (Ninth Circuit), "Entry ID: 4867890" (First/Eighth Circuits)
  { name: 'id', re: /(?:Entry\s+)?ID\s*:?\s*\d+/iy },
  // Ninth and Second Circuits put the filing date bare after the docket: "Case: 20-16276, 08/05/2020, ..."
  { name: 'bareDate', re: new RegExp(String.raw`(?<v>${DATE})(?![\d/])`, 'iy') },
  // Second Circuit's document id after the bare date: "..., 10/31/2017, 2161300, Page1 of 2"
  { name: 'bareNumber', re: /\d{5,12}(?!\d)/y },
  // Words some courts add: "USDC Colorado", "*SEALED*", "Desc Main Document", "Desc Exhibit"
  {
    name: 'filler',
    re: /(?:USDC\s+[A-Z][a-z]+(?:\s+(?!Page)[A-Z][a-z]+)?|\*SEALED\*|Desc\s+(?:Main(?:\s+Document)?|[A-Z][a-z]+)|Main\s+Document)/y,
  },
];

const SEPARATOR = /[\s,;|]*/y;

export interface EfilingMatch {
  stamp: EfilingStamp;
  /** Offset in the line just past the stamp. */
  end: number;
}

/**
 * Reads a stamp at the start of `line`. A stamp needs a docket, a filing date and a document or
 * page field: "Case 1:20-cv-00123 filed 01/02/20" in prose has no document or page, so it is not one.
 */
export function matchEfilingStamp(line: string): EfilingMatch | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const lead = LEAD.exec(text);
  if (!lead?.groups?.docket) return null;
  const found: Record<string, RegExpExecArray> = {};
  let pos = lead[0].length;
  for (;;) {
    SEPARATOR.lastIndex = pos;
    SEPARATOR.exec(text);
    const at = SEPARATOR.lastIndex;
    let matched: RegExpExecArray | null = null;
    for (const f of FIELDS) {
      if (found[f.name]) continue;
      f.re.lastIndex = at;
      const m = f.re.exec(text);
      if (m) {
        found[f.name] = m;
        matched = m;
        pos = f.re.lastIndex;
        break;
      }
    }
    if (!matched) break;
  }
  const filedRaw = found.filed?.groups?.v ?? found.bareDate?.groups?.v;
  const filed = filedRaw ? isoFromStampDate(filedRaw) : null;
  if (!filed) return null;
  if (!found.document && !found.page) return null;
  const stamp: EfilingStamp = {
    docket: lead.groups.docket,
    documentNumber: found.document?.groups?.v ?? '',
    filed,
  };
  const page = found.page?.groups?.v;
  if (page) stamp.page = Number(page);
  const of = found.page?.groups?.of ?? found.pages?.groups?.v;
  if (of) stamp.pageCount = Number(of);
  const pageId = found.pageId?.groups?.v;
  if (pageId) stamp.pageId = pageId;
  return { stamp, end: pos };
}

/** The stamp on a line that is only a stamp (a second, overprinted stamp may follow), else null. */
export function parseEfilingStamp(line: string): EfilingStamp | null {
  const m = matchEfilingStamp(line);
  if (!m) return null;
  const rest = line.replace(/\s+/g, ' ').trim().slice(m.end).trim();
  // A Page ID cut off at the line end ("... Page 1 of 7 Page ID") is still the stamp.
  // Overprinted stamps run together: "... Page 1 of 2 PageCase 2:19-cr-00642-VAP Document 323-9 ...".
  if (rest === '' || /^(?:Page\s*)?(?:USCA\d{0,2}\s+)?Case\b/i.test(rest) || /^(?:Page\s*ID)?\s*#?\s*[:.]?\s*\d*$/i.test(rest)) return m.stamp;
  return null;
}

/** The first stamp on any line of any page (pages are "\n"-separated lines). */
export function findEfilingStamp(pages: readonly string[]): EfilingStamp | null {
  for (const page of pages) {
    for (const line of page.split('\n')) {
      const s = parseEfilingStamp(line);
      if (s) return s;
    }
  }
  return null;
}

/** "08/20/25" -> "2025-08-20"; two-digit years are 20xx up to 69 (CM/ECF began in the late 1990s). */
function isoFromStampDate(s: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year <= 69 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
