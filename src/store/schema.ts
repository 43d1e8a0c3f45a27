// Ordered migrations. Each runs once, in order, inside one transaction, and bumps
// PRAGMA user_version to its index + 1. Never edit a migration that has shipped: add a new one.
// Comments inside CREATE TABLE statements are kept by SQLite, so `.schema` in the sqlite3 CLI
// and Datasette show what each column holds.

export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: 'documents, pages, sentences, mentions, claims, ingest errors',
    sql: `
CREATE TABLE documents (
  id              INTEGER PRIMARY KEY,
  path            TEXT NOT NULL UNIQUE,  -- absolute path of the file when last seen
  name            TEXT NOT NULL,         -- file name, for display
  content_hash    TEXT NOT NULL,         -- sha256 of the file's bytes: unchanged files are skipped
  size_bytes      INTEGER NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error_code      TEXT,                  -- for failed files: empty, binary, encrypted, corrupt_pdf, timeout ...
  error           TEXT,                  -- for failed files: one line saying what went wrong
  format          TEXT,                  -- pdf, html, text, markdown
  kind            TEXT,                  -- press_release, news_article, court_order, opinion, filing, transcript, unknown
  title           TEXT,
  published       TEXT,                  -- ISO date the document was published or filed: anchor for relative dates
  published_from  TEXT,                  -- sidecar, html_meta, efiling_stamp or dateline
  source          TEXT,                  -- publisher or outlet
  url             TEXT,
  page_count      INTEGER,
  needs_ocr       INTEGER NOT NULL DEFAULT 0 CHECK (needs_ocr IN (0, 1)), -- 1: a PDF without a text layer
  efiling_docket  TEXT,                  -- from the e-filing header stamp: "1:25-cv-00457-CKK"
  efiling_number  TEXT,                  -- document number in that docket: "45" or "45-2"
  efiling_filed   TEXT,                  -- ISO date from the stamp
  text            TEXT,                  -- normalized text: every offset in this database points into it
  raw_text        TEXT,                  -- the text as extracted, pages joined by form feeds
  offset_map      TEXT,                  -- JSON [[normalized start, raw start, length], ...] from text to raw_text
  warnings        TEXT NOT NULL DEFAULT '[]', -- JSON array of data problems that did not stop the read
  ingested_at     TEXT NOT NULL          -- ISO timestamp of the run that wrote this row
);
CREATE INDEX documents_hash ON documents (content_hash);

CREATE TABLE pages (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,         -- 1-based page number
  start        INTEGER NOT NULL,         -- offset of the page's first character in documents.text (UTF-16 units)
  "end"        INTEGER NOT NULL,         -- offset just past its last character
  text         TEXT NOT NULL,            -- the page's normalized text
  UNIQUE (document_id, number)
);

CREATE TABLE sentences (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,         -- 0-based position in the document
  page         INTEGER NOT NULL,         -- page where the sentence starts
  kind         TEXT NOT NULL,            -- sentence, heading, timeline or list_item
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  UNIQUE (document_id, idx)
);

-- Full-text search over sentences: SELECT * FROM sentences_fts WHERE sentences_fts MATCH 'ICE AND week'.
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence_id  INTEGER REFERENCES sentences (id) ON DELETE CASCADE, -- sentence containing the start
  page         INTEGER NOT NULL,
  kind         TEXT NOT NULL,            -- date, quantity, statute, case_citation, court, docket, caption, party, attorney, counsel_organization, judge, organization, person
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,            -- exactly substr of documents.text at [start, end)
  key          TEXT,                     -- normalized form for grouping: canonical citation, court abbreviation, docket, name, ISO date
  value        TEXT NOT NULL,            -- normalized value as JSON (shape depends on kind)
  extractor    TEXT NOT NULL,            -- which extractor found it
  rule         TEXT NOT NULL,            -- which rule inside that extractor
  confidence   REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1)
);
CREATE INDEX mentions_document ON mentions (document_id);
CREATE INDEX mentions_sentence ON mentions (sentence_id);
CREATE INDEX mentions_kind_key ON mentions (kind, key);

CREATE TABLE claims (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  mention_id   INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE, -- the quantity or duration
  sentence_id  INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
  subject      TEXT,                     -- who did it: "the IRS"
  predicate    TEXT,                     -- lemma of the governing verb: share, request, match
  object       TEXT,                     -- what was counted
  kind         TEXT NOT NULL,            -- count, percent, money, duration, ratio
  value        REAL,                     -- the stated number
  min          REAL,                     -- interval the statement allows
  max          REAL,
  modifier     TEXT,                     -- approx, more_than, at_least, range, vague ...
  unit         TEXT,                     -- singular lemma: taxpayer, record, day
  negated      INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
  time_value   TEXT,                     -- ISO date the claim refers to, from its sentence or timeline entry
  time_grain   TEXT,
  time_text    TEXT
);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_mention ON claims (mention_id);
CREATE INDEX claims_sentence ON claims (sentence_id);

CREATE TABLE ingest_errors (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  path         TEXT NOT NULL,
  code         TEXT NOT NULL,            -- empty, binary, unreadable, corrupt_pdf, encrypted, too_large, timeout, out_of_memory ...
  message      TEXT NOT NULL,
  occurred_at  TEXT NOT NULL
);
CREATE INDEX ingest_errors_document ON ingest_errors (document_id);

CREATE TABLE runs (
  id           INTEGER PRIMARY KEY,
  folder       TEXT NOT NULL,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  ingested     INTEGER NOT NULL DEFAULT 0,
  skipped      INTEGER NOT NULL DEFAULT 0,
  failed       INTEGER NOT NULL DEFAULT 0
);

CREATE VIEW failed_documents AS
  SELECT d.id, d.name, d.path, d.error_code, d.error, d.ingested_at
  FROM documents d WHERE d.status = 'failed';

CREATE VIEW mention_details AS
  SELECT m.id, d.name AS document, d.title, m.page, m.kind, m.text, m.key, m.value,
         m.start, m."end", m.extractor, m.rule, m.confidence, s.text AS sentence
  FROM mentions m JOIN documents d ON d.id = m.document_id
  LEFT JOIN sentences s ON s.id = m.sentence_id;

CREATE VIEW claim_details AS
  SELECT c.id, d.name AS document, d.title, s.page, m.text, c.kind, c.value, c.min, c.max,
         c.modifier, c.unit, c.subject, c.predicate, c.object, c.negated, c.time_value, s.text AS sentence
  FROM claims c JOIN mentions m ON m.id = c.mention_id
  JOIN documents d ON d.id = c.document_id
  LEFT JOIN sentences s ON s.id = c.sentence_id;
`,
  },
];
