// Publication dates written at the top of a release or article, and ISO date checks shared by
// the other metadata sources (sidecars, HTML meta).

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** "2025-05-12" when y-m-d is a real calendar day, else undefined. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// "2025-05-12", "2025-05-12T09:30:00-04:00", "2025-05-12 09:30"
const ISO_PREFIX = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:$|[T ]\d{2}:\d{2})/;

/** The calendar day of an ISO date or date-time ("2025-05-12T09:30:00Z" -> "2025-05-12"). */
export function isoDayOf(s: string): string | undefined {
  const m = ISO_PREFIX.exec(s.trim());
  if (!m) return undefined;
  return isoDate(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d));
}

const MONTH_NAME = String.raw`(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// "May 12, 2025", "Sept. 3 2025", "May 12th, 2025"
const MONTH_DAY_YEAR = String.raw`${MONTH_NAME}\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)`;
// "12 May 2025"
const DAY_MONTH_YEAR = String.raw`(?<day2>\d{1,2})\s+(?<month2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<year2>(?:19|20)\d\d)`;
// "05/12/2025"
const NUMERIC = String.raw`(?<nm>\d{1,2})\/(?<nd>\d{1,2})\/(?<ny>(?:19|20)\d\d)`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
const DATE = String.raw`${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})`;
// "WASHINGTON, May 12, 2025 —", "WASHINGTON D.C. (May 12, 2025) –", "NEW YORK, NY, May 12, 2025 /PRNewswire/ --",
// "WASHINGTON, D.C. — May 12, 2025 —"
const PLACE = String.raw`(?:[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,5}(?:,?\s+|\s*[–—]\s*|\s+--?\s+)\(?)?`;
const DATELINE = new RegExp(String.raw`^${PLACE}${DATE}\)?\s*(?:[–—-]{1,2}|\/[A-Za-z ]+\/\s*[–—-]{0,2}|:)`, 'u');
// "Published May 12, 2025", "Posted on: 05/12/2025", "Date: May 12, 2025"
const PUBLISHED = new RegExp(String.raw`^(?:Published|Posted|Released|Issued|Date|Dated)(?:\s+on)?:?\s+(?:${DATE}|${NUMERIC})`, 'iu');
// A line that is only a date: "May 12, 2025"
const DATE_LINE = new RegExp(String.raw`^${DATE}\.?$`, 'u');

/** How many lines at the top of a document may carry its dateline (title, subtitle, byline...). */
const HEAD_LINES = 8;
/**
 * A court paper's date sits below its caption: a transcript's hearing day ("Tuesday, May 19, 2026" on
 * its own line), an opinion's "(Filed: March 4, 2025)". Only those strict forms are read this far down.
 */
const COURT_HEAD_LINES = 30;
const FILED_LINE = new RegExp(String.raw`^\(?(?:Filed|FILED|Decided|DECIDED|Entered|ENTERED|Date Filed)\s*:?\s+${DATE}\)?\.?$`, 'u');
const MAX_LINE = 400;

export interface Dateline {
  published: string;
  /** The line it was read from, as written. */
  line: string;
}

/**
 * The publication date stated at the top of a release or article, if any. For a court paper
 * (`court`), only its own date lines count: a date alone on a line, or "(Filed: ...)".
 */
export function findDateline(text: string, court = false): Dateline | undefined {
  let seen = 0;
  let pos = 0;
  while (seen < COURT_HEAD_LINES && pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, Math.min(end, pos + MAX_LINE)).trim();
    pos = end + 1;
    if (!line) continue;
    seen++;
    const m = seen <= HEAD_LINES && !court ? (PUBLISHED.exec(line) ?? DATELINE.exec(line) ?? DATE_LINE.exec(line) ?? FILED_LINE.exec(line)) : (DATE_LINE.exec(line) ?? FILED_LINE.exec(line));
    const published = m ? dateOf(m.groups!) : undefined;
    if (published) return { published, line };
  }
  return undefined;
}

function dateOf(g: Record<string, string | undefined>): string | undefined {
  if (g.nm) return isoDate(Number(g.ny), Number(g.nm), Number(g.nd));
  const month = MONTHS[(g.month ?? g.month2 ?? '').toLowerCase()];
  if (!month) return undefined;
  return isoDate(Number(g.year ?? g.year2), month, Number(g.day ?? g.day2));
}
