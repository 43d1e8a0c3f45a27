// Ingest benchmark: our PDF reader (pdf.js in child processes) against poppler's pdftotext on
// the same folder, then the text stages (prepareDocument, extractAll) on what our reader produced.
//
//   npm run bench -- [folder] [--concurrency N] [--json]
//
// The folder defaults to ../shared/pdfs/court (relative to the repo root).

import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPdfReader, rssMb } from '../src/ingest/pdf.ts';
import { DEFAULT_LIMITS, type ReaderOutput } from '../src/model/types.ts';
import { extractAll } from '../src/extract/index.ts';
import { prepareDocument } from '../src/normalize/prepare.ts';

const PDFTOTEXT = '/usr/bin/pdftotext';
const SAMPLE_MS = 20;

interface Args {
  folder: string;
  concurrency: number;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { folder: path.resolve(process.cwd(), '../shared/pdfs/court'), concurrency: 2, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--concurrency') args.concurrency = Math.max(1, Number(argv[++i]) || 1);
    else if (!a.startsWith('--')) args.folder = path.resolve(a);
  }
  return args;
}

/** Samples a set of processes' resident memory and keeps the peak of their sum. */
class MemorySampler {
  peakTotalMb = 0;
  peakParentMb = 0;
  peakChildrenMb = 0;
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly pids: () => number[]) {}
  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.sample();
  }
  private sample(): void {
    const parent = process.memoryUsage().rss / 1048576;
    let children = 0;
    for (const pid of this.pids()) children += rssMb(pid) ?? 0;
    this.peakParentMb = Math.max(this.peakParentMb, parent);
    this.peakChildrenMb = Math.max(this.peakChildrenMb, children);
    this.peakTotalMb = Math.max(this.peakTotalMb, parent + children);
  }
}

interface StageResult {
  ms: number;
  docs: number;
  pages: number;
  errors: number;
  peakMb: number;
  peakParentMb: number;
  peakChildrenMb: number;
  textKb: number;
}

async function runOurs(files: string[], concurrency: number): Promise<{ result: StageResult; outputs: ReaderOutput[] }> {
  const reader = createPdfReader({ concurrency, limits: DEFAULT_LIMITS });
  const sampler = new MemorySampler(() => reader.childPids());
  const outputs: ReaderOutput[] = [];
  let pages = 0;
  let errors = 0;
  let chars = 0;
  sampler.start();
  const t0 = performance.now();
  await Promise.all(
    files.map(async (f) => {
      try {
        const out = await reader.read(f);
        outputs.push(out);
        pages += out.pages.length;
        for (const p of out.pages) chars += p.length;
      } catch {
        errors++;
      }
    }),
  );
  const ms = performance.now() - t0;
  sampler.stop();
  await reader.close();
  return {
    result: { ms, docs: files.length, pages, errors, peakMb: sampler.peakTotalMb, peakParentMb: sampler.peakParentMb, peakChildrenMb: sampler.peakChildrenMb, textKb: chars / 1024 },
    outputs,
  };
}

