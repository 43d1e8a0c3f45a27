// A held-out set written for this project (not the seeds): press releases, news, orders and filings
// about other federal cases, each with the dates and quantities a reader would expect. It guards the
// date and quantity extractors against fitting the five seed documents only.
import { describeHeldOutSet } from '../held-out.ts';

describeHeldOutSet({
  title: 'held-out documents: dates and quantities',
  dir: new URL('../fixtures/unseen-quantities/', import.meta.url),
  fields: ['dates', 'quantities'],
  bar: 0.9,
  minDocuments: 8,
  perDocument: true,
});
