// Generates the PDF documents of the project's own corpus (corpora/irs-ice/) with pdf-lib.
//
// The PDFs are illustrative documents written for this project from public facts; they are not
// real court records. They exist so the PDF reader meets what real e-filed documents carry: an
// e-filing header stamp on every page, a multi-line caption, a footer page number, pleading-paper
// line numbers in the left margin, a word hyphenated across a line end and a paragraph that runs
// over a page break.
//
// Output is byte-for-byte reproducible (fixed dates and producer, standard fonts, no object
// streams), so the committed files can be compared with a fresh run.
//
//   npx tsx scripts/make-corpus-pdfs.ts            # writes into corpora/irs-ice/
//   npx tsx scripts/make-corpus-pdfs.ts --out DIR  # writes into DIR (used by the test)

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

// ---------------------------------------------------------------------------------------------
// Page geometry (US letter, points). Body lines sit on a fixed grid so the margin numbers 1..28
// line up with the text, as on pleading paper.

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const LINES_PER_PAGE = 28;
const LINE_SPACING = 23;
const FIRST_BASELINE = 708;
const BODY_LEFT = 100;
const BODY_RIGHT = 540;
const BODY_SIZE = 12;
const PARAGRAPH_INDENT = 36;
const STAMP_BASELINE = 760;
const STAMP_SIZE = 10;
const LINE_NUMBER_RIGHT = 78;
const MARGIN_RULE_X = 88;
const PAGE_NUMBER_BASELINE = 52;
const NOTICE_BASELINE = 36;
const CAPTION_PAREN_X = 330;
const CAPTION_RIGHT_X = 342;
const SIGNATURE_X = 320;
const CAPTION_SPACE_WIDTH = 4;

/** Marks where a long word may be split with a hyphen at a line end. */
const SOFT_HYPHEN = '\u00AD';

const ILLUSTRATIVE_NOTICE =
  'Illustrative document written for the court-filings-analyzer project from public facts; not an actual court record.';

// ---------------------------------------------------------------------------------------------
// Document model

type FontName = 'regular' | 'bold' | 'italic';

type Block =
  | { t: 'center'; text: string; font?: FontName }
  | { t: 'heading'; text: string }
  | { t: 'para'; text: string; indent?: boolean; left?: number }
  | { t: 'blank'; lines?: number }
  | { t: 'caption'; left: string[]; right: Record<number, string> }
  | { t: 'fixed'; x: number; lines: string[]; font?: FontName }
  | { t: 'split'; left: string; right: string; rightX: number }
  | { t: 'pagebreak' };

interface Stamp {
  docket: string; // "1:25-cv-00457-CKK"
  documentNumber: string; // "45-1"
  filed: string; // "08/20/25" as the clerk's stamp writes it
}

interface PdfSpec {
  file: string;
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** Fixed creation/modification time: the filing date at a fixed hour, never "now". */
  created: Date;
  stamp: Stamp;
  lineNumbers: boolean;
  /** Let long words break across line ends with a hyphen (see HYPHENATION). */
  hyphenate: boolean;
  blocks: Block[];
}

interface Segment {
  x: number;
  text: string;
  font: FontName;
}

/** One line of the page grid; `null` is an empty line. */
type Line = Segment[] | null;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

// ---------------------------------------------------------------------------------------------
// Shared caption of the first case. Caption lines are short enough for the left column; the
// docket sits on the "v." line like a clerk-formatted caption.

const COURT_HEADING: Block[] = [
  { t: 'center', text: 'UNITED STATES DISTRICT COURT', font: 'bold' },
  { t: 'center', text: 'FOR THE DISTRICT OF COLUMBIA', font: 'bold' },
  { t: 'blank' },
];

const CTR_CAPTION: Block = {
  t: 'caption',
  left: [
    'CENTER FOR TAXPAYER RIGHTS, et al.,',
    '                    Plaintiffs,',
    '          v.',
    'INTERNAL REVENUE SERVICE, et al.,',
    '                    Defendants.',
  ],
  right: { 2: 'Civil Action No. 25-cv-00457 (CKK)' },
};

const JUDGE_SIGNATURE: Block = {
  t: 'fixed',
  x: SIGNATURE_X,
  lines: ['/s/', 'COLLEEN KOLLAR-KOTELLY', 'United States District Judge'],
};

