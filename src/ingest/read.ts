import { open, stat } from 'node:fs/promises';
import { IngestError, isCourtPaper, type DocumentMeta, type IngestLimits, type ReaderOutput } from '../model/types.ts';
import { findDateline } from './dateline.ts';
import { readHtmlBytes } from './html.ts';
import { inferKind } from './kind.ts';
import { readSidecar } from './sidecar.ts';
import { sniffFormat } from './sniff.ts';
import { readTextBytes } from './text.ts';

export interface ReadDeps {
  pdf: { read(path: string): Promise<ReaderOutput> };
  limits: IngestLimits;
}

/** Bytes enough to sniff a format (the PDF header may sit after junk within the first KB). */
const SNIFF_BYTES = 64 * 1024;

/**
 * Read one document: size check, sniff, the reader for its format, then metadata merged by
 * trust: sidecar > HTML meta > e-filing stamp > dateline; kind from the sidecar or inferred.
 * Every failure is an IngestError with a one-line reason (the caller adds the file name).
 */
export async function readFile(path: string, deps: ReadDeps): Promise<ReaderOutput> {
  const { limits } = deps;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new IngestError('unreadable', 'not a regular file');
    size = st.size;
  } catch (e) {
    throw asUnreadable(e);
  }
  if (size > limits.maxFileBytes) {
    throw new IngestError('too_large', `file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit`);
  }
  if (size === 0) throw new IngestError('empty', 'file is empty (0 bytes)');
  // Read the head first: a PDF goes to its reader by path, so its bytes are not read twice.
  const head = await readBytes(path, Math.min(size, SNIFF_BYTES));
  const format = sniffFormat(head, path);
  const sidecar = await readSidecar(path);

  let out: ReaderOutput;
  if (format === 'pdf') out = await deps.pdf.read(path);
  else {
    const bytes = size <= head.length ? head : await readBytes(path, size);
    out = format === 'html' ? readHtmlBytes(bytes) : readTextBytes(bytes, format);
  }
  out = capChars(out, limits.maxChars);
  if (!out.pages.some((p) => /\S/.test(p))) {
    if (format !== 'pdf' || !out.meta.needsOcr) throw new IngestError('no_text', `no text found in this ${format} file`);
  }
  return { ...out, meta: mergeMeta(out, sidecar) };
}

/** Metadata by trust: what a person wrote down, then what the page or stamp says, then the text. */
export function mergeMeta(out: ReaderOutput, sidecar: DocumentMeta | undefined): DocumentMeta {
  const meta: DocumentMeta = { ...out.meta };
  if (!meta.published && meta.efiling?.filed) {
    meta.published = meta.efiling.filed;
    meta.publishedFrom = 'efiling_stamp';
  }
  const text = out.pages.join('\n');
  const kind = sidecar?.kind ?? meta.kind ?? inferKind(text, meta, out.format);
  // A release's or story's dateline; a court paper's hearing day or filing date under its caption.
  if (!meta.published) {
    const dl = findDateline(out.pages[0] ?? '', isCourtPaper(kind));
    if (dl) {
      meta.published = dl.published;
      meta.publishedFrom = 'dateline';
    }
  }
  if (sidecar) {
    for (const [k, v] of Object.entries(sidecar)) if (v !== undefined) (meta as Record<string, unknown>)[k] = v;
  }
  meta.kind = kind;
  return meta;
}

function capChars(out: ReaderOutput, maxChars: number): ReaderOutput {
  let total = 0;
  for (let i = 0; i < out.pages.length; i++) {
    const len = out.pages[i]!.length;
    if (total + len <= maxChars) {
      total += len;
      continue;
    }
    const kept = out.pages.slice(0, i);
    const rest = maxChars - total;
    if (rest > 0) kept.push(out.pages[i]!.slice(0, rest));
    const all = out.pages.reduce((n, p) => n + p.length, 0);
    return {
      ...out,
      pages: kept,
      warnings: [...out.warnings, `text truncated to ${maxChars} characters (of ${all})`],
    };
  }
  return out;
}

async function readBytes(path: string, n: number): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = Buffer.alloc(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await fh.read(buf, got, n - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, got);
  } catch (e) {
    throw asUnreadable(e);
  } finally {
    await fh?.close();
  }
}

function asUnreadable(e: unknown): IngestError {
  if (e instanceof IngestError) return e;
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'file not found',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    EIO: 'I/O error',
    ELOOP: 'too many symbolic links',
  };
  const reason = (err.code && reasons[err.code]) ?? err.message ?? String(e);
  return new IngestError('unreadable', `cannot read file: ${reason}${err.code ? ` (${err.code})` : ''}`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
