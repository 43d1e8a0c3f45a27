// Lays out the two PDF documents of blind set 5 as court filings, from their text sources in
// pdf-src/. Run from the repo root: npx tsx test/blind-5/make-pdfs.ts
//
// Source markup, one block per line (the checker strips the markers the same way):
//   "@center X"  centered bold line        "@left X"  bold heading at the left margin
//   "@indent X"  line indented 3 inches     "@sig X"   signature-block line at mid-page
//   "    X"      paragraph, first line indented half an inch, wrapped
//   "X"          block at the left margin, wrapped        ""  one empty line
//
// The output is deterministic (fixed creation date, no random ids in the content), so re-running
// the script reproduces the committed PDFs' text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';

const here = dirname(fileURLToPath(import.meta.url));

interface FilingSpec {
  source: string; // file in pdf-src/
  output: string; // file in docs/
  title: string;
  /** e-filing stamp without the page part: "Case 1:26-cv-00412-MTO Document 38 Filed 03/04/26" */
  stamp: string;
  pleadingPaper: boolean;
}

const FILINGS: FilingSpec[] = [
  {
    source: '04_memorandum_opinion.txt',
    output: '04_memorandum_opinion.pdf',
    title: 'Memorandum Opinion and Order',
    stamp: 'Case 1:26-cv-00412-MTO Document 38 Filed 03/04/26',
    pleadingPaper: false,
  },
  {
    source: '05_fcra_complaint.txt',
    output: '05_fcra_complaint.pdf',
    title: 'Class Action Complaint',
    stamp: 'Case 3:26-cv-01187-LJC Document 1 Filed 02/17/26',
    pleadingPaper: true,
  },
];

// US letter, in points.
const PAGE_W = 612;
const PAGE_H = 792;
const FONT_SIZE = 12;

// Break points for long words a filing's typesetter would hyphenate at a line end. Only words
// that never fall inside an annotated span of the gold are listed, so the gold's texts stay
// verbatim in the reader's de-hyphenated output whichever way it joins them.
const HYPHENATION: Record<string, string> = {
  impracticable: 'impracti-cable',
  reinvestigation: 'reinvesti-gation',
  supplemental: 'supple-mental',
  investigation: 'investi-gation',
  administrative: 'adminis-trative',
  irreparable: 'irrep-arable',
  extraordinary: 'extra-ordinary',
  institutions: 'institu-tions',
  performance: 'perfor-mance',
  partnerships: 'partner-ships',
  humiliation: 'humili-ation',
  representative: 'represen-tative',
  instructional: 'instruc-tional',
  reallocating: 'reallo-cating',
  declarations: 'decla-rations',
  identities: 'identi-ties',
  headquartered: 'headquar-tered',
  persuaded: 'per-suaded',
};

// Words that occur in an annotated text of the gold: never hyphenated, so every gold text reads
// in the PDF exactly as in its source.
const PROTECTED = new Set<string>();
function protectGoldWords(base: string): void {
  PROTECTED.clear();
  const file = join(here, 'gold', `${base}.json`);
  if (!existsSync(file)) {
    console.warn(`  no gold at ${file}: no gold words protected from hyphenation`);
    return;
  }
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const w of v.toLowerCase().match(/[a-z]+/g) ?? []) PROTECTED.add(w);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
}

/** A break for a long lower-case word: after a vowel and before a consonant-vowel, as late as fits. */
function syllableSplit(word: string, room: number, font: PDFFont): string | undefined {
  if (!/^[a-z]{10,}$/.test(word)) return undefined;
  for (let p = word.length - 4; p >= 4; p--) {
    const [a, b, c] = [word[p - 1]!, word[p]!, word[p + 1]!];
    if (!/[aeiou]/.test(a) || /[aeiouy]/.test(b) || !/[aeiou]/.test(c)) continue;
    if (font.widthOfTextAtSize(word.slice(0, p) + '-', FONT_SIZE) <= room) return `${word.slice(0, p)}-${word.slice(p)}`;
  }
  return undefined;
}

interface Geometry {
  left: number; // text left edge
  right: number; // text right edge
  top: number; // first baseline
  lineHeight: number;
  linesPerPage: number;
}

function geometryFor(spec: FilingSpec): Geometry {
  // Pleading paper: 28 numbered lines at double spacing between the rules.
  if (spec.pleadingPaper) return { left: 108, right: 540, top: 708, lineHeight: 24, linesPerPage: 28 };
  return { left: 72, right: 540, top: 708, lineHeight: 22, linesPerPage: 29 };
}

type Align = 'left' | 'center';
interface Line {
  text: string;
  x: number;
  bold: boolean;
  align: Align;
  blank?: boolean;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  stamp: PDFFont;
}

const hyphenLog: string[] = [];

/** Wraps one block into lines: breaks at spaces, hyphenates a listed long word at a line end. */
function wrap(text: string, width: number, firstIndent: number, font: PDFFont): string[] {
  const words = text.split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  let indent = firstIndent;
  const fits = (s: string) => font.widthOfTextAtSize(s, FONT_SIZE) <= width - indent;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    const bare = word.replace(/[^A-Za-z]+$/, '');
    const tail = word.slice(bare.length);
    const split = HYPHENATION[bare] ?? syllableSplit(bare, width - indent - font.widthOfTextAtSize(`${current} -`, FONT_SIZE), font);
    if (split && current && !PROTECTED.has(bare.toLowerCase())) {
      const [head, rest] = split.split('-') as [string, string];
      const withHead = `${current} ${head}-`;
      if (fits(withHead)) {
        lines.push(withHead);
        hyphenLog.push(`${bare} -> ${head}- / ${rest}`);
        current = rest + tail;
        indent = 0;
        continue;
      }
    }
    lines.push(current);
    current = word;
    indent = 0;
  }
  if (current) lines.push(current);
  return lines;
}

