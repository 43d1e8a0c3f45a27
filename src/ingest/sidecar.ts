import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_KINDS, IngestError, type DocumentKind, type DocumentMeta } from '../model/types.ts';
import { isoDayOf } from './dateline.ts';

// A sidecar is what a person knows about a document that its text does not say (or says badly):
// "order.pdf.meta.json" (or "order.meta.json") beside "order.pdf". It overrides everything read.

const FIELDS = ['title', 'published', 'source', 'url', 'kind'] as const;

/** Sidecar paths for a document, most specific first. */
export function sidecarPaths(docPath: string): string[] {
  const dir = path.dirname(docPath);
  const base = path.basename(docPath);
  const ext = path.extname(base);
  const paths = [path.join(dir, `${base}.meta.json`)];
  if (ext) paths.push(path.join(dir, `${base.slice(0, -ext.length)}.meta.json`));
  return paths;
}

/** The sidecar's metadata, or undefined when the document has none. */
export async function readSidecar(docPath: string): Promise<DocumentMeta | undefined> {
  for (const p of sidecarPaths(docPath)) {
    let json: string;
    try {
      json = await readFile(p, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new IngestError('bad_sidecar', `sidecar ${path.basename(p)} unreadable: ${(e as Error).message}`);
    }
    return parseSidecar(json, path.basename(p));
  }
  return undefined;
}

/** Validate a sidecar's JSON; every problem names the field and the value. */
export function parseSidecar(json: string, name = 'sidecar'): DocumentMeta {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new IngestError('bad_sidecar', `${name}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new IngestError('bad_sidecar', `${name}: expected a JSON object, got ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}`);
  }
  const obj = data as Record<string, unknown>;
  const bad = (field: string, why: string): never => {
    throw new IngestError('bad_sidecar', `${name}: field "${field}" ${why}, got ${JSON.stringify(obj[field])}`);
  };
  const meta: DocumentMeta = {};
  for (const field of FIELDS) {
    const v = obj[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') bad(field, 'must be a string');
    const s = (v as string).trim();
    if (!s) continue;
    switch (field) {
      case 'published': {
        const day = isoDayOf(s);
        if (!day) bad(field, 'must be an ISO date (YYYY-MM-DD)');
        meta.published = day;
        meta.publishedFrom = 'sidecar';
        break;
      }
      case 'kind':
        if (!(DOCUMENT_KINDS as readonly string[]).includes(s)) bad(field, `must be one of ${DOCUMENT_KINDS.join(', ')}`);
        meta.kind = s as DocumentKind;
        break;
      case 'url':
        if (!URL.canParse(s)) bad(field, 'must be an absolute URL');
        meta.url = s;
        break;
      default:
        meta[field] = s;
    }
  }
  return meta;
}
