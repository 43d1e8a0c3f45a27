import { describe, expect, it } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import type { Mention, MentionOf, QuantityValue } from '../../src/model/types.ts';

function run(text: string, prior: Mention[] = []) {
  const doc = prepareText(text);
  return (quantitiesExtractor.extract({ doc, prior }) as MentionOf<'quantity'>[]).map((m) => {
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    return m;
  });
}

type Row = [text: string, span: string, value: QuantityValue];

/** Each row: the sentence, the one quantity span expected in it, and its full value. */
function table(rows: Row[]) {
  it.each(rows)('%s', (text, span, value) => {
    const found = run(text);
    const start = text.indexOf(span);
    expect(found.map((m) => [m.start, m.end, m.text])).toEqual([[start, start + span.length, span]]);
    expect(found[0]!.value).toEqual(value);
  });
}

describe('counts', () => {
  table([
    ['Investigators found 47,000 records in the files.', '47,000 records', { kind: 'count', value: 47000, min: 47000, max: 47000, unit: 'record' }],
    ['The request covered 1.28 million U.S. taxpayers in all.', '1.28 million U.S. taxpayers', { kind: 'count', value: 1280000, min: 1280000, max: 1280000, unit: 'taxpayer' }],
    ['Officials named roughly 700,000 people under removal orders.', 'roughly 700,000 people', { kind: 'count', value: 700000, min: 630000, max: 770000, modifier: 'approx', modifierText: 'roughly', unit: 'person' }],
    ['The office matched ≈47,000 records overall.', '≈47,000 records', { kind: 'count', value: 47000, min: 42300, max: 51700, modifier: 'approx', modifierText: '≈', unit: 'record' }],
    ['A coalition of two unions sued the agency.', 'two unions', { kind: 'count', value: 2, min: 2, max: 2, unit: 'union' }],
    ['The program reached forty-two agencies this spring.', 'forty-two agencies', { kind: 'count', value: 42, min: 42, max: 42, unit: 'agency' }],
    ['The firm assigned a dozen lawyers to the case.', 'a dozen lawyers', { kind: 'count', value: 12, min: 12, max: 12, unit: 'lawyer' }],
    ['The list held more than 1 million taxpayers overall.', 'more than 1 million taxpayers', { kind: 'count', value: 1000000, min: 1000000, modifier: 'more_than', modifierText: 'more than', unit: 'taxpayer' }],
    ['At least 12 states joined the suit.', 'At least 12 states', { kind: 'count', value: 12, min: 12, modifier: 'at_least', modifierText: 'At least', unit: 'state' }],
    ['The cuts affect up to 300 employees at the office.', 'up to 300 employees', { kind: 'count', value: 300, max: 300, modifier: 'at_most', modifierText: 'up to', unit: 'employee' }],
    ['The docket shows fewer than 50 cases this term.', 'fewer than 50 cases', { kind: 'count', value: 50, max: 50, modifier: 'less_than', modifierText: 'fewer than', unit: 'case' }],
    ['The shelter housed 120 children last winter.', '120 children', { kind: 'count', value: 120, min: 120, max: 120, unit: 'child' }],
    ['Only one judge dissented from the ruling.', 'one judge', { kind: 'count', value: 1, min: 1, max: 1, unit: 'judge' }],
  ]);
});

describe('vague magnitudes', () => {
  table([
    ['The office shared tens of thousands of taxpayers’ data.', 'tens of thousands of taxpayers', { kind: 'count', min: 10000, max: 100000, modifier: 'range', unit: 'taxpayer' }],
    ['The policy imperils hundreds of millions of Americans’ records.', 'hundreds of millions of Americans', { kind: 'count', min: 1e8, max: 1e9, modifier: 'range', unit: 'american' }],
    ['Thousands of protesters marched downtown.', 'Thousands of protesters', { kind: 'count', min: 1000, max: 10000, modifier: 'range', unit: 'protester' }],
    ['Dozens of lawyers volunteered their time.', 'Dozens of lawyers', { kind: 'count', min: 24, max: 144, modifier: 'range', unit: 'lawyer' }],
  ]);
});