// ---------------------------------------------------------------------------------------------
// The documents. Prose is written for this project; do not paste text from real filings here.

/**
 * Where the filing's long words may break at a line end (the "-" marks the split). Applied to
 * paragraphs of specs with `hyphenate`, so wrapping decides where a hyphen actually lands.
 */
const HYPHENATION: readonly string[] = [
  'infor-mation',
  'confiden-tiality',
  'disclo-sure',
  'disclo-sures',
  'Immi-gration',
  'Enforce-ment',
  'investi-gation',
  'investi-gations',
  'adminis-trative',
  'Adminis-trative',
  'require-ments',
  'partic-ular',
  'acknowl-edging',
  'Defen-dants',
  'trans-mitted',
  'irre-versible',
  'guaran-teed',
  'author-ity',
  'under-standing',
];

const HYPHENATION_BY_WORD = new Map(HYPHENATION.map((h) => [h.replace('-', ''), h.replace('-', SOFT_HYPHEN)]));

function addHyphenationPoints(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => HYPHENATION_BY_WORD.get(word) ?? word);
}

const MEMORANDUM: PdfSpec = {
  file: '2025-08-20-ecf-45-1-memorandum-emergency-motion.pdf',
  title: 'Memorandum of Points and Authorities in Support of Emergency Motion for a Preliminary Injunction',
  subject: 'Center for Taxpayer Rights v. Internal Revenue Service, No. 1:25-cv-00457 (D.D.C.), ECF No. 45-1 (illustrative)',
  author: 'Democracy Forward Foundation (illustrative)',
  keywords: ['illustrative', 'court-filings-analyzer corpus', 'filing'],
  created: new Date('2025-08-20T21:14:00Z'),
  stamp: { docket: '1:25-cv-00457-CKK', documentNumber: '45-1', filed: '08/20/25' },
  lineNumbers: true,
  hyphenate: true,
  blocks: [
    ...COURT_HEADING,
    CTR_CAPTION,
    { t: 'blank' },
    {
      t: 'center',
      text: 'PLAINTIFFS’ MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF THEIR EMERGENCY MOTION FOR A PRELIMINARY INJUNCTION',
      font: 'bold',
    },
    { t: 'blank' },
    { t: 'heading', text: 'INTRODUCTION' },
    {
      t: 'para',
      indent: true,
      text:
        'Plaintiffs Main Street Alliance, Center for Taxpayer Rights, National Federation of Federal Employees, and ' +
        'Communications Workers of America (together, “Plaintiffs”) ask the Court to stop an ongoing violation of one ' +
        'of the oldest privacy guarantees in federal law. Since Congress enacted the Tax Reform Act of 1976, Pub. L. ' +
        `No. 94-455, the Internal Revenue Service (“IRS”) has been forbidden to disclose returns and return information ` +
        'except as the statute specifically allows. 26 U.S.C. § 6103(a). Defendants have now adopted a policy (the ' +
        '“Data Policy”) under which the IRS matches lists supplied by U.S. Immigration and Customs Enforcement (“ICE”) ' +
        'against its files and returns the last known addresses of the people on those lists.',
    },
    {
      t: 'para',
      indent: true,
      text:
        'The Data Policy is no longer hypothetical. During the week of August 4, 2025, the IRS released confidential ' +
        'address information about tens of thousands of taxpayers to ICE, within days after receiving a request that ' +
        'named more than 1 million taxpayers. Defendants have invoked 26 U.S.C. § 6103(i)(2), a narrow exception for ' +
        `individual non-tax criminal investigations, to justify a transfer of a size that provision has never been ` +
        `understood to permit. Every additional transfer inflicts a harm that no later judgment can reverse: once an ` +
        'address leaves the IRS, it cannot be recalled.',
    },
    {
      t: 'para',
      indent: true,
      text:
        'Plaintiffs therefore ask the Court to enjoin further disclosures under the Data Policy pending final judgment. ' +
        'In the alternative, and at a minimum, Plaintiffs ask that Defendants be required to give the Court and ' +
        'Plaintiffs 24 hours’ advance notice before any further disclosure of taxpayer information to ICE, so that the ' +
        'Court may consider the lawfulness of each transfer before it occurs.',
    },
    { t: 'heading', text: 'BACKGROUND' },
    { t: 'heading', text: 'A.  The Confidentiality Statute' },
    {
      t: 'para',
      indent: true,
      text:
        'Section 6103 states a general rule of confidentiality and then lists exceptions. One exception allows the ' +
        'IRS, upon the written request of the head of a federal agency, to disclose return information for use in ' +
        'preparing for a proceeding or investigation of a specific criminal matter. 26 U.S.C. § 6103(i)(2)(A). The ' +
        'request must set forth the name and address of the taxpayer, the taxable periods at issue, the statutory ' +
        `authority for the proceeding, and the specific reason the information is relevant. Id. § 6103(i)(2)(B). ` +
        `Congress wrote those requirements after the abuses uncovered during Watergate, when the confidentiality ` +
        'of tax returns proved to be only as strong as the restraint of the officials who wanted to use them. The ' +
        'Privacy Act of 1974, 5 U.S.C. § 552a, separately limits the disclosure of records kept in a system of records.',
    },
    { t: 'heading', text: 'B.  The Data Policy and the August 2025 Disclosures' },
    {
      t: 'para',
      indent: true,
      text:
        'In April 2025, the Department of the Treasury and the Department of Homeland Security executed a memorandum ' +
        'of understanding (“MOU”) describing how ICE would submit lists of names and addresses for the IRS to verify. ' +
        'The IRS then revised its internal procedures so that it could process those lists in bulk. ICE thereafter ' +
        'asked the IRS for the addresses of more than 1 million taxpayers, and the IRS, within days, returned ' +
        'information about tens of thousands of them. A response of that speed was possible only because the IRS did ' +
        'not examine whether each entry on the list concerned a specific criminal investigation, as the statute requires.',
    },
    { t: 'heading', text: 'ARGUMENT' },
    { t: 'heading', text: 'I.  Plaintiffs Are Likely to Succeed on the Merits' },
    {
      t: 'para',
      indent: true,
      text:
        'The Administrative Procedure Act directs courts to set aside agency action that is arbitrary, capricious, or ' +
        'otherwise not in accordance with law. 5 U.S.C. § 706(2)(A). The Data Policy fails on both counts. First, it ' +
        'is contrary to law: a list of hundreds of thousands of names is not a request concerning a specific criminal ' +
        'matter, and it does not give the reason the information is relevant to any particular investigation. Second, ' +
        `it is arbitrary: Defendants abandoned a decades-old practice without acknowledging the change, without ` +
        'weighing the reliance of taxpayers who filed on the promise of confidential treatment, and without addressing ' +
        'the risk that bulk matching will attach the wrong address to the wrong person.',
    },
    { t: 'heading', text: 'II.  Plaintiffs Will Suffer Irreparable Harm' },
    {
      t: 'para',
      indent: true,
      text:
        'The injury here is the disclosure itself. Plaintiffs’ members and clients include taxpayers whose return ' +
        `information is subject to the Data Policy. Once their addresses are transmitted to ICE, no order of ` +
        'this Court can restore the confidentiality that Congress guaranteed, and no damages award can put the ' +
        'information back in the IRS’s files.',
    },
    { t: 'heading', text: 'III.  The Equities and the Public Interest Favor Relief' },
    {
      t: 'para',
      indent: true,
      text:
        'Defendants have no legitimate interest in disclosures the statute forbids, and the public interest is served ' +
        'when agencies follow the law. An order preserving the status quo would not prevent ICE from seeking ' +
        'information about a particular person through a request that satisfies § 6103(i)(2). It would stop only the ' +
        'bulk transfers that the statute does not authorize.',
    },
    { t: 'heading', text: 'IV.  At a Minimum, the Court Should Require Advance Notice' },
    {
      t: 'para',
      indent: true,
      text:
        'If the Court is not prepared to enjoin the Data Policy before the administrative record is produced, it ' +
        'should at least order Defendants to file a notice on the docket twenty-four hours before any further ' +
        'disclosure to ICE. A notice requirement imposes no burden on a disclosure that is lawful, and it preserves ' +
        `the Court’s ability to act before an unlawful one becomes irreversible.`,
    },
    { t: 'heading', text: 'CONCLUSION' },
    {
      t: 'para',
      indent: true,
      text:
        'For these reasons, the Court should grant Plaintiffs’ emergency motion and enjoin further disclosures of ' +
        'taxpayer information to ICE under the Data Policy pending final judgment or, in the alternative, require 24 ' +
        'hours’ advance notice of any such disclosure.',
    },
    { t: 'blank' },
    { t: 'split', left: 'Dated: August 20, 2025', right: 'Respectfully submitted,', rightX: SIGNATURE_X },
    { t: 'blank' },
    {
      t: 'fixed',
      x: SIGNATURE_X,
      lines: [
        '/s/ Daniel A. McGrath',
        'Daniel A. McGrath (D.C. Bar No. 1000001)',
        'Maddy Gitomer (D.C. Bar No. 1000002)',
        'Johanna M. Hickman (D.C. Bar No. 1000003)',
        'Robin F. Thurston (D.C. Bar No. 1000004)',
        'Steven Y. Bressler (D.C. Bar No. 1000005)',
        'Skye L. Perryman (D.C. Bar No. 1000006)',
        'DEMOCRACY FORWARD FOUNDATION',
        'Washington, D.C.',
      ],
    },
    { t: 'blank' },
    { t: 'fixed', x: SIGNATURE_X, lines: ['Counsel for Plaintiffs'], font: 'italic' },
    { t: 'pagebreak' },
    { t: 'center', text: 'CERTIFICATE OF SERVICE', font: 'bold' },
    { t: 'blank' },
    {
      t: 'para',
      indent: true,
      text:
        'I hereby certify that on August 20, 2025, I filed the foregoing memorandum through the Court’s CM/ECF system, ' +
        'which will send a notice of electronic filing to all counsel of record.',
    },
    { t: 'blank' },
    { t: 'fixed', x: SIGNATURE_X, lines: ['/s/ Daniel A. McGrath', 'Daniel A. McGrath'] },
  ],
};

