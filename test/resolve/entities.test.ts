import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { addDocument, entityOf, memoryDb, type MentionSpec } from './helpers.ts';

const org = (text: string, nth = 1, extra: { acronym?: string; canonical?: string } = {}): MentionSpec => ({
  kind: 'organization', text, nth, value: { name: text, ...extra },
});
const person = (text: string, nth = 1): MentionSpec => ({ kind: 'person', text, nth, value: { name: text } });

function corpus() {
  const db = memoryDb();
  addDocument(db, 'a.txt',
    'The Internal Revenue Service (IRS) handed addresses to Immigration and Customs Enforcement (ICE). The IRS says ICE asked first.\n' +
    'Lawyers from Democracy Forward Foundation filed for the Center for Taxpayer Rights. Skye L. Perryman spoke. Perryman said more.',
    [org('Internal Revenue Service'), org('IRS', 2), org('Immigration and Customs Enforcement'), org('ICE', 2),
     org('Democracy Forward Foundation'), org('Center for Taxpayer Rights'), person('Skye L. Perryman'), person('Perryman', 2)]);
  addDocument(db, 'b.txt',
    'A judge heard Ctr. for Taxpayer Rights v. Internal Revenue Serv. on Monday. Democracy Forward argued. Skye Perryman attended.\n' +
    'Separately, Centro de Trabajadores Unidos sued with Public Citizen Litigation Group as counsel. Ana Perryman, a teacher, watched.',
    [org('Ctr. for Taxpayer Rights'), org('Internal Revenue Serv.'), org('Democracy Forward'), person('Skye Perryman'),
     org('Centro de Trabajadores Unidos'), org('Public Citizen Litigation Group'), person('Ana Perryman')]);
  addDocument(db, 'c.txt',
    'Officials at the Internal Revenue Services met Immigrant and Customs Enforcement (ICE) staff. The IRS declined comment; CTU did not.',
    [org('Internal Revenue Services'), org('Immigrant and Customs Enforcement'), org('IRS'), org('CTU'),
     org('Centro de Trabajadores Unidos', 1)].slice(0, 4));
  addDocument(db, 'd.txt',
    'Centro de Trabajadores Unidos (CTU) is a workers center. The D.C. district court and the U.S. District Court for the District of Columbia are one court. Section 6103(h)(1) and IRC § 6103 apply; so does 26 U.S.C. § 6103.',
    [org('Centro de Trabajadores Unidos'), org('CTU'),
     { kind: 'court', text: 'D.C. district court', value: { canonical: 'D.D.C.', id: 'dcd', name: 'United States District Court for the District of Columbia', level: 'district' } },
     { kind: 'court', text: 'U.S. District Court for the District of Columbia', value: { canonical: 'D.D.C.', id: 'dcd', name: 'United States District Court for the District of Columbia', level: 'district' } },
     { kind: 'statute', text: 'Section 6103(h)(1)', value: { canonical: 'usc/26/6103/h/1', display: '26 U.S.C. § 6103(h)(1)', code: 'usc', title: '26', section: '6103', subsections: ['h', '1'] } },
     { kind: 'statute', text: 'IRC § 6103', value: { canonical: 'usc/26/6103', display: '26 U.S.C. § 6103', code: 'usc', title: '26', section: '6103' } },
     { kind: 'statute', text: '26 U.S.C. § 6103', value: { canonical: 'usc/26/6103', display: '26 U.S.C. § 6103', code: 'usc', title: '26', section: '6103' } }]);
  resolveCorpus(db);
  return db;
}