describe('money, percentages and ratios', () => {
  table([
    ['The settlement totals $2.5 billion under the deal.', '$2.5 billion', { kind: 'money', value: 2.5e9, min: 2.5e9, max: 2.5e9, unit: 'USD', currency: 'USD' }],
    ['Each plaintiff may recover $1,000 under the statute.', '$1,000', { kind: 'money', value: 1000, min: 1000, max: 1000, unit: 'USD', currency: 'USD' }],
    ['The grant was about $3 million this year.', 'about $3 million', { kind: 'money', value: 3e6, min: 2.7e6, max: 3.3e6, modifier: 'approx', modifierText: 'about', unit: 'USD', currency: 'USD' }],
    ['The fee is USD 5 per page.', 'USD 5 per page', { kind: 'money', value: 5, min: 5, max: 5, unit: 'USD', currency: 'USD', per: 'page' }],
    ['The service finds 3.7% matches in the file.', '3.7% matches', { kind: 'percent', value: 3.7, min: 3.7, max: 3.7, unit: 'match' }],
    ['The rate rose to 3.7 percent in the spring.', '3.7 percent', { kind: 'percent', value: 3.7, min: 3.7, max: 3.7 }],
    ['Nearly 40% of workers left the agency.', 'Nearly 40%', { kind: 'percent', value: 40, min: 36, max: 44, modifier: 'approx', modifierText: 'Nearly', unit: 'worker' }],
    ['One in five taxpayers filed late.', 'One in five taxpayers', { kind: 'ratio', value: 0.2, min: 0.2, max: 0.2, ratio: { numerator: 1, denominator: 5 }, unit: 'taxpayer' }],
  ]);
});

describe('durations', () => {
  table([
    ['In just one week, the office sent the files.', 'one week', { kind: 'duration', value: 1, min: 1, max: 1, unit: 'week' }],
    ['The court requires 24 hours notice before any transfer.', '24 hours', { kind: 'duration', value: 24, min: 24, max: 24, unit: 'hour' }],
    ['The order demands 24-hour notice of any transfer.', '24-hour', { kind: 'duration', value: 24, min: 24, max: 24, unit: 'hour' }],
    ['The data exceeded what it shares in a year.', 'a year', { kind: 'duration', value: 1, min: 1, max: 1, unit: 'year' }],
    ['It sent more than it had over the course of a year.', 'a year', { kind: 'duration', value: 1, min: 1, max: 1, unit: 'year' }],
    ['The agency has 30 days to answer the complaint.', '30 days', { kind: 'duration', value: 30, min: 30, max: 30, unit: 'day' }],
    ['Detention beyond 90 days past a removal order is rare.', '90 days', { kind: 'duration', value: 90, min: 90, max: 90, unit: 'day' }],
    ['The pilot ran for six months in Ohio.', 'six months', { kind: 'duration', value: 6, min: 6, max: 6, unit: 'month' }],
    ['The board approved a two-year pilot.', 'two-year', { kind: 'duration', value: 2, min: 2, max: 2, unit: 'year' }],
    ['The files went out within days of the request.', 'within days', { kind: 'duration', unit: 'day', modifier: 'vague' }],
    ['These laws have been upheld for decades by courts.', 'for decades', { kind: 'duration', unit: 'decade', modifier: 'vague' }],
    ['For years, filers trusted the agency.', 'For years', { kind: 'duration', unit: 'year', modifier: 'vague' }],
  ]);

  it('a year that is a frequency is not a duration', () => {
    expect(run('The office reports once a year to the board.')).toEqual([]);
  });
  it('an age and a relative date are not durations', () => {
    expect(run('He was 45 years old when he joined.')).toEqual([]);
    expect(run('She filed three weeks ago in Boston.')).toEqual([]);
  });
});