const NOTICE_ORDER: PdfSpec = {
  file: '2025-09-05-ecf-50-order-advance-notice.pdf',
  title: 'Order Requiring Advance Notice of Further Disclosures',
  subject: 'Center for Taxpayer Rights v. Internal Revenue Service, No. 1:25-cv-00457 (D.D.C.), ECF No. 50 (illustrative)',
  author: 'United States District Court for the District of Columbia (illustrative)',
  keywords: ['illustrative', 'court-filings-analyzer corpus', 'order'],
  created: new Date('2025-09-05T19:40:00Z'),
  stamp: { docket: '1:25-cv-00457-CKK', documentNumber: '50', filed: '09/05/25' },
  lineNumbers: false,
  hyphenate: false,
  blocks: [
    ...COURT_HEADING,
    CTR_CAPTION,
    { t: 'blank' },
    { t: 'center', text: 'ORDER', font: 'bold' },
    { t: 'center', text: '(September 5, 2025)' },
    {
      t: 'para',
      indent: true,
      text:
        'Plaintiffs, a low-income taxpayer clinic, a network of small businesses, and two labor unions, challenge a ' +
        'policy under which the Internal Revenue Service (“IRS”) discloses taxpayer addresses to U.S. Immigration and ' +
        'Customs Enforcement (“ICE”). Pending before the Court is Plaintiffs’ [45] Emergency Motion for a Preliminary ' +
        'Injunction. Plaintiffs represent that, during the week of August 4, 2025, the IRS disclosed information about ' +
        'tens of thousands of taxpayers in response to a single ICE request, and that further disclosures may occur at ' +
        'any time.',
    },
    {
      t: 'para',
      indent: true,
      text:
        'The Court will resolve the Motion on a full record after both sides have been heard. In the meantime, the ' +
        'Court must preserve its ability to grant effective relief should Plaintiffs prevail, because a disclosure, ' +
        'once made, cannot be undone. Requiring advance notice of further disclosures serves that purpose while ' +
        'imposing little burden on Defendants, who remain free to make any disclosure the law permits. Accordingly, ' +
        'upon consideration of the parties’ submissions, the relevant legal authorities, and the record as a whole, it ' +
        'is hereby',
    },
    {
      t: 'para',
      indent: true,
      text:
        'ORDERED that, while Plaintiffs’ [45] Motion remains pending, Defendants shall not disclose to ICE any return ' +
        'information pursuant to 26 U.S.C. § 6103(i)(2) or the April 2025 memorandum of understanding between the ' +
        'Department of the Treasury and the Department of Homeland Security unless Defendants have first filed on the ' +
        'docket of this case, at least 24 hours before the disclosure, a notice describing it; and it is further',
    },
    {
      t: 'para',
      indent: true,
      text: 'ORDERED that each such notice shall state the number of taxpayers whose information would be disclosed; and it is further',
    },
    {
      t: 'para',
      indent: true,
      text:
        'ORDERED that the parties shall meet and confer and, on or before September 8, 2025, file a joint status ' +
        'report proposing a schedule for the production of the administrative record.',
    },
    { t: 'para', indent: true, text: 'SO ORDERED.' },
    { t: 'blank' },
    { t: 'fixed', x: BODY_LEFT, lines: ['Dated: September 5, 2025'] },
    { t: 'blank' },
    JUDGE_SIGNATURE,
  ],
};

