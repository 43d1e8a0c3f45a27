// Held-out documents written for round 3 of the generalization gaps (a refinery settlement release,
// an Endangered Species Act opinion, a news story on FTC and securities appeals): acts cited by their
// own section numbers, a judge named short and long, courts inside office names, trade-press circuit
// abbreviations, counts with 'other'/'more', group-size adjectives, invariant plurals, percentages of
// a noun, 'over' before a duration, and the endpoints of date ranges.
import { describeHeldOutSet } from '../held-out.ts';

describeHeldOutSet({
  title: 'round 3 held-out documents',
  dir: new URL('../fixtures/unseen-round-3/', import.meta.url),
  fields: ['statutes', 'courts', 'judges', 'dates', 'quantities'],
  bar: 0.9,
  minDocuments: 3,
  perDocument: true,
});
