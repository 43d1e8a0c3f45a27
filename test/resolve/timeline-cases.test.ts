import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { mayShareCase } from '../../src/resolve/cases.ts';
import { addDocument, memoryDb } from './helpers.ts';
import type { Db } from '../../src/store/db.ts';

const day = (text: string, value: string) => ({ kind: 'date' as const, text, value: { value, grain: 'day' as const, relative: false, certainty: 'stated' as const } });

// Two documents reporting a hearing in near-identical words, a day apart.
function hearingPair(db: Db, docketA: string, docketB: string): void {
  addDocument(db, 'order-a.txt', 'The district court heard arguments on April 8, 2025, about the records sharing agreement.',
    [day('April 8, 2025', '2025-04-08')], [], { efilingDocket: docketA });
  addDocument(db, 'order-b.txt', 'The district court heard arguments on April 9, 2025, about the records sharing agreement.',
    [day('April 9, 2025', '2025-04-09')], [], { efilingDocket: docketB });
}

const flagged = (db: Db) =>
  db.prepare('SELECT document, date, other_date FROM timeline WHERE other_date IS NOT NULL ORDER BY date').all();

describe('timeline conflicts respect cases', () => {
  it('does not pair documents of different cases', () => {
    const db = memoryDb();
    hearingPair(db, '1:25-cv-00311-ABC', '2:24-cv-01877-XYZ');
    resolveCorpus(db);
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 2 });
    expect(flagged(db)).toEqual([]);
  });

  it('pairs documents of one case', () => {
    const db = memoryDb();
    hearingPair(db, '1:25-cv-00311-ABC', '1:25-cv-00311-ABC');
    resolveCorpus(db);
    expect(flagged(db)).toEqual([
      { document: 'order-a.txt', date: '2025-04-08', other_date: '2025-04-09' },
      { document: 'order-b.txt', date: '2025-04-09', other_date: '2025-04-08' },
    ]);
  });

  it.each([
    [[1], [2], false],
    [[1, 3], [2, 3], true],
    [[], [2], true],
    [[1], [], true],
  ])('mayShareCase(%j, %j) = %s', (a, b, want) => expect(mayShareCase(a, b)).toBe(want));
});

describe('sentence verb cache', () => {
  const db = memoryDb();
  hearingPair(db, '1:25-cv-00311-ABC', '1:25-cv-00311-ABC');
  resolveCorpus(db);

  it('stores the main verb of each sentence it parsed', () => {
    expect(db.prepare('SELECT verb FROM sentence_verbs ORDER BY sentence_id').all()).toEqual([{ verb: 'hear' }, { verb: 'hear' }]);
  });

  it('reads verbs from the cache on the next run instead of parsing again', () => {
    expect(flagged(db)).toHaveLength(2);
    // A cached verb that disagrees with the other sentence's is believed, so the pair is no longer one event.
    db.prepare("UPDATE sentence_verbs SET verb = 'deny' WHERE sentence_id = (SELECT MIN(sentence_id) FROM sentence_verbs)").run();
    resolveCorpus(db);
    expect(flagged(db)).toEqual([]);
  });

  it('takes a cached NULL (no main verb) as an answer, not a miss to parse again', () => {
    db.prepare('UPDATE sentence_verbs SET verb = NULL WHERE sentence_id = (SELECT MIN(sentence_id) FROM sentence_verbs)').run();
    resolveCorpus(db);
    expect(flagged(db)).toEqual([]);
    expect(db.prepare('SELECT verb FROM sentence_verbs ORDER BY sentence_id').all()).toEqual([{ verb: null }, { verb: 'hear' }]);
  });

  it('drops a sentence\'s verb with the sentence', () => {
    db.prepare("DELETE FROM documents WHERE name = 'order-a.txt'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM sentence_verbs').get()).toEqual({ n: 1 });
  });
});
