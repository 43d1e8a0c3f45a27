// Generates a large, varied synthetic corpus for measuring how the pipeline scales.
//
// Every document is invented: cases, courts, parties, attorneys, judges, statutes, dates and figures
// are drawn from templates and word lists with a seeded random generator, so a given seed and size
// always produce the same files. Several documents describe each case (a filed order, the plaintiffs'
// press release, news articles, a web page), restating the case's figures: most agree, some round
// them ("about 48,000"), and some give a different figure, so claim grouping meets agreements and
// conflicts at every size. About 8% of the documents are PDFs (pdf-lib, with an e-filing stamp on
// each page), 12% HTML pages, the rest plain text, a few with a `.meta.json` sidecar.
//
//   npx tsx scripts/make-scale-corpus.ts /tmp/scale-1000                   # 1000 documents
//   npx tsx scripts/make-scale-corpus.ts /tmp/scale-250 --documents 250 --seed 7
//
// Output is not committed: only this script is.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): the same seed gives the same corpus on every machine.

class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `n` distinct items. */
  some<T>(xs: readonly T[], n: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists. Invented combinations of common words and names; none names a real case.

const FIRST = [
  'Adrian', 'Beatrice', 'Carlos', 'Dana', 'Elena', 'Farid', 'Grace', 'Hector', 'Irene', 'Jonah', 'Kiran', 'Lucia', 'Marcus',
  'Nadia', 'Oscar', 'Priya', 'Quentin', 'Rosa', 'Samuel', 'Tamara', 'Umar', 'Vera', 'Wesley', 'Ximena', 'Yusuf', 'Zora',
  'Andrea', 'Bernard', 'Celia', 'Desmond', 'Esther', 'Felix', 'Gloria', 'Harold', 'Ingrid', 'Julian', 'Keisha', 'Leon',
  'Miriam', 'Nathan', 'Olivia', 'Pablo', 'Renee', 'Simon', 'Teresa', 'Victor', 'Wanda', 'Arthur', 'Bianca', 'Cedric',
];
const LAST = [
  'Abernathy', 'Balogun', 'Castellano', 'Dubois', 'Eriksen', 'Fairbanks', 'Galloway', 'Halvorsen', 'Iwasaki', 'Jablonski',
  'Kowalczyk', 'Lindqvist', 'Mbeki', 'Nakamura', 'Oyelaran', 'Pettersen', 'Quintero', 'Rasmussen', 'Szymanski', 'Takahashi',
  'Underwood', 'Valdivia', 'Whitcombe', 'Yamamoto', 'Zielinski', 'Achterberg', 'Brannigan', 'Delacroix', 'Esposito',
  'Fitzgerald', 'Gutierrez', 'Hollister', 'Ivanova', 'Kessler', 'Lombardi', 'Montgomery', 'Novak', 'Okonkwo', 'Pellegrino',
  'Rutherford', 'Sorensen', 'Thibodeaux', 'Vanderberg', 'Wojcik', 'Ashworth', 'Blackwood', 'Carmichael', 'Dunleavy',
  'Ellsworth', 'Fontaine', 'Grimaldi', 'Hargrove', 'Kilpatrick', 'Langford', 'Merriweather', 'Northcott', 'Prescott',
];
const MIDDLE = ['A.', 'B.', 'C.', 'D.', 'E.', 'J.', 'L.', 'M.', 'R.', 'S.', 'T.'];

const COURTS: { name: string; office: number; city: string }[] = [
  { name: 'United States District Court for the District of Columbia', office: 1, city: 'WASHINGTON' },
  { name: 'United States District Court for the Southern District of New York', office: 1, city: 'NEW YORK' },
  { name: 'United States District Court for the Northern District of California', office: 3, city: 'SAN FRANCISCO' },
  { name: 'United States District Court for the District of Massachusetts', office: 1, city: 'BOSTON' },
  { name: 'United States District Court for the Northern District of Illinois', office: 1, city: 'CHICAGO' },
  { name: 'United States District Court for the Western District of Washington', office: 2, city: 'SEATTLE' },
  { name: 'United States District Court for the District of Maryland', office: 8, city: 'BALTIMORE' },
  { name: 'United States District Court for the Eastern District of Virginia', office: 1, city: 'ALEXANDRIA' },
  { name: 'United States District Court for the Southern District of Texas', office: 4, city: 'HOUSTON' },
  { name: 'United States District Court for the District of New Mexico', office: 1, city: 'ALBUQUERQUE' },
  { name: 'United States District Court for the Eastern District of Pennsylvania', office: 2, city: 'PHILADELPHIA' },
  { name: 'United States District Court for the District of Rhode Island', office: 1, city: 'PROVIDENCE' },
];

const AGENCIES: { name: string; acronym: string; head: string }[] = [
  { name: 'Department of Labor', acronym: 'DOL', head: 'Secretary of Labor' },
  { name: 'Environmental Protection Agency', acronym: 'EPA', head: 'Administrator' },
  { name: 'Department of Education', acronym: 'ED', head: 'Secretary of Education' },
  { name: 'Food and Drug Administration', acronym: 'FDA', head: 'Commissioner' },
  { name: 'Social Security Administration', acronym: 'SSA', head: 'Commissioner' },
  { name: 'Department of Agriculture', acronym: 'USDA', head: 'Secretary of Agriculture' },
  { name: 'Federal Trade Commission', acronym: 'FTC', head: 'Chair' },
  { name: 'Department of Housing and Urban Development', acronym: 'HUD', head: 'Secretary' },
  { name: 'Office of Personnel Management', acronym: 'OPM', head: 'Director' },
  { name: 'Federal Emergency Management Agency', acronym: 'FEMA', head: 'Administrator' },
  { name: 'Department of Veterans Affairs', acronym: 'VA', head: 'Secretary of Veterans Affairs' },
  { name: 'Consumer Financial Protection Bureau', acronym: 'CFPB', head: 'Director' },
  { name: 'National Institutes of Health', acronym: 'NIH', head: 'Director' },
  { name: 'Department of Transportation', acronym: 'DOT', head: 'Secretary of Transportation' },
];

const STATUTES: { cite: string; act: string }[] = [
  { cite: '5 U.S.C. § 706', act: 'Administrative Procedure Act' },
  { cite: '5 U.S.C. § 552a', act: 'Privacy Act' },
  { cite: '5 U.S.C. § 552', act: 'Freedom of Information Act' },
  { cite: '42 U.S.C. § 1983', act: 'Civil Rights Act' },
  { cite: '29 U.S.C. § 794', act: 'Rehabilitation Act' },
  { cite: '42 U.S.C. § 7604', act: 'Clean Air Act' },
  { cite: '33 U.S.C. § 1365', act: 'Clean Water Act' },
  { cite: '20 U.S.C. § 1681', act: 'Title IX' },
  { cite: '29 U.S.C. § 206', act: 'Fair Labor Standards Act' },
  { cite: '15 U.S.C. § 1681', act: 'Fair Credit Reporting Act' },
  { cite: '42 U.S.C. § 4332', act: 'National Environmental Policy Act' },
  { cite: '31 U.S.C. § 1341', act: 'Antideficiency Act' },
];

const ORG_HEAD = ['Coalition', 'Alliance', 'Council', 'Network', 'Association', 'Project', 'Union', 'Center', 'League', 'Fund'];
const ORG_TOPIC = [
  'Rural Health', 'Fair Housing', 'Clean Rivers', 'Student Borrowers', 'Veterans Benefits', 'Farmworker Justice', 'Open Records',
  'Disability Rights', 'Consumer Privacy', 'Public Lands', 'Retired Teachers', 'Home Care Workers', 'Small Farms',
  'Tenant Rights', 'Transit Riders', 'Coastal Communities', 'Family Caregivers', 'Digital Liberty', 'Wildlife Habitat',
  'Immigrant Families', 'Workplace Safety', 'Community Clinics', 'Literacy Access', 'Food Security',
];
const ORG_PLACE = ['', '', '', 'Midwest ', 'Northeast ', 'Southwest ', 'Pacific ', 'Gulf Coast ', 'Great Lakes ', 'Appalachian '];
const FIRM_SUFFIX = ['LLP', 'LLP', 'PLLC', 'P.C.'];
const OUTLETS = ['Capital Ledger', 'Courthouse Wire', 'Regional Law Journal', 'Policy Desk Daily', 'Federal Beat', 'Docket Watch'];

const POLICY = [
  'a rule cutting {count} {noun} from the program', 'a data-sharing agreement covering {count} {noun}',
  'the cancellation of grants to {count} {noun}', 'a freeze on payments owed to {count} {noun}',
  'a reorganization affecting {count} {noun}', 'a records demand reaching {count} {noun}',
];
const NOUNS = ['households', 'workers', 'students', 'veterans', 'patients', 'records', 'families', 'applicants', 'claimants', 'farmers'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------------------------------------
// A case and its facts

interface Person {
  first: string;
  middle: string | null;
  last: string;
}
const full = (p: Person): string => [p.first, p.middle, p.last].filter(Boolean).join(' ');

interface Case {
  n: number;
  court: (typeof COURTS)[number];
  docket: string;
  judge: Person;
  plaintiffs: string[];
  agency: (typeof AGENCIES)[number];
  official: Person;
  firm: string;
  attorneys: Person[];
  government: Person;
  statute: (typeof STATUTES)[number];
  policy: string;
  noun: string;
  count: number;
  money: number;
  percent: number;
  days: number;
  filed: Date;
  hearing: Date;
  ruling: Date;
}

function person(r: Rng, middle = 0.3): Person {
  return { first: r.pick(FIRST), middle: r.chance(middle) ? r.pick(MIDDLE) : null, last: r.pick(LAST) };
}

function orgName(r: Rng): string {
  const head = r.pick(ORG_HEAD);
  const topic = r.pick(ORG_TOPIC);
  const place = r.pick(ORG_PLACE);
  return r.chance(0.5) ? `${place}${topic} ${head}` : `${head} for ${place}${topic}`;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}
const longDate = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
const slashDate = (d: Date): string =>
  `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCFullYear()).slice(2)}`;
const commas = (n: number): string => n.toLocaleString('en-US');
function millions(n: number): string {
  return n >= 1_000_000 ? `$${(n / 1_000_000).toFixed(1)} million` : `$${commas(n)}`;
}

function makeCase(r: Rng, n: number): Case {
  const court = r.pick(COURTS);
  const judge = person(r, 0.5);
  const initials = `${judge.first[0]}${judge.middle?.[0] ?? ''}${judge.last[0]}${judge.last[1]!.toUpperCase()}`.slice(0, 3);
  const year = r.int(22, 25);
  const filed = new Date(Date.UTC(2000 + year, r.int(0, 11), r.int(1, 28)));
  const lastNames = r.some(LAST, 3);
  const firm = `${lastNames[0]} ${lastNames[1]} & ${lastNames[2]} ${r.pick(FIRM_SUFFIX)}`;
  const noun = r.pick(NOUNS);
  const count = r.int(12, 950) * 10 ** r.int(2, 3) + r.int(0, 9) * 10;
  return {
    n,
    court,
    docket: `${court.office}:${year}-cv-${String(r.int(100, 3999)).padStart(5, '0')}-${initials.toUpperCase()}`,
    judge,
    plaintiffs: Array.from({ length: r.int(1, 3) }, () => orgName(r)),
    agency: r.pick(AGENCIES),
    official: person(r, 0.2),
    firm,
    attorneys: Array.from({ length: r.int(1, 3) }, () => person(r, 0.4)),
    government: person(r, 0.3),
    statute: r.pick(STATUTES),
    policy: r.pick(POLICY),
    noun,
    count,
    money: r.int(2, 900) * 100_000,
    percent: r.int(3, 60),
    days: r.pick([7, 10, 14, 21, 30, 45, 60, 90]),
    filed,
    hearing: addDays(filed, r.int(10, 60)),
    ruling: addDays(filed, r.int(61, 200)),
  };
}

/** How one document states a figure: as the case has it, hedged, or (sometimes) a different figure. */
function restate(r: Rng, value: number, conflictRate: number): { text: (n: number) => string; value: number } {
  const roll = r.next();
  if (roll < conflictRate) {
    const off = value * (r.chance(0.5) ? 1.3 + r.next() : 0.4 + 0.3 * r.next());
    const v = Math.round(off / 100) * 100;
    return { value: v, text: commas };
  }
  if (roll < conflictRate + 0.3) {
    const v = Math.round(value / 1000) * 1000 || value;
    return { value: v, text: (x) => `about ${commas(x)}` };
  }
  return { value, text: commas };
}

// ---------------------------------------------------------------------------------------------
// Document templates. Each returns paragraphs; the first is the title.

type Kind = 'order' | 'press_release' | 'news_article' | 'web';

function caption(c: Case): string {
  const lead = c.plaintiffs[0]!;
  return `${lead}${c.plaintiffs.length > 1 ? ' et al.' : ''} v. ${c.agency.name} et al.`;
}

// Background sentences that make filings long and varied: other dates, figures, people and citations.
const BACKGROUND = [
  (r: Rng, c: Case) => `On ${longDate(addDays(c.filed, -r.int(30, 400)))}, the ${c.agency.acronym} published notice of the proposal and received ${commas(r.int(40, 9000))} comments.`,
  (r: Rng, c: Case) => `${full(person(r))}, a ${r.pick(['program analyst', 'regional director', 'former deputy administrator', 'budget officer'])}, declared that the office processed ${commas(r.int(1, 900) * 100)} ${c.noun} in ${r.int(2015, 2024)}.`,
  (r: Rng, c: Case) => `The agency's staff fell from ${commas(r.int(800, 3000))} to ${commas(r.int(100, 799))} employees over ${r.int(2, 18)} months.`,
  (r: Rng, c: Case) => `Plaintiffs rely on ${r.pick(STATUTES).cite}, which the agency reads differently.`,
  (r: Rng, c: Case) => `Under the policy, ${r.int(5, 95)}% of applications filed after ${longDate(addDays(c.filed, -r.int(1, 120)))} were returned without review.`,
  (r: Rng, c: Case) => `A second declarant, ${full(person(r))}, stated that wait times grew from ${r.int(2, 9)} weeks to ${r.int(10, 40)} weeks.`,
  (r: Rng, c: Case) => `The program's budget was ${millions(r.int(1, 900) * 1_000_000)} in fiscal year ${r.int(2019, 2025)}.`,
  (r: Rng, c: Case) => `Defendants note that ${commas(r.int(2, 400))} ${r.pick(NOUNS)} in ${r.int(3, 50)} states have already enrolled.`,
];

function background(r: Rng, c: Case, paragraphs: number): string[] {
  return Array.from({ length: paragraphs }, () => Array.from({ length: r.int(2, 5) }, () => r.pick(BACKGROUND)(r, c)).join(' '));
}

function order(r: Rng, c: Case): string[] {
  const count = restate(r, c.count, 0.05);
  const plaintiffs = c.plaintiffs.join(', ');
  const noun = c.noun;
  return [
    c.court.name.toUpperCase(),
    `${c.plaintiffs[0]!.toUpperCase()}, et al., Plaintiffs, v. ${c.agency.name.toUpperCase()}, et al., Defendants.`,
    `Civil Action No. ${c.docket}`,
    'MEMORANDUM OPINION AND ORDER',
    `Plaintiffs ${plaintiffs} challenge ${c.policy.replace('{count}', count.text(count.value)).replace('{noun}', noun)} adopted by the ${c.agency.name} ("${c.agency.acronym}"). They bring claims under the ${c.statute.act}, ${c.statute.cite}, and ask the Court to set the action aside.`,
    'BACKGROUND',
    ...background(r, c, r.int(3, 25)),
    'DISCUSSION',
    `The complaint was filed on ${longDate(c.filed)}. The Court held a hearing on ${longDate(c.hearing)}, at which counsel for both sides presented argument. Defendants include ${c.agency.head} ${full(c.official)}, sued in an official capacity.`,
    `According to the administrative record, the agency expected the measure to save ${millions(c.money)} in its first year and to reach roughly ${c.percent}% of eligible ${noun}. Plaintiffs respond that ${c.agency.acronym} gave affected ${noun} only ${c.days} days of notice.`,
    `For the reasons stated, the motion for a preliminary injunction is ${r.chance(0.5) ? 'GRANTED IN PART and DENIED IN PART' : 'DENIED'}. Defendants shall file a status report within ${c.days} days of this Order.`,
    `SO ORDERED.`,
    `Dated: ${longDate(c.ruling)}`,
    `${full(c.judge)}`,
    `United States District Judge`,
  ];
}

function pressRelease(r: Rng, c: Case): string[] {
  const count = restate(r, c.count, 0.15);
  const lead = c.attorneys[0]!;
  const noun = c.noun;
  const when = r.chance(0.5) ? c.ruling : c.filed;
  return [
    `${c.plaintiffs[0]} ${when === c.ruling ? 'Responds to Court Ruling' : 'Files Suit'} Over ${c.agency.acronym} Policy`,
    `${c.court.city} — ${longDate(when)} — ${c.plaintiffs.join(' and ')} ${when === c.ruling ? 'responded today to the decision in' : 'filed suit today in'} ${caption(c)}, challenging ${c.policy.replace('{count}', count.text(count.value)).replace('{noun}', noun)}.`,
    `The case is pending before Judge ${full(c.judge)} of the ${c.court.name} (No. ${c.docket}). The plaintiffs are represented by ${c.attorneys.map(full).join(', ')} of ${c.firm}.`,
    `"The ${c.agency.name} ignored the ${c.statute.act}," said ${full(lead)}, a partner at ${c.firm}. "Some ${count.text(count.value)} ${noun} were given ${c.days} days to respond."`,
    ...background(r, c, r.int(0, 3)),
    `The suit says the agency's own estimate put the savings at ${millions(c.money)}, while about ${c.percent}% of ${noun} would lose access.`,
    `Media contact: ${full(person(r))}, press@${c.plaintiffs[0]!.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
  ];
}

function newsArticle(r: Rng, c: Case): string[] {
  const count = restate(r, c.count, 0.2);
  const money = restate(r, c.money, 0.1);
  const noun = c.noun;
  const reporter = person(r, 0);
  return [
    `Judge ${r.chance(0.5) ? 'weighs' : 'rules on'} challenge to ${c.agency.acronym} policy affecting ${count.text(count.value)} ${noun}`,
    `By ${full(reporter)}`,
    `A federal judge in ${c.court.city[0]}${c.court.city.slice(1).toLowerCase()} heard arguments on ${longDate(c.hearing)} over ${c.policy.replace('{count}', count.text(count.value)).replace('{noun}', noun)}, a measure the ${c.agency.name} says will save ${millions(money.value)}.`,
    `${c.plaintiffs[0]}, represented by ${c.firm}, argues that the agency violated the ${c.statute.act} when it gave ${noun} ${c.days} days of notice. ${full(c.government)}, a Justice Department lawyer, told Judge ${c.judge.last} the agency acted within its authority.`,
    ...background(r, c, r.int(0, 4)),
    r.pick([
      `The lawsuit, filed ${longDate(c.filed)}, names ${c.agency.head} ${full(c.official)} as a defendant. The agency estimates that ${c.percent}% of ${noun} are affected.`,
      `${c.agency.head} ${full(c.official)} is named as a defendant in the suit, which was filed ${longDate(c.filed)}; by the agency's count ${c.percent}% of ${noun} would be covered.`,
      `Filed on ${longDate(c.filed)}, the complaint says ${c.percent}% of ${noun} stand to lose benefits.`,
    ]),
    // Most outlets name the case, which is how a reader (and the resolver) places the article.
    ...(r.chance(0.65) ? [`The case is ${caption(c)}, No. ${c.docket}.`] : []),
    r.chance(0.5) ? `A ruling came on ${longDate(c.ruling)}.` : `The court has not said when it will rule.`,
  ];
}

