import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { peopleExtractor } from '../../src/extract/people.ts';
import type { Mention } from '../../src/model/types.ts';

const run = (text: string, prior: Mention[] = []) => peopleExtractor.extract({ doc: prepareText(text), prior }).map((m) => ({ text: m.text, start: m.start, ...(m.value as object) }));

describe('peopleExtractor', () => {
  it('reads appositive titles with their organization', () => {
    const text = '“No,” said Ana Brito, chief operating officer, Delta Farmers Cooperative.';
    expect(run(text)).toEqual([{ text: 'Ana Brito', start: 11, name: 'Ana Brito', title: 'chief operating officer', organization: 'Delta Farmers Cooperative' }]);
  });
  it('reads title + name, resolving an agency acronym to its name', () => {
    const text = 'Mar 2025: FEMA Deputy Administrator Carl Benton approves. Commerce official Peter Lang objects.';
    expect(run(text)).toEqual([
      { text: 'Carl Benton', start: 36, name: 'Carl Benton', title: 'FEMA Deputy Administrator', organization: 'Federal Emergency Management Agency' },
      { text: 'Peter Lang', start: 76, name: 'Peter Lang', title: 'Commerce official', organization: 'Department of Commerce' },
    ]);
  });
  it('reads bylines and contacts', () => {
    const text = 'Written by Jo Park\nJo Park is the senior editor of Harbor News.\nFor interviews, contact Eli Grant, eli@example.org.';
    expect(run(text).map((p) => [p.text, (p as { title?: string }).title ?? null])).toEqual([
      ['Jo Park', 'senior editor'],
      ['Jo Park', 'senior editor'],
      ['Eli Grant', null],
    ]);
  });
  it('skips judges and names already claimed as parties or counsel', () => {
    const text = 'Judge Ann Lee ruled. Labor Secretary Anna Ruiz appealed.';
    const prior: Mention[] = [
      { kind: 'party', start: 36, end: 45, text: 'Anna Ruiz', extractor: 'parties', rule: 't', confidence: 1, value: { name: 'Anna Ruiz', role: 'defendant', entityType: 'person' } },
    ];
    expect(run(text, prior)).toEqual([]);
  });
});
