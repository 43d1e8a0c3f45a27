import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.ts';

const RELEASE = [
  'Coalition Wins Notice Order',
  'WASHINGTON — On Friday, the court ordered the agency to give 24 hours notice before sharing data.',
  'Media contact: press@example.org',
].join('\n');

describe('analyzeText', () => {
  it('returns plain JSON in the gold format with offsets into the text', () => {
    const out = analyzeText(RELEASE, { published: '2025-09-09' });
    const json = JSON.parse(JSON.stringify(out));
    expect(json).toEqual(out);
    const notice = out.quantities.find((q) => (q as { text: string }).text === '24 hours') as { start: number; end: number; kind: string; value: number; unit: string };
    expect(notice).toMatchObject({ kind: 'duration', value: 24, unit: 'hour' });
    expect(RELEASE.slice(notice.start, notice.end)).toBe('24 hours');
  });

  it('resolves relative dates against the stated publication date', () => {
    const out = analyzeText(RELEASE, { published: '2025-09-09' });
    expect(out.dates).toContainEqual(expect.objectContaining({ text: 'On Friday', relative: true, resolved: '2025-09-05' }));
  });

  it('leaves them unresolved without one, never guessing', () => {
    const out = analyzeText(RELEASE);
    const friday = out.dates.find((d) => (d as { text: string }).text === 'On Friday') as { relative: boolean; resolved?: string };
    expect(friday.relative).toBe(true);
    expect(friday.resolved).toBeUndefined();
  });

  it('rejects a publication date that is not an ISO date', () => {
    expect(() => analyzeText(RELEASE, { published: '09/09/2025' })).toThrow(/ISO date/);
  });
});

describe('roles of a proceeding begun by petition', () => {
  const PETITION = [
    'UNITED STATES COURT OF APPEALS',
    'FOR THE NINTH CIRCUIT',
    '',
    'ROSA ELENA MEDINA,',
    'Petitioner,',
    'v.',
    'PAMELA BONDI, Attorney General,',
    'Respondent.',
    '',
    'On Petition for Review of an Order of the Board of Immigration Appeals.',
  ].join('\n');
  const SUIT = ['ACME TOOLS, INC.,', 'Plaintiff,', 'v.', 'ROE HOLDINGS LLC,', 'Defendant.', '', 'COMPLAINT FOR DAMAGES'].join('\n');

  it('keeps petitioner and respondent when every party has them, plaintiff and defendant otherwise', () => {
    const roles = (t: string) => (analyzeText(t).parties as { name: string; role: string }[]).map((p) => [p.name, p.role]);
    expect(roles(PETITION)).toEqual([['Rosa Elena Medina', 'petitioner'], ['Pamela Bondi', 'respondent']]);
    expect(roles(SUIT)).toEqual([['Acme Tools, Inc.', 'plaintiff'], ['Roe Holdings LLC', 'defendant']]);
  });
});