describe('resolveCorpus entities', () => {
  const db = corpus();
  const same = (a: [string, string, number?], b: [string, string, number?]) => {
    const x = entityOf(db, a[0], a[1], a[2]);
    const y = entityOf(db, b[0], b[1], b[2]);
    expect(x, `${a[1]} resolved`).toBeDefined();
    expect(y, `${b[1]} resolved`).toBeDefined();
    return x === y;
  };

  it.each([
    ['acronym defined in the text', ['a.txt', 'Internal Revenue Service'], ['a.txt', 'IRS']],
    ['acronym used in another document', ['a.txt', 'IRS'], ['c.txt', 'IRS']],
    ['abbreviation expansion', ['a.txt', 'Internal Revenue Service'], ['b.txt', 'Internal Revenue Serv.']],
    ['misspelled plural', ['a.txt', 'Internal Revenue Service'], ['c.txt', 'Internal Revenue Services']],
    ['misspelled word, same acronym', ['a.txt', 'Immigration and Customs Enforcement'], ['c.txt', 'Immigrant and Customs Enforcement']],
    ['abbreviated caption side', ['a.txt', 'Center for Taxpayer Rights'], ['b.txt', 'Ctr. for Taxpayer Rights']],
    ['legal-form suffix', ['a.txt', 'Democracy Forward Foundation'], ['b.txt', 'Democracy Forward']],
    ['middle initial', ['a.txt', 'Skye L. Perryman'], ['b.txt', 'Skye Perryman']],
    ['surname alone in the same document', ['a.txt', 'Skye L. Perryman'], ['a.txt', 'Perryman']],
    ['undefined acronym = initials of an organization elsewhere', ['d.txt', 'Centro de Trabajadores Unidos'], ['d.txt', 'CTU']],
    ['courts by canonical abbreviation', ['d.txt', 'D.C. district court'], ['d.txt', 'U.S. District Court for the District of Columbia']],
    ['statute written two ways', ['d.txt', 'IRC § 6103'], ['d.txt', '26 U.S.C. § 6103']],
  ] as [string, [string, string], [string, string]][])('merges: %s', (_why, a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['similar initials, different organizations', ['a.txt', 'Center for Taxpayer Rights'], ['b.txt', 'Centro de Trabajadores Unidos']],
    ['two counsel organizations', ['b.txt', 'Democracy Forward'], ['b.txt', 'Public Citizen Litigation Group']],
    ['same surname, different given name', ['b.txt', 'Skye Perryman'], ['b.txt', 'Ana Perryman']],
    ['agency and its acronym of another agency', ['a.txt', 'IRS'], ['a.txt', 'ICE']],
    ['subsection is its own provision', ['d.txt', 'Section 6103(h)(1)'], ['d.txt', 'IRC § 6103']],
  ] as [string, [string, string, number?], [string, string, number?]][])('keeps apart: %s', (_why, a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it('links a subsection to its section entity', () => {
    const child = entityOf(db, 'd.txt', 'Section 6103(h)(1)');
    const parent = db.prepare('SELECT parent_id FROM entities WHERE id = ?').pluck().get(child);
    expect(parent).toBe(entityOf(db, 'd.txt', 'IRC § 6103'));
  });

  it('records each merge with its reason and score', () => {
    const reasons = db.prepare('SELECT alias, reason, score FROM entity_merges ORDER BY alias').all() as { alias: string; reason: string; score: number }[];
    const by = (alias: string) => reasons.find((r) => r.alias === alias);
    expect(by('Internal Revenue Services')?.reason).toBe('edit_distance');
    expect(by('Internal Revenue Serv.')?.reason).toBe('abbreviation_expansion');
    expect(by('Democracy Forward Foundation')?.reason).toBe('legal_form_suffix');
    expect(by('Perryman')?.reason).toBe('surname_only');
    expect(['acronym_defined', 'acronym_corpus']).toContain(by('IRS')?.reason);
    for (const r of reasons) expect(r.score).toBeGreaterThan(0);
  });

  it('names the entity by its full, most used form', () => {
    const name = db.prepare('SELECT canonical FROM entities WHERE id = ?').pluck();
    expect(name.get(entityOf(db, 'c.txt', 'IRS'))).toBe('Internal Revenue Service');
    expect(name.get(entityOf(db, 'a.txt', 'Perryman'))).toBe('Skye L. Perryman');
  });

  it('rebuilds from scratch on every run', () => {
    const count = () => db.prepare('SELECT count(*) FROM entities').pluck().get();
    const before = count();
    resolveCorpus(db);
    expect(count()).toBe(before);
  });
});
