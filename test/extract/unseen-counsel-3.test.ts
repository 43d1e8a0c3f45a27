// A third held-out set, written before the extractors were changed for it: appellate appearance
// lines, signature blocks with "Esq." and stacked brief covers, counsel sides from short party names,
// a DOJ enforcement suit, and news phrasings of lawyers ("X's lawyer, A of B", "associates C and D").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';
import { toGoldShape } from '../../src/report/gold-format.ts';
import { f1, scoreDocument, type GoldDocument, type Scores } from '../../src/eval/score.ts';

const DIR = new URL('../fixtures/unseen-counsel-3/', import.meta.url).pathname;
const FIELDS = ['attorneys', 'counsel_organizations'] as const;

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

describe('unseen documents, third set: attorneys and counsel with their side', () => {
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
