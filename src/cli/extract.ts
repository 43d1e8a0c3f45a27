import { basename, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { DEFAULT_LIMITS, IngestError } from '../model/types.ts';
import { readFile } from '../ingest/read.ts';
import { createPdfReader } from '../ingest/pdf.ts';
import { prepareDocument } from '../normalize/prepare.ts';
import { extractAll } from '../extract/index.ts';
import { toGoldShape } from '../report/gold-format.ts';
import { EXIT, UsageError, parseCli, runCli } from './args.ts';

const USAGE = `usage: npm run extract -- <file> [--published YYYY-MM-DD]
  Prints one JSON object with everything extracted from the file, in the format of ../shared/gold,
  each item with its start and end offsets into the document's text.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, { published: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('expected exactly one file');
  const path = resolve(positionals[0]!);
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new UsageError(`--published must be an ISO date (YYYY-MM-DD), got "${values.published}"`);
  }
  const pdf = createPdfReader({ concurrency: 1, limits: DEFAULT_LIMITS });
  try {
    const out = await readFile(path, { pdf, limits: DEFAULT_LIMITS });
    if (values.published) {
      out.meta.published = values.published;
      out.meta.publishedFrom = 'sidecar';
    }
    const doc = prepareDocument(out);
    const result = { ...toGoldShape(doc, extractAll(doc), basename(path)), text: doc.text };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return EXIT.ok;
  } catch (e) {
    if (e instanceof IngestError) {
      process.stderr.write(`error: ${path}: ${e.message}\n`);
      return EXIT.someFailed;
    }
    throw e;
  } finally {
    await pdf.close();
  }
}

runCli(import.meta.url, USAGE, main);
