import { describe, expect, it } from 'vitest';
import {
  applyScale,
  DIGITS_SRC,
  MAGNITUDE_SRC,
  parseDigits,
  parseMagnitude,
  parseNumber,
  parseSpelled,
  SPELLED_SRC,
} from '../../src/extract/numbers.ts';
import { looksPlural, nounLemma, timeUnit, TIME_UNIT_FORMS } from '../../src/lexicon/units.ts';

describe('parseDigits', () => {
  it.each([
    ['47,000', 47000],
    ['1,280,000', 1280000],
    ['3.7', 3.7],
    ['.5', 0.5],
    ['2025', 2025],
  ])('%s -> %d', (text, value) => expect(parseDigits(text)).toBe(value));
  it.each(['6103(i)', '1:25', 'abc', '1.2.3', ''])('rejects %j', (text) => expect(parseDigits(text)).toBeNull());
});

describe('parseSpelled', () => {
  it.each([
    ['two', 2],
    ['seventeen', 17],
    ['forty-two', 42],
    ['twenty one', 21],
    ['one hundred', 100],
    ['a hundred', 100],
    ['two hundred fifty', 250],
    ['three hundred and six', 306],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half a dozen', 6],
    ['five million', 5_000_000],
  ])('%s -> %d', (text, value) => expect(parseSpelled(text)).toBe(value));
  it.each(['someone', 'dozens', 'a', 'many', 'twentyish'])('rejects %j', (text) => expect(parseSpelled(text)).toBeNull());
});

describe('regex pieces match whole written numbers', () => {
  const whole = (src: string) => new RegExp(`^${src}$`, 'i');
  it.each(['forty-two', 'seven', 'seventeen', 'a dozen', 'two hundred fifty', 'a hundred'])('spelled %j', (t) =>
    expect(whole(SPELLED_SRC).test(t)).toBe(true),
  );
  it.each(['a', 'someone', 'tens'])('spelled rejects %j', (t) => expect(whole(SPELLED_SRC).test(t)).toBe(false));
  it.each(['1,000', '47,000', '3.7', '1000'])('digits %j', (t) => expect(whole(DIGITS_SRC).test(t)).toBe(true));
  it.each(['tens of thousands', 'hundreds of millions', 'thousands', 'dozens'])('magnitude %j', (t) =>
    expect(whole(MAGNITUDE_SRC).test(t)).toBe(true),
  );
});

describe('parseMagnitude', () => {
  it.each([
    ['tens of thousands', 1e4, 1e5],
    ['hundreds of millions', 1e8, 1e9],
    ['hundreds of thousands', 1e5, 1e6],
    ['tens of millions', 1e7, 1e8],
    ['thousands', 1e3, 1e4],
    ['millions', 1e6, 1e7],
    ['dozens', 24, 144],
  ])('%s -> [%d, %d)', (text, min, max) => expect(parseMagnitude(text)).toEqual({ min, max }));
  it('rejects a non-magnitude', () => expect(parseMagnitude('lots of people')).toBeNull());
});

describe('applyScale', () => {
  it.each([
    [1.28, ' million', 1_280_000],
    [7.6, 'million', 7_600_000],
    [2.5, 'bn', 2_500_000_000],
    [3, 'M', 3_000_000],
    [40, 'K', 40_000],
    [1.005, 'million', 1_005_000],
    [12, undefined, 12],
  ])('%d %s', (value, scale, expected) => expect(applyScale(value, scale)).toBe(expected));
  it('parseNumber reads both forms', () => {
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('nine')).toBe(9);
  });
});

describe('units lexicon', () => {
  it.each([
    ['taxpayers', 'taxpayer'],
    ['taxpayers’', 'taxpayer'],
    ["taxpayers'", 'taxpayer'],
    ['Americans', 'american'],
    ['people', 'person'],
    ['children', 'child'],
    ['women', 'woman'],
    ['data', 'data'],
    ['agencies', 'agency'],
    ['matches', 'match'],
    ['records', 'record'],
    ['unions', 'union'],
    ['addresses', 'address'],
    ['businesses', 'business'],
    ['sign-offs', 'sign-off'],
    ['status', 'status'],
    ['cases', 'case'],
  ])('lemma of %s is %s', (word, lemma) => expect(nounLemma(word)).toBe(lemma));
  it.each(['records', 'people', 'taxpayers’', 'agencies'])('%s looks plural', (w) => expect(looksPlural(w)).toBe(true));
  it.each(['is', 'status', 'business', 'famous', 'record', 'news'])('%s does not look plural', (w) => expect(looksPlural(w)).toBe(false));
  it('every time unit form resolves to a unit that is one of its own forms', () => {
    for (const [form, unit] of Object.entries(TIME_UNIT_FORMS)) {
      expect(timeUnit(form.toUpperCase())).toBe(unit);
      expect(TIME_UNIT_FORMS[unit]).toBe(unit);
    }
  });
});
