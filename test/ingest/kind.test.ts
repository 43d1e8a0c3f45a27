import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOpinionAnalysis, inferKind, scoreKinds } from '../../src/ingest/kind.ts';

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

// A newsletter story about an appellate ruling: it quotes the court's voice and names the panel.
const NEWS_ON_RULING = `Appeals court keeps tenant-records rule in place
The Docket Weekly newsletter
Circuit Judges Maria Lopez and Tom Reed joined the ruling on Friday.
"We affirm the judgment of the district court," the panel wrote.
Judge Lopez wrote for the court that the agency had followed the statute. The court held that the plaintiffs lacked standing, and the ruling was AFFIRMED in full.
Judge Reed, in a concurrence, said the question was closer than the majority allowed.
A lawyer for the tenants said in an email that they would seek rehearing.
Subscribe to get the next issue in your inbox.`;

// A public-radio web story: no dateline, a byline with the station, attribution to the station.
const STATION_STORY = `Judge pauses eviction database rollout
By DANA PRICE | WNYC
Listen · 3:41
A federal judge on Thursday paused the city's plan to share eviction records, siding with tenant groups.
"This is a win for privacy," a tenant organizer said in a conversation with WNYC after the hearing.
The city's housing office declined to comment on the ruling.`;

const CLASS_NOTICE = `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ILLINOIS
NOTICE OF PROPOSED CLASS ACTION SETTLEMENT
If you received a robocall from Acme Lending between 2019 and 2023, you may be entitled to a payment from a class action settlement.
A federal court authorized this notice. This is not a solicitation from a lawyer.
To receive a payment you must submit a Claim Form to the Settlement Administrator by March 1, 2026.
If you do not want to be bound by the settlement, you may opt out by February 1, 2026.
The Court will hold a Final Approval Hearing on April 2, 2026.`;

const CITES = [
  'Lujan v. Defenders of Wildlife, 504 U.S. 555, 560 (1992)',
  'Spokeo, Inc. v. Robins, 578 U.S. 330, 338 (2016)',
  'Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)',
  'Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007)',
  'Chamber of Com. v. EPA, 642 F.3d 192, 199 (D.C. Cir. 2011)',
  'Am. Fed. of Gov\'t Emps. v. United States, 104 Fed. Cl. 68, 75 (2012)',
];
const OPINION_AND_ORDER = `In the United States Court of Federal Claims
No. 24-1001C
OPINION AND ORDER
Plaintiff challenges the award of a contract. Defendant moves to dismiss.
I. BACKGROUND
Plaintiff bid on the contract and lost.
II. STANDARD OF REVIEW
A complaint must state a plausible claim. ${CITES[2]}; ${CITES[3]}.
III. DISCUSSION
Standing requires an injury in fact. ${CITES[0]}; ${CITES[1]}. The injury must be concrete. ${CITES[4]}. A disappointed bidder has that injury. ${CITES[5]}.
IV. CONCLUSION
For these reasons, Defendant's motion to dismiss is DENIED.
IT IS SO ORDERED.`;

// The title names the paper: an opinion, however short.
const SHORT_MEM_ORDER = `UNITED STATES DISTRICT COURT
DISTRICT OF MARYLAND
MEMORANDUM OPINION AND ORDER
Pending before the Court is Defendant's unopposed motion for an extension of time. Good cause exists. See Fed. R. Civ. P. 6(b); ${CITES[2]}.
Accordingly, it is hereby ORDERED that the motion is GRANTED.
SO ORDERED.`;

// And an order, however long its analysis.
const LONG_ORDER = `UNITED STATES DISTRICT COURT
DISTRICT OF OREGON
ORDER GRANTING PRELIMINARY INJUNCTION
DISCUSSION
${CITES.join('. ')}. ${CITES.slice(0, 3).join('. ')}.
IT IS ORDERED that the motion is GRANTED.`;

