import { describe, expect, it } from 'vitest';
import { docketBase } from '../../src/resolve/cross-document.ts';

describe('docketBase', () => {
  it.each([
    ['1:25-cv-00457-CKK', '25-cv-00457'],
    ['1:25-cv-00457', '25-cv-00457'],
    ['25-cv-00457', '25-cv-00457'],
    ['2:19-cv-01234-ABC-DEF', '19-cv-01234'],
    ['25-5181', '25-5181'],
  ])('%s is docket %s', (written, base) => {
    expect(docketBase(written)).toBe(base);
  });

  it('keeps different numbers, years and case types apart', () => {
    expect(docketBase('1:25-cv-00457')).not.toBe(docketBase('1:25-cv-00458'));
    expect(docketBase('1:25-cv-00457')).not.toBe(docketBase('1:24-cv-00457'));
    expect(docketBase('1:25-cv-00457')).not.toBe(docketBase('1:25-cr-00457'));
  });
});
