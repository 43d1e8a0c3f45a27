import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DatabaseUnavailableError } from '../store/db.ts';

/** Thrown for bad command-line input: the CLI prints it with the usage line and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2, database: 3 } as const;

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number, got "${raw}"`);
  return n;
}

/**
 * Run a command's main when its file is the entry point, turning usage errors into exit 2 and an
 * unusable database into exit 3, each with one line on stderr. Sets process.exitCode rather than
 * calling process.exit, so piped stdout (a large --json) is flushed in full.
 */
export function runCli(moduleUrl: string, usage: string, main: (argv: string[]) => Promise<number>): void {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`error: ${e.message}\n${usage}\n`);
        process.exitCode = EXIT.usage;
      } else if (e instanceof DatabaseUnavailableError) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = EXIT.database;
      } else {
        throw e;
      }
    },
  );
}
