import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

// A folder of documents is walked in code-unit order (not localeCompare) so two machines with
// different locales list the same files in the same order, and runs are reproducible.

/** Every document file under `root` (absolute paths), sorted, hidden entries and sidecars skipped. */
export async function walkFolder(root: string): Promise<string[]> {
  const absRoot = path.resolve(root);
  const realRoot = await realpath(absRoot);
  const seenDirs = new Set<string>([realRoot]);
  // The same file reached twice (a symlink beside its target) is one document, not two.
  const seenFiles = new Set<string>();
  const out: string[] = [];
  await walkDir(absRoot, realRoot, seenDirs, seenFiles, out);
  return out;
}

async function walkDir(dir: string, realRoot: string, seenDirs: Set<string>, seenFiles: Set<string>, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable subfolder is skipped; the root itself was already resolved
  }
  const names = entries.filter((e) => !skipName(e.name)).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of names) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const real = await safeRealpath(full);
      if (!real || seenDirs.has(real)) continue;
      seenDirs.add(real);
      await walkDir(full, realRoot, seenDirs, seenFiles, out);
    } else if (entry.isFile()) {
      const real = (await safeRealpath(full)) ?? full;
      if (seenFiles.has(real)) continue;
      seenFiles.add(real);
      out.push(full);
    } else if (entry.isSymbolicLink()) {
      // Links are followed only inside the root: a link out of it would read files nobody asked for.
      const real = await safeRealpath(full);
      if (!real || !isInside(real, realRoot)) continue;
      const st = await stat(real).catch(() => undefined);
      if (!st) continue;
      if (st.isDirectory()) {
        if (seenDirs.has(real)) continue;
        seenDirs.add(real);
        await walkDir(full, realRoot, seenDirs, seenFiles, out);
      } else if (st.isFile()) {
        if (seenFiles.has(real)) continue;
        seenFiles.add(real);
        out.push(full);
      }
    }
  }
}

// A folder's README describes the documents (a corpus's provenance and expected findings); it is
// not one of them.
const README = /^readme(?:\.(?:md|markdown|txt))?$/i;

function skipName(name: string): boolean {
  return name.startsWith('.') || name.toLowerCase().endsWith('.meta.json') || README.test(name);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isInside(real: string, realRoot: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
}

async function safeRealpath(p: string): Promise<string | undefined> {
  try {
    return await realpath(p);
  } catch {
    return undefined; // dangling link
  }
}
