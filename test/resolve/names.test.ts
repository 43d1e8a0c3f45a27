import { describe, expect, it } from 'vitest';
import { acronymFit, initialsOf, isAcronym, misspellingScore, orgBaseKey, orgKey, parsePersonName, personMatch } from '../../src/resolve/names.ts';

describe('orgKey', () => {
  it.each([
    ['Ctr. for Taxpayer Rights', 'center for taxpayer rights'],
    ['the Center for Taxpayer Rights', 'center for taxpayer rights'],
    ['U.S. Immigration and Customs Enforcement', 'immigration and customs enforcement'],
    ['United States Department of Justice', 'department of justice'],
    ['United States', 'united states'],
    ['Somos Un Pueblo Unido’s', 'somos un pueblo unido'],
    ['Dep’t of Labor', 'department of labor'],
  ])('%s -> %s', (name, key) => expect(orgKey(name)).toBe(key));

  it('drops trailing legal-form words for the base key', () => {
    expect(orgBaseKey('democracy forward foundation')).toBe('democracy forward');
    expect(orgBaseKey('acme widgets inc')).toBe('acme widgets');
    expect(orgBaseKey('public citizen litigation group')).toBe('public citizen litigation group');
  });
});

describe('acronyms', () => {
  it.each([
    ['Internal Revenue Service', 'IRS'],
    ['Department of Homeland Security', 'DHS'],
    ['Treasury Inspector General for Tax Administration', 'TIGTA'],
    ['Centro de Trabajadores Unidos', 'CTU'],
    ['U.S. Immigration and Customs Enforcement', 'ICE'],
  ])('initials of %s are %s', (name, acr) => expect(initialsOf(name)).toBe(acr));

  it.each([
    ['IRS', true], ['ICE', true], ['U.S.D.A.', true], ['AFL-CIO', true], ['Ice', false], ['I', false], ['Treasury', false],
  ])('isAcronym(%s) = %s', (t, want) => expect(isAcronym(t)).toBe(want));

  it('fits an acronym to its name', () => {
    expect(acronymFit('EFF', 'Electronic Frontier Foundation')).toBe(1);
    expect(acronymFit('NAACP', 'National Association for the Advancement of Colored People')).toBeGreaterThan(0.8);
    expect(acronymFit('DOJ', 'Internal Revenue Service')).toBe(0);
  });
});

describe('misspellingScore', () => {
  it.each([
    ['internal revenue services', 'internal revenue service'],
    ['immigrant and customs enforcement', 'immigration and customs enforcement'],
    ['national federation of federal employes', 'national federation of federal employees'],
  ])('%s ~ %s', (a, b) => expect(misspellingScore(a, b)).toBeGreaterThan(0.88));

  it.each([
    ['center for taxpayer rights', 'centro de trabajadores unidos'],
    ['democracy forward', 'democracy found'],
    ['local 1199 union', 'local 1190 union'],
    ['eastern district court', 'western district court'],
  ])('%s is not %s misspelled', (a, b) => expect(misspellingScore(a, b)).toBe(0));
});

describe('people', () => {
  it('splits names into given, middles and surname', () => {
    expect(parsePersonName('Judge Colleen Kollar-Kotelly')).toMatchObject({ given: 'colleen', middles: [], surname: 'kollarkotelly' });
    expect(parsePersonName('Andrew De Mello')).toMatchObject({ given: 'andrew', surname: 'demello' });
    expect(parsePersonName('Daniel A. McGrath, Jr.')).toMatchObject({ given: 'daniel', middles: ['a'], surname: 'mcgrath' });
    expect(parsePersonName('Perryman')).toMatchObject({ given: undefined, surname: 'perryman' });
  });

  const match = (a: string, b: string) => personMatch(parsePersonName(a)!, parsePersonName(b)!);
  it.each([
    ['Skye L. Perryman', 'Skye Perryman', 'name_variant'],
    ['S. Perryman', 'Skye Perryman', 'initials'],
    ['Bill Smith', 'William Smith', 'nickname'],
    ['Gabriela Ibañez Guzman', 'Gabriela Ibanez Guzman', 'name_variant'],
  ])('%s ~ %s (%s)', (a, b, reason) => expect(match(a, b)?.reason).toBe(reason));

  it.each([
    ['Skye Perryman', 'Ana Perryman'],
    ['John A. Smith', 'John B. Smith'],
    ['Todd Lyons', 'Todd Lyon'],
  ])('%s is not %s', (a, b) => expect(match(a, b)).toBeNull());
});