async function runPdftotext(files: string[], concurrency: number): Promise<StageResult> {
  const live = new Set<number>();
  const sampler = new MemorySampler(() => [...live]);
  let pages = 0;
  let errors = 0;
  let chars = 0;
  const queue = [...files];
  sampler.start();
  const t0 = performance.now();
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const file = f;
      await new Promise<void>((resolve) => {
        const child = execFile(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => {
          if (child.pid) live.delete(child.pid);
          if (err) errors++;
          else {
            chars += stdout.length;
            pages += stdout.split('\f').length - (stdout.endsWith('\f') ? 1 : 0);
          }
          resolve();
        });
        if (child.pid) live.add(child.pid);
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - t0;
  sampler.stop();
  return { ms, docs: files.length, pages, errors, peakMb: sampler.peakTotalMb, peakParentMb: sampler.peakParentMb, peakChildrenMb: sampler.peakChildrenMb, textKb: chars / 1024 };
}

interface TextStages {
  textKb: number;
  prepareMs: number;
  extractMs: number;
}

// Extraction runs warm: a first pass loads compromise's lexicon and chrono's tables, which a real
// run pays once, not per document.
function runTextStages(outputs: ReaderOutput[]): TextStages {
  const docs = outputs.map((out) => prepareDocument(out));
  for (const doc of docs.slice(0, 2)) extractAll(doc);
  let chars = 0;
  let prepareMs = 0;
  let extractMs = 0;
  for (const out of outputs) {
    for (const p of out.pages) chars += p.length;
    const t0 = performance.now();
    const doc = prepareDocument(out);
    prepareMs += performance.now() - t0;
    const t1 = performance.now();
    extractAll(doc);
    extractMs += performance.now() - t1;
  }
  return { textKb: chars / 1024, prepareMs, extractMs };
}

function rate(n: number, ms: number): number {
  return ms > 0 ? n / (ms / 1000) : 0;
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.folder)) {
    console.error(`No such folder: ${args.folder}`);
    process.exitCode = 1;
    return;
  }
  const files = readdirSync(args.folder)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => path.join(args.folder, f));
  if (files.length === 0) {
    console.error(`No PDFs in ${args.folder}`);
    process.exitCode = 1;
    return;
  }
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const mb = bytes / 1048576;

  const ours = await runOurs(files, args.concurrency);
  const hasPoppler = existsSync(PDFTOTEXT);
  const poppler = hasPoppler ? await runPdftotext(files, args.concurrency) : undefined;
  const stages = runTextStages(ours.outputs);

  const report = {
    folder: args.folder,
    files: files.length,
    megabytes: Number(mb.toFixed(2)),
    concurrency: args.concurrency,
    ours: {
      ...ours.result,
      docsPerSec: rate(ours.result.docs, ours.result.ms),
      pagesPerSec: rate(ours.result.pages, ours.result.ms),
      mbPerSec: rate(mb, ours.result.ms),
    },
    pdftotext: poppler
      ? { ...poppler, docsPerSec: rate(poppler.docs, poppler.ms), pagesPerSec: rate(poppler.pages, poppler.ms), mbPerSec: rate(mb, poppler.ms) }
      : { missing: `${PDFTOTEXT} not found: install it with \`apt-get install poppler-utils\`` },
    timeRatio: poppler ? ours.result.ms / poppler.ms : undefined,
    textStages: {
      ...stages,
      pdfjsKbPerSec: rate(stages.textKb, ours.result.ms),
      prepareKbPerSec: rate(stages.textKb, stages.prepareMs),
      extractKbPerSec: rate(stages.textKb, stages.extractMs),
    },
  };

  if (args.json) {
    console.log(JSON.stringify(report));
    return;
  }
  const o = report.ours;
  const rows: Array<[string, string, string]> = [
    ['wall time (s)', fmt(o.ms / 1000, 2), poppler ? fmt(poppler.ms / 1000, 2) : '-'],
    ['documents/s', fmt(o.docsPerSec), poppler ? fmt(rate(poppler.docs, poppler.ms)) : '-'],
    ['pages/s', fmt(o.pagesPerSec), poppler ? fmt(rate(poppler.pages, poppler.ms)) : '-'],
    ['MB/s (PDF bytes)', fmt(o.mbPerSec, 2), poppler ? fmt(rate(mb, poppler.ms), 2) : '-'],
    ['pages read', String(o.pages), poppler ? String(poppler.pages) : '-'],
    ['text (KB)', fmt(o.textKb), poppler ? fmt(poppler.textKb) : '-'],
    ['errors', String(o.errors), poppler ? String(poppler.errors) : '-'],
    ['peak RSS total (MB)', fmt(o.peakMb, 0), poppler ? fmt(poppler.peakMb, 0) : '-'],
    ['  parent (MB)', fmt(o.peakParentMb, 0), poppler ? fmt(poppler.peakParentMb, 0) : '-'],
    ['  children (MB)', fmt(o.peakChildrenMb, 0), poppler ? `${fmt(poppler.peakChildrenMb, 0)} (sampled)` : '-'],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max('pdf.js (ours)'.length, ...rows.map((r) => r[1].length));
  console.log(`PDF ingest: ${files.length} files, ${fmt(mb, 2)} MB from ${args.folder} (concurrency ${args.concurrency})\n`);
  console.log(`${''.padEnd(w0)}  ${'pdf.js (ours)'.padStart(w1)}  pdftotext`);
  for (const [k, a, b] of rows) console.log(`${k.padEnd(w0)}  ${a.padStart(w1)}  ${b}`);
  if (poppler) console.log(`\ntime ratio ours / pdftotext: ${fmt(report.timeRatio ?? 0, 2)}x (ours includes starting ${args.concurrency} child processes)`);
  else console.log(`\n${PDFTOTEXT} not found: install it with \`apt-get install poppler-utils\` to compare.`);
  const s = report.textStages;
  console.log(`\nText stages on our output (${fmt(s.textKb)} KB of text):`);
  console.log(`  pdf.js extraction       ${fmt(o.ms, 0).padStart(8)} ms  ${fmt(s.pdfjsKbPerSec).padStart(10)} KB/s`);
  console.log(`  prepareDocument         ${fmt(s.prepareMs, 0).padStart(8)} ms  ${fmt(s.prepareKbPerSec).padStart(10)} KB/s`);
  console.log(`  extractAll              ${fmt(s.extractMs, 0).padStart(8)} ms  ${fmt(s.extractKbPerSec).padStart(10)} KB/s`);
}

await main();
