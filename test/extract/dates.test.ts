import { describe, expect, it } from 'vitest';
import { datesExtractor } from '../../src/extract/dates.ts';
import { extractAll } from '../../src/extract/index.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import type { DateValue, Mention, MentionOf } from '../../src/model/types.ts';

function run(text: string, published?: string, prior: Mention[] = []) {
  const doc = prepareText(text, published ? { published } : {});
  return (datesExtractor.extract({ doc, prior }) as MentionOf<'date'>[]).map((m) => {
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    return m;
  });
}

/** Expect a range's two endpoint mentions, each [span, value], both carrying the whole range. */
function expectEnds(text: string, ends: [string, string][], value: Partial<DateValue>) {
  const found = run(text);
  expect(found.map((m) => [m.text, m.value.value])).toEqual(ends);
  let from = 0;
  for (const [i, [span]] of ends.entries()) {
    const start = text.indexOf(span, from);
    expect([found[i]!.start, found[i]!.end]).toEqual([start, start + span.length]);
    expect(found[i]!.value).toMatchObject({ relative: false, ...value });
    from = start + span.length;
  }
}

/** Expect exactly one date whose span is `span` (first occurrence in `text`) with these value fields. */
function expectOne(text: string, span: string, value: Partial<DateValue>, published?: string) {
  const found = run(text, published);
  const start = text.indexOf(span);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(found.map((m) => [m.start, m.end, m.text])).toEqual([[start, start + span.length, span]]);
  expect(found[0]!.kind).toBe('date');
  expect(found[0]!.value).toMatchObject(value);
  return found[0]!;
}

describe('absolute dates', () => {
  it.each([
    ['The agency replied on Aug. 7, 2025, with a letter.', 'Aug. 7, 2025', '2025-08-07'],
    ['The hearing was held August 7, 2025 in Washington.', 'August 7, 2025', '2025-08-07'],
    ['Signed on 7 August 2025 by the clerk.', '7 August 2025', '2025-08-07'],
    ['Filed 08/07/2025 with the court.', '08/07/2025', '2025-08-07'],
    ['The record is dated 2025-08-07 in the index.', '2025-08-07', '2025-08-07'],
    ['The memo of Jun. 27, 2025 asked for more.', 'Jun. 27, 2025', '2025-06-27'],
    ['The order of Sept. 5, 2024 stands.', 'Sept. 5, 2024', '2024-09-05'],
    ['The filing is dated Monday, August 4, 2025.', 'Monday, August 4, 2025', '2025-08-04'],
    ['Filed 08/20/25 in the district court.', '08/20/25', '2025-08-20'],
    ['Due the 3rd of March, 2026 at the latest.', 'the 3rd of March, 2026', '2026-03-03'],
    ['Signed this 5th day of June, 2025, at Boston.', '5th day of June, 2025', '2025-06-05'],
  ])('%s', (text, span, value) => {
    expectOne(text, span, { value, grain: 'day', relative: false, certainty: 'stated' });
  });

  it('fills the year of a day without one from the anchor, as implied', () => {
    expectOne('The answer is due Sept. 5 under the schedule.', 'Sept. 5', { value: '2025-09-05', grain: 'day', certainty: 'implied' }, '2025-05-12');
    expectOne('The letter went out Aug 7th.', 'Aug 7th', { value: '2025-08-07', certainty: 'implied' }, '2025-08-20');
  });

  it('takes the next year for a passed day in a future clause, the last year for a day far ahead of the anchor', () => {
    expectOne('The hearing is set for Feb. 15 in Denver.', 'Feb. 15', { value: '2026-02-15', certainty: 'implied' }, '2025-11-20');
    expectOne('The hearing will be held on Feb. 15 in Denver.', 'Feb. 15', { value: '2026-02-15', certainty: 'implied' }, '2025-11-20');
    expectOne('The judge ruled on Dec. 18 that the case could go on.', 'Dec. 18', { value: '2025-12-18', certainty: 'implied' }, '2026-01-05');
    // Neither: the anchor's year, whether the day is before or a few months after it.
    expectOne('The court heard argument on Feb. 15 in Denver.', 'Feb. 15', { value: '2025-02-15', certainty: 'implied' }, '2025-11-20');
    expectOne('The rule takes effect June 1 across the state.', 'June 1', { value: '2025-06-01', certainty: 'implied' }, '2025-03-12');
  });

  it('keeps the anchor year for a court paper, which schedules as often as it reports', () => {
    const doc = prepareText('THE COURT: Fact discovery closes December 31.', { published: '2026-05-19', kind: 'transcript' });
    expect((datesExtractor.extract({ doc, prior: [] }) as MentionOf<'date'>[]).map((m) => [m.text, m.value.value])).toEqual([['December 31', '2026-12-31']]);
  });

  it('flags a day without year and without anchor as relative, with no value', () => {
    const m = expectOne('The letter went out Aug 7th.', 'Aug 7th', { grain: 'day', relative: true, certainty: 'implied' });
    expect(m.value).not.toHaveProperty('value');
    const week = expectOne('Filings are due the week of Sept. 8.', 'the week of Sept. 8', { grain: 'week', relative: true });
    expect(week.value).not.toHaveProperty('value');
  });

  it('rejects impossible days', () => {
    expect(run('Nothing happened on February 30, 2025 or 13/45/2025.')).toEqual([]);
  });
});

