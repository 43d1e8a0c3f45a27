// Held-out documents written for round 3 of the generalization gaps (a refinery settlement release,
// an Endangered Species Act opinion, a news story on FTC and securities appeals): acts cited by their
// own section numbers, a judge named short and long, courts inside office names, trade-press circuit
// abbreviations, counts with "other"/"more", group-size adjectives, invariant plurals, percentages of
// a noun, "over" before a duration, and the endpoints of date ranges.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import { toGoldShape } from '../../src/report/gold-format.ts';
import { emptyScore, f1, scoreDocument, type GoldDocument, type Scores } from '../../src/eval/score.ts';

const DIR = new URL('../fixtures/unseen-round-3/', import.meta.url);
const FIELDS = ['statutes', 'courts', 'judges', 'dates', 'quantities'] as const;
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
  const shape = toGoldShape(doc, extractAll(doc), gold.document) as unknown as Record<string, unknown>;
  const only: GoldDocument = { document: gold.document, ...(gold.ignore ? { ignore: gold.ignore } : {}) };
  for (const k of FIELDS) only[k] = gold[k] ?? [];
  scoreDocument(only, shape, doc.text, into);
}

function report(name: string, s: Scores[string] | undefined): string {
  const r = s ?? emptyScore();
  return [`${name}: ${JSON.stringify(f1(r))}`, ...r.misses.map((m) => `  missed ${m}`), ...r.falsePositives.map((m) => `  extra  ${m}`)].join('\n');
}

describe('round-3 held-out documents', () => {
  it('has three documents, each gold span present in its text', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    for (const { gold, text } of fixtures) {
      for (const field of FIELDS) {
        for (const item of (gold[field] as { text?: string }[] | undefined) ?? []) {
          if (item.text) expect(text.toLowerCase().includes(item.text.toLowerCase()), `${gold.document}: ${item.text}`).toBe(true);
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
});