function layout(source: string, geo: Geometry, fonts: Fonts): Line[] {
  const width = geo.right - geo.left;
  const out: Line[] = [];
  for (const raw of source.split('\n')) {
    if (raw.trim() === '') {
      out.push({ text: '', x: geo.left, bold: false, align: 'left', blank: true });
      continue;
    }
    const marker = /^@(center|left|indent|sig) (.*)$/.exec(raw);
    if (marker) {
      const [, kind, body] = marker as unknown as [string, string, string];
      if (kind === 'center') {
        for (const t of wrap(body, width - 72, 0, fonts.bold)) out.push({ text: t, x: 0, bold: true, align: 'center' });
      } else if (kind === 'left') {
        out.push({ text: body, x: geo.left, bold: true, align: 'left' });
      } else if (kind === 'indent') {
        out.push({ text: body, x: geo.left + 216, bold: false, align: 'left' });
      } else {
        out.push({ text: body, x: geo.left + 252, bold: false, align: 'left' });
      }
      continue;
    }
    const paragraph = raw.startsWith('    ');
    const body = raw.trim();
    const wrapped = wrap(body, width, paragraph ? 36 : 0, fonts.regular);
    wrapped.forEach((t, i) => out.push({ text: t, x: geo.left + (paragraph && i === 0 ? 36 : 0), bold: false, align: 'left' }));
  }
  return out;
}

function paginate(lines: Line[], geo: Geometry): Line[][] {
  const pages: Line[][] = [[]];
  for (const line of lines) {
    let page = pages[pages.length - 1]!;
    if (page.length >= geo.linesPerPage) {
      page = [];
      pages.push(page);
    }
    // A page never starts with an empty line.
    if (line.blank && page.length === 0) continue;
    page.push(line);
  }
  return pages;
}

function drawPleadingPaper(page: PDFPage, geo: Geometry, fonts: Fonts): void {
  for (let i = 0; i < geo.linesPerPage; i++) {
    const label = String(i + 1);
    const y = geo.top - i * geo.lineHeight;
    const w = fonts.regular.widthOfTextAtSize(label, FONT_SIZE);
    page.drawText(label, { x: 88 - w, y, size: FONT_SIZE, font: fonts.regular });
  }
  const black = rgb(0, 0, 0);
  page.drawLine({ start: { x: 96, y: 756 }, end: { x: 96, y: 36 }, thickness: 0.75, color: black });
  page.drawLine({ start: { x: 99, y: 756 }, end: { x: 99, y: 36 }, thickness: 0.75, color: black });
  page.drawLine({ start: { x: 548, y: 756 }, end: { x: 548, y: 36 }, thickness: 0.75, color: black });
}

async function build(spec: FilingSpec): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(spec.title);
  pdf.setProducer('blind-5 make-pdfs.ts (pdf-lib)');
  pdf.setCreator('CM/ECF filing');
  pdf.setCreationDate(new Date('2026-03-04T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-03-04T00:00:00Z'));
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.TimesRoman),
    bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
    stamp: await pdf.embedFont(StandardFonts.Helvetica),
  };
  const geo = geometryFor(spec);
  const source = readFileSync(join(here, 'pdf-src', spec.source), 'utf8').replace(/\r\n/g, '\n').trimEnd();
  const pages = paginate(layout(source, geo, fonts), geo);
  const total = pages.length;
  pages.forEach((lines, index) => {
    const page = pdf.addPage([PAGE_W, PAGE_H]);
    const stamp = `${spec.stamp} Page ${index + 1} of ${total}`;
    const sw = fonts.stamp.widthOfTextAtSize(stamp, 10);
    page.drawText(stamp, { x: (PAGE_W - sw) / 2, y: 762, size: 10, font: fonts.stamp, color: rgb(0.1, 0.1, 0.55) });
    if (spec.pleadingPaper) drawPleadingPaper(page, geo, fonts);
    lines.forEach((line, i) => {
      if (line.blank) return;
      const font = line.bold ? fonts.bold : fonts.regular;
      const y = geo.top - i * geo.lineHeight;
      const x = line.align === 'center' ? (PAGE_W - font.widthOfTextAtSize(line.text, FONT_SIZE)) / 2 + (spec.pleadingPaper ? 18 : 0) : line.x;
      page.drawText(line.text, { x, y, size: FONT_SIZE, font });
    });
    const footer = spec.pleadingPaper ? `- ${index + 1} -` : String(index + 1);
    const fw = fonts.regular.widthOfTextAtSize(footer, 11);
    page.drawText(footer, { x: (PAGE_W - fw) / 2, y: 40, size: 11, font: fonts.regular });
  });
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(join(here, 'docs', spec.output), bytes);
  console.log(`${spec.output}: ${total} pages, ${bytes.length} bytes`);
}

for (const spec of FILINGS) {
  hyphenLog.length = 0;
  protectGoldWords(spec.output.replace(/\.pdf$/, ''));
  await build(spec);
  console.log(`  hyphenated at line ends: ${hyphenLog.length ? hyphenLog.join('; ') : 'none'}`);
}
