// Held-out documents written for this test (press releases, news, filings of several shapes) with
// their expected cases, parties, attorneys and counsel: the extractors are scored on them as on
// unseen documents, so a rule tuned to the seeds alone shows up here as a miss or a false positive.
import { describeHeldOutSet } from '../held-out.ts';

describeHeldOutSet({
  title: 'unseen documents: cases, parties, attorneys, counsel',
  dir: new URL('../fixtures/unseen-parties/', import.meta.url),
  fields: ['cases', 'parties', 'attorneys', 'counsel_organizations'],
  bar: 0.85,
  minDocuments: 8,
});
