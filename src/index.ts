// The programmatic entry: analyze one text, or a folder into a database.
import type { DocumentMeta, Findings, TextDocument } from './model/types.ts';
import { prepareText } from './normalize/prepare.ts';
import { extractAll } from './extract/index.ts';
import { toGoldShape, type GoldShape } from './report/gold-format.ts';
import { mergeMeta } from './ingest/read.ts';

export type * from './model/types.ts';
export { analyzeFolder, type AnalyzeOptions, type AnalyzeSummary } from './pipeline.ts';
export { prepareText, prepareDocument } from './normalize/prepare.ts';
export { extractAll, EXTRACTORS } from './extract/index.ts';
export { toGoldShape, type GoldShape } from './report/gold-format.ts';

export interface AnalyzeTextOptions {
  /** ISO date (YYYY-MM-DD) the text was published: relative dates ("last Friday") resolve against it. */
  published?: string;
  meta?: DocumentMeta;
}

/** Analyze one text and return its findings as plain JSON (the `npm run extract` format). */
export function analyzeText(text: string, opts: AnalyzeTextOptions = {}): GoldShape {
  const { doc, findings } = analyzeTextDetailed(text, opts);
  return toGoldShape(doc, findings);
}

/** Same, returning the typed document and mentions. */
export function analyzeTextDetailed(text: string, opts: AnalyzeTextOptions = {}): { doc: TextDocument; findings: Findings } {
  let stated: DocumentMeta | undefined;
  if (opts.published) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.published) || Number.isNaN(Date.parse(opts.published))) {
      throw new RangeError(`published must be an ISO date (YYYY-MM-DD), got "${opts.published}"`);
    }
    stated = { published: opts.published, publishedFrom: 'sidecar' };
  }
  // The same metadata rules as a file: kind inferred, a dateline read, what the caller states wins.
  const meta = mergeMeta({ format: 'text', pages: [text], meta: { ...opts.meta }, warnings: [] }, stated);
  const doc = prepareText(text, meta);
  return { doc, findings: extractAll(doc) };
}