describe('not quantities', () => {
  it.each([
    'This sharing is just one consequence of the new policy.',
    'It is one of the worst attacks on privacy.',
    'No one objected, and the parties thanked one another.',
    'Someone called the clerk at one point.',
    'The one that mattered was the later order.',
    'The case is Case No. 1:25-cv-00457 before the court, on appeal as No. 25-5181.',
    'Disclosure is governed by § 6103 and 26 U.S.C. § 6103(i)(2).',
    'See 123 F.4th 456 (D.C. Cir. 2024) for the rule.',
    'Title 26, Section 6103, Document 45, Page 3 of 40, ECF No. 12.',
    'Call 202-555-0143 or (202) 555-0143 today.',
    'Listen 0:00 and the hearing at 10:30 today.',
    'The First Amendment and the Fifth Circuit apply.',
    'The order was entered on Aug. 7, 2025 and took effect in 2025.',
    'See id. at 12 and p. 3 of the brief.',
    'The 3M company and the IRS met.',
  ])('%s', (text) => {
    expect(run(text).map((m) => m.text)).toEqual([]);
  });

  it('a year followed by a counted noun is a count', () => {
    expect(run('The rule affects 2023 taxpayers in the state.').map((m) => [m.text, m.value.value, m.value.unit])).toEqual([['2023 taxpayers', 2023, 'taxpayer']]);
  });

  it('skips numbers inside spans claimed by earlier extractors', () => {
    const text = 'The statute covers 300 employees in the office.';
    const start = text.indexOf('300 employees');
    const prior: Mention[] = [
      { kind: 'statute', start, end: start + 3, text: '300', extractor: 'statutes', rule: 't', confidence: 1, value: { canonical: 'x', display: 'x', code: 'usc' } },
    ];
    expect(run(text, prior)).toEqual([]);
    expect(run(text).map((m) => m.text)).toEqual(['300 employees']);
  });
});

describe('fractions, explicit ranges, rates and bounds', () => {
  table([
    ['Two-thirds of the senators voted to override.', 'Two-thirds of the senators', { kind: 'ratio', value: 0.666666666667, min: 0.666666666667, max: 0.666666666667, ratio: { numerator: 2, denominator: 3 }, unit: 'senator' }],
    ['Almost half of all applicants were denied.', 'Almost half of all applicants', { kind: 'ratio', value: 0.5, min: 0.45, max: 0.55, modifier: 'approx', modifierText: 'Almost', ratio: { numerator: 1, denominator: 2 }, unit: 'applicant' }],
    ['A quarter of the county’s voters stayed home.', 'A quarter of the county’s voters', { kind: 'ratio', value: 0.25, min: 0.25, max: 0.25, ratio: { numerator: 1, denominator: 4 }, unit: 'voter' }],
    ['The agency approved between 200 and 350 permits.', 'between 200 and 350 permits', { kind: 'count', min: 200, max: 350, modifier: 'range', unit: 'permit' }],
    ['Estimates ran from $2 million to $3.5 million last spring.', 'from $2 million to $3.5 million', { kind: 'money', min: 2e6, max: 3.5e6, modifier: 'range', unit: 'USD', currency: 'USD' }],
    ['The board heard 1,500–2,000 appeals in the period.', '1,500–2,000 appeals', { kind: 'count', min: 1500, max: 2000, modifier: 'range', unit: 'appeal' }],
    ['Appeals usually take two to three years to resolve.', 'two to three years', { kind: 'duration', min: 2, max: 3, modifier: 'range', unit: 'year' }],
    ['Rates rose between 3 and 5 percent statewide.', 'between 3 and 5 percent', { kind: 'percent', min: 3, max: 5, modifier: 'range' }],
    ['Interpreters earn $45 per hour in the program.', '$45 per hour', { kind: 'money', value: 45, min: 45, max: 45, unit: 'USD', currency: 'USD', per: 'hour' }],
    ['The fund paid out $2 billion annually to claimants.', '$2 billion annually', { kind: 'money', value: 2e9, min: 2e9, max: 2e9, unit: 'USD', currency: 'USD', per: 'year' }],
    ['The clinic sees 300 patients a week on average.', '300 patients a week', { kind: 'count', value: 300, min: 300, max: 300, unit: 'patient', per: 'week' }],
    ['Guards must file a report within 72 hours of any use of force.', 'within 72 hours', { kind: 'duration', value: 72, max: 72, modifier: 'at_most', modifierText: 'within', unit: 'hour' }],
    ['The agency has 30 calendar days to answer.', '30 calendar days', { kind: 'duration', value: 30, min: 30, max: 30, unit: 'day' }],
    ['Some inmates waited a year or more for a hearing.', 'a year or more', { kind: 'duration', value: 1, min: 1, modifier: 'at_least', modifierText: 'or more', unit: 'year' }],
    ['The notice went to several thousand borrowers.', 'several thousand borrowers', { kind: 'count', min: 3000, max: 10000, modifier: 'range', unit: 'borrower' }],
    ['The firm hired a few hundred contractors that year.', 'a few hundred contractors', { kind: 'count', min: 200, max: 1000, modifier: 'range', unit: 'contractor' }],
    ['Only 15 percent of the company’s drivers were covered.', '15 percent', { kind: 'percent', value: 15, min: 15, max: 15, unit: 'driver' }],
    ['The jury heard from five retired officers.', 'five retired officers', { kind: 'count', value: 5, min: 5, max: 5, unit: 'officer' }],
  ]);

  it.each([
    'The panel ruled 5-4 against the state.',
    'Plaintiffs filed W-2 and 1040 forms with the clerk.',
    'See pages 12-15 of the transcript and ¶¶ 3-7.',
    'By one estimate, the cost was rising.',
    'In the first half of the year the office was closed.',
    'The recipe calls for a cup and a half of flour.',
    'The office sits at 950 Main Street, Suite 200, Denver, CO 80202.',
    'A handful of lawyers and several agencies filed briefs.',
  ])('no quantity: %s', (text) => {
    expect(run(text).map((m) => m.text)).toEqual([]);
  });
});

