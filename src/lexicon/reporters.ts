// Case reporters: the abbreviation a citation is written with ("123 F.4th 456"), its variants
// as typed in the wild ("F. 4th", "F.Supp.2d", "Fed. Appx."), and what it reports. The canonical
// abbreviation is the Bluebook form, so "F.Supp.2d" and "F. Supp. 2d" give one citation key.
import { escapeRegExp } from '../util/regex.ts';

export type ReporterKind = 'supreme_court' | 'federal' | 'regional' | 'state' | 'database';

export interface Reporter {
  /** Bluebook abbreviation: "F. Supp. 2d". */
  abbrev: string;
  /** Other ways it is written (spacing variants are generated, list only different spellings). */
  variants: string[];
  name: string;
  kind: ReporterKind;
  /** Sentences containing a citation to this reporter. */
  examples: string[];
}

const r = (abbrev: string, name: string, kind: ReporterKind, examples: string[], variants: string[] = []): Reporter => ({
  abbrev,
  variants,
  name,
  kind,
  examples,
});

export const REPORTERS: readonly Reporter[] = [
  // Supreme Court
  r('U.S.', 'United States Reports', 'supreme_court', ['The Court overruled it in 603 U.S. 369 (2024).']),
  r('S. Ct.', 'Supreme Court Reporter', 'supreme_court', ['See 140 S. Ct. 1731, 1737 (2020).'], ['S.Ct.']),
  r('L. Ed.', "Lawyers' Edition", 'supreme_court', ['Reported at 5 L. Ed. 257 (1821).']),
  r('L. Ed. 2d', "Lawyers' Edition, Second Series", 'supreme_court', ['Also at 192 L. Ed. 2d 609 (2015).']),
  // Federal courts of appeals and district courts
  r('F.', 'Federal Reporter', 'federal', ['An old case, 298 F. 1 (2d Cir. 1924), is still cited.']),
  r('F.2d', 'Federal Reporter, Second Series', 'federal', ['See 623 F.2d 1 (D.C. Cir. 1980).']),
  r('F.3d', 'Federal Reporter, Third Series', 'federal', ['See 925 F.3d 1291 (D.C. Cir. 2019).']),
  r('F.4th', 'Federal Reporter, Fourth Series', 'federal', ['See 123 F.4th 456 (D.C. Cir. 2025).']),
  r('F. Supp.', 'Federal Supplement', 'federal', ['See 347 F. Supp. 1 (D.D.C. 1972).']),
  r('F. Supp. 2d', 'Federal Supplement, Second Series', 'federal', ['See 567 F. Supp. 2d 1 (D.D.C. 2008).']),
  r('F. Supp. 3d', 'Federal Supplement, Third Series', 'federal', ['See 712 F. Supp. 3d 45 (D. Md. 2024).']),
  r("F. App'x", 'Federal Appendix', 'federal', ["See 812 F. App'x 10 (4th Cir. 2020).", "aff'd, 673 Fed. App'x 1008 (Fed. Cir. 2017)."], ['Fed. Appx.', 'F. Appx.', "Fed. App'x"]),
  r('F.R.D.', 'Federal Rules Decisions', 'federal', ['See 330 F.R.D. 1 (D.D.C. 2019).']),
  r('B.R.', 'Bankruptcy Reporter', 'federal', ['See 600 B.R. 100 (Bankr. S.D.N.Y. 2019).']),
  r('Fed. Cl.', 'Federal Claims Reporter', 'federal', ['See 150 Fed. Cl. 200 (2020).']),
  r('Ct. Cl.', 'Court of Claims Reports', 'federal', ['See 200 Ct. Cl. 50 (1973).']),
  r('Cl. Ct.', 'Claims Court Reporter', 'federal', ['See 20 Cl. Ct. 30 (1990).']),
  r('T.C.', 'Tax Court Reports', 'federal', ['See 160 T.C. 1 (2023).']),
  r('T.C.M.', 'Tax Court Memorandum Decisions', 'federal', ['See 120 T.C.M. 55 (2020).']),
  r('Vet. App.', 'Veterans Appeals Reporter', 'federal', ['See 30 Vet. App. 1 (2018).']),
  r('M.J.', 'Military Justice Reporter', 'federal', ['See 80 M.J. 1 (C.A.A.F. 2020).']),
  r("Ct. Int'l Trade", 'Court of International Trade Reports', 'federal', ["See 40 Ct. Int'l Trade 1 (2016)."]),
  // Regional reporters
  r('A.', 'Atlantic Reporter', 'regional', ['See 100 A. 200 (Pa. 1917).']),
  r('A.2d', 'Atlantic Reporter, Second Series', 'regional', ['See 800 A.2d 100 (D.C. 2002).']),
  r('A.3d', 'Atlantic Reporter, Third Series', 'regional', ['See 250 A.3d 10 (Md. 2021).']),
  r('P.', 'Pacific Reporter', 'regional', ['See 50 P. 100 (Cal. 1897).']),
  r('P.2d', 'Pacific Reporter, Second Series', 'regional', ['See 900 P.2d 1 (Colo. 1995).']),
  r('P.3d', 'Pacific Reporter, Third Series', 'regional', ['See 500 P.3d 20 (Wash. 2021).']),
  r('N.E.', 'North Eastern Reporter', 'regional', ['See 120 N.E. 300 (N.Y. 1918).']),
  r('N.E.2d', 'North Eastern Reporter, Second Series', 'regional', ['See 900 N.E.2d 1 (Ill. 2008).']),
  r('N.E.3d', 'North Eastern Reporter, Third Series', 'regional', ['See 150 N.E.3d 5 (Mass. 2020).']),
  r('N.W.', 'North Western Reporter', 'regional', ['See 100 N.W. 50 (Minn. 1904).']),
  r('N.W.2d', 'North Western Reporter, Second Series', 'regional', ['See 950 N.W.2d 1 (Wis. 2020).']),
  r('S.E.', 'South Eastern Reporter', 'regional', ['See 90 S.E. 10 (Va. 1916).']),
  r('S.E.2d', 'South Eastern Reporter, Second Series', 'regional', ['See 850 S.E.2d 1 (Ga. 2020).']),
  r('S.W.', 'South Western Reporter', 'regional', ['See 200 S.W. 10 (Tex. 1918).']),
  r('S.W.2d', 'South Western Reporter, Second Series', 'regional', ['See 900 S.W.2d 1 (Tex. 1995).']),
  r('S.W.3d', 'South Western Reporter, Third Series', 'regional', ['See 600 S.W.3d 1 (Mo. 2020).']),
  r('So.', 'Southern Reporter', 'regional', ['See 80 So. 10 (Ala. 1918).']),
  r('So. 2d', 'Southern Reporter, Second Series', 'regional', ['See 900 So. 2d 1 (Fla. 2005).']),
  r('So. 3d', 'Southern Reporter, Third Series', 'regional', ['See 300 So. 3d 100 (La. 2020).']),
  // State reporters that carry many cited cases
  r('Cal. Rptr.', 'California Reporter', 'state', ['See 100 Cal. Rptr. 1 (1972).']),
  r('Cal. Rptr. 2d', 'California Reporter, Second Series', 'state', ['See 50 Cal. Rptr. 2d 1 (1996).']),
  r('Cal. Rptr. 3d', 'California Reporter, Third Series', 'state', ['See 250 Cal. Rptr. 3d 1 (2019).']),
  r('Cal. 2d', 'California Supreme Court Reports, Second Series', 'state', ['See 68 Cal. 2d 728 (1968).']),
  r('Cal. 3d', 'California Supreme Court Reports, Third Series', 'state', ['See 25 Cal. 3d 1 (1979).']),
  r('Cal. 4th', 'California Supreme Court Reports, Fourth Series', 'state', ['See 50 Cal. 4th 1 (2010).']),
  r('Cal. 5th', 'California Supreme Court Reports, Fifth Series', 'state', ['See 10 Cal. 5th 1 (2020).']),
  r('Cal. App. 3d', 'California Appellate Reports, Third Series', 'state', ['See 200 Cal. App. 3d 1 (1988).']),
  r('Cal. App. 4th', 'California Appellate Reports, Fourth Series', 'state', ['See 16 Cal. App. 4th 1349, 1360 (1993).']),
  r('Cal. App. 5th', 'California Appellate Reports, Fifth Series', 'state', ['See 40 Cal. App. 5th 1 (2019).']),
  r('N.Y.2d', 'New York Reports, Second Series', 'state', ['See 90 N.Y.2d 1 (1997).']),
  r('A.D.3d', 'Appellate Division Reports, Third Series', 'state', ['See 150 A.D.3d 1 (2d Dep’t 2017).']),
  r('Misc. 3d', 'New York Miscellaneous Reports, Third Series', 'state', ['See 60 Misc. 3d 1 (N.Y. Sup. Ct. 2018).']),
  r('N.Y.S.', 'New York Supplement', 'state', ['See 100 N.Y.S. 1 (App. Div. 1906).']),
  r('N.Y.S.2d', 'New York Supplement, Second Series', 'state', ['See 900 N.Y.S.2d 1 (App. Div. 2010).']),
  r('N.Y.S.3d', 'New York Supplement, Third Series', 'state', ['See 150 N.Y.S.3d 1 (App. Div. 2021).']),
  r('N.Y.3d', 'New York Reports, Third Series', 'state', ['See 35 N.Y.3d 1 (2020).']),
  r('Ill. Dec.', 'Illinois Decisions', 'state', ['See 400 Ill. Dec. 1 (2016).']),
  r('Ill. 2d', 'Illinois Reports, Second Series', 'state', ['See 234 Ill. 2d 1 (2009).']),
  r('N.J.', 'New Jersey Reports', 'state', ['See 250 N.J. 1 (2022).']),
  r('Mass.', 'Massachusetts Reports', 'state', ['See 480 Mass. 1 (2018).']),
  r('Wash. 2d', 'Washington Reports, Second Series', 'state', ['See 190 Wash. 2d 1 (2018).']),
  r('Ohio St. 3d', 'Ohio State Reports, Third Series', 'state', ['See 150 Ohio St. 3d 1 (2017).']),
  // Agency reports courts cite like reporters
  r('FCC Rcd.', 'FCC Record', 'federal', ['See 30 FCC Rcd. 7961 (2015).', 'See 7 F.C.C. Rcd. 8752, 8769 (1992).'], ['F.C.C. Rcd.', 'F.C.C.R.', 'FCC Rcd']),
  // Databases: the "volume" is a year
  r('WL', 'Westlaw', 'database', ['See 2025 WL 1234567, at *3 (D.D.C. Mar. 3, 2025).']),
  r('N.Y. Slip Op.', 'New York Slip Opinions', 'database', ['See 2022 N.Y. Slip Op. 01234 (N.Y. 2022).']),
  r('U.S. Dist. LEXIS', 'Lexis district court decisions', 'database', ['See 2024 U.S. Dist. LEXIS 12345 (S.D.N.Y. 2024).']),
  r('U.S. App. LEXIS', 'Lexis court of appeals decisions', 'database', ['See 2024 U.S. App. LEXIS 6789 (9th Cir. 2024).']),
  r('U.S. LEXIS', 'Lexis Supreme Court decisions', 'database', ['See 2024 U.S. LEXIS 100 (2024).']),
];

