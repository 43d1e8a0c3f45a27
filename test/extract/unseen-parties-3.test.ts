// A third held-out set, written before the extractors were changed for it: court layouts (appeal
// captions with semicolon-split sides and compound roles, a bordered complaint box, a brief cover with
// the docket beside "v.", a certiorari petition) and news prose (officials named title-first, states
// as parties, a parent company, a Doe plaintiff and a defined short form), with gold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';
import { toGoldShape } from '../../src/report/gold-format.ts';
import { f1, scoreDocument, type GoldDocument, type Scores } from '../../src/eval/score.ts';

const DIR = new URL('../fixtures/unseen-parties-3/', import.meta.url).pathname;
const FIELDS = ['cases', 'parties'] as const;

function scoreAll(): Scores {
  const scores: Scores = {};
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldDocument;
    const doc = prepareText(readFileSync(join(DIR, gold.document), 'utf8'));
    const predicted = toGoldShape(doc, extractAll(doc), gold.document) as unknown as Record<string, unknown>;
    const only: GoldDocument = { document: gold.document };
    for (const k of FIELDS) only[k] = gold[k] ?? [];
    scoreDocument(only, predicted, doc.text, scores);
  }
  return scores;
}

describe('unseen documents, third set: cases and parties on court layouts and news prose', () => {
  const scores = scoreAll();
  it('has at least eight fixtures', () => {
    expect(readdirSync(DIR).filter((n) => n.endsWith('.json')).length).toBeGreaterThanOrEqual(8);
  });
  for (const field of FIELDS) {
    it(`${field}: F1 >= 0.85`, () => {
      const s = scores[field]!;
      const { f1: value } = f1(s);
      const report = `${field} F1 ${value.toFixed(3)}\n  missed: ${s.misses.join('\n          ')}\n  extra:  ${s.falsePositives.join('\n          ')}`;
      expect(value, report).toBeGreaterThanOrEqual(0.85);
    });
  }
});
