import { describe, expect, it } from 'vitest';
import { findEfilingStamp, matchEfilingStamp, parseEfilingStamp } from '../../src/ingest/efiling.ts';
import type { EfilingStamp } from '../../src/model/types.ts';

// Stamp wordings as CM/ECF prints them in different courts (numbers changed).
const POSITIVE: Array<[string, EfilingStamp]> = [
  // District court, the common form.
  [
    'Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 3 of 40',
    { docket: '1:25-cv-00457-CKK', documentNumber: '45', filed: '2025-08-20', page: 3, pageCount: 40 },
  ],
  // Central District of California: attachment number and Page ID.
  [
    'Case 2:19-cv-01234-ABC-DEF Document 45-2 Filed 08/20/25 Page 3 of 40 Page ID #:123',
    { docket: '2:19-cv-01234-ABC-DEF', documentNumber: '45-2', filed: '2025-08-20', page: 3, pageCount: 40, pageId: '123' },
  ],
  // Page ID wrapped off the line.
  [
    'Case 8:20-cv-00048-JVS-JDE Document 261-2 Filed 01/05/21 Page 1 of 7 Page ID',
    { docket: '8:20-cv-00048-JVS-JDE', documentNumber: '261-2', filed: '2021-01-05', page: 1, pageCount: 7 },
  ],
  // Colorado adds the court name.
  [
    'Case 1:21-cv-01061-KLM Document 1 Filed 04/16/21 USDC Colorado Page 7 of 16',
    { docket: '1:21-cv-01061-KLM', documentNumber: '1', filed: '2021-04-16', page: 7, pageCount: 16 },
  ],
  // Northern District of Illinois.
  [
    'Case: 1:19-cv-01234 Document #: 45 Filed: 01/02/20 Page 1 of 10 PageID #:345',
    { docket: '1:19-cv-01234', documentNumber: '45', filed: '2020-01-02', page: 1, pageCount: 10, pageId: '345' },
  ],
  // Ohio: "Doc #" and upper-case PAGEID.
  [
    'Case: 1:19-cv-00123-MRB Doc #: 12 Filed: 01/02/20 Page: 1 of 5 PAGEID #: 345',
    { docket: '1:19-cv-00123-MRB', documentNumber: '12', filed: '2020-01-02', page: 1, pageCount: 5, pageId: '345' },
  ],
  // Michigan: ECF No. and PageID.345.
  [
    'Case 2:19-cv-12345-GAD-EAS ECF No. 12, PageID.345 Filed 01/02/20 Page 1 of 5',
    { docket: '2:19-cv-12345-GAD-EAS', documentNumber: '12', filed: '2020-01-02', page: 1, pageCount: 5, pageId: '345' },
  ],
  // Overprinted: a sealed exhibit restamped when refiled; the first stamp is read.
  [
    'Case 2:19-cr-00642-VAP Document 271-13 *SEALED* Filed 11/13/20 Page 1 of 2 PageCase 2:19-cr-00642-VAP Document 323-9 Filed 02/10/21 Page 1 of 2 Page ID #:6571',
    { docket: '2:19-cr-00642-VAP', documentNumber: '271-13', filed: '2020-11-13', page: 1, pageCount: 2 },
  ],
  // Bankruptcy court.
  [
    'Case 14-36086 Doc 1 Filed 10/03/14 Entered 10/03/14 14:54:39 Desc Main Document Page 2 of 7',
    { docket: '14-36086', documentNumber: '1', filed: '2014-10-03', page: 2, pageCount: 7 },
  ],
  // D.C. Circuit.
  [
    'USCA Case #25-5181 Document #2101234 Filed: 02/14/2025 Page 1 of 20',
    { docket: '25-5181', documentNumber: '2101234', filed: '2025-02-14', page: 1, pageCount: 20 },
  ],
  // Third / Fifth Circuit.
  [
    'Case: 25-5181 Document: 12 Page: 1 Date Filed: 02/14/2025',
    { docket: '25-5181', documentNumber: '12', filed: '2025-02-14', page: 1 },
  ],
  // Sixth Circuit.
  [
    'Case: 17-3994 Document: 1-3 Filed: 09/20/2017 Page: 1',
    { docket: '17-3994', documentNumber: '1-3', filed: '2017-09-20', page: 1 },
  ],
  // Seventh Circuit: "Pages" is the count.
  [
    'Case: 19-2005 Document: 31 Filed: 03/12/2020 Pages: 45',
    { docket: '19-2005', documentNumber: '31', filed: '2020-03-12', pageCount: 45 },
  ],
  // Ninth Circuit: bare filing date, ID and DktEntry.
  [
    'Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15',
    { docket: '20-16276', documentNumber: '19', filed: '2020-08-05', page: 1, pageCount: 15 },
  ],
  // Second Circuit: bare date and a document id, "Page1".
  [
    'Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2',
    { docket: '17-3510', documentNumber: '1-1', filed: '2017-10-31', page: 1, pageCount: 2 },
  ],
  // Fourth Circuit.
  [
    'USCA4 Appeal: 19-1234 Doc: 12 Filed: 01/02/2020 Pg: 1 of 20',
    { docket: '19-1234', documentNumber: '12', filed: '2020-01-02', page: 1, pageCount: 20 },
  ],
  // Tenth Circuit.
  [
    'Appellate Case: 19-1234 Document: 010110123456 Date Filed: 01/02/2020 Page: 1',
    { docket: '19-1234', documentNumber: '010110123456', filed: '2020-01-02', page: 1 },
  ],
  // Eleventh Circuit, older stamps carry no document number.
  [
    'USCA11 Case: 20-12345 Date Filed: 01/02/2021 Page: 1 of 20',
    { docket: '20-12345', documentNumber: '', filed: '2021-01-02', page: 1, pageCount: 20 },
  ],
  // Eighth Circuit.
  [
    'Appellate Case: 19-1234 Page: 1 Date Filed: 01/02/2020 Entry ID: 4867890',
    { docket: '19-1234', documentNumber: '', filed: '2020-01-02', page: 1 },
  ],
];

