// A third held-out set, written before the extractors were changed for it: court layouts (appeal
// captions with semicolon-split sides and compound roles, a bordered complaint box, a brief cover with
// the docket beside 'v.', a certiorari petition) and news prose (officials named title-first, states
// as parties, a parent company, a Doe plaintiff and a defined short form), with gold.
import { describeHeldOutSet } from '../held-out.ts';

describeHeldOutSet({
  title: 'third held-out set: captions and parties in court layouts and news',
  dir: new URL('../fixtures/unseen-parties-3/', import.meta.url),
  fields: ['cases', 'parties'],
  bar: 0.85,
  minDocuments: 8,
});