describe('partial dates with a grain', () => {
  it.each([
    ['Agencies signed the pact in Apr 2025 after talks.', 'Apr 2025', { value: '2025-04', grain: 'month' }],
    ['Late February 2025: the deputy objected.', 'Late February 2025', { value: '2025-02', grain: 'month', modifier: 'late' }],
    ['Work resumed in mid-July 2024 at the agency.', 'mid-July 2024', { value: '2024-07', grain: 'month', modifier: 'mid' }],
    ['The rule was issued in spring 2025 by the Treasury.', 'spring 2025', { value: '2025', grain: 'season', season: 'spring' }],
    ['Sales fell in the third quarter of 2024 overall.', 'the third quarter of 2024', { value: '2024-Q3', grain: 'quarter' }],
    ['She joined the paper in 2023 after years abroad.', 'in 2023', { value: '2023', grain: 'year' }],
    ['Rates should fall by mid-2026 at the earliest.', 'mid-2026', { value: '2026', grain: 'year', modifier: 'mid' }],
    ['The statute dates from the 1970s and still applies.', 'the 1970s', { value: '197', grain: 'decade' }],
    ['During the week of August 6, 2025, the office shared files.', 'the week of August 6, 2025', { value: '2025-08-04', grain: 'week' }],
  ] as const)('%s', (text, span, value) => {
    expectOne(text, span, { relative: false, certainty: 'stated', ...value });
  });

  it('reads a month range as its two ends', () => {
    expectEnds('Requests rose between June and August 2025 at the agency.', [['June', '2025-06'], ['August 2025', '2025-08']], {
      grain: 'month',
      range: { start: '2025-06', end: '2025-08' },
    });
  });

  it('reads a day range', () => {
    expectOne('The trial ran March 3–7, 2025 in Boston.', 'March 3–7, 2025', { range: { start: '2025-03-03', end: '2025-03-07' } });
  });
});

describe('relative dates', () => {
  const monday = '2025-05-12'; // a Monday
  const resolved = { resolvedAgainst: { date: monday, from: 'sidecar' as const } };
  it.each([
    ['The court ruled today on the motion.', 'today', '2025-05-12', 'day'],
    ['The agency answered yesterday in writing.', 'yesterday', '2025-05-11', 'day'],
    ['On Monday, a federal judge denied the motion.', 'On Monday', '2025-05-12', 'day'],
    ['The judge ruled on Friday that the case may proceed.', 'on Friday', '2025-05-09', 'day'],
    ['The judge ruled last Friday that the case may proceed.', 'last Friday', '2025-05-09', 'day'],
    ['The agency said Tuesday that it would comply.', 'Tuesday', '2025-05-06', 'day'],
    ['The court will hear arguments on Thursday about the order.', 'on Thursday', '2025-05-15', 'day'],
    ['Officials met again next Monday to review it.', 'next Monday', '2025-05-19', 'day'],
    ['The data were sent last month to the agency.', 'last month', '2025-04', 'month'],
    ['The union filed suit this week in Maryland.', 'this week', '2025-05-12', 'week'],
    ['The rule changed last year without notice.', 'last year', '2024', 'year'],
    ['The policy was adopted earlier this year by the service.', 'earlier this year', '2025', 'year'],
    ['The brief was filed in July with the appeals court.', 'in July', '2025-07', 'month'],
    ['The panel heard the appeal in May.', 'in May', '2025-05', 'month'],
    ['The agency said Friday that it will appeal the order.', 'Friday', '2025-05-09', 'day'],
    ['The policy was announced in the spring by the agency.', 'in the spring', '2025', 'season'],
    ['The office opened three weeks ago in the city.', 'three weeks ago', '2025-04-21', 'week'],
  ])('%s', (text, span, value, grain) => {
    expectOne(text, span, { relative: true, value, grain: grain as DateValue['grain'], ...resolved }, monday);
  });

  it('records where the anchor came from', () => {
    const doc = prepareText('The agency answered today.', { published: '2025-05-12', publishedFrom: 'dateline' });
    const [m] = datesExtractor.extract({ doc, prior: [] });
    expect(m!.value).toMatchObject({ value: '2025-05-12', resolvedAgainst: { date: '2025-05-12', from: 'dateline' } });
  });

  it.each([
    ['In orders issued today and Friday, the court acted.', ['today', 'Friday']],
    ['The ruling came Tuesday and last Friday.', ['Tuesday', 'last Friday']],
    ['Last month, in just one day, the agency shared data.', ['Last month']],
  ])('without an anchor, flags %j as relative with no value', (text, spans) => {
    const found = run(text);
    expect(found.map((m) => m.text)).toEqual(spans);
    for (const m of found) {
      expect(m.value.relative).toBe(true);
      expect(m.value).not.toHaveProperty('value');
    }
  });
});

