// A story naming no caption, docket or party joins the case of the judge it names, when that judge
// presides over one case only; a judge of two cases places nothing.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings } from '../../src/resolve/cross-document.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';

const caption = (text: string, canonical: string, plaintiffs: string[], defendants: string[]): MentionSpec => ({
  kind: 'caption', text, value: { canonical, plaintiffs, defendants },
});
const docket = (text: string, canonical: string): MentionSpec => ({ kind: 'docket', text, value: { canonical, kind: 'district' } });
const judge = (text: string, name: string, nth = 1): MentionSpec => ({ kind: 'judge', text, nth, value: { name } });
const party = (text: string, role: 'plaintiff' | 'defendant'): MentionSpec => ({ kind: 'party', text, value: { name: text, role, entityType: 'organization' } });

function corpus() {
  const db = memoryDb();
  addDocument(db, 'order.txt', 'State of Oregon v. Bureau of Reclamation, No. 3:26-cv-00051. Judge Corinne Baptiste granted the motion.',
    [caption('State of Oregon v. Bureau of Reclamation', 'State of Oregon v. Bureau of Reclamation', ['State of Oregon'], ['Bureau of Reclamation']),
     docket('No. 3:26-cv-00051', '3:26-cv-00051'), judge('Judge Corinne Baptiste', 'Corinne Baptiste')]);
  addDocument(db, 'story.txt', 'U.S. District Judge Corinne Baptiste ordered the water released. Idaho filed a similar suit against the Bureau of Reclamation.',
    [judge('U.S. District Judge Corinne Baptiste', 'Corinne Baptiste'), party('Idaho', 'plaintiff'), party('Bureau of Reclamation', 'defendant')]);
  // Judge Lund presides over two cases: a story naming only her is about either.
  addDocument(db, 'a.txt', 'Harbor Co. v. City of Salem, No. 3:26-cv-00077. Judge Ada Lund presided.',
    [caption('Harbor Co. v. City of Salem', 'Harbor Co. v. City of Salem', ['Harbor Co.'], ['City of Salem']), docket('No. 3:26-cv-00077', '3:26-cv-00077'), judge('Judge Ada Lund', 'Ada Lund')]);
  addDocument(db, 'b.txt', 'Pine Mills v. County of Linn, No. 3:26-cv-00078. Judge Ada Lund presided.',
    [caption('Pine Mills v. County of Linn', 'Pine Mills v. County of Linn', ['Pine Mills'], ['County of Linn']), docket('No. 3:26-cv-00078', '3:26-cv-00078'), judge('Judge Ada Lund', 'Ada Lund')]);
  addDocument(db, 'c.txt', 'Judge Ada Lund ruled from the bench on Tuesday.', [judge('Judge Ada Lund', 'Ada Lund')]);
  resolveCorpus(db);
  return crossDocumentFindings(db);
}

describe('documents placed by their judge', () => {
  const f = corpus();
  const docsOf = (canonical: string) => f.cases.find((c) => c.canonical === canonical)?.documents;

  it('places a story naming the only case of its judge there, without a case for the suit it mentions', () => {
    expect(docsOf('State of Oregon v. Bureau of Reclamation')).toEqual(['order.txt', 'story.txt']);
    expect(f.cases.some((c) => c.canonical.startsWith('Idaho'))).toBe(false);
    expect(f.cases.find((c) => c.documents.includes('story.txt'))?.placement.find((p) => p.document === 'story.txt')?.reason).toBe('judge');
  });

  it('does not place a story naming a judge of two cases', () => {
    expect(f.cases.filter((c) => c.documents.includes('c.txt'))).toEqual([]);
  });
});
