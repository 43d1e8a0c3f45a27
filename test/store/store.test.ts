import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, schemaVersion, DatabaseUnavailableError, type Db } from '../../src/store/db.ts';
import { MIGRATIONS } from '../../src/store/schema.ts';
import { classifyFile, recordFailure, recordMove, saveDocument } from '../../src/store/write.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import type { Findings, Mention, TextDocument } from '../../src/model/types.ts';

const dirs: string[] = [];
function tempDb(): { db: Db; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  dirs.push(dir);
  const path = join(dir, 'a.sqlite');
  return { db: openDatabase(path), path };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const TEXT = 'The agency shared 1,200 records on Aug. 7, 2025.\nA second paragraph names the court.';

function quantity(doc: TextDocument, needle: string): Mention {
  const start = doc.text.indexOf(needle);
  return {
    kind: 'quantity',
    start,
    end: start + needle.length,
    text: needle,
    value: { kind: 'count', value: 1200, min: 1200, max: 1200, unit: 'record' },
    extractor: 'test',
    rule: 'fixture',
    confidence: 0.9,
  };
}

function findingsFor(doc: TextDocument): Findings {
  const q = quantity(doc, '1,200 records');
  return { mentions: [q], claims: [{ quantity: q as Extract<Mention, { kind: 'quantity' }>, sentence: 0, negated: false, predicate: 'share' }] };
}

const file = (path: string, hash = 'h1') => ({ path, hash, size: 10 });
const now = '2026-01-01T00:00:00.000Z';

describe('schema', () => {
  it('migrates a new database to the latest version and leaves it there on reopen', () => {
    const { db, path } = tempDb();
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    closeDatabase(db);
    const again = openDatabase(path);
    expect(schemaVersion(again)).toBe(MIGRATIONS.length);
    closeDatabase(again);
  });

  it('upgrades a database of the previous version in place: arithmetic checks gain their kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfa-mig-'));
    dirs.push(dir);
    const path = join(dir, 'old.sqlite');
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 3)) old.exec(m.sql);
    old.pragma('user_version = 3');
    old.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const cols = (db.prepare("SELECT name FROM pragma_table_info('arithmetic_checks')").all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['kind', 'first_mention_id', 'second_mention_id', 'stated_mention_id']));
    expect(cols).not.toContain('percent_mention_id');
    closeDatabase(db);
  });

  it('leaves no WAL file behind once closed', () => {
    const { db, path } = tempDb();
    saveDocument(db, file('/x/a.txt'), { format: 'text', warnings: [] }, prepareText(TEXT), { mentions: [], claims: [] }, now);
    closeDatabase(db);
    expect(existsSync(path + '-wal')).toBe(false);
  });

  it('refuses a path that cannot be written with a DatabaseUnavailableError', () => {
    expect(() => openDatabase('/etc/hostname/x.sqlite')).toThrow(DatabaseUnavailableError);
  });
});

describe('saveDocument', () => {
  it('stores pages, sentences, mentions and claims with offsets that point at their text', () => {
    const { db } = tempDb();
    const doc = prepareText(TEXT);
    const id = saveDocument(db, file('/x/a.txt'), { format: 'text', warnings: [] }, doc, findingsFor(doc), now);
    const m = db.prepare('SELECT m.start, m."end", m.text, m.key, d.text AS doc FROM mentions m JOIN documents d ON d.id = m.document_id').get() as {
      start: number;
      end: number;
      text: string;
      key: string;
      doc: string;
    };
    expect(m).toMatchObject({ start: 18, end: 31, text: '1,200 records', key: 'record' });
    expect(m.doc.slice(m.start, m.end)).toBe(m.text);
    const sentences = db.prepare('SELECT idx, start, "end", text FROM sentences WHERE document_id = ? ORDER BY idx').all(id) as { text: string }[];
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    const claim = db.prepare('SELECT predicate, value, unit, sentence_id IS NOT NULL AS has_sentence FROM claims').get();
    expect(claim).toEqual({ predicate: 'share', value: 1200, unit: 'record', has_sentence: 1 });
  });

  it('finds sentences with full-text search, and forgets them when the document is replaced', () => {
    const { db } = tempDb();
    const doc = prepareText(TEXT);
    saveDocument(db, file('/x/a.txt'), { format: 'text', warnings: [] }, doc, findingsFor(doc), now);
    const search = () => db.prepare("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'records'").pluck().get();
    expect(search()).toBe(1);
    const other = prepareText('Nothing about that here.');
    saveDocument(db, file('/x/a.txt', 'h2'), { format: 'text', warnings: [] }, other, { mentions: [], claims: [] }, now);
    expect(search()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(0);
  });

  it('throws, writing nothing, when a claim points at a quantity that is not stored', () => {
    const { db } = tempDb();
    const doc = prepareText(TEXT);
    const q = quantity(doc, '1,200 records') as Extract<Mention, { kind: 'quantity' }>;
    expect(() =>
      saveDocument(db, file('/x/a.txt'), { format: 'text', warnings: [] }, doc, { mentions: [], claims: [{ quantity: q, sentence: 0, negated: false }] }, now),
    ).toThrow(/not among the document's mentions/);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });
});

describe('failures and file identity', () => {
  it('records a failed file as a document row and an ingest error', () => {
    const { db } = tempDb();
    recordFailure(db, file('/x/bad.pdf'), 'corrupt_pdf', 'the PDF is truncated', now);
    expect(db.prepare('SELECT name, error_code, error FROM failed_documents').get()).toEqual({
      name: 'bad.pdf',
      error_code: 'corrupt_pdf',
      error: 'the PDF is truncated',
    });
    expect(db.prepare('SELECT code, path FROM ingest_errors').get()).toEqual({ code: 'corrupt_pdf', path: '/x/bad.pdf' });
  });

  it.each([
    ['same path and content', '/x/a.txt', 'h1', (): boolean => true, 'skip'],
    ['same path, new content', '/x/a.txt', 'h2', (): boolean => true, 'ingest'],
    ['same content at a new path, old path gone', '/y/a.txt', 'h1', (): boolean => false, 'move'],
    ['same content at a new path, old path still there', '/y/a.txt', 'h1', (): boolean => true, 'ingest'],
  ] as const)('classifies %s', (_label, path, hash, exists, action) => {
    const { db } = tempDb();
    const doc = prepareText(TEXT);
    saveDocument(db, file('/x/a.txt', 'h1'), { format: 'text', warnings: [] }, doc, { mentions: [], claims: [] }, now);
    expect(classifyFile(db, file(path, hash), exists).action).toBe(action);
  });

  it('moves a document by updating its path, without a second row', () => {
    const { db } = tempDb();
    const doc = prepareText(TEXT);
    const id = saveDocument(db, file('/x/a.txt'), { format: 'text', warnings: [] }, doc, { mentions: [], claims: [] }, now);
    recordMove(db, id, '/y/b.txt');
    expect(db.prepare('SELECT path, name FROM documents').all()).toEqual([{ path: '/y/b.txt', name: 'b.txt' }]);
  });
});
