// Builds small databases for resolution tests: documents written here, mentions located by their
// text (the nth occurrence), stored through saveDocument like the pipeline does.
import { prepareText } from '../../src/normalize/prepare.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { saveDocument } from '../../src/store/write.ts';
import type { Claim, DocumentMeta, Mention, MentionOf } from '../../src/model/types.ts';

export type MentionSpec = { [K in Mention['kind']]: { kind: K; text: string; nth?: number; value: MentionOf<K>['value'] } }[Mention['kind']];

export interface ClaimSpec {
  /** Text of a quantity mention listed in the mentions. */
  quantity: string;
  nth?: number;
  predicate?: string;
  subject?: string;
  object?: string;
  negated?: boolean;
  time?: { value: string; grain?: 'day' | 'week' | 'month' | 'year' };
}

export function memoryDb(): Db {
  return openDatabase(':memory:');
}

function locate(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) is not in the test document`);
  }
  return at;
}

export function addDocument(
  db: Db,
  name: string,
  text: string,
  mentions: MentionSpec[],
  claims: ClaimSpec[] = [],
  meta: DocumentMeta & { efilingDocket?: string } = {},
): number {
  const { efilingDocket, ...rest } = meta;
  const doc = prepareText(text, {
    ...rest,
    ...(efilingDocket ? { efiling: { docket: efilingDocket, documentNumber: '1', filed: '2025-01-01' } } : {}),
  });
  const built: Mention[] = mentions.map((s) => {
    const start = locate(doc.text, s.text, s.nth);
    return { ...s, start, end: start + s.text.length, extractor: 'test', rule: 'test', confidence: 0.9 } as Mention;
  });
  const builtClaims: Claim[] = claims.map((c) => {
    const start = locate(doc.text, c.quantity, c.nth);
    const q = built.find((m) => m.kind === 'quantity' && m.start === start);
    if (!q || q.kind !== 'quantity') throw new Error(`no quantity mention "${c.quantity}"`);
    const sentence = doc.sentences.find((s) => start >= s.start && start < s.end)!.index;
    return {
      quantity: q,
      sentence,
      predicate: c.predicate,
      subject: c.subject,
      object: c.object,
      negated: c.negated ?? false,
      time: c.time ? { ...c.time, text: c.time.value, start: 0, end: 0 } : undefined,
    };
  });
  return saveDocument(db, { path: `/test/${name}`, hash: name, size: text.length }, { format: 'text', warnings: [] }, doc, { mentions: built, claims: builtClaims }, '2025-01-01T00:00:00Z');
}

/** The entity id a mention (by document name and text) was resolved to. */
export function entityOf(db: Db, document: string, text: string, nth = 1): number | undefined {
  const rows = db
    .prepare(
      `SELECT em.entity_id FROM mentions m JOIN documents d ON d.id = m.document_id
       LEFT JOIN entity_mentions em ON em.mention_id = m.id WHERE d.name = ? AND m.text = ? ORDER BY m.start`,
    )
    .pluck()
    .all(document, text) as (number | null)[];
  return rows[nth - 1] ?? undefined;
}
