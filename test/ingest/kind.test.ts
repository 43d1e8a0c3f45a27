import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferKind, scoreKinds } from '../../src/ingest/kind.ts';

const PRESS = `FOR IMMEDIATE RELEASE
Coalition Asks Court to Halt Records Transfer
WASHINGTON – A group of clinics asked a federal court on Monday to stop the transfer of tenant files.
“The law is clear,” said Jane Roe, President of the Housing Rights Project.
About the Housing Rights Project
The Housing Rights Project is a national nonprofit organization that defends renters.
Media contact: press@example.org
###`;

const NEWS = `Judge weighs limits on records transfer
By Sam Carter
Listen to this article
A federal judge signaled doubts on Tuesday about the agencies' plan, according to court filings.
Advertisement
The agency did not respond to a request for comment.
Sam Carter is a staff reporter covering courts and housing.`;

const ORDER = `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
HOUSING RIGHTS PROJECT, et al., Plaintiffs,
v.
DEPARTMENT OF HOUSING, Defendant.
Civil Action No. 25-1234 (ABC)
ORDER
Upon consideration of Plaintiffs' motion, it is hereby
ORDERED that the motion is GRANTED; and it is further
ORDERED that Defendant shall file the record by September 1, 2025.
SO ORDERED.
United States District Judge`;

const OPINION = `United States Court of Appeals
FOR THE DISTRICT OF COLUMBIA CIRCUIT
Argued March 3, 2025 Decided June 6, 2025
No. 24-5001
Before: SMITH, JONES, and LEE, Circuit Judges.
Opinion for the Court filed by Circuit Judge SMITH.
SMITH, Circuit Judge: The district court dismissed the complaint. We affirm.
AFFIRMED.`;

const FILING = `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA
HOUSING RIGHTS PROJECT,
Plaintiffs,
v.
DEPARTMENT OF HOUSING,
Defendant.
Case No. 1:25-cv-01234
PLAINTIFFS' MOTION FOR A PRELIMINARY INJUNCTION
Plaintiffs respectfully move this Court for a preliminary injunction.
Dated: August 1, 2025
/s/ Alex Kim
Alex Kim (D.C. Bar No. 123456)
Counsel for Plaintiffs`;

const TRANSCRIPT = `TRANSCRIPT OF MOTION HEARING
BEFORE THE HONORABLE JANE DOE
PROCEEDINGS
THE COURT: Good morning. Please be seated.
MR. KIM: Good morning, Your Honor.
Q. Where do you work?
A. At the housing office.
Q. For how long?
A. Six years.
THE COURT: Thank you.`;

describe('inferKind', () => {
  it.each<[string, string, string]>([
    ['press release', PRESS, 'press_release'],
    ['news article', NEWS, 'news_article'],
    ['court order', ORDER, 'court_order'],
    ['opinion', OPINION, 'opinion'],
    ['filing', FILING, 'filing'],
    ['transcript', TRANSCRIPT, 'transcript'],
    ['nothing', 'Grocery list: eggs, milk and bread for the week.', 'unknown'],
    ['one stray Q.', 'Q. is a letter.', 'unknown'],
  ])('%s', (_, text, want) => {
    expect(inferKind(text)).toBe(want);
  });

  it('lets a stated kind win', () => {
    expect(inferKind(ORDER, { kind: 'filing' })).toBe('filing');
  });

  it('reads a cue-less web page as news, a cue-less text as unknown', () => {
    const prose = 'The city council met to discuss the budget for parks and roads. '.repeat(10);
    expect(inferKind(prose, {}, 'html')).toBe('news_article');
    expect(inferKind(prose, {}, 'text')).toBe('unknown');
  });

  it('never calls a CM/ECF-stamped paper a release, and defaults it to a filing', () => {
    const stamp = { docket: '1:25-cv-01234-ABC', documentNumber: '3', filed: '2025-08-20' };
    const letter = 'Dear Counsel:\nThe appeal has been docketed. For more information, call the clerk.';
    expect(inferKind(letter, { efiling: stamp }, 'pdf')).toBe('filing');
    expect(inferKind(ORDER, { efiling: stamp }, 'pdf')).toBe('court_order');
  });

  it('names the cues that fired', () => {
    expect(scoreKinds(ORDER).get('court_order')?.cues).toEqual(expect.arrayContaining(['ordered_that', 'order_heading', 'so_ordered']));
  });

  it('does not take a lowercase mention of a memorandum for a filing', () => {
    expect(scoreKinds('The memorandum in support of the motion is here.').get('filing')).toBeUndefined();
  });
});

const seeds = path.resolve(process.cwd(), '../shared/seeds');
const gold = path.resolve(process.cwd(), '../shared/gold');
describe('inferKind on the seeds', () => {
  it.skipIf(!existsSync(seeds) || !existsSync(gold))('matches the gold kind', () => {
    for (const f of ['000_a002f0f2cdb306f0', '001_9b80b9e8ddab4fc9', '002_9bd660a80c0a61ad', '003_82060b893e4d24bc', '004_8e11165fd6e99fd6']) {
      const text = readFileSync(path.join(seeds, `${f}.txt`), 'utf8');
      const want = (JSON.parse(readFileSync(path.join(gold, `${f}.json`), 'utf8')) as { kind: string }).kind;
      expect(inferKind(text), f).toBe(want);
    }
  });
});
