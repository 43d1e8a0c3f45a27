// The prose forms that state parties besides captions and "Plaintiffs are": colon and dash lists,
// suing subjects with "along with", key/value table rows, "named as a defendant", "names X as
// defendants". Each row is a sentence and the parties it must give (and nothing else).
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { partiesExtractor } from '../../src/extract/parties.ts';
import type { MentionOf } from '../../src/model/types.ts';

const run = (text: string) => partiesExtractor.extract({ doc: prepareText(text), prior: [] }) as MentionOf<'party'>[];
const summary = (text: string) => run(text).map((m) => `${m.value.name}|${m.value.role}${m.value.title ? '|' + m.value.title : ''}`).sort();

const CASES: [string, string[]][] = [
  [
    'The suit was brought by a dairy cooperative and two farm unions: the Lakeshore Dairy Cooperative, Upland Farmers Union and the Delta Growers Federation.',
    ['Delta Growers Federation|plaintiff', 'Lakeshore Dairy Cooperative|plaintiff', 'Upland Farmers Union|plaintiff'],
  ],
  [
    'A group of anglers — the Clearwater Anglers Club, Trout Habitat Alliance and the Pine River Guides Association — sued the Forest Service on Monday.',
    ['Clearwater Anglers Club|plaintiff', 'Pine River Guides Association|plaintiff', 'Trout Habitat Alliance|plaintiff', 'Forest Service|defendant'],
  ],
  [
    'The Metro Transit Riders Union, along with the Eastside Commuters Coalition, sued the Department of Transportation.',
    ['Eastside Commuters Coalition|plaintiff', 'Metro Transit Riders Union|plaintiff', 'Department of Transportation|defendant'],
  ],
  [
    'The plaintiff groups are the Harbor Tenants Council and Bayview Renters Union. Transportation Secretary Miles Garner is also named as a defendant.',
    ['Bayview Renters Union|plaintiff', 'Harbor Tenants Council|plaintiff', 'Miles Garner|defendant|Transportation Secretary'],
  ],
  ['| Plaintiffs | Harbor Tenants Council; Acme Widgets, Inc. |\n| Defendants | Federal Trade Commission, et al. |', ['Acme Widgets, Inc.|plaintiff', 'Federal Trade Commission|defendant', 'Harbor Tenants Council|plaintiff']],
  ['The complaint names the Bureau of Prisons and Warden Luis Ortega as defendants.', ['Bureau of Prisons|defendant', 'Luis Ortega|defendant|Warden']],
  // Negatives: a colon with no side cue, a brief's heading, a list of speakers.
  ['Attendees: the Harbor Tenants Council, Bayview Renters Union and the Eastside Commuters Coalition.', []],
  ['Plaintiffs Are Likely to Succeed on the Merits', []],
  ['Speakers at the rally included Mayor Dana Pike and the Harbor Tenants Council.', []],
];

describe('parties stated in prose forms', () => {
  for (const [text, expected] of CASES) {
    it(text.slice(0, 70), () => {
      expect(summary(text)).toEqual([...expected].sort());
    });
  }
  it('keeps exact spans for a colon list', () => {
    const text = CASES[0]![0];
    const m = run(text).find((p) => p.value.name === 'Upland Farmers Union')!;
    expect([m.start, m.end]).toEqual([text.indexOf('Upland Farmers Union'), text.indexOf('Upland Farmers Union') + 'Upland Farmers Union'.length]);
  });
});
