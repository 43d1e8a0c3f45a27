import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBlock, segmentSentences } from '../../src/segment/sentences.ts';
import type { PageRange } from '../../src/model/types.ts';

function split(text: string): string[] {
  return segmentSentences(text, [{ number: 1, start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));
}

describe('segmentSentences: split points', () => {
  it.each<[string, string[]]>([
    ['The motion is denied. The case continues.', ['The motion is denied.', 'The case continues.']],
    ['Is it lawful? The court said no! Then it adjourned.', ['Is it lawful?', 'The court said no!', 'Then it adjourned.']],
    ['She said, “We will appeal.” The agency declined comment.', ['She said, “We will appeal.”', 'The agency declined comment.']],
    ['The record was sealed (ECF No. 12). Counsel objected.', ['The record was sealed (ECF No. 12).', 'Counsel objected.']],
    ['The order issued. “No data may be shared,” it said.', ['The order issued.', '“No data may be shared,” it said.']],
    ['The fee was waived. 42 people attended.', ['The fee was waived.', '42 people attended.']],
    ['This is barred. § 6103 says so.', ['This is barred.', '§ 6103 says so.']],
    ['The suit was filed in the U.S. The next day the agency responded.', ['The suit was filed in the U.S.', 'The next day the agency responded.']],
    ['They sued Acme Inc. The company denied it.', ['They sued Acme Inc.', 'The company denied it.']],
    ['See Smith v. Jones, 123 F.3d 456 (2d Cir. 1999). In that case the court held otherwise.', ['See Smith v. Jones, 123 F.3d 456 (2d Cir. 1999).', 'In that case the court held otherwise.']],
    ['The brief cites Doe et al. The reply does not.', ['The brief cites Doe et al.', 'The reply does not.']],
    ['Q. Where were you? A. At the office. Q. Alone?', ['Q. Where were you?', 'A. At the office.', 'Q. Alone?']],
    ['He ruled on the merits. Id. The appeal followed.', ['He ruled on the merits.', 'Id.', 'The appeal followed.']],
    ['The hearing ran late... and then it ended.', ['The hearing ran late... and then it ended.']],
    ['It was lawful, the court said. (The agency had argued the same.)', ['It was lawful, the court said.', '(The agency had argued the same.)']],
    ['The order was entered in Plan B. The parties agreed.', ['The order was entered in Plan B.', 'The parties agreed.']],
    ['Jurisdiction is proper under 28 U.S.C. § 1331. Venue is proper too.', ['Jurisdiction is proper under 28 U.S.C. § 1331.', 'Venue is proper too.']],
    ['The motion is granted. See ECF No. 12. The hearing is vacated.', ['The motion is granted.', 'See ECF No. 12.', 'The hearing is vacated.']],
    ['Plaintiffs sued on Jan. 5, 2025. The Court held a hearing.', ['Plaintiffs sued on Jan. 5, 2025.', 'The Court held a hearing.']],
    ['The agency adopted the “Data Policy.” It took effect in April.', ['The agency adopted the “Data Policy.”', 'It took effect in April.']],
    ['Records went to ICE (a DHS component). Plaintiffs objected.', ['Records went to ICE (a DHS component).', 'Plaintiffs objected.']],
  ])('%j', (text, want) => {
    expect(split(text)).toEqual(want);
  });
});

describe('segmentSentences: abbreviations that must not split', () => {
  it.each([
    'The statute, 26 U.S.C. § 6103, protects return information.',
    'Judge Smith of the U.S. District Court for the District of Columbia ruled.',
    'He worked at the U.S. Attorney’s Office and the U.S. Department of Justice.',
    'The case is Ctr. for Taxpayer Rights v. Internal Revenue Serv. in the district court.',
    'The appeal is No. 25-5181 in the D.C. Circuit.',
    'The cases are Nos. 24-1 and 24-2.',
    'Plaintiffs cite Doe v. Roe, 12 F. Supp. 3d 45 (D.D.C. 2014), and Roe vs. Wade.',
    'The docket entry is ECF No. 45 at 3.',
    'Counsel were Daniel A. Smith and Johanna M. Lee of the firm.',
    'The ruling (S.D.N.Y. Mar. 3, 2020) was vacated.',
    'The ruling (9th Cir. 2021) Cal. Gov. Code section applies.',
    'Dep’t. of Homeland Security and the Nat’l Ass’n. Of Workers joined.',
    'Mr. Jones, Ms. Lee, Dr. Patel and Hon. Maria Ruiz attended.',
    'It was decided Sept. 12, 2025 and argued Jan. 5, 2025 and Jun. 3.',
    'The regulation, 85 Fed. Reg. 1234, and Pub. L. No. 94-455, 90 Stat. 1520, apply.',
    'See, e.g. Smith, and cf. Jones; i.e. Doe controls.',
    'The text at pp. 12-14 and p. 3 and para. 7 and art. I and ch. 5 and cl. 2 and n. 4 governs.',
    'See Dkt. 12 and Ex. A and Sec. 5 for details.',
    'The plaintiffs are Acme Corp. Holdings and Beta Co. Partners.',
    'The ruling came from Martin Luther King Jr. Boulevard in St. Louis near Mt. Vernon and Ft. Worth.',
    'As the court noted, id. at 7, and Id. at 9, the rule holds.',
    'The clinic sued Smith et al. Foundation trustees last year.',
    'President Donald J. Trump signed it.',
    'See Pls.’ Mot. for Prelim. Inj. at 5 and Mem. Op. at 3.',
    'Defs.’ Opp’n at 4 and Compl. ¶ 12 and Decl. of Jane Roe ¶ 4 say so.',
    'See Hr’g Tr. 12:3 and Suppl. Br. 6 and Admin. R. 45.',
    'The rule, Fed. R. Civ. P. 65(b), applies.',
    'Jurisdiction lies under U.S. Const. art. III, § 2.',
    'MR. KIM: Yes, Your Honor, DR. LEE agrees.',
    'SMITH V. JONES, CASE NO. 12, was cited.',
  ])('%j stays one sentence', (text) => {
    expect(split(text)).toEqual([text]);
  });
});

describe('segmentSentences: blocks and kinds', () => {
  it('never crosses a newline and trims spans', () => {
    const text = 'First line without a period\nSecond. Third.\n  Indented start.  ';
    const s = segmentSentences(text, [{ number: 1, start: 0, end: text.length }]);
    expect(s.map((x) => [x.start, x.end])).toEqual([
      [0, 27],
      [28, 35],
      [36, 42],
      [45, 60],
    ]);
    expect(text.slice(45, 60)).toBe('Indented start.');
  });

  it.each<[string, string]>([
    ['Feb. 18, 2025: The agency asked for records.', 'timeline'],
    ['Oct. 29, 2025 – The agency filed the record.', 'timeline'],
    ['Late February 2025: A deputy declined.', 'timeline'],
    ['Apr 2025: The agencies signed a memorandum.', 'timeline'],
    ['2025-08-07 — Records were shared.', 'timeline'],
    ['08/07/2025: Records were shared.', 'timeline'],
    ['June 3: The hearing was held.', 'timeline'],
    ['MEMORANDUM OPINION AND ORDER', 'heading'],
    ['UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA', 'heading'],
    ['What the Ruling Means for Taxpayers', 'heading'],
    ['Next Steps', 'heading'],
    ['I. INTRODUCTION', 'heading'],
    ['1. Background', 'heading'],
    ['(a) Definitions', 'heading'],
    ['• The agency must give notice.', 'list_item'],
    ['- the plaintiffs’ request', 'list_item'],
    ['2. The agency shall file the record within 14 days.', 'list_item'],
    ['(b) any return information shall be confidential.', 'list_item'],
    ['– # # # –', 'sentence'],
    ['Despite the ruling, the case goes on', 'sentence'],
    ['Court slows data deal between the two agencies', 'sentence'],
    ['The court granted the motion.', 'sentence'],
    ['In 2025, the agency shared data.', 'sentence'],
    ['May 2025 was busy.', 'sentence'],
    ['The Court Orders as Follows:', 'sentence'],
    ['Plaintiffs,', 'sentence'],
  ])('%j is a %s block', (line, kind) => {
    expect(classifyBlock(line)).toBe(kind);
  });

  it('gives the block kind to its opening sentence only', () => {
    const text = 'Jun. 27, 2025: A request was submitted. The agency found matches.';
    const s = segmentSentences(text, [{ number: 1, start: 0, end: text.length }]);
    expect(s.map((x) => x.kind)).toEqual(['timeline', 'sentence']);
  });

  it('assigns pages by binary search', () => {
    const text = 'One. Two.\nThree.\nFour.';
    const pages: PageRange[] = [
      { number: 1, start: 0, end: 9 },
      { number: 2, start: 10, end: 16 },
      { number: 3, start: 17, end: 22 },
    ];
    expect(segmentSentences(text, pages).map((s) => [s.index, s.page])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('segments a 100 KB filing in milliseconds', () => {
    const para =
      'Plaintiffs, by counsel, move under Fed. R. Civ. P. 65 for relief. See Doe v. Roe, 12 F. Supp. 3d 45 (D.D.C. 2014); 26 U.S.C. § 6103(i)(2). The U.S. Department of the Treasury opposes. Id. at 4.\n';
    const text = para.repeat(Math.ceil(100_000 / para.length));
    const t0 = performance.now();
    const s = segmentSentences(text, [{ number: 1, start: 0, end: text.length }]);
    const ms = performance.now() - t0;
    expect(s.length).toBe(4 * Math.ceil(100_000 / para.length));
    expect(ms).toBeLessThan(200);
  });

  it('is linear on one huge line', () => {
    const text = 'The court so held. '.repeat(250_000) + 'a'.repeat(1_000_000);
    const t0 = performance.now();
    const s = segmentSentences(text, [{ number: 1, start: 0, end: text.length }]);
    expect(s.length).toBe(250_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

const seeds = path.resolve(process.cwd(), '../shared/seeds');
describe('segmentSentences on the seed documents', () => {
  it.skipIf(!existsSync(seeds))('gives sane sentences', async () => {
    const { prepareText } = await import('../../src/normalize/prepare.ts');
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const doc = prepareText(readFileSync(path.join(seeds, f), 'utf8'));
      expect(doc.sentences.length).toBeGreaterThan(5);
      for (const s of doc.sentences) {
        const t = doc.text.slice(s.start, s.end);
        expect(t).not.toMatch(/\n/);
        expect(t).toBe(t.trim());
        expect(t, f).not.toMatch(/^(?:al\.|[a-z])/);
        expect(t, f).not.toMatch(/(?:\bv\.|\bet al\.|\bNo\.|\bU\.S\.C\.|\b[A-Z]\.)$/);
      }
    }
  });
});
