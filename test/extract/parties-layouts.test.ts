// Court-layout captions and news prose forms of round 3: each case a real string, with the parties
// (name, role, court role, type) and spans expected, and strings that must not give a party.
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { partiesExtractor } from '../../src/extract/parties.ts';
import { findCaptions } from '../../src/extract/captions.ts';
import type { MentionOf } from '../../src/model/types.ts';

const run = (text: string) => partiesExtractor.extract({ doc: prepareText(text), prior: [] }) as MentionOf<'party'>[];
const summary = (text: string) => run(text).map((m) => [m.value.name, m.value.role, m.value.courtRole ?? null]);

describe('captions on court layouts', () => {
  it('reads semicolon sides, compound roles and an intervenor block below the defendants', () => {
    const text = 'No. 24-2210\nALMA REYES; TOBIAS FENN; NORTHSIDE RENTERS UNION,\nPlaintiffs - Appellants,\nv.\nCITY OF DUNMORE; ERIC VOSS, in his official capacity as Mayor,\nDefendants - Appellees,\nSTATE OF OHIO,\nIntervenor Defendant - Appellee.\nBefore: SMITH, Circuit Judge.';
    expect(summary(text)).toEqual([
      ['Alma Reyes', 'plaintiff', 'appellant'],
      ['Tobias Fenn', 'plaintiff', 'appellant'],
      ['Northside Renters Union', 'plaintiff', 'appellant'],
      ['City of Dunmore', 'defendant', 'appellee'],
      ['Eric Voss', 'defendant', 'appellee'],
      ['State of Ohio', 'defendant', 'intervenor'],
    ]);
    const voss = run(text).find((m) => m.value.name === 'Eric Voss')!;
    expect([voss.start, voss.text, voss.value.title, voss.value.entityType]).toEqual([text.indexOf('ERIC VOSS'), 'ERIC VOSS', 'Mayor', 'person']);
    const cap = findCaptions(prepareText(text));
    expect(cap.map((c) => c.value.canonical)).toEqual(['Alma Reyes v. City of Dunmore']);
  });

  it('reads a caption in a bordered box and beside a ")" column', () => {
    const boxed = '+--------------+----------+\n| ROSA LIND and OMAR BEKKER, | |\n| Plaintiffs, | Case No. 3:25-cv-77 |\n| v. | |\n| HALDEN MILLS, INC., | COMPLAINT |\n| Defendant. | |\n+--------------+----------+';
    expect(summary(boxed)).toEqual([
      ['Rosa Lind', 'plaintiff', null],
      ['Omar Bekker', 'plaintiff', null],
      ['Halden Mills, Inc.', 'defendant', null],
    ]);
    const column = 'HOLLIS MERCER, individually, )\n)\nPlaintiff, ) Case No. 2:25-cv-02231\n)\nv. ) COMPLAINT\n)\nPRAIRIE GAS CO.; )\nKANSAS BOARD OF UTILITY REVIEW, )\nDefendants. )';
    const out = run(column);
    expect(out.map((m) => [m.text, m.value.role, m.value.entityType])).toEqual([
      ['HOLLIS MERCER', 'plaintiff', 'person'],
      ['PRAIRIE GAS CO.', 'defendant', 'organization'],
      ['KANSAS BOARD OF UTILITY REVIEW', 'defendant', 'organization'],
    ]);
  });

  it('reads the docket beside "v." and roles at the end of a name line; prose decides the court roles', () => {
    expect(summary('TRAILHEAD MAPS, LLC,\nPlaintiff-Appellee,\nv. No. 24-3310\nKESTREL DATA, INC.,\nDefendant-Appellant.')).toEqual([
      ['Trailhead Maps, LLC', 'plaintiff', 'appellee'],
      ['Kestrel Data, Inc.', 'defendant', 'appellant'],
    ]);
    // The respondent brought the suit: respondents are plaintiffs, petitioners defendants.
    const cert = 'PINE BLUFF SCHOOL BOARD, ET AL., Petitioners,\nv.\nMARA ELLISON, Respondent.\nRespondent Mara Ellison, a teacher, sued the Pine Bluff School Board in 2022.';
    expect(run(cert).map((m) => [m.text, m.value.role, m.value.courtRole ?? null])).toEqual([
      ['PINE BLUFF SCHOOL BOARD', 'defendant', 'petitioner'],
      ['MARA ELLISON', 'plaintiff', 'respondent'],
      ['Mara Ellison', 'plaintiff', 'respondent'],
      ['Pine Bluff School Board', 'defendant', null],
    ]);
    // Without such a sentence a petitioner stands where a plaintiff does.
    expect(summary('COASTAL FISHERS ASSOCIATION,\nPETITIONER\nv.\nNATIONAL MARINE FISHERIES SERVICE,\nRESPONDENT')).toEqual([
      ['Coastal Fishers Association', 'plaintiff', 'petitioner'],
      ['National Marine Fisheries Service', 'defendant', 'respondent'],
    ]);
  });

  it('does not read a boxed role row as a key and its value', () => {
    expect(run('| Plaintiffs, | Case No. 1:25-cv-00418 |').map((m) => m.value.name)).toEqual([]);
  });
});

describe('parties in news prose', () => {
  it('reads relation appositions after a party', () => {
    const text = 'Three drivers sued Copperline Couriers and its parent company, Harwell Holdings Inc., on Monday. The lawsuit also names the company\'s chief executive, Brad Quill, as a defendant.';
    expect(run(text).map((m) => [m.text, m.value.role, m.value.entityType, m.value.title ?? null])).toEqual([
      ['Copperline Couriers', 'defendant', 'organization', null],
      ['Harwell Holdings Inc.', 'defendant', 'organization', null],
      ['Brad Quill', 'defendant', 'person', 'chief executive'],
    ]);
  });

  it('reads states as lead plaintiffs, a joining state and a pseudonymous plaintiff', () => {
    expect(summary('Oregon, Colorado, Illinois and New Jersey are the lead plaintiffs in the case. The State of Nevada joined the suit on Tuesday.')).toEqual([
      ['Oregon', 'plaintiff', null],
      ['Colorado', 'plaintiff', null],
      ['Illinois', 'plaintiff', null],
      ['New Jersey', 'plaintiff', null],
      ['State of Nevada', 'plaintiff', null],
    ]);
    const text = 'A student identified only as Jane Doe, along with her parents, sued the Maple Ridge School District on Friday.';
    const out = run(text);
    expect(out.map((m) => [m.text, m.start, m.value.role])).toEqual([
      ['Jane Doe', text.indexOf('Jane Doe'), 'plaintiff'],
      ['Maple Ridge School District', text.indexOf('Maple Ridge'), 'defendant'],
    ]);
  });

  it('keeps one name per entity: a company with its suffix, a defined short form', () => {
    const text = 'Drivers sued Copperline Couriers in May. Defendants include Copperline Couriers LLC, the filing says.';
    expect(summary(text)).toEqual([
      ['Copperline Couriers LLC', 'defendant', null],
      ['Copperline Couriers LLC', 'defendant', null],
    ]);
    const board = 'A parent sued the Board of Education of Pine Hollow County (the "Board") in May. Defendants include the Board and Superintendent Gary Lindqvist.';
    expect(new Set(run(board).map((m) => m.value.name))).toEqual(new Set(['Board of Education of Pine Hollow County', 'Gary Lindqvist']));
  });

  it('gives no party for a lone pseudonym surname or a pseudonym outside a suit', () => {
    expect(run('Doe\'s lawyers said the district ignored the complaints.')).toEqual([]);
    expect(run('A witness identified only as John Roe testified on Monday.')).toEqual([]);
  });
});