describe('not dates', () => {
  it.each([
    'Case No. 1:25-cv-00457 was assigned to a judge.',
    'The appeal is No. 25-5181 in the circuit.',
    'Disclosure is barred by § 6103 and 26 U.S.C. 6103 alike.',
    'The fee was $2,025 and the total $1,000.',
    'Call 202-555-0143 or (202) 555-0143 for details.',
    'See id. at 12 and p. 3 of the brief.',
    'Listen to this article 0:00 now.',
    'More than 1,000 people signed, and 2025 taxpayers wrote in.',
    'The First Amendment protects speech.',
    'The court may order the agency to respond.',
    'Protesters march on the capitol.',
    'Meet me at Mar-a-Lago later.',
    'See Pub. L. 94-2025 and Exhibit 2024.',
    'The case is reported at 123 F.4th 456 (2025 opinions aside).',
    'In just one week, the agency shared more data than in a year.',
    'See Document 45 and Page 3 of 40 of the exhibit.',
  ])('%s', (text) => {
    expect(run(text).map((m) => m.text)).toEqual([]);
  });

  it('skips spans an earlier extractor claimed (a docket read as a date)', () => {
    const text = 'Reference 2025-08-07 is the case number here.';
    const start = text.indexOf('2025-08-07');
    const prior: Mention[] = [
      { kind: 'docket', start, end: start + 10, text: '2025-08-07', extractor: 'dockets', rule: 't', confidence: 1, value: { canonical: '2025-08-07', kind: 'other' } },
    ];
    expect(run(text, undefined, prior)).toEqual([]);
    expect(run(text).map((m) => m.text)).toEqual(['2025-08-07']);
  });
});

describe('ranges, fiscal years and modified relative dates', () => {
  it.each<[string, string, Partial<DateValue>]>([
    ['Congress funded the office in fiscal year 2024 only.', 'fiscal year 2024', { value: '2024', grain: 'year', range: { start: '2023-10-01', end: '2024-09-30' } }],
    ['The FY2027 budget cuts the program.', 'FY2027', { value: '2027', grain: 'year' }],
    ['Spending rose in FY 23 after the law.', 'FY 23', { value: '2023', grain: 'year' }],
  ])('%s', (text, span, value) => {
    expectOne(text, span, { relative: false, ...value });
  });

  // A range with two full ends is emitted as those ends (see RANGE ENDPOINTS in dates.ts).
  it.each<[string, [string, string][], Partial<DateValue>]>([
    ['Sales fell during 2008–2010 across the region.', [['2008', '2008'], ['2010', '2010']], { grain: 'year', range: { start: '2008', end: '2010' } }],
    ['Records kept between 1998 and 2004 were lost.', [['1998', '1998'], ['2004', '2004']], { grain: 'year', range: { start: '1998', end: '2004' } }],
    ['The audit covered from 2017 to 2019 in full.', [['2017', '2017'], ['2019', '2019']], { grain: 'year', range: { start: '2017', end: '2019' } }],
    ['Emissions were tracked from 2019 through 2024 at the plant.', [['2019', '2019'], ['2024', '2024']], { grain: 'year', range: { start: '2019', end: '2024' } }],
    ['The 2011-14 surveys were never published.', [['2011', '2011'], ['14', '2014']], { grain: 'year', range: { start: '2011', end: '2014' } }],
    ['Returns fell from February 2021 until May 2023 on the river.', [['February 2021', '2021-02'], ['May 2023', '2023-05']], { grain: 'month', range: { start: '2021-02', end: '2023-05' } }],
    ['The outage ran from March 30 to April 4, 2024 statewide.', [['March 30', '2024-03-30'], ['April 4, 2024', '2024-04-04']], { grain: 'day', range: { start: '2024-03-30', end: '2024-04-04' } }],
    ['Ballots arrived between Oct. 1 and Nov. 2, 2022 by mail.', [['Oct. 1', '2022-10-01'], ['Nov. 2, 2022', '2022-11-02']], { grain: 'day', range: { start: '2022-10-01', end: '2022-11-02' } }],
  ])('range ends: %s', (text, ends, value) => {
    expectEnds(text, ends, value);
  });

  it('names each end by its rule', () => {
    expect(run('Prices rose from 2019 to 2021.').map((m) => m.rule)).toEqual(['year_range_start', 'year_range_end']);
  });

  it('reads a modifier on a relative period and a season without its article', () => {
    expectOne('The probe opened early last month after a tip.', 'early last month', { relative: true, value: '2025-04', modifier: 'early' }, '2025-05-20');
    expectOne('A ruling should come by late spring at the earliest.', 'late spring', { relative: true, value: '2025', season: 'spring', modifier: 'late' }, '2025-02-10');
  });

  it('an abbreviation period does not end a future clause', () => {
    // Thursday 2025-01-16: "will ... at 9 a.m. on Monday" is the Monday after.
    expectOne('The board will vote at 9 a.m. on Monday.', 'on Monday', { relative: true, value: '2025-01-20' }, '2025-01-16');
  });

  it.each([
    'The vote was 2019-2 in the tally.',
    'See No. 2019-2021 in the index.',
    'Between 2015 and the present the rule held.',
    'The years 2015 and 2021 both saw floods.',
  ])('no year range: %s', (text) => {
    expect(run(text).filter((m) => m.value.range).map((m) => m.text)).toEqual([]);
  });
});

