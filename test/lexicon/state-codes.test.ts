import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../../src/lexicon/state-codes.ts';
import { STATE_ACTS } from '../../src/lexicon/state-acts.ts';
import { extractStateStatutes } from '../../src/extract/state-statutes.ts';

const POSTAL = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');

describe('state codes lexicon', () => {
  it('covers the 50 states and D.C.', () => {
    expect(POSTAL.filter((p) => !STATE_CODES.some((c) => c.state === p))).toEqual([]);
  });

  it('has the named subject codes of the big litigation states', () => {
    const count = (st: string) => STATE_CODES.filter((c) => c.state === st).length;
    expect(count('CA')).toBeGreaterThanOrEqual(20);
    expect(count('NY')).toBeGreaterThanOrEqual(20);
    expect(count('TX')).toBeGreaterThanOrEqual(20);
  });

  it('never gives one written form to two codes of the same citation style', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of STATE_CODES) {
      for (const f of c.forms) {
        const k = `${c.style === 'title_first' || c.style === 'ilcs' ? 'front' : 'after'}|${f}`;
        const owner = `${c.state}/${c.code}`;
        if (seen.has(k) && seen.get(k) !== owner) clashes.push(`${f}: ${seen.get(k)} and ${owner}`);
        seen.set(k, owner);
      }
    }
    expect(clashes).toEqual([]);
  });

  describe.each(STATE_CODES.map((c) => [`${c.display} (${c.style})`, c] as const))('%s', (_label, code) => {
    it.each(code.examples)('resolves "%s"', (example) => {
      const found = extractStateStatutes(example);
      const prefix = `state/${code.state.toLowerCase()}/${code.code}/`;
      expect(found.map((m) => m.value.canonical).some((k) => k.startsWith(prefix)), JSON.stringify(found.map((m) => m.value.canonical))).toBe(true);
      expect(found.every((m) => m.value.jurisdiction === code.state)).toBe(true);
    });
  });
});

describe('state acts lexicon', () => {
  it('has unique names', () => {
    const names = STATE_ACTS.map((a) => a.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  describe.each(STATE_ACTS.map((a) => [a.name, a] as const))('%s', (_name, act) => {
    it.each(act.examples)('resolves "%s"', (example) => {
      const found = extractStateStatutes(example).filter((m) => m.value.actName === act.name);
      expect(found.length, JSON.stringify(extractStateStatutes(example).map((m) => m.value.canonical))).toBeGreaterThan(0);
      expect(found[0]!.value.jurisdiction).toBe(act.state);
    });
  });
});
