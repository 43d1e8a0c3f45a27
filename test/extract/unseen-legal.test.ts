// Held-out documents written for this test (an appellate opinion, a Ninth Circuit memorandum, a
// district order, a DOJ press release, a news story on a Supreme Court case, a FOIA complaint and
// a bankruptcy motion) with the statutes, courts, dockets and judges they hold: the extractors are
// scored on them as on unseen documents, so a rule tuned to the seeds alone shows up here as a
// miss or a false positive.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';
import { toGoldShape } from '../../src/report/gold-format.ts';
import { f1, scoreDocument, type GoldDocument, type Scores } from '../../src/eval/score.ts';

const DIR = new URL('../fixtures/unseen-legal/', import.meta.url).pathname;
const FIELDS = ['statutes', 'courts', 'dockets', 'judges'] as const;
const golds = readdirSync(DIR)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldDocument);

function scoreAll(): Scores {
  const scores: Scores = {};
  for (const gold of golds) {
    const doc = prepareText(readFileSync(join(DIR, gold.document), 'utf8'));
    const predicted = toGoldShape(doc, extractAll(doc), gold.document) as unknown as Record<string, unknown>;
    // Only the fields under test: the fixtures list no dates, quantities or parties.
    const only: GoldDocument = { document: gold.document, ...(gold.ignore ? { ignore: gold.ignore } : {}) };
    for (const k of FIELDS) only[k] = gold[k] ?? [];
    scoreDocument(only, predicted, doc.text, scores);
  }
  return scores;
}

describe('unseen legal documents: statutes, courts, dockets, judges', () => {
  it('has at least six fixtures, each with its text', () => {
    expect(golds.length).toBeGreaterThanOrEqual(6);
    for (const g of golds) expect(readdirSync(DIR)).toContain(g.document);
  });

  const scores = scoreAll();
  for (const field of FIELDS) {
    it(`${field}: F1 >= 0.9`, () => {
      const s = scores[field]!;
      const { f1: value } = f1(s);
      const report = `${field} F1 ${value.toFixed(3)}\n  missed: ${s.misses.join('\n          ')}\n  extra:  ${s.falsePositives.join('\n          ')}`;
      expect(value, report).toBeGreaterThanOrEqual(0.9);
    });
  }
});
