// A second held-out set, written before the extractors were changed for it: news and press prose that
// states parties and counsel in many ways (colon lists, "The defendants are", "X, along with Y, sued",
// possessive legal teams, apposition, markdown key/value tables, joined signature lines), with gold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';
import { toGoldShape } from '../../src/report/gold-format.ts';
import { f1, scoreDocument, type GoldDocument, type Scores } from '../../src/eval/score.ts';

const DIR = new URL('../fixtures/unseen-parties-2/', import.meta.url).pathname;
const FIELDS = ['cases', 'parties', 'attorneys', 'counsel_organizations'] as const;

function scoreAll(): Scores {
  const scores: Scores = {};
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldDocument;
    const doc = prepareText(readFileSync(join(DIR, gold.document), 'utf8'));
    const predicted = toGoldShape(doc, extractAll(doc), gold.document) as unknown as Record<string, unknown>;
    // Only the fields under test: the fixtures carry no dates, quantities or courts.
    const only: GoldDocument = { document: gold.document };
    for (const k of FIELDS) only[k] = gold[k] ?? [];
    scoreDocument(only, predicted, doc.text, scores);
  }
  return scores;
}

describe('unseen documents, second set: cases, parties, attorneys, counsel', () => {
  const scores = scoreAll();
  it('has at least eight fixtures', () => {
    expect(readdirSync(DIR).filter((n) => n.endsWith('.json')).length).toBeGreaterThanOrEqual(8);
  });
  for (const field of [...FIELDS, 'attorneys.organization', 'attorneys.represents']) {
    it(`${field}: F1 >= 0.85`, () => {
      const s = scores[field]!;
      const { f1: value } = f1(s);
      const report = `${field} F1 ${value.toFixed(3)}\n  missed: ${s.misses.join('\n          ')}\n  extra:  ${s.falsePositives.join('\n          ')}`;
      expect(value, report).toBeGreaterThanOrEqual(0.85);
    });
  }
});
