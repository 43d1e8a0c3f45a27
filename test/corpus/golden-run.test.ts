import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadCorpusReadme, runEval, type EvalResult } from '../../src/eval/run.ts';

// The golden run: the whole pipeline over the project's own corpus, scored against the expected
// findings written in corpora/README.md (the same matching rules as `npm run eval`). The corpus was
// written from the facts independently of the extractors, so it measures more than the seeds do.
const CORPUS = resolve(import.meta.dirname, '../../corpora');

const BAR: Record<string, number> = {
  kind: 0.9,
  cases: 0.9,
  courts: 0.9,
  dockets: 0.95,
  dates: 0.95,
  statutes: 0.95,
  quantities: 0.85,
  parties: 0.85,
  attorneys: 0.85,
  counsel_organizations: 0.8,
  judges: 0.9,
  'cross.same_entity': 1,
  'cross.different_entity': 1,
  'cross.conflicts': 1,
  'cross.arithmetic': 1,
  'cross.not_conflicts': 1,
};

describe('golden run over corpora/', () => {
  let result: EvalResult;
  it('analyzes the corpus', async () => {
    result = await runEval(loadCorpusReadme(CORPUS), { crossDocument: true });
    expect(Object.keys(result.summary)).toEqual(expect.arrayContaining(Object.keys(BAR)));
  }, 180_000);

  it.each(Object.entries(BAR))('%s reaches F1 %s', (field, bar) => {
    const s = result.summary[field]!;
    const detail = result.scores[field]!;
    expect(s.f1, `misses: ${detail.misses.join('; ')} | extra: ${detail.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(bar);
  });
});
