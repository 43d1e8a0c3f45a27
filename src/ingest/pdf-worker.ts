// Child process that parses PDFs with pdf.js. The parent (pdf.ts) forks a few of these, sends one
// file at a time, and kills a child that runs too long or grows too large, so a hostile file costs
// one child, never the run.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentMeta, IngestErrorCode, IngestLimits, ReaderOutput } from '../model/types.ts';
import { cleanupPages } from './pdf-cleanup.ts';
import { buildLines, buildVocabulary, frameStats, orientItems, reflowLines, runsOnToNextPage, stripLineNumberColumns, type Line, type RawTextItem } from './pdf-layout.ts';

export interface ReadRequest {
  type: 'read';
  id: number;
  path: string;
  limits: IngestLimits;
}

export type ReadReply =
  | { type: 'done'; id: number; ok: true; output: ReaderOutput }
  | { type: 'done'; id: number; ok: false; code: IngestErrorCode; message: string };

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = pathToFileURL(path.join(pdfjsRoot, 'cmaps') + path.sep).href;
const FONT_URL = pathToFileURL(path.join(pdfjsRoot, 'standard_fonts') + path.sep).href;

/** Pages in a row that fail before the rest are given up as unreadable (a page tree that lies). */
const MAX_CONSECUTIVE_PAGE_FAILURES = 10;

class ReadFailure extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function brief(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/\s+/g, ' ').trim().slice(0, 160) || 'unknown error';
}

// Titles that say nothing about the document: empty, a file name, a word processor's placeholder.
// "_Pleading Blank with a Caption", "2020 JULY 16 HEARING.ecl", "Microsoft Word - brief.docx".
const USELESS_TITLE = /^(?:untitled.*|document\d*|microsoft (?:word|powerpoint|excel)\b.*|.*\.(?:docx?|wpd|pdf|rtf|tmp|ecl|txt|odt|xlsx?|pptx?|html?|tiff?)|_?pleading\b.*|.*\btemplate\b.*|title|none|\W*)$/i;

function meaningfulTitle(info: unknown): string | undefined {
  const raw = (info as { Title?: unknown } | undefined)?.Title;
  if (typeof raw !== 'string') return undefined;
  const t = raw.replace(/\s+/g, ' ').trim();
  if (t.length < 4 || !/[A-Za-z]{3}/.test(t) || USELESS_TITLE.test(t)) return undefined;
  return t;
}

