import { prepareText } from '../../src/normalize/prepare.ts';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.ts';

/** Attorneys ("name|organization|side") and counsel organizations ("name|side") found in a text, sorted. */
export function counsel(text: string): { attorneys: string[]; orgs: string[] } {
  const attorneys = new Set<string>();
  const orgs = new Set<string>();
  for (const m of extractAll(prepareText(text)).mentions) {
    if (m.kind === 'attorney') attorneys.add(`${m.value.name}|${m.value.organization ?? ''}|${m.value.represents ?? ''}`);
    else if (m.kind === 'counsel_organization') orgs.add(`${m.value.name}|${m.value.represents ?? ''}`);
  }
  return { attorneys: [...attorneys].sort(), orgs: [...orgs].sort() };
}

export type Case = [text: string, attorneys: string[], orgs: string[]];

/** A table of texts with the attorneys and counsel organizations each must give, one test per text. */
export function table(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [text, attorneys, orgs] of cases) {
      it(text.replace(/\n/g, ' / ').slice(0, 90), () => {
        expect(counsel(text)).toEqual({ attorneys: [...attorneys].sort(), orgs: [...orgs].sort() });
      });
    }
  });
}