const NEGATIVE: string[] = [
  // Caption and prose mentions of a case number.
  'Case No. 2:20-cv-07872-GW-PVC',
  'Case No. 1:25-cv-00457 (CKK)',
  'Case 2:19-cv-01848-GW-SS',
  'Case 1:20-cv-00123 was filed on 01/02/20 and remains pending.',
  'In Case 1:20-cv-00123, Document 12 was filed 01/02/20.',
  'This case has been docketed as number 17-3994 with the caption that is enclosed.',
  'Re: Case No. 17-3994',
  // Impossible date.
  'Case 1:25-cv-00457-CKK Document 45 Filed 13/45/25 Page 3 of 40',
  // Stamp followed by body text on the same line.
  'Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 3 of 40 The plaintiffs moved for relief',
];

describe('parseEfilingStamp', () => {
  it.each(POSITIVE)('parses %s', (line, expected) => {
    expect(parseEfilingStamp(line)).toEqual(expected);
  });
  it.each(NEGATIVE.map((s) => [s]))('rejects %s', (line) => {
    expect(parseEfilingStamp(line)).toBeNull();
  });
  it('reads a two-digit year before 70 as 20xx and after as 19xx', () => {
    expect(parseEfilingStamp('Case 1:98-cv-01234 Document 3 Filed 04/01/98 Page 1 of 2')?.filed).toBe('1998-04-01');
    expect(parseEfilingStamp('Case 1:05-cv-01234 Document 3 Filed 04/01/05 Page 1 of 2')?.filed).toBe('2005-04-01');
  });
  it('tolerates the extra spaces pdf text layers insert', () => {
    expect(parseEfilingStamp('  Case 1:25-cv-00457-CKK   Document 45   Filed 08/20/25   Page 3 of 40  ')?.docket).toBe(
      '1:25-cv-00457-CKK',
    );
  });
});

describe('matchEfilingStamp', () => {
  it('reports where the stamp ends so trailing text can be kept', () => {
    const line = 'Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 3 of 40 The plaintiffs moved';
    const m = matchEfilingStamp(line);
    expect(m?.stamp.documentNumber).toBe('45');
    expect(line.slice(m!.end).trim()).toBe('The plaintiffs moved');
  });
});

describe('findEfilingStamp', () => {
  it('returns the first stamp over all pages', () => {
    const pages = [
      'UNITED STATES DISTRICT COURT\nCase No. 1:25-cv-00457',
      'Some text\nCase 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 2 of 40\nMore text',
      'Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 3 of 40',
    ];
    expect(findEfilingStamp(pages)).toEqual({
      docket: '1:25-cv-00457-CKK',
      documentNumber: '45',
      filed: '2025-08-20',
      page: 2,
      pageCount: 40,
    });
  });
  it('returns null when no page has a stamp', () => {
    expect(findEfilingStamp(['FOR IMMEDIATE RELEASE\nThe Department announced today', ''])).toBeNull();
  });
});
