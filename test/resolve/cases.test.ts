import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { normalizeDocket } from '../../src/resolve/cases.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';

const caption = (text: string, canonical: string, plaintiffs: string[], defendants: string[]): MentionSpec => ({
  kind: 'caption', text, value: { canonical, plaintiffs, defendants },
});
const party = (text: string, role: 'plaintiff' | 'defendant', entityType: 'person' | 'organization' = 'organization'): MentionSpec => ({
  kind: 'party', text, value: { name: text, role, entityType },
});
const docket = (text: string, canonical: string): MentionSpec => ({ kind: 'docket', text, value: { canonical, kind: 'district' } });
const court = (text: string): MentionSpec => ({ kind: 'court', text, value: { canonical: 'D.D.C.', id: 'dcd', name: 'United States District Court for the District of Columbia', level: 'district' } });

function corpus() {
  const db = memoryDb();
  addDocument(db, 'release.txt',
    'Groups suing in Center for Taxpayer Rights et al. v Internal Revenue Service include the Center for Taxpayer Rights and Main Street Alliance.',
    [caption('Center for Taxpayer Rights et al. v Internal Revenue Service', 'Center for Taxpayer Rights v. Internal Revenue Service', ['Center for Taxpayer Rights'], ['Internal Revenue Service']),
     { ...party('Center for Taxpayer Rights', 'plaintiff'), text: 'Center for Taxpayer Rights', nth: 2 } as MentionSpec, party('Main Street Alliance', 'plaintiff')]);
  addDocument(db, 'analysis.txt',
    'The record was filed in Ctr. for Taxpayer Rights v. Internal Revenue Serv., No. 1:25-cv-00457, before the D.C. District Court.',
    [caption('Ctr. for Taxpayer Rights v. Internal Revenue Serv.', 'Ctr. for Taxpayer Rights v. Internal Revenue Serv.', ['Ctr. for Taxpayer Rights'], ['Internal Revenue Serv.']),
     docket('No. 1:25-cv-00457', '1:25-cv-00457'), court('D.C. District Court')]);
  addDocument(db, 'order.txt', 'ORDER. The motion for a stay is granted in part.', [], [], { efilingDocket: '1:25-cv-00457-CKK' });
  addDocument(db, 'news.txt',
    'A judge slowed the data deal after the Center for Taxpayer Rights and Main Street Alliance asked for relief against the Internal Revenue Service.',
    [party('Center for Taxpayer Rights', 'plaintiff'), party('Main Street Alliance', 'plaintiff'), party('Internal Revenue Service', 'defendant')]);
  addDocument(db, 'other.txt',
    'Centro de Trabajadores Unidos and Somos Un Pueblo Unido sued Treasury Secretary Scott Bessent and the Internal Revenue Service.',
    [party('Centro de Trabajadores Unidos', 'plaintiff'), party('Somos Un Pueblo Unido', 'plaintiff'),
     party('Scott Bessent', 'defendant', 'person'), party('Internal Revenue Service', 'defendant')]);
  addDocument(db, 'roundup.txt',
    'Two suits are pending: Center for Taxpayer Rights v. Internal Revenue Service and Centro de Trabajadores Unidos v. Bessent.',
    [caption('Center for Taxpayer Rights v. Internal Revenue Service', 'Center for Taxpayer Rights v. Internal Revenue Service', ['Center for Taxpayer Rights'], ['Internal Revenue Service']),
     caption('Centro de Trabajadores Unidos v. Bessent', 'Centro de Trabajadores Unidos v. Bessent', ['Centro de Trabajadores Unidos'], ['Bessent'])]);
  addDocument(db, 'third.txt',
    'Raise the Floor Alliance and Inclusive Action for the City filed suit against Secretary Kristi Noem and the Department of Homeland Security.',
    [party('Raise the Floor Alliance', 'plaintiff'), party('Inclusive Action for the City', 'plaintiff'),
     party('Kristi Noem', 'defendant', 'person'), party('Department of Homeland Security', 'defendant')]);
  addDocument(db, 'unrelated.txt', 'A bakery in Ohio sold 300 loaves on Sunday.', []);
  resolveCorpus(db);
  return db;
}

describe('resolveCorpus cases', () => {
  const db = corpus();
  const rows = db.prepare('SELECT "case", docket, court, document, reason FROM case_documents_view ORDER BY "case", document').all() as {
    case: string; docket: string | null; court: string | null; document: string; reason: string;
  }[];
  const docsOf = (name: string) => rows.filter((r) => r.case === name).map((r) => `${r.document}:${r.reason}`);

  it('groups by caption, docket, e-filing stamp and party overlap', () => {
    expect(docsOf('Center for Taxpayer Rights v. Internal Revenue Service')).toEqual([
      'analysis.txt:docket', 'news.txt:party_overlap', 'order.txt:efiling_docket', 'release.txt:caption', 'roundup.txt:caption',
    ]);
  });

  it('joins a document without caption to a case by its lead plaintiff and a defendant', () => {
    expect(docsOf('Centro de Trabajadores Unidos v. Bessent')).toEqual(['other.txt:party_overlap', 'roundup.txt:caption']);
  });

  it('founds a case from the parties of a document that matches no case', () => {
    expect(docsOf('Raise the Floor Alliance v. Noem')).toEqual(['third.txt:parties']);
  });

  it('puts a document about two cases in both, and an unrelated one in none', () => {
    expect(rows.filter((r) => r.document === 'roundup.txt')).toHaveLength(2);
    expect(rows.filter((r) => r.document === 'unrelated.txt')).toHaveLength(0);
  });

  it('gives the case its docket and court', () => {
    const c = rows.find((r) => r.case === 'Center for Taxpayer Rights v. Internal Revenue Service')!;
    expect(c.docket).toBe('1:25-cv-00457');
    expect(c.court).toBe('D.D.C.');
  });

  it('lists parties by role', () => {
    const parties = db.prepare(`SELECT role, name FROM parties_per_case WHERE "case" LIKE 'Center%' ORDER BY role, name`).all();
    expect(parties).toEqual([
      { role: 'defendant', name: 'Internal Revenue Service' },
      { role: 'plaintiff', name: 'Center for Taxpayer Rights' },
      { role: 'plaintiff', name: 'Main Street Alliance' },
    ]);
  });

  it.each([
    ['1:25-cv-00457-CKK', '1:25-cv-00457'],
    ['1:25-CV-457', '1:25-cv-00457'],
    ['25-5181', '25-5181'],
  ])('normalizes docket %s', (raw, want) => expect(normalizeDocket(raw)).toBe(want));
});
