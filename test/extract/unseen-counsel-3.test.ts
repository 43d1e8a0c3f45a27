// A third held-out set, written before the extractors were changed for it: appellate appearance
// lines, signature blocks with "Esq." and stacked brief covers, counsel sides from short party names,
// a DOJ enforcement suit, and news phrasings of lawyers ("X's lawyer, A of B", "associates C and D").
import { describeHeldOutSet } from '../held-out.ts';

describeHeldOutSet({
  title: 'fourth held-out set: counsel in appearance lines, signature blocks and news prose',
  dir: new URL('../fixtures/unseen-counsel-3/', import.meta.url),
  fields: ['attorneys', 'counsel_organizations'],
  bar: 0.85,
  minDocuments: 8,
});
