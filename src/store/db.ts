import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './schema.ts';

export type Db = Database.Database;

/** The database cannot be used: locked by another process for too long, or not writable. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot use database ${path}: ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

// Long enough for another run to finish writing one document (one transaction each), so two
// runs on one database wait for each other instead of failing with SQLITE_BUSY.
const BUSY_TIMEOUT_MS = 60_000;

export function openDatabase(path: string, opts: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    if (!opts.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false, timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw new DatabaseUnavailableError(path, describe(e));
  }
  try {
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    }
    return db;
  } catch (e) {
    db.close();
    if (isUnavailable(e)) throw new DatabaseUnavailableError(path, describe(e));
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
  if (schemaVersion(db) >= MIGRATIONS.length) return;
  // IMMEDIATE: a concurrent run waits here, then sees the version this run wrote.
  immediate(db, () => {
    const from = schemaVersion(db);
    if (from > MIGRATIONS.length) {
      throw new Error(`database schema version ${from} is newer than this program knows (${MIGRATIONS.length}); upgrade the program`);
    }
    for (let v = from; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]!.sql);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
}

/** Run fn in a BEGIN IMMEDIATE transaction: the write lock is taken up front, so no deadlock on upgrade. */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** Fold the WAL back into the main file so the sqlite3 CLI and Datasette see everything. */
export function closeDatabase(db: Db): void {
  if (db.open && !db.readonly) {
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      // Only succeeds when no other connection is open; then no -wal/-shm files are left behind.
      db.pragma('journal_mode = DELETE');
    } catch {
      // Another run still has the database open: it checkpoints when it finishes.
    }
  }
  db.close();
}

export function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return /^SQLITE_(BUSY|LOCKED|READONLY|CANTOPEN|PERM|IOERR|FULL|NOTADB|AUTH)/.test(code);
}

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (/BUSY|LOCKED/.test(code)) return 'it is locked by another process; wait for it to finish or use --db to pick another file';
  if (/^E(ACCES|PERM|ROFS|NOTDIR|EXIST|NOENT)$/.test(code)) return `its folder cannot be created or written (${err.message ?? code}); use --db to pick another file`;
  if (/READONLY|PERM|CANTOPEN/.test(code) || /permission|EACCES|directory does not exist/i.test(err.message ?? '')) {
    return `it is not writable (${err.message ?? code}); check the path and its permissions or use --db`;
  }
  if (/NOTADB/.test(code)) return 'the file is not a SQLite database; use --db to pick another file';
  return err.message ?? String(e);
}