async function readPdf(file: string, limits: IngestLimits): Promise<ReaderOutput> {
  const data = new Uint8Array(await readFile(file));
  const warnings: string[] = [];
  const task = pdfjs.getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: FONT_URL,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ReadFailure('encrypted', 'PDF is encrypted with a user password: supply a decrypted copy (for example `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)');
    }
    throw new ReadFailure('corrupt_pdf', `PDF cannot be parsed (pdf.js: ${brief(e)}); the file is truncated or not a PDF: re-download it or repair it with \`qpdf in.pdf out.pdf\``);
  }
  try {
    const claimed = doc.numPages;
    const toRead = Math.min(claimed, limits.maxPages);
    if (claimed > limits.maxPages) warnings.push(`PDF claims ${claimed} pages; read the first ${limits.maxPages} (limits.maxPages)`);
    const pages: Line[][] = [];
    let chars = 0;
    let failuresInRow = 0;
    let failedPages = 0;
    for (let p = 1; p <= toRead; p++) {
      try {
        const page = await doc.getPage(p);
        const vp = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items = (content.items as Array<RawTextItem | { type: string }>).filter((it): it is RawTextItem => 'str' in it);
        const lines: Line[] = [];
        orientItems(items, vp.transform, vp.width, vp.height).forEach((frame, i) => {
          const kept = stripLineNumberColumns(frame.items, frame.width);
          lines.push(...buildLines(kept, i, frame.height));
        });
        pages.push(lines);
        page.cleanup();
        failuresInRow = 0;
        for (const l of lines) chars += l.text.length + 1;
      } catch (e) {
        pages.push([]);
        failedPages++;
        failuresInRow++;
        if (failedPages <= 5) warnings.push(`page ${p} could not be read (pdf.js: ${brief(e)})`);
        if (failuresInRow >= MAX_CONSECUTIVE_PAGE_FAILURES && p < toRead) {
          warnings.push(`pages ${p + 1}-${toRead} skipped after ${failuresInRow} unreadable pages in a row`);
          break;
        }
      }
      if (chars > limits.maxChars) {
        if (p < toRead) warnings.push(`text truncated at ${limits.maxChars} characters after page ${p} (limits.maxChars)`);
        break;
      }
    }
    if (failedPages > 5) warnings.push(`${failedPages} pages could not be read in all`);

    const cleaned = cleanupPages(pages);
    const vocab = buildVocabulary(cleaned.pages.flat());
    const docStats = frameStats(cleaned.pages.flatMap((lines) => lines.filter((l) => l.frame === 0)));
    let budget = limits.maxChars;
    // Page-end contract with prepareDocument (src/normalize/prepare.ts): a page's text ends with
    // "\n" when its last block is complete (a signature block, a heading, a paragraph's last line),
    // and without one when its last line is a wrapped line that the next page's first line
    // continues; prepareDocument then joins the two pages with a space.
    const texts = cleaned.pages.map((lines, i) => {
      let t = reflowLines(lines, vocab, docStats).join('\n');
      if (t.length > budget) t = t.slice(0, Math.max(0, budget));
      budget -= t.length;
      const next = cleaned.pages[i + 1];
      if (t && budget > 0 && !(next && runsOnToNextPage(lines, next, docStats))) {
        t += '\n';
        budget--;
      }
      return t;
    });

    // Pages with (almost) no letters once stamps are gone are image-only: they need OCR.
    const emptyPages = texts.filter((t) => (t.match(/\p{L}/gu)?.length ?? 0) < 10).length;
    const needsOcr = texts.length > 0 && emptyPages * 2 > texts.length;
    if (texts.length === 0) warnings.push('PDF has no pages');
    else if (needsOcr) warnings.push(`no text layer on ${emptyPages} of ${texts.length} pages: the PDF is scanned and needs OCR`);
    else if (emptyPages > 0) warnings.push(`${emptyPages} of ${texts.length} pages have no text layer`);

    const meta: DocumentMeta = { pageCount: claimed };
    if (cleaned.efiling) meta.efiling = cleaned.efiling;
    try {
      const md = await doc.getMetadata();
      const title = meaningfulTitle(md.info);
      if (title) meta.title = title;
    } catch (e) {
      warnings.push(`metadata unreadable (pdf.js: ${brief(e)})`);
    }
    if (needsOcr) meta.needsOcr = true;
    return { format: 'pdf', pages: texts, meta, warnings };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

// pdf.js can leave rejections nobody awaits when a stream is broken; they must not end the child.
process.on('unhandledRejection', () => undefined);
process.on('disconnect', () => process.exit(0));
process.on('message', (msg: ReadRequest | { type: 'exit' }) => {
  if (msg.type === 'exit') process.exit(0);
  if (msg.type !== 'read') return;
  readPdf(msg.path, msg.limits).then(
    (output) => reply({ type: 'done', id: msg.id, ok: true, output }),
    (e: unknown) =>
      reply(
        e instanceof ReadFailure
          ? { type: 'done', id: msg.id, ok: false, code: e.code, message: e.message }
          : { type: 'done', id: msg.id, ok: false, code: 'corrupt_pdf', message: `PDF cannot be read (pdf.js: ${brief(e)})` },
      ),
  );
});

function reply(r: ReadReply): void {
  process.send?.(r);
}

process.send?.({ type: 'ready' });
