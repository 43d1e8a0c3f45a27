import { basename } from 'node:path';
import type { Db } from './db.ts';
import { immediate } from './db.ts';
import type { Findings, IngestErrorCode, Mention, ReaderOutput, TextDocument } from '../model/types.ts';
import { lastStartingAtOrBefore, spanContaining } from '../segment/locate.ts';

export interface FileIdentity {
  path: string; // absolute
  hash: string; // sha256 hex
  size: number;
}

export type KnownFile =
  | { action: 'skip'; id: number } // same path, same content, stored fine
  | { action: 'move'; id: number; from: string } // same content stored under a path that no longer exists
  | { action: 'ingest'; replaces?: number }; // new, changed, or failed before

/** Decide what to do with a file from what the database already holds. */
export function classifyFile(db: Db, file: FileIdentity, exists: (path: string) => boolean): KnownFile {
  const atPath = db.prepare('SELECT id, content_hash, status FROM documents WHERE path = ?').get(file.path) as
    | { id: number; content_hash: string; status: string }
    | undefined;
  if (atPath && atPath.content_hash === file.hash && atPath.status === 'ok') return { action: 'skip', id: atPath.id };
  if (!atPath) {
    const sameContent = db
      .prepare("SELECT id, path FROM documents WHERE content_hash = ? AND status = 'ok'")
      .all(file.hash) as { id: number; path: string }[];
    const moved = sameContent.find((d) => !exists(d.path));
    if (moved) return { action: 'move', id: moved.id, from: moved.path };
  }
  return atPath ? { action: 'ingest', replaces: atPath.id } : { action: 'ingest' };
}

export function recordMove(db: Db, id: number, to: string): void {
  immediate(db, () => {
    db.prepare('UPDATE documents SET path = ?, name = ? WHERE id = ?').run(to, basename(to), id);
  });
}

/** Store one document and everything extracted from it in one transaction, replacing older rows. */
export function saveDocument(
  db: Db,
  file: FileIdentity,
  read: Pick<ReaderOutput, 'format' | 'warnings'>,
  doc: TextDocument,
  findings: Findings,
  now: string,
): number {
  return immediate(db, () => {
    deleteAtPath(db, file.path);
    const meta = doc.meta;
    const docId = Number(
      db
        .prepare(
          `INSERT INTO documents (path, name, content_hash, size_bytes, status, format, kind, title, published,
             published_from, source, url, page_count, needs_ocr, efiling_docket, efiling_number, efiling_filed,
             text, raw_text, offset_map, warnings, ingested_at)
           VALUES (?, ?, ?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          file.path,
          basename(file.path),
          file.hash,
          file.size,
          read.format,
          meta.kind ?? 'unknown',
          meta.title ?? null,
          meta.published ?? null,
          meta.published ? (meta.publishedFrom ?? null) : null,
          meta.source ?? null,
          meta.url ?? null,
          meta.pageCount ?? doc.pages.length,
          meta.needsOcr ? 1 : 0,
          meta.efiling?.docket ?? null,
          meta.efiling?.documentNumber ?? null,
          meta.efiling?.filed ?? null,
          doc.text,
          doc.rawText,
          JSON.stringify(doc.offsetMap.map((s) => [s.nStart, s.rStart, s.length])),
          JSON.stringify(read.warnings),
          now,
        ).lastInsertRowid,
    );

    const insPage = db.prepare('INSERT INTO pages (document_id, number, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    for (const p of doc.pages) insPage.run(docId, p.number, p.start, p.end, doc.text.slice(p.start, p.end));

    const insSentence = db.prepare(
      'INSERT INTO sentences (document_id, idx, page, kind, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const sentenceIds = doc.sentences.map((s) =>
      Number(insSentence.run(docId, s.index, s.page, s.kind, s.start, s.end, doc.text.slice(s.start, s.end)).lastInsertRowid),
    );

    const insMention = db.prepare(
      `INSERT INTO mentions (document_id, sentence_id, page, kind, start, "end", text, key, value, extractor, rule, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const mentionIds = new Map<Mention, number>();
    for (const m of findings.mentions) {
      const s = spanContaining(doc.sentences, m.start);
      const page = s ? s.page : pageAt(doc, m.start);
      const id = Number(
        insMention.run(
          docId,
          s ? sentenceIds[s.index]! : null,
          page,
          m.kind,
          m.start,
          m.end,
          m.text,
          mentionKey(m),
          JSON.stringify(m.value),
          m.extractor,
          m.rule,
          m.confidence,
        ).lastInsertRowid,
      );
      mentionIds.set(m, id);
    }

    const insClaim = db.prepare(
      `INSERT INTO claims (document_id, mention_id, sentence_id, subject, predicate, object, kind, value, min, max,
         modifier, unit, negated, time_value, time_grain, time_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of findings.claims) {
      const mentionId = mentionIds.get(c.quantity);
      if (mentionId === undefined) throw new Error(`claim refers to a quantity that is not among the document's mentions: "${c.quantity.text}"`);
      const q = c.quantity.value;
      insClaim.run(
        docId,
        mentionId,
        sentenceIds[c.sentence] ?? null,
        c.subject ?? null,
        c.predicate ?? null,
        c.object ?? null,
        q.kind,
        q.value ?? null,
        q.min ?? null,
        q.max ?? null,
        q.modifier ?? null,
        q.unit ?? null,
        c.negated ? 1 : 0,
        c.time?.value ?? null,
        c.time?.grain ?? null,
        c.time?.text ?? null,
      );
    }
    return docId;
  });
}

/** A file that could not be read still gets a documents row saying why, and an ingest_errors row. */
export function recordFailure(db: Db, file: FileIdentity, code: IngestErrorCode, message: string, now: string): number {
  return immediate(db, () => {
    deleteAtPath(db, file.path);
    const id = Number(
      db
        .prepare(
          `INSERT INTO documents (path, name, content_hash, size_bytes, status, error_code, error, ingested_at)
           VALUES (?, ?, ?, ?, 'failed', ?, ?, ?)`,
        )
        .run(file.path, basename(file.path), file.hash, file.size, code, message, now).lastInsertRowid,
    );
    db.prepare('INSERT INTO ingest_errors (document_id, path, code, message, occurred_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      file.path,
      code,
      message,
      now,
    );
    return id;
  });
}

function deleteAtPath(db: Db, path: string): void {
  db.prepare('DELETE FROM documents WHERE path = ?').run(path);
}

/** The grouping key stored beside each mention: what makes two mentions "the same" in a query. */
export function mentionKey(m: Mention): string | null {
  switch (m.kind) {
    case 'date':
      return m.value.value ?? null;
    case 'quantity':
      return m.value.unit ?? null;
    case 'statute':
    case 'case_citation':
    case 'court':
    case 'docket':
    case 'caption':
      return m.value.canonical;
    case 'organization':
      return m.value.canonical ?? m.value.name;
    case 'party':
    case 'attorney':
    case 'counsel_organization':
    case 'judge':
    case 'person':
      return m.value.name;
  }
}

function pageAt(doc: TextDocument, offset: number): number {
  const i = lastStartingAtOrBefore(doc.pages, offset);
  return doc.pages[Math.max(i, 0)]?.number ?? 1;
}
