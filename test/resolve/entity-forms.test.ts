// Forms of one person or party that the fifth held-out set showed apart: a two-part surname with
// and without its hyphen, a judge whose surname a story misspells, a caption's capitals.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings } from '../../src/resolve/cross-document.ts';
import { compoundSurname, } from '../../src/resolve/entities.ts';
import { parsePersonName } from '../../src/resolve/names.ts';
import { addDocument, entityOf, memoryDb, type MentionSpec } from './helpers.ts';

const person = (text: string): MentionSpec => ({ kind: 'person', text, value: { name: text } });
const judge = (text: string, name: string): MentionSpec => ({ kind: 'judge', text, value: { name } });
const org = (text: string): MentionSpec => ({ kind: 'organization', text, value: { name: text } });

describe('compoundSurname', () => {
  const p = (s: string) => parsePersonName(s)!;
  it.each([
    ['Ines Ruiz-Gallegos', 'Ines Ruiz Gallegos', 'ruizgallegos'],
    ['Ines M. Ruiz-Gallegos', 'Ines M. Ruiz Gallegos', 'ruizgallegos'],
    ['Ines Ruiz-Gallegos', 'Ines Gallegos', undefined],
    ['Ines Ruiz-Gallegos', 'Marta Ruiz Gallegos', undefined],
    ['Ines Ruiz-Gallegos', 'Ines Ortiz Gallegos', undefined],
  ])('%s / %s -> %s', (a, b, want) => {
    expect(compoundSurname(p(a), p(b)) ?? compoundSurname(p(b), p(a))).toBe(want);
  });
});

describe('people across sources', () => {
  const db = memoryDb();
  addDocument(db, 'release.txt', 'Attorney General Ines Ruiz-Gallegos sued. Chief Judge Teodoro Valdespino presided.',
    [person('Ines Ruiz-Gallegos'), judge('Chief Judge Teodoro Valdespino', 'Teodoro Valdespino')]);
  addDocument(db, 'story.txt', 'Attorney General Ines Ruiz Gallegos said so. Chief Judge Teodoro Valdespina ruled. Judge Teodoro Valdes sat too.',
    [person('Ines Ruiz Gallegos'), judge('Chief Judge Teodoro Valdespina', 'Teodoro Valdespina'), judge('Judge Teodoro Valdes', 'Teodoro Valdes')]);
  addDocument(db, 'other.txt', 'Witness Teodoro Valdespina, a rancher, testified.', [person('Teodoro Valdespina')]);
  resolveCorpus(db);

  it('joins a surname written with and without its hyphen', () => {
    expect(entityOf(db, 'release.txt', 'Ines Ruiz-Gallegos')).toBeDefined();
    expect(entityOf(db, 'release.txt', 'Ines Ruiz-Gallegos')).toBe(entityOf(db, 'story.txt', 'Ines Ruiz Gallegos'));
  });

  it('joins two judges one letter apart, not a judge and a shorter surname', () => {
    const j = entityOf(db, 'release.txt', 'Chief Judge Teodoro Valdespino');
    expect(j).toBeDefined();
    expect(entityOf(db, 'story.txt', 'Chief Judge Teodoro Valdespina')).toBe(j);
    expect(entityOf(db, 'story.txt', 'Judge Teodoro Valdes')).not.toBe(j);
  });
});

describe('a party in capitals and in prose', () => {
  const db = memoryDb();
  addDocument(db, 'order.txt', 'STATE OF NEVADA, Plaintiff, v. Acme Corp.', [org('STATE OF NEVADA')]);
  addDocument(db, 'release.txt', 'The State of Nevada won.', [org('State of Nevada')]);
  resolveCorpus(db);
  it('is listed as one entity written two ways', () => {
    const f = crossDocumentFindings(db);
    expect(f.same_entity).toContainEqual(expect.arrayContaining(['STATE OF NEVADA', 'State of Nevada']));
  });
});