/** Fold a written reporter to its key: no spaces, straight apostrophe ("F. Supp. 2d" -> "F.Supp.2d"). */
export function foldReporter(written: string): string {
  return written.replace(/[’‘]/g, "'").replace(/\s+/g, '');
}

const BY_FOLDED = new Map<string, Reporter>();
for (const rep of REPORTERS) for (const w of [rep.abbrev, ...rep.variants]) BY_FOLDED.set(foldReporter(w), rep);

/** The reporter a written abbreviation names, spacing and apostrophes aside. */
export function findReporter(written: string): Reporter | undefined {
  return BY_FOLDED.get(foldReporter(written));
}

/** A spacing-tolerant pattern for one written form: a space may be dropped, or added after a period. */
function reporterPattern(written: string): string {
  let out = '';
  const s = written.replace(/\s+/g, ' ');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === ' ') continue; // written spaces are optional: the rules below put them back
    out += ch === "'" ? "['’]" : escapeRegExp(ch);
    const next = s[i + 1];
    // a space may stand between a period and what follows, and before a series ("So. 2d", "F. 4th")
    if (next && (ch === '.' || next === ' ' || /\d/.test(next) && !/\d/.test(ch))) out += '\\s?';
    else if (next && /[A-Z]/.test(next) && /[a-z]/.test(ch)) out += '\\s?'; // "U.S. Dist. LEXIS": "Dist." then "LEXIS"
  }
  return out;
}

/** Alternation of every reporter form, longest first (so "F. Supp. 2d" wins over "F."). */
export const REPORTER_PATTERN: string = [
  ...new Set(
    REPORTERS.flatMap((rep) => [rep.abbrev, ...rep.variants])
      .sort((a, b) => foldReporter(b).length - foldReporter(a).length)
      .map(reporterPattern),
  ),
].join('|');