describe('dates across a wrapped line, and index references', () => {
  it('reads a date whose line wraps inside it', () => {
    const found = run('The contract was signed on March 5,\n2012 by both sides.');
    expect((found as MentionOf<'date'>[]).map((m) => [m.text, m.value.value])).toEqual([['March 5,\n2012', '2012-03-05']]);
  });
  it('page/line references of a transcript index are not dates', () => {
    expect(run('appreciate [5] 5/19 6/3\nmorning [2] 3/6 3/15 26/20\ndeny [1] 12/7').map((m) => m.text)).toEqual([]);
  });
  it('chrono still reads a day-first written date the rules leave', () => {
    expect(run('The notice is dated Aug-07-2025 on its face.').map((m) => [m.text, m.rule, m.value.value])).toEqual([['Aug-07-2025', 'chrono', '2025-08-07']]);
  });
});

describe('a range between two full dates', () => {
  it('reads both years as written', () => {
    expectEnds('Buyers between January 1, 2018 and December 31, 2022 may file.', [['January 1, 2018', '2018-01-01'], ['December 31, 2022', '2022-12-31']], {
      grain: 'day',
      range: { start: '2018-01-01', end: '2022-12-31' },
    });
  });
});

describe('a week of a month', () => {
  it('is valued at its month, with its days as a range', () => {
    expectOne('The last week of February 2024 was busy.', 'The last week of February 2024', {
      value: '2024-02', grain: 'month', modifier: 'late', relative: false, range: { start: '2024-02-23', end: '2024-02-29' },
    });
    expectOne('Files were due by the second week of May.', 'the second week of May', {
      value: '2025-05', grain: 'month', modifier: 'early', relative: true, range: { start: '2025-05-08', end: '2025-05-14' },
    }, '2025-03-14');
  });
});

describe('dates inside citations', () => {
  it("reads the decision day in a citation's parenthetical, but no number of the citation itself", () => {
    const text = 'See Doe v. Dep\'t of Energy, No. 23-cv-1456, 2024 WL 4418807, at *6 (D.D.C. Sept. 30, 2024).';
    const doc = prepareText(text);
    const prior = extractAll(doc).mentions.filter((m) => m.kind === 'case_citation' || m.kind === 'docket');
    const found = datesExtractor.extract({ doc, prior });
    expect((found as MentionOf<'date'>[]).map((m) => [m.text, m.value.value])).toEqual([['Sept. 30, 2024', '2024-09-30']]);
  });
});

describe('a weekday in the possessive', () => {
  it('is the day ("Wednesday\'s decision"), the plural is not', () => {
    expect(run("The agency welcomed Wednesday's decision. Mondays are slow.", '2026-04-10').map((m) => [m.text, m.value.value])).toEqual([['Wednesday', '2026-04-08']]);
  });
});
