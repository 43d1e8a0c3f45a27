import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import { toGoldShape } from '../../src/report/gold-format.ts';
import { emptyScore, f1, scoreDocument, type GoldDocument, type Scores } from '../../src/eval/score.ts';

// A held-out set written for this project (not the seeds): press releases, news, orders and filings
// about other federal cases, each with the dates and quantities a reader would expect. It guards the
// date and quantity extractors against fitting the five seed documents only.

const DIR = new URL('../fixtures/unseen-quantities/', import.meta.url);
const FIELDS = ['dates', 'quantities'] as const;
const BAR = 0.9;

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const gold = JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as GoldDocument;
    const text = readFileSync(new URL(gold.document, DIR), 'utf8');
    return { gold, text };
  });

function score(gold: GoldDocument, text: string, into: Scores): void {
  const doc = prepareText(text, gold.published ? { published: gold.published, publishedFrom: 'sidecar' } : {});
  const shape = toGoldShape(doc, extractAll(doc), gold.document);
  scoreDocument(gold, shape as unknown as Record<string, unknown>, doc.text, into);
}

function report(name: string, s: Scores[string] | undefined): string {
  const r = s ?? emptyScore();
  return [`${name}: ${JSON.stringify(f1(r))}`, ...r.misses.map((m) => `  missed ${m}`), ...r.falsePositives.map((m) => `  extra  ${m}`)].join('\n');
}

describe('held-out documents: dates and quantities', () => {
  it('has at least eight documents, each gold span present in its text', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const { gold, text } of fixtures) {
      for (const field of FIELDS) {
        for (const item of (gold[field] as { text: string }[] | undefined) ?? []) {
          expect(text.toLowerCase().includes(item.text.toLowerCase()), `${gold.document}: ${item.text}`).toBe(true);
        }
      }
    }
  });

  it.each(fixtures.map((f) => [f.gold.document, f] as const))('%s scores F1 >= 0.9 per field', (_name, { gold, text }) => {
    const scores: Scores = {};
    score(gold, text, scores);
    for (const field of FIELDS) {
      const s = scores[field] ?? emptyScore();
      expect(f1(s).f1, report(field, s)).toBeGreaterThanOrEqual(BAR);
    }
  });

  it('scores F1 >= 0.9 per field over the whole set', () => {
    const scores: Scores = {};
    for (const { gold, text } of fixtures) score(gold, text, scores);
    for (const field of FIELDS) {
      const s = scores[field] ?? emptyScore();
      expect(f1(s).f1, report(field, s)).toBeGreaterThanOrEqual(BAR);
    }
  });
});