describe('inferKind on documents that used to misfire', () => {
  it.each<[string, string, string]>([
    ['newsletter story quoting an appellate opinion', NEWS_ON_RULING, 'news_article'],
    ['radio station web story without a dateline', STATION_STORY, 'news_article'],
    ['class action settlement notice', CLASS_NOTICE, 'filing'],
    ['Court of Federal Claims opinion and order with analysis', OPINION_AND_ORDER, 'opinion'],
    ['short memorandum opinion and order on a motion', SHORT_MEM_ORDER, 'opinion'],
    ['long order reasoning through the cases', LONG_ORDER, 'court_order'],
    ['untitled court paper reasoning through the cases', LONG_ORDER.replace('ORDER GRANTING PRELIMINARY INJUNCTION\n', ''), 'opinion'],
  ])('%s', (_, text, want) => {
    expect(inferKind(text)).toBe(want);
  });

  it('still reads an appellate opinion as an opinion though it quotes a case', () => {
    const op = `${OPINION}\nAs the Court put it, "we hold that the statute is clear," and the panel wrote no more.`;
    expect(inferKind(op)).toBe('opinion');
  });

  it("does not count the court's voice inside quotation marks", () => {
    expect(scoreKinds('"We affirm," the panel wrote.').get('opinion')).toBeUndefined();
    expect(scoreKinds('We affirm the judgment.').get('opinion')?.cues).toEqual(['we_hold']);
  });

  it('names the station cue only for call letters in a broadcast context', () => {
    expect(scoreKinds('The organizer told KQED on Monday.').get('news_article')?.cues).toContain('station');
    expect(scoreKinds('WHEN THE COURT MET, the parties appeared.').get('news_article')).toBeUndefined();
  });

  it('reads a small order without analysis as one, a cited opinion as analysis', () => {
    expect(hasOpinionAnalysis(ORDER)).toBe(false);
    expect(hasOpinionAnalysis(SHORT_MEM_ORDER)).toBe(false);
    expect(hasOpinionAnalysis(OPINION_AND_ORDER)).toBe(true);
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

describe('news cues: a station name in capitals, a lede about a ruling', () => {
  it.each<[string, string]>([
    ['WXYZ NEWS | Courts\n\nJudge orders hearing for detained father\n\nA federal judge in Newark on Wednesday ordered immigration authorities to hold a bond hearing within 14 days, finding the detention unreasonable.', 'news_article'],
    ['A federal appeals court ruled Tuesday that the agency acted lawfully when it cut the grants, siding with the state.', 'news_article'],
  ])('%s', (text, want) => {
    expect(inferKind(text)).toBe(want);
  });

  it('a court does not call itself "a federal judge": quoted, the lede cue does not count', () => {
    expect(scoreKinds('"A federal judge ruled against us," the mayor said.').get('news_article')?.cues ?? []).not.toContain('judge_lede');
  });
});

describe('bylines with accented names, government press offices', () => {
  it.each<[string, string]>([
    ['Judge keeps closure\n\nBy Renée Castille, Gulf Coast Ledger\n\nNEW ORLEANS — A federal judge on Wednesday refused to lift the closure of the fishing grounds.', 'news_article'],
    ['Agency Secures Settlement With City\n\nOffice of Public Affairs | Tuesday, June 23, 2026\n\nThe Justice Department announced today that the city agreed to pay.\n\nPress Release Number: 26-714', 'press_release'],
  ])('%s', (text, want) => {
    expect(inferKind(text)).toBe(want);
  });
});

describe('a transcript set with indented speaker lines', () => {
  it('reads the speakers whatever their indent', () => {
    const text = ['UNITED STATES DISTRICT COURT', '          (Case called)', '', '          THE COURT: Good afternoon.', '', '          MS. KESSLER: Good afternoon, your Honor.', '', '          THE COURT: Proceed.'].join('\n');
    expect(inferKind(text)).toBe('transcript');
  });
});