describe('halves and shares of a stated count', () => {
  table([
    ['The hearing lasted roughly four and a half hours in all.', 'roughly four and a half hours', { kind: 'duration', value: 4.5, min: 4.05, max: 4.95, modifier: 'approx', modifierText: 'roughly', unit: 'hour' }],
    ['She waited a year and a half for the ruling.', 'a year and a half', { kind: 'duration', value: 1.5, min: 1.5, max: 1.5, unit: 'year' }],
    ['The firm billed its time over eighteen months.', 'eighteen months', { kind: 'duration', value: 18, min: 18, max: 18, unit: 'month' }],
    ['The man was jailed for over a year without charge.', 'over a year', { kind: 'duration', value: 1, min: 1, modifier: 'more_than', modifierText: 'over', unit: 'year' }],
  ]);

  it('a share of a stated count takes its unit and leaves the count whole', () => {
    const found = run('More than half of the 1,800 detainees had no lawyer.');
    expect(found.map((m) => [m.text, m.value.kind, m.value.value, m.value.unit])).toEqual([
      ['More than half', 'ratio', 0.5, 'detainee'],
      ['1,800 detainees', 'count', 1800, 'detainee'],
    ]);
  });

  it('a year before a noun it qualifies is a year, not a count', () => {
    expect(run('Emissions must fall below 2005 levels by then.').map((m) => m.text)).toEqual([]);
  });
});