const RECORD_ORDER: PdfSpec = {
  file: '2025-09-09-ecf-53-order-administrative-record.pdf',
  title: 'Order Continuing the Notice Requirement and Directing Production of the Administrative Record',
  subject: 'Center for Taxpayer Rights v. Internal Revenue Service, No. 1:25-cv-00457 (D.D.C.), ECF No. 53 (illustrative)',
  author: 'United States District Court for the District of Columbia (illustrative)',
  keywords: ['illustrative', 'court-filings-analyzer corpus', 'order'],
  created: new Date('2025-09-09T20:05:00Z'),
  stamp: { docket: '1:25-cv-00457-CKK', documentNumber: '53', filed: '09/09/25' },
  lineNumbers: false,
  hyphenate: false,
  blocks: [
    ...COURT_HEADING,
    CTR_CAPTION,
    { t: 'blank' },
    { t: 'center', text: 'ORDER', font: 'bold' },
    { t: 'center', text: '(September 9, 2025)' },
    {
      t: 'para',
      indent: true,
      text:
        'On September 5, 2025, the Court ordered that, while Plaintiffs’ [45] Emergency Motion for a Preliminary ' +
        'Injunction is pending, Defendants may not disclose return information to U.S. Immigration and Customs ' +
        'Enforcement without filing a notice at least twenty-four hours in advance. See Order, ECF No. 50. The parties ' +
        'have since filed their [52] Joint Status Report. Upon consideration of that report and the entire record, it ' +
        'is hereby',
    },
    {
      t: 'para',
      indent: true,
      text:
        'ORDERED that the notice requirement set forth in the Court’s [50] Order REMAINS IN EFFECT until the Court ' +
        'resolves Plaintiffs’ Motion; and it is further',
    },
    {
      t: 'para',
      indent: true,
      text:
        'ORDERED that Defendants shall produce the administrative record underlying the Internal Revenue Service’s ' +
        'data-sharing policy, including the records of any disclosure already made to Immigration and Customs ' +
        'Enforcement, on a schedule the Court will set after reviewing the parties’ positions, so that the Court may ' +
        'determine whether the agency acted arbitrarily or contrary to law.',
    },
    { t: 'para', indent: true, text: 'SO ORDERED.' },
    { t: 'blank' },
    { t: 'fixed', x: BODY_LEFT, lines: ['Dated: September 9, 2025'] },
    { t: 'blank' },
    JUDGE_SIGNATURE,
  ],
};

