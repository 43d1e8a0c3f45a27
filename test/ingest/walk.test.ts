import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFolder } from '../../src/ingest/walk.ts';

const made: string[] = [];
function tempDir(): string {
  const d = realpathSync(mkdtempSync(path.join(tmpdir(), 'walk-')));
  made.push(d);
  return d;
}
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('walkFolder', () => {
  it('lists files recursively in code-unit order, skipping hidden entries, sidecars and READMEs', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'b'));
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, 'b', 'z.txt'), 'z');
    writeFileSync(path.join(root, 'b', 'a.txt'), 'a');
    writeFileSync(path.join(root, 'B.txt'), 'B');
    writeFileSync(path.join(root, 'a.pdf'), 'x');
    writeFileSync(path.join(root, 'a.pdf.meta.json'), '{}');
    writeFileSync(path.join(root, '.hidden.txt'), 'h');
    writeFileSync(path.join(root, '.git', 'config'), 'c');
    writeFileSync(path.join(root, 'README.md'), 'what the folder holds');
    writeFileSync(path.join(root, 'b', 'readme.txt'), 'r');
    writeFileSync(path.join(root, 'readme-notes.txt'), 'a document whose name starts with readme');
    const files = await walkFolder(root);
    expect(files.map((f) => path.relative(root, f))).toEqual(['B.txt', 'a.pdf', path.join('b', 'a.txt'), path.join('b', 'z.txt'), 'readme-notes.txt']);
    expect(files.every((f) => path.isAbsolute(f))).toBe(true);
  });

  it('survives symlink loops and never leaves the root', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.txt'), 's');
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs', 'one.txt'), '1');
    symlinkSync(root, path.join(root, 'docs', 'loop')); // docs/loop -> root
    symlinkSync(path.join(root, 'docs'), path.join(root, 'docs', 'self')); // docs/self -> docs
    symlinkSync(outside, path.join(root, 'out-dir'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out-file.txt'));
    symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'dangling.txt'));
    const files = await walkFolder(root);
    expect(files.map((f) => path.relative(root, f))).toEqual([path.join('docs', 'one.txt')]);
  });

  it('follows links that stay inside the root, listing each real file once', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'real'));
    writeFileSync(path.join(root, 'real', 'x.txt'), 'x');
    symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
    symlinkSync(path.join(root, 'real', 'x.txt'), path.join(root, 'link-to-x.txt'));
    const files = await walkFolder(root);
    // "alias" sorts first, so the document is listed under the link's path
    expect(files.map((f) => path.relative(root, f))).toEqual([path.join('alias', 'x.txt')]);
  });
});