describe('round 3: which ones, how many in a group, invariant plurals, shares of a noun', () => {
  table([
    ['Then 16 other states filed comments.', '16 other states', { kind: 'count', value: 16, min: 16, max: 16, unit: 'state' }],
    ['Two other aides left the office.', 'Two other aides', { kind: 'count', value: 2, min: 2, max: 2, unit: 'aide' }],
    ['Later three more plaintiffs joined the case.', 'three more plaintiffs', { kind: 'count', value: 3, min: 3, max: 3, unit: 'plaintiff' }],
    ['The county hired 40 additional deputies.', '40 additional deputies', { kind: 'count', value: 40, min: 40, max: 40, unit: 'deputy' }],
    // GROUP SIZE: the number and its noun state the group's size, whatever the group
    ['A 19-state coalition filed the brief.', '19-state', { kind: 'count', value: 19, min: 19, max: 19, unit: 'state' }],
    ['A three-judge panel heard the appeal.', 'three-judge', { kind: 'count', value: 3, min: 3, max: 3, unit: 'judge' }],
    ['The 312-unit complex was sold.', '312-unit', { kind: 'count', value: 312, min: 312, max: 312, unit: 'unit' }],
    ['A 12-member board oversees the fund.', '12-member', { kind: 'count', value: 12, min: 12, max: 12, unit: 'member' }],
    // invariant plurals
    ['Crews counted 340 fish at the weir.', '340 fish', { kind: 'count', value: 340, min: 340, max: 340, unit: 'fish' }],
    ['The agency consulted on two species only.', 'two species', { kind: 'count', value: 2, min: 2, max: 2, unit: 'species' }],
    ['The airline grounded 12 aircraft overnight.', '12 aircraft', { kind: 'count', value: 12, min: 12, max: 12, unit: 'aircraft' }],
    ['Hunters took 200 deer last season.', '200 deer', { kind: 'count', value: 200, min: 200, max: 200, unit: 'deer' }],
    ['The unit has 85 staff in Denver.', '85 staff', { kind: 'count', value: 85, min: 85, max: 85, unit: 'staff' }],
    ['Five news outlets covered the hearing.', 'Five news outlets', { kind: 'count', value: 5, min: 5, max: 5, unit: 'outlet' }],
    ['The base lost 30 personnel to transfers.', '30 personnel', { kind: 'count', value: 30, min: 30, max: 30, unit: 'personnel' }],
    // a percentage's unit is the noun it measures
    ['Tests showed 12% of the fish were sick.', '12%', { kind: 'percent', value: 12, min: 12, max: 12, unit: 'fish' }],
    ['About 40 percent of applicants were rejected.', 'About 40 percent', { kind: 'percent', value: 40, min: 36, max: 44, modifier: 'approx', modifierText: 'About', unit: 'applicant' }],
    ['Revenue rose 5 percent in the quarter.', '5 percent', { kind: 'percent', value: 5, min: 5, max: 5 }],
    // "over" before a duration spreads over it: no bound
    ['Over three fiscal years, the plant flared gas.', 'three fiscal years', { kind: 'duration', value: 3, min: 3, max: 3, unit: 'year' }],
    ['The audit looked back over two tax years.', 'two tax years', { kind: 'duration', value: 2, min: 2, max: 2, unit: 'year' }],
  ]);

  it.each([
    'Workers will be paid for hours worked during the shutdown.',
    'He sought credit for days served in county jail.',
    'Illinois regulators cited 815 ILCS 505/2 in the action.',
    'The claim rests on 10 Del. C. § 2301 alone.',
    'The firm filed a 30-page brief.',
    'Fish and sheep grazed by the river.',
  ])('no quantity: %s', (text) => {
    expect(run(text).map((m) => m.text)).toEqual([]);
  });
});

describe('parts of a group, shares of a named or compound noun, money in parentheses', () => {
  table([
    ['The fund sued the company and two of its top executives.', 'two of its top executives', { kind: 'count', value: 2, min: 2, max: 2, unit: 'executive' }],
    ['Five of the plaintiffs are unions.', 'Five of the plaintiffs', { kind: 'count', value: 5, min: 5, max: 5, unit: 'plaintiff' }],
    ['He has lived here since 2009 and has two U.S.-citizen children.', 'two U.S.-citizen children', { kind: 'count', value: 2, min: 2, max: 2, unit: 'child' }],
    ['Counsel will seek fees of up to 30% of the Settlement Fund, plus costs.', 'up to 30%', { kind: 'percent', value: 30, max: 30, modifier: 'at_most', modifierText: 'up to', unit: 'fund' }],
    ["The drop wiped out 41% of the company's market value, or about half.", '41%', { kind: 'percent', value: 41, min: 41, max: 41, unit: 'value' }],
    ['The state proposed a 10 percent cut in benefits.', '10 percent cut', { kind: 'percent', value: 10, min: 10, max: 10, unit: 'cut' }],
    ['The Settlement Fund ($2,925,000) pays every claim.', '$2,925,000', { kind: 'money', value: 2925000, min: 2925000, max: 2925000, unit: 'USD', currency: 'USD' }],
  ]);

  it('a part of a counted group keeps its number as its span, and the group its own count', () => {
    const text = 'The agency priced only 3 of the 41 labor categories, and two of the three judges agreed.';
    expect(run(text).map((m) => [m.text, m.value.value, m.value.unit])).toEqual([
      ['3', 3, 'category'],
      ['41 labor categories', 41, 'category'],
      ['two', 2, 'judge'],
      ['three judges', 3, 'judge'],
    ]);
  });

  it('"one of the worst", a page of a document and a phone area code are not quantities', () => {
    expect(run('It was one of the worst breaches on record.')).toEqual([]);
    expect(run('See page 3 of 40 of the order.')).toEqual([]);
    expect(run('Call the office at (202) 555-0100.')).toEqual([]);
  });
});

