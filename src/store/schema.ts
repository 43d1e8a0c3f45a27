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
  {
    name: 'cross-document resolution: entities, cases, claim groups, conflicts, agreements, arithmetic, timeline',
    // Every table here is rebuilt from scratch by resolveCorpus (src/resolve/index.ts) after each run;
    // references into per-document tables cascade so re-ingesting a file never trips a foreign key.
    sql: `
CREATE TABLE entities (
  id             INTEGER PRIMARY KEY,
  type           TEXT NOT NULL CHECK (type IN ('person', 'organization', 'court', 'statute', 'case')),
  canonical      TEXT NOT NULL,         -- display name: "Internal Revenue Service", "D.D.C.", "26 U.S.C. § 6103"
  key            TEXT NOT NULL,         -- grouping key: normalized name, court abbreviation, statute provision key
  parent_id      INTEGER REFERENCES entities (id) ON DELETE SET NULL, -- a statute subsection's section ("usc/26/6103/h/1" -> "usc/26/6103")
  mention_count  INTEGER NOT NULL DEFAULT 0, -- mentions resolved to this entity
  document_count INTEGER NOT NULL DEFAULT 0  -- documents with at least one of them
);
CREATE INDEX entities_type_key ON entities (type, key);
CREATE INDEX entities_parent ON entities (parent_id);

CREATE TABLE entity_aliases (
  id             INTEGER PRIMARY KEY,
  entity_id      INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias          TEXT NOT NULL,         -- a surface form as written: "IRS", "Internal Revenue Serv.", "Jane Q. Roe"
  kind           TEXT NOT NULL,         -- canonical, name, acronym, abbreviation, variant, misspelling, surname, citation
  mention_count  INTEGER NOT NULL DEFAULT 0,
  UNIQUE (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases (alias);

CREATE TABLE entity_mentions (
  mention_id     INTEGER PRIMARY KEY REFERENCES mentions (id) ON DELETE CASCADE,
  entity_id      INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);
CREATE INDEX entity_mentions_document ON entity_mentions (document_id);

CREATE TABLE entity_merges (
  id             INTEGER PRIMARY KEY,
  entity_id      INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias          TEXT NOT NULL,         -- the name that was merged in
  merged_with    TEXT NOT NULL,         -- the name it was judged to be the same as
  mention_id     INTEGER REFERENCES mentions (id) ON DELETE CASCADE, -- a mention carrying the alias, when there is one
  document_id    INTEGER REFERENCES documents (id) ON DELETE CASCADE, -- the document where the evidence is (acronym definition, surname)
  reason         TEXT NOT NULL,         -- same_canonical, abbreviation_expansion, name_variant, legal_form_suffix, acronym_defined, acronym_corpus, initials, edit_distance, surname_only, spelling_variant
  score          REAL NOT NULL CHECK (score >= 0 AND score <= 1), -- how sure: 1 certain
  detail         TEXT                   -- what was compared: "edit distance 1 over 24 characters"
);
CREATE INDEX entity_merges_entity ON entity_merges (entity_id);
CREATE INDEX entity_merges_mention ON entity_merges (mention_id);
CREATE INDEX entity_merges_document ON entity_merges (document_id);

CREATE TABLE merge_candidates (
  id             INTEGER PRIMARY KEY,
  entity_a       INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  entity_b       INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  name_a         TEXT NOT NULL,
  name_b         TEXT NOT NULL,
  reason         TEXT NOT NULL,         -- why they might be one: initials_corpus, surname_only_ambiguous, person_spelling_variant, ...
  score          REAL NOT NULL CHECK (score >= 0 AND score <= 1), -- below the bar for merging
  detail         TEXT
);
CREATE INDEX merge_candidates_a ON merge_candidates (entity_a);
CREATE INDEX merge_candidates_b ON merge_candidates (entity_b);

CREATE TABLE cases (
  id               INTEGER PRIMARY KEY,
  canonical        TEXT NOT NULL,       -- caption "Plaintiff v. Defendant" (abbreviations expanded, no et al.)
  docket           TEXT,                -- canonical docket "1:25-cv-00457" when known
  court            TEXT,                -- canonical court abbreviation "D.D.C."
  court_entity_id  INTEGER REFERENCES entities (id) ON DELETE SET NULL,
  judge            TEXT,                -- presiding judge's name when a document says
  judge_entity_id  INTEGER REFERENCES entities (id) ON DELETE SET NULL,
  formed_by        TEXT NOT NULL,       -- docket, caption or parties: the strongest evidence that made this case
  document_count   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE case_documents (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  reason       TEXT NOT NULL,           -- efiling_docket, docket, caption, party_overlap, parties
  score        REAL NOT NULL CHECK (score >= 0 AND score <= 1),
  detail       TEXT,                    -- the docket, caption or overlapping parties that placed it
  UNIQUE (case_id, document_id)
);
CREATE INDEX case_documents_document ON case_documents (document_id);

CREATE TABLE case_parties (
  id               INTEGER PRIMARY KEY,
  case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  entity_id        INTEGER REFERENCES entities (id) ON DELETE SET NULL, -- null when the name matched no entity (caption-only names)
  name             TEXT NOT NULL,       -- entity's canonical name, else as written
  role             TEXT NOT NULL,       -- plaintiff, defendant, petitioner, respondent, appellant, appellee, intervenor, amicus
  title            TEXT,                -- "Treasury Secretary" for an official sued in that capacity
  source           TEXT NOT NULL,       -- caption or party (mentions of the party in the case's documents)
  mention_count    INTEGER NOT NULL DEFAULT 0,
  first_mention_id INTEGER REFERENCES mentions (id) ON DELETE SET NULL
);
CREATE INDEX case_parties_case ON case_parties (case_id);
CREATE INDEX case_parties_entity ON case_parties (entity_id);

CREATE TABLE case_counsel (
  id               INTEGER PRIMARY KEY,
  case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('attorney', 'organization')),
  entity_id        INTEGER REFERENCES entities (id) ON DELETE SET NULL, -- the attorney (person) or the firm/organization
  name             TEXT NOT NULL,
  organization     TEXT,                -- an attorney's organization as written
  organization_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
  side             TEXT,                -- the role represented: plaintiff, defendant ...
  title            TEXT,
  mention_count    INTEGER NOT NULL DEFAULT 0,
  first_mention_id INTEGER REFERENCES mentions (id) ON DELETE SET NULL
);
CREATE INDEX case_counsel_case ON case_counsel (case_id);
CREATE INDEX case_counsel_entity ON case_counsel (entity_id);

CREATE TABLE claim_groups (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,              -- count, percent, money, duration, ratio: what is measured
  unit      TEXT,                       -- common unit values are compared in: hour for durations, else the counted noun
  about     TEXT NOT NULL,              -- the content words the members' sentences share
  status    TEXT NOT NULL CHECK (status IN ('conflict', 'agreement')), -- conflict when two members' intervals are disjoint
  size      INTEGER NOT NULL,           -- number of member claims
  score     REAL NOT NULL CHECK (score >= 0 AND score <= 1), -- mean pairwise sameness of the members
  reason    TEXT NOT NULL               -- why these claims were judged to state one fact
);

CREATE TABLE claim_group_members (
  id           INTEGER PRIMARY KEY,
  group_id     INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  claim_id     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  min          REAL,                    -- the claim's interval in the group's unit (hours for durations)
  max          REAL,
  UNIQUE (claim_id)
);
CREATE INDEX claim_group_members_group ON claim_group_members (group_id);
CREATE INDEX claim_group_members_document ON claim_group_members (document_id);

CREATE TABLE conflicts (
  id          INTEGER PRIMARY KEY,
  group_id    INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  claim_a     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  claim_b     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  comparison  TEXT NOT NULL,            -- how the values compare: "168 h vs 24 h: disjoint"
  reason      TEXT NOT NULL,            -- why the two were judged to state one fact
  score       REAL NOT NULL CHECK (score >= 0 AND score <= 1)
);
CREATE INDEX conflicts_group ON conflicts (group_id);
CREATE INDEX conflicts_claim_a ON conflicts (claim_a);
CREATE INDEX conflicts_claim_b ON conflicts (claim_b);

CREATE TABLE agreements (
  id          INTEGER PRIMARY KEY,
  group_id    INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  claim_a     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  claim_b     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('corroboration', 'repetition')), -- repetition: the same words restated
  comparison  TEXT NOT NULL,            -- "[1000000, inf) overlaps [1280000, 1280000]"
  reason      TEXT NOT NULL,
  score       REAL NOT NULL CHECK (score >= 0 AND score <= 1)
);
CREATE INDEX agreements_group ON agreements (group_id);
CREATE INDEX agreements_claim_a ON agreements (claim_a);
CREATE INDEX agreements_claim_b ON agreements (claim_b);

CREATE TABLE arithmetic_checks (
  id                  INTEGER PRIMARY KEY,
  document_id         INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence_id         INTEGER REFERENCES sentences (id) ON DELETE CASCADE, -- the sentence of the percentage
  percent_mention_id  INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  total_mention_id    INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  part_mention_id     INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  statement           TEXT NOT NULL,    -- "12% of 2.5 million records = 300,000 vs about 300,000 records"
  computed            REAL NOT NULL,    -- percent x total
  stated              REAL NOT NULL,    -- the stated part
  tolerance           REAL NOT NULL,    -- allowed absolute difference from the hedges and the percent's rounding
  holds               INTEGER NOT NULL CHECK (holds IN (0, 1))
);
CREATE INDEX arithmetic_checks_document ON arithmetic_checks (document_id);

CREATE TABLE timeline_events (
  id             INTEGER PRIMARY KEY,
  date           TEXT NOT NULL,         -- ISO date at its grain: "2025-08-07", "2025-06", "2025"
  date_end       TEXT,                  -- for ranges: inclusive end
  grain          TEXT,                  -- day, week, month, quarter, season, year, decade
  description    TEXT NOT NULL,         -- the sentence that dates the event
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence_id    INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
  mention_id     INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE, -- the date mention
  certainty      TEXT,                  -- stated or implied (year or day filled in from the publication date)
  relative       INTEGER NOT NULL DEFAULT 0 CHECK (relative IN (0, 1)), -- "last Friday", resolved against the publication date
  conflict_event_id INTEGER REFERENCES timeline_events (id) ON DELETE SET NULL, -- the same event dated differently by another source
  conflict_score REAL                   -- how sure the two describe one event
);
CREATE INDEX timeline_events_date ON timeline_events (date);
CREATE INDEX timeline_events_document ON timeline_events (document_id);
CREATE INDEX timeline_events_mention ON timeline_events (mention_id);
CREATE INDEX timeline_events_conflict ON timeline_events (conflict_event_id);

CREATE VIEW conflicts_side_by_side AS
  SELECT c.id, g.about, g.kind, ma.text AS value_a, da.name AS document_a, da.title AS title_a, sa.page AS page_a,
         sa.text AS sentence_a, mb.text AS value_b, db.name AS document_b, db.title AS title_b, sb.page AS page_b,
         sb.text AS sentence_b, c.comparison, c.reason, c.score
  FROM conflicts c JOIN claim_groups g ON g.id = c.group_id
  JOIN claims ca ON ca.id = c.claim_a JOIN mentions ma ON ma.id = ca.mention_id JOIN documents da ON da.id = ca.document_id
  LEFT JOIN sentences sa ON sa.id = ca.sentence_id
  JOIN claims cb ON cb.id = c.claim_b JOIN mentions mb ON mb.id = cb.mention_id JOIN documents db ON db.id = cb.document_id
  LEFT JOIN sentences sb ON sb.id = cb.sentence_id;

CREATE VIEW agreements_side_by_side AS
  SELECT a.id, g.about, g.kind, a.kind AS agreement, ma.text AS value_a, da.name AS document_a, da.title AS title_a,
         sa.page AS page_a, sa.text AS sentence_a, mb.text AS value_b, db.name AS document_b, db.title AS title_b,
         sb.page AS page_b, sb.text AS sentence_b, a.comparison, a.reason, a.score
  FROM agreements a JOIN claim_groups g ON g.id = a.group_id
  JOIN claims ca ON ca.id = a.claim_a JOIN mentions ma ON ma.id = ca.mention_id JOIN documents da ON da.id = ca.document_id
  LEFT JOIN sentences sa ON sa.id = ca.sentence_id
  JOIN claims cb ON cb.id = a.claim_b JOIN mentions mb ON mb.id = cb.mention_id JOIN documents db ON db.id = cb.document_id
  LEFT JOIN sentences sb ON sb.id = cb.sentence_id;

CREATE VIEW timeline AS
  SELECT t.date, t.grain, t.description, d.name AS document, d.title, s.page, m.text AS date_text,
         t.relative, t.certainty, o.date AS other_date, od.name AS other_document, t.conflict_score
  FROM timeline_events t JOIN documents d ON d.id = t.document_id JOIN mentions m ON m.id = t.mention_id
  LEFT JOIN sentences s ON s.id = t.sentence_id
  LEFT JOIN timeline_events o ON o.id = t.conflict_event_id LEFT JOIN documents od ON od.id = o.document_id
  ORDER BY t.date, d.name, t.id;

CREATE VIEW parties_per_case AS
  SELECT c.id AS case_id, c.canonical AS "case", c.docket, c.court, p.role, p.name, p.title, p.source, p.mention_count,
         e.canonical AS entity
  FROM cases c JOIN case_parties p ON p.case_id = c.id LEFT JOIN entities e ON e.id = p.entity_id
  ORDER BY c.id, p.role, p.name;

CREATE VIEW attorneys_per_case AS
  SELECT c.id AS case_id, c.canonical AS "case", c.docket, k.side, k.kind, k.name, k.organization, k.title, k.mention_count
  FROM cases c JOIN case_counsel k ON k.case_id = c.id
  ORDER BY c.id, k.side, k.kind, k.name;

CREATE VIEW statute_citations AS
  SELECT d.name AS document, d.title, m.page, e.canonical, e.key, p.canonical AS section, m.text, s.text AS sentence
  FROM entity_mentions em JOIN entities e ON e.id = em.entity_id AND e.type = 'statute'
  JOIN mentions m ON m.id = em.mention_id JOIN documents d ON d.id = m.document_id
  LEFT JOIN entities p ON p.id = e.parent_id LEFT JOIN sentences s ON s.id = m.sentence_id
  ORDER BY e.key, d.name, m.start;

CREATE VIEW case_documents_view AS
  SELECT c.id AS case_id, c.canonical AS "case", c.docket, c.court, d.name AS document, d.title, d.kind,
         d.published, cd.reason, cd.score, cd.detail
  FROM case_documents cd JOIN cases c ON c.id = cd.case_id JOIN documents d ON d.id = cd.document_id
  ORDER BY c.id, d.published, d.name;
`,
  },
  {
    name: 'sentence_verbs: cache of main-verb parses for the timeline',
    // A cache filled by the timeline stage (src/resolve/timeline.ts), not rebuilt by resolveCorpus:
    // parsing is the slow step, and a sentence row never changes in place (a changed document's
    // sentences are deleted and re-inserted), so a cached verb stays right until its sentence goes.
    sql: `
CREATE TABLE sentence_verbs (
  sentence_id  INTEGER PRIMARY KEY REFERENCES sentences (id) ON DELETE CASCADE,
  verb         TEXT                      -- lemma of the sentence's main verb, NULL when none
);
`,
  },
  {
    name: 'arithmetic_checks: a kind column, and figure columns named for any kind of check',
    // Checks were shares only; sums, averages and date spans store three figures too, in the order
    // their kind gives (src/resolve/arithmetic.ts CHECK_ROLES). The table is rebuilt by every
    // resolve, so existing rows are all shares.
    sql: `
ALTER TABLE arithmetic_checks ADD COLUMN kind TEXT NOT NULL DEFAULT 'share' CHECK (kind IN ('share', 'sum', 'average', 'date span')); -- share (percent of total = part), sum (parts = total), average (total / count = average), date span (start..end = duration)
ALTER TABLE arithmetic_checks RENAME COLUMN percent_mention_id TO first_mention_id;   -- share: the percent; sum: a part; average: the total; date span: the start
ALTER TABLE arithmetic_checks RENAME COLUMN total_mention_id TO second_mention_id;    -- share: the total; sum: another part; average: the count; date span: the end
ALTER TABLE arithmetic_checks RENAME COLUMN part_mention_id TO stated_mention_id;     -- the figure checked: the part, the total, the average, the duration
`,
  },
];