export const CORPUS_PDFS: readonly PdfSpec[] = [MEMORANDUM, NOTICE_ORDER, RECORD_ORDER];

// ---------------------------------------------------------------------------------------------
// Layout: blocks -> grid lines -> pages

function fontOf(fonts: Fonts, name: FontName): PDFFont {
  return fonts[name];
}

function widthOf(font: PDFFont, text: string): number {
  return font.widthOfTextAtSize(text.replaceAll(SOFT_HYPHEN, ''), BODY_SIZE);
}

/**
 * Greedy wrap to the column. A word that does not fit is split at its soft hyphen when the first
 * half (plus "-") fits, which is how the filing gets a word hyphenated across a line end.
 */
function wrap(text: string, font: PDFFont, firstWidth: number, width: number): string[] {
  const words = text.split(/ +/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  let limit = firstWidth;
  const push = (): void => {
    lines.push(current);
    current = '';
    limit = width;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (widthOf(font, candidate) <= limit) {
      current = candidate;
      continue;
    }
    const cut = word.indexOf(SOFT_HYPHEN);
    if (cut > 0) {
      const head = `${word.slice(0, cut)}-`;
      const withHead = current ? `${current} ${head}` : head;
      if (widthOf(font, withHead) <= limit) {
        current = withHead;
        push();
        current = word.slice(cut + 1);
        continue;
      }
    }
    if (!current) throw new Error(`word wider than the column: ${word}`);
    push();
    current = word;
    if (widthOf(font, current) > limit) throw new Error(`word wider than the column: ${word}`);
  }
  if (current) lines.push(current);
  return lines.map((l) => l.replaceAll(SOFT_HYPHEN, ''));
}

function layout(spec: PdfSpec, fonts: Fonts): Line[][] {
  const pages: Line[][] = [];
  let page: Line[] = [];
  const emit = (line: Line): void => {
    if (page.length === LINES_PER_PAGE) {
      pages.push(page);
      page = [];
    }
    // A blank line is not carried to the top of a new page.
    if (line === null && page.length === 0) return;
    page.push(line);
  };
  const columnWidth = BODY_RIGHT - BODY_LEFT;
  for (const block of spec.blocks) {
    switch (block.t) {
      case 'center': {
        const font = fontOf(fonts, block.font ?? 'regular');
        for (const text of wrap(block.text, font, columnWidth - 40, columnWidth - 40)) {
          const x = BODY_LEFT + (columnWidth - widthOf(font, text)) / 2;
          emit([{ x, text, font: block.font ?? 'regular' }]);
        }
        break;
      }
      case 'heading':
        emit([{ x: BODY_LEFT, text: block.text, font: 'bold' }]);
        break;
      case 'para': {
        const left = BODY_LEFT + (block.left ?? 0);
        const indent = block.indent ? PARAGRAPH_INDENT : 0;
        const text = spec.hyphenate ? addHyphenationPoints(block.text) : block.text;
        const lines = wrap(text, fonts.regular, BODY_RIGHT - left - indent, BODY_RIGHT - left);
        lines.forEach((text, i) => emit([{ x: left + (i === 0 ? indent : 0), text, font: 'regular' }]));
        break;
      }
      case 'blank':
        for (let i = 0; i < (block.lines ?? 1); i++) emit(null);
        break;
      case 'caption':
        block.left.forEach((written, i) => {
          // Leading spaces in the caption source stand for the clerk's tab stops.
          const text = written.trimStart();
          const x = BODY_LEFT + (written.length - text.length) * CAPTION_SPACE_WIDTH;
          const segs: Segment[] = [{ x, text, font: 'regular' }, { x: CAPTION_PAREN_X, text: ')', font: 'regular' }];
          const right = block.right[i];
          if (right) segs.push({ x: CAPTION_RIGHT_X, text: right, font: 'regular' });
          emit(segs);
        });
        break;
      case 'fixed':
        for (const text of block.lines) emit([{ x: block.x, text, font: block.font ?? 'regular' }]);
        break;
      case 'split':
        emit([
          { x: BODY_LEFT, text: block.left, font: 'regular' },
          { x: block.rightX, text: block.right, font: 'regular' },
        ]);
        break;
      case 'pagebreak':
        if (page.length > 0) {
          pages.push(page);
          page = [];
        }
        break;
    }
  }
  if (page.length > 0) pages.push(page);
  for (const [i, p] of pages.entries()) {
    for (const line of p) {
      for (const seg of line ?? []) {
        if (seg.x + widthOf(fontOf(fonts, seg.font), seg.text) > PAGE_WIDTH - 36) {
          throw new Error(`${spec.file} page ${i + 1}: text runs off the page: ${seg.text}`);
        }
      }
    }
  }
  return pages;
}

export function stampText(stamp: Stamp, page: number, pageCount: number): string {
  return `Case ${stamp.docket} Document ${stamp.documentNumber} Filed ${stamp.filed} Page ${page} of ${pageCount}`;
}

function drawPage(pdfPage: PDFPage, lines: Line[], spec: PdfSpec, fonts: Fonts, pageNo: number, pageCount: number): void {
  const black = rgb(0, 0, 0);
  const stamp = stampText(spec.stamp, pageNo, pageCount);
  const stampWidth = fonts.regular.widthOfTextAtSize(stamp, STAMP_SIZE);
  pdfPage.drawText(stamp, { x: (PAGE_WIDTH - stampWidth) / 2, y: STAMP_BASELINE, size: STAMP_SIZE, font: fonts.regular, color: black });

  if (spec.lineNumbers) {
    for (let n = 1; n <= LINES_PER_PAGE; n++) {
      const label = String(n);
      const y = FIRST_BASELINE - (n - 1) * LINE_SPACING;
      const w = fonts.regular.widthOfTextAtSize(label, BODY_SIZE);
      pdfPage.drawText(label, { x: LINE_NUMBER_RIGHT - w, y, size: BODY_SIZE, font: fonts.regular, color: black });
    }
    // The double rule of pleading paper, drawn as graphics so it adds nothing to the text layer.
    const top = PAGE_HEIGHT - 24;
    pdfPage.drawLine({ start: { x: MARGIN_RULE_X, y: top }, end: { x: MARGIN_RULE_X, y: 24 }, thickness: 0.6, color: black });
    pdfPage.drawLine({ start: { x: MARGIN_RULE_X + 3, y: top }, end: { x: MARGIN_RULE_X + 3, y: 24 }, thickness: 0.6, color: black });
    pdfPage.drawLine({ start: { x: BODY_RIGHT + 18, y: top }, end: { x: BODY_RIGHT + 18, y: 24 }, thickness: 0.6, color: black });
  }

  lines.forEach((line, i) => {
    const y = FIRST_BASELINE - i * LINE_SPACING;
    for (const seg of line ?? []) {
      pdfPage.drawText(seg.text, { x: seg.x, y, size: BODY_SIZE, font: fontOf(fonts, seg.font), color: black });
    }
  });

  const label = String(pageNo);
  const labelWidth = fonts.regular.widthOfTextAtSize(label, BODY_SIZE);
  pdfPage.drawText(label, { x: (PAGE_WIDTH - labelWidth) / 2, y: PAGE_NUMBER_BASELINE, size: BODY_SIZE, font: fonts.regular, color: black });
  const noticeWidth = fonts.italic.widthOfTextAtSize(ILLUSTRATIVE_NOTICE, 8);
  pdfPage.drawText(ILLUSTRATIVE_NOTICE, { x: (PAGE_WIDTH - noticeWidth) / 2, y: NOTICE_BASELINE, size: 8, font: fonts.italic, color: black });
}

export async function buildPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(spec.title);
  doc.setSubject(spec.subject);
  doc.setAuthor(spec.author);
  doc.setKeywords(spec.keywords);
  doc.setCreator('court-filings-analyzer scripts/make-corpus-pdfs.ts');
  doc.setProducer('pdf-lib (court-filings-analyzer corpus generator)');
  doc.setCreationDate(spec.created);
  doc.setModificationDate(spec.created);
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.TimesRoman),
    bold: await doc.embedFont(StandardFonts.TimesRomanBold),
    italic: await doc.embedFont(StandardFonts.TimesRomanItalic),
  };
  const pages = layout(spec, fonts);
  pages.forEach((lines, i) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    drawPage(page, lines, spec, fonts, i + 1, pages.length);
  });
  return doc.save({ useObjectStreams: false });
}

/** Every corpus PDF by file name. */
export async function buildCorpusPdfs(): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const spec of CORPUS_PDFS) out.set(spec.file, await buildPdf(spec));
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outFlag = args.indexOf('--out');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = outFlag >= 0 && args[outFlag + 1] ? path.resolve(args[outFlag + 1] ?? '') : path.join(repoRoot, 'corpora', 'irs-ice');
  mkdirSync(outDir, { recursive: true });
  for (const [file, bytes] of await buildCorpusPdfs()) {
    writeFileSync(path.join(outDir, file), bytes);
    console.log(`wrote ${path.join(outDir, file)} (${bytes.length} bytes)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