describe('how often, semesters, a change and a price, labels and years', () => {
  table([
    ['The plant exceeded its permit more than 340 times since then.', 'more than 340 times', { kind: 'count', value: 340, min: 340, modifier: 'more_than', modifierText: 'more than', unit: 'time' }],
    ['Tenants called the office four times.', 'four times', { kind: 'count', value: 4, min: 4, max: 4, unit: 'time' }],
    ['Students work on cases over two semesters.', 'two semesters', { kind: 'duration', value: 2, min: 2, max: 2, unit: 'semester' }],
  ]);

  it('a multiplier is not a count of times; a change and a price are not a range', () => {
    expect(run('Fines were 12 times the limit and three times higher than before.')).toEqual([]);
    expect(run('Shares fell 11.4% to $48.20 on Monday.').map((m) => [m.text, m.value.kind])).toEqual([['11.4%', 'percent'], ['$48.20', 'money']]);
  });

  it('a label number and a year before a verb are not counts', () => {
    expect(run("FOIA's Exemption 5 incorporates the privilege.")).toEqual([]);
    expect(run("The Court's October Term 2025 enters its final stretch.")).toEqual([]);
    expect(run('The transparency report for 2025 states that claims rose.')).toEqual([]);
  });
});

describe('numbers restated in digits, and "under" an instrument', () => {
  table([
    ['The agency must give twenty-four (24) hours notice first.', 'twenty-four (24) hours', { kind: 'duration', value: 24, min: 24, max: 24, unit: 'hour' }],
    ['The three (3) plaintiffs each sued the city.', 'three (3) plaintiffs', { kind: 'count', value: 3, min: 3, max: 3, unit: 'plaintiff' }],
    ['The IRS shared data under two orders issued in June.', 'two orders', { kind: 'count', value: 2, min: 2, max: 2, unit: 'order' }],
    ['Under 300 workers were hired this year.', 'Under 300 workers', { kind: 'count', value: 300, max: 300, modifier: 'less_than', modifierText: 'Under', unit: 'worker' }],
  ]);
});

describe('"one" as a pronoun or an example, and a whole year', () => {
  table([['They shared as much as all agencies did across an entire year.', 'an entire year', { kind: 'duration', value: 1, min: 1, max: 1, unit: 'year' }]]);
  it('"one" before a verb or an example word is not a count', () => {
    expect(run('One exception applies, and one becomes clear.')).toEqual([]);
    expect(run('The summary gives one number for it.')).toEqual([]);
  });
});

describe('a lead time', () => {
  table([['The judge ordered the agency to warn the court a day before sending more files.', 'a day', { kind: 'duration', value: 1, min: 1, max: 1, unit: 'day' }]]);
});

describe('a change by a share', () => {
  table([
    ['The port decided to raise its wharfage fees by 40%, the court said.', '40%', { kind: 'percent', value: 40, min: 40, max: 40, unit: 'fee' }],
    ['Prices rose by 5% last year.', '5%', { kind: 'percent', value: 5, min: 5, max: 5 }],
  ]);
});
