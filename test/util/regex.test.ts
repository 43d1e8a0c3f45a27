import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/util/regex.ts';

describe('escapeRegExp', () => {
  it.each(['CSP-LAC', 'AT&T', 'U.S.C. § 6103(i)', 'a+b*c?', '[x]{2}|y', 'back\\slash', 'a/b'])('matches %s literally, with and without the u flag', (s) => {
    for (const flags of ['', 'u']) {
      const re = new RegExp(`^${escapeRegExp(s)}$`, flags);
      expect(re.test(s)).toBe(true);
      expect(re.test(s + 'x')).toBe(false);
    }
  });
});
