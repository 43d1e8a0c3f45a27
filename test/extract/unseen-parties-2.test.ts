// A second held-out set, written before the extractors were changed for it: news and press prose that
// states parties and counsel in many ways (colon lists, 'The defendants are', 'X, along with Y, sued',
// possessive legal teams, apposition, markdown key/value tables, joined signature lines), with gold.
import { describeHeldOutSet } from '../held-out.ts';

describeHeldOutSet({
  title: 'second held-out set: parties and counsel in prose',
  dir: new URL('../fixtures/unseen-parties-2/', import.meta.url),
  fields: ['cases', 'parties', 'attorneys', 'counsel_organizations'],
  bar: 0.85,
  minDocuments: 8,
});
