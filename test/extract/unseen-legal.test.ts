// Held-out documents written for this test (an appellate opinion, a Ninth Circuit memorandum, a
// district order, a DOJ press release, a news story on a Supreme Court case, a FOIA complaint and
// a bankruptcy motion) with the statutes, courts, dockets and judges they hold: the extractors are
// scored on them as on unseen documents, so a rule tuned to the seeds alone shows up here as a
// miss or a false positive.
import { describeHeldOutSet } from '../held-out.ts';

describeHeldOutSet({
  title: 'held-out legal documents: statutes, courts, dockets, judges',
  dir: new URL('../fixtures/unseen-legal/', import.meta.url),
  fields: ['statutes', 'courts', 'dockets', 'judges'],
  bar: 0.9,
  minDocuments: 6,
});
