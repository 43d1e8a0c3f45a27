// Shared harness for the held-out fixture sets under test/fixtures: documents written for the
// project (not the seeds) with gold JSON in the format of ../shared/gold. Each set is scored with
// the same rules as `npm run eval`, so a rule tuned to the seeds alone shows up as a miss here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../src/extract/index.ts';
import { prepareText } from '../src/normalize/prepare.ts';
import { toGoldShape } from '../src/report/gold-format.ts';
import { emptyScore, f1, scoreDocument, type GoldDocument, type Scores } from '../src/eval/score.ts';

export interface HeldOutSet {
  title: string;
  /** Folder of `<name>.txt` documents and `<name>.json` gold files. */
  dir: URL;
  /** Gold fields under test; the fixtures need not annotate the others. */
  fields: readonly string[];
  bar: number;
  minDocuments: number;
  /** Also require the bar on each document alone, not only over the set. */
  perDocument?: boolean;
}

interface Fixture {
  gold: GoldDocument;
  text: string;
}

const SPAN_FIELDS = new Set(['cases', 'courts', 'dockets', 'dates', 'statutes', 'quantities']);

export function describeHeldOutSet(set: HeldOutSet): void {
  const fixtures: Fixture[] = readdirSync(set.dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(new URL(f, set.dir), 'utf8')) as GoldDocument;
      return { gold, text: readFileSync(new URL(gold.document, set.dir), 'utf8') };
    });
  const scored = set.fields.includes('attorneys') ? [...set.fields, 'attorneys.organization', 'attorneys.represents'] : [...set.fields];

  const score = (list: readonly Fixture[]): Scores => {
    const scores: Scores = {};
    for (const { gold, text } of list) {
      const doc = prepareText(text, gold.published ? { published: gold.published, publishedFrom: 'sidecar' } : {});
      const only: GoldDocument = { document: gold.document, ...(gold.published ? { published: gold.published } : {}), ...(gold.ignore ? { ignore: gold.ignore } : {}) };
      for (const k of set.fields) only[k] = gold[k] ?? [];
      scoreDocument(only, toGoldShape(doc, extractAll(doc), gold.document) as unknown as Record<string, unknown>, doc.text, scores);
    }
    return scores;
  };
  const check = (scores: Scores, field: string): void => {
    const s = scores[field] ?? emptyScore();
    const report = `${field} ${JSON.stringify(f1(s))}\n  missed: ${s.misses.join('\n          ')}\n  extra:  ${s.falsePositives.join('\n          ')}`;
    expect(f1(s).f1, report).toBeGreaterThanOrEqual(set.bar);
  };

  describe(set.title, () => {
    it(`has at least ${set.minDocuments} documents, each gold span present in its text`, () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(set.minDocuments);
      for (const { gold, text } of fixtures) {
        for (const field of set.fields.filter((f) => SPAN_FIELDS.has(f))) {
          for (const item of (gold[field] as { text?: string }[] | undefined) ?? []) {
            if (!item.text) continue;
            const words = item.text.trim().split(/\s+/).join(' ').toLowerCase();
            expect(text.replace(/\s+/g, ' ').toLowerCase().includes(words), `${gold.document}: ${item.text}`).toBe(true);
          }
        }
      }
    });

    if (set.perDocument) {
      it.each(fixtures.map((f) => [f.gold.document, f] as const))(`%s reaches F1 ${set.bar} per field`, (_name, fixture) => {
        const scores = score([fixture]);
        for (const field of scored) check(scores, field);
      });
    }

    const whole = score(fixtures);
    it.each(scored)(`%s reaches F1 ${set.bar} over the set`, (field) => check(whole, field));
  });
}
