import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Several latest majors install on Node 20 with only a warning and then crash at run time
// (better-sqlite3 13 segfaults on open; pdfjs-dist 6 fails in getDocument). The project pins
// majors that support Node 20.19+ and makes npm refuse an incompatible engine at install.
const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('package.json', () => {
  it.each([
    ['better-sqlite3', /^[~^]12\./],
    ['pdfjs-dist', /^~5\.4\./],
    ['p-queue', /^[~^]9\./],
    ['compromise', /^[~^]14\./],
    ['natural', /^[~^]8\./],
  ])('pins %s to a major that runs on Node 20', (name, range) => {
    expect(pkg.dependencies[name]).toMatch(range);
  });

  it('pins vitest 4', () => {
    expect(pkg.devDependencies.vitest).toMatch(/^[~^]4\./);
  });

  it('declares Node 20.19 and later LTS lines', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.12.0 || >=24.0.0');
  });

  it('makes npm refuse a dependency whose engines exclude this Node', () => {
    expect(readFileSync(resolve(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});
