// Written variants of one name across documents: abbreviated legal words, capitals, a firm's
// "LLP", the comma before "Inc.", a lawyer's misspelled surname; and look-alikes kept apart.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings } from '../../src/resolve/cross-document.ts';
import { addDocument, entityOf, memoryDb, type MentionSpec } from './helpers.ts';

const org = (text: string): MentionSpec => ({ kind: 'organization', text, value: { name: text } });
const lawyer = (text: string, organization: string): MentionSpec => ({ kind: 'attorney', text, value: { name: text, organization } });

describe('organization variants', () => {
  const db = memoryDb();
  addDocument(db, 'one.txt', 'The Ozark Cattle Growers Association sued. Harlan Wick LLP represents it. Bexley Farms, Inc. objected.',
    [org('Ozark Cattle Growers Association'), org('Harlan Wick LLP'), org('Bexley Farms, Inc.')]);
  addDocument(db, 'two.txt', "Counsel for the Ozark Cattle Growers Ass'n, Harlan Wick, argued. Bexley Farms Inc. did not.",
    [org("Ozark Cattle Growers Ass'n"), org('Harlan Wick'), org('Bexley Farms Inc.')]);
  addDocument(db, 'three.txt', 'OZARK CATTLE GROWERS ASSN., Plaintiff. The Ozark Cattle Growers Alliance is another group.',
    [org('OZARK CATTLE GROWERS ASSN.'), org('Ozark Cattle Growers Alliance')]);
  resolveCorpus(db);

  it.each([
    ['one.txt', 'Ozark Cattle Growers Association', 'two.txt', "Ozark Cattle Growers Ass'n"],
    ['one.txt', 'Ozark Cattle Growers Association', 'three.txt', 'OZARK CATTLE GROWERS ASSN.'],
    ['one.txt', 'Harlan Wick LLP', 'two.txt', 'Harlan Wick'],
    ['one.txt', 'Bexley Farms, Inc.', 'two.txt', 'Bexley Farms Inc.'],
  ])('%s "%s" is %s "%s"', (da, a, db2, b) => {
    expect(entityOf(db, da, a)).toBeDefined();
    expect(entityOf(db, da, a)).toBe(entityOf(db, db2, b));
  });

  it('keeps an alliance apart from the association of the same growers', () => {
    expect(entityOf(db, 'three.txt', 'Ozark Cattle Growers Alliance')).not.toBe(entityOf(db, 'one.txt', 'Ozark Cattle Growers Association'));
  });
});

describe('a lawyer whose surname one source misspells', () => {
  const db = memoryDb();
  addDocument(db, 'release.txt', 'Marisol Fontenot of the Delta Justice Center filed the suit.', [lawyer('Marisol Fontenot', 'Delta Justice Center')]);
  addDocument(db, 'news.txt', 'Marisol Fontenott of the Delta Justice Center said the ruling helps.', [lawyer('Marisol Fontenott', 'Delta Justice Center')]);
  addDocument(db, 'other.txt', 'Marisol Fontenat of Pryor Gaines LLP represented the county.', [lawyer('Marisol Fontenat', 'Pryor Gaines LLP')]);
  resolveCorpus(db);
  const f = crossDocumentFindings(db);

  it('is one person when both sources place her at one organization, with the reason and score recorded', () => {
    expect(entityOf(db, 'release.txt', 'Marisol Fontenot')).toBe(entityOf(db, 'news.txt', 'Marisol Fontenott'));
    const merge = f.entities.flatMap((e) => e.merges).find((m) => m.alias === 'Marisol Fontenott' || m.merged_with === 'Marisol Fontenott');
    expect(merge).toMatchObject({ reason: 'spelling_variant', score: 0.7 });
    expect(merge!.detail).toContain('delta justice center');
  });

  it('stays a merge candidate when the organizations differ', () => {
    expect(entityOf(db, 'other.txt', 'Marisol Fontenat')).not.toBe(entityOf(db, 'release.txt', 'Marisol Fontenot'));
    expect(f.merge_candidates.some((c) => [c.a, c.b].includes('Marisol Fontenat'))).toBe(true);
  });
});

describe('a court header over two lines', () => {
  it('lists the line naming the district as a way the court is written', () => {
    const db = memoryDb();
    const header = 'UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF KENTUCKY';
    addDocument(db, 'order.txt', `${header}\nThe motion is denied.`, [
      { kind: 'court', text: header, value: { canonical: 'W.D. Ky.', name: 'United States District Court for the Western District of Kentucky', level: 'district' } as never },
    ]);
    addDocument(db, 'story.txt', 'The W.D. Ky. court ruled.', [
      { kind: 'court', text: 'W.D. Ky.', value: { canonical: 'W.D. Ky.', name: 'United States District Court for the Western District of Kentucky', level: 'district' } as never },
    ]);
    resolveCorpus(db);
    const group = crossDocumentFindings(db).same_entity.find((g) => g.includes('W.D. Ky.'));
    expect(group).toEqual(expect.arrayContaining(['WESTERN DISTRICT OF KENTUCKY', 'United States District Court for the Western District of Kentucky']));
  });
});
