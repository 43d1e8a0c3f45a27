import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultEvalPaths, loadCorpusReadme, loadGoldFolder, runEval } from '../eval/run.ts';
import { EXIT, UsageError, parseCli, runCli } from './args.ts';

const USAGE = `usage: npm run eval -- [--gold folder] [--documents folder] [--corpus folder] [--json] [--no-cross]
  Scores the pipeline against gold annotations (default ../shared/gold over ../shared/seeds; with
  --corpus, the expected findings in that folder's README.md): precision, recall and F1 per field,
  with the misses and false positives listed.`;

const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

async function main(argv: string[]): Promise<number> {
  const { values } = parseCli(
    argv,
    { gold: { type: 'string' }, documents: { type: 'string' }, corpus: { type: 'string' }, json: { type: 'boolean' }, 'no-cross': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    false,
  );
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  let set;
  if (values.corpus) {
    const corpus = resolve(values.corpus);
    if (!existsSync(join(corpus, 'README.md'))) throw new UsageError(`no README.md with expected findings in ${corpus}`);
    set = loadCorpusReadme(corpus);
  } else {
    const defaults = defaultEvalPaths(PROJECT_ROOT);
    const gold = resolve(values.gold ?? defaults.gold);
    const documents = resolve(values.documents ?? defaults.documents);
    for (const [name, dir] of [['gold', gold], ['documents', documents]] as const) {
      if (!existsSync(dir)) throw new UsageError(`${name} folder not found: ${dir}`);
    }
    set = loadGoldFolder(gold, documents);
  }
  const result = await runEval(set, { crossDocument: !values['no-cross'] });
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return EXIT.ok;
  }
  const rows = Object.entries(result.summary);
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const out = [`${'field'.padEnd(26)} precision  recall      F1    tp   fp   fn`];
  for (const [k, s] of rows) {
    out.push(`${k.padEnd(26)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  for (const [k, s] of Object.entries(result.scores)) {
    if (s.misses.length === 0 && s.falsePositives.length === 0) continue;
    out.push('', `${k}:`);
    for (const m of s.misses) out.push(`  missed  ${m}`);
    for (const m of s.falsePositives) out.push(`  extra   ${m}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}

runCli(import.meta.url, USAGE, main);