function render(kind: Kind, r: Rng, c: Case): string[] {
  if (kind === 'order') return order(r, c);
  if (kind === 'press_release') return pressRelease(r, c);
  return newsArticle(r, c);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function html(paras: string[], published: Date, outlet: string): string {
  const [title, ...body] = paras;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title!)}</title>
<meta property="article:published_time" content="${isoDate(published)}T09:00:00Z">
<meta property="og:site_name" content="${escapeHtml(outlet)}"></head>
<body><nav><a href="/">Home</a> | <a href="/courts">Courts</a></nav>
<article><h1>${escapeHtml(title!)}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><footer>Subscribe to our newsletter.</footer><script>var x = 1;</script></body></html>
`;
}

// pdf-lib's standard fonts speak WinAnsi: keep to characters it can encode.
const winAnsi = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

async function pdf(paras: string[], c: Case, docNumber: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('court-filings-analyzer scale corpus generator');
  doc.setCreationDate(c.ruling);
  doc.setModificationDate(c.ruling);
  const font: PDFFont = await doc.embedFont(StandardFonts.TimesRoman);
  const size = 12;
  const width = 440;
  const lines: string[] = [];
  for (const p of paras) {
    let line = '';
    for (const w of winAnsi(p).split(' ')) {
      const next = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = w;
      } else line = next;
    }
    lines.push(line, '');
  }
  const perPage = 30;
  const pages = Math.ceil(lines.length / perPage);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    const stamp = `Case ${c.docket} Document ${docNumber} Filed ${slashDate(c.ruling)} Page ${p + 1} of ${pages}`;
    page.drawText(stamp, { x: 306 - font.widthOfTextAtSize(stamp, 10) / 2, y: 760, size: 10, font });
    lines.slice(p * perPage, (p + 1) * perPage).forEach((l, i) => page.drawText(l, { x: 86, y: 710 - i * 20, size, font }));
    page.drawText(String(p + 1), { x: 303, y: 40, size, font });
  }
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { documents: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
  });
  const out = positionals[0];
  const total = Number(values.documents);
  if (!out || !Number.isInteger(total) || total < 1) {
    process.stderr.write('usage: npx tsx scripts/make-scale-corpus.ts <out-folder> [--documents N] [--seed S]\n');
    process.exit(2);
  }
  const r = new Rng(Number(values.seed));
  mkdirSync(out, { recursive: true });
  const counts = { text: 0, html: 0, pdf: 0, cases: 0 };
  let written = 0;
  while (written < total) {
    const c = makeCase(r, ++counts.cases);
    const docs = Math.min(total - written, r.int(2, 6));
    for (let d = 0; d < docs; d++) {
      const kind: Kind = d === 0 ? 'order' : r.pick<Kind>(['press_release', 'news_article', 'news_article', 'web']);
      const paras = render(kind === 'web' ? 'news_article' : kind, r, c);
      const base = path.join(out, `case-${String(c.n).padStart(4, '0')}-${d + 1}-${kind}`);
      const format = kind === 'web' ? 'html' : kind === 'order' && r.chance(0.3) ? 'pdf' : 'text';
      const published = kind === 'order' ? c.ruling : addDays(c.hearing, r.int(0, 120));
      if (format === 'pdf') {
        writeFileSync(`${base}.pdf`, await pdf(paras, c, r.int(10, 90)));
        counts.pdf++;
      } else if (format === 'html') {
        writeFileSync(`${base}.html`, html(paras, published, r.pick(OUTLETS)));
        counts.html++;
      } else {
        writeFileSync(`${base}.txt`, paras.join('\n\n') + '\n');
        counts.text++;
        if (kind !== 'order' && r.chance(0.4)) {
          const meta = { title: paras[0], published: isoDate(published), source: r.pick(OUTLETS), kind };
          writeFileSync(`${base}.txt.meta.json`, JSON.stringify(meta, null, 2) + '\n');
        }
      }
      written++;
    }
  }
  process.stdout.write(`${written} documents (${counts.text} text, ${counts.html} HTML, ${counts.pdf} PDF) for ${counts.cases} cases in ${out}\n`);
}

await main();
