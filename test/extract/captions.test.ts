import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { captionsExtractor, findCaptions } from '../../src/extract/captions.ts';
import type { CaptionValue } from '../../src/model/types.ts';

const run = (text: string) => captionsExtractor.extract({ doc: prepareText(text), prior: [] });

describe('captionsExtractor', () => {
  it.each([
    [
      'The groups suing in Harbor Workers Alliance et al. v Department of Labor et al say the rule is unlawful.',
      'Harbor Workers Alliance et al. v Department of Labor et al',
      'Harbor Workers Alliance v. Department of Labor',
    ],
    ['The record in Nat’l Ass’n of Bakers v. Food & Drug Admin., a suit in Ohio, grew.', 'Nat’l Ass’n of Bakers v. Food & Drug Admin.', 'National Association of Bakers v. Food & Drug Administration'],
    ['A ruling in Riverside Food Bank vs. Smith came today.', 'Riverside Food Bank vs. Smith', 'Riverside Food Bank v. Smith'],
    ['United States v. Carter was tried in May.', 'United States v. Carter', 'United States v. Carter'],
  ])('%s', (text, span, canonical) => {
    const out = run(text);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe(span);
    expect(out[0]!.start).toBe(text.indexOf(span));
    expect(out[0]!.value).toMatchObject({ canonical });
  });

  it('reads a stacked filing caption with roles, in title case', () => {
    const text = 'UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nNATIONAL LEAGUE OF BAKERS, et al.,\nPlaintiffs-Appellants,\nv.\nFOOD AND DRUG ADMINISTRATION, et al.,\nDefendants-Appellees.\nCivil Action No. 24-1234';
    const doc = prepareText(text);
    const hits = findCaptions(doc);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.value).toEqual({ canonical: 'National League of Bakers v. Food and Drug Administration', plaintiffs: ['National League of Bakers'], defendants: ['Food and Drug Administration'] });
    // The trial-court side is the party's role; the court's role is kept beside it.
    expect(hits[0]!.roles).toEqual(['plaintiff', 'defendant']);
    expect(hits[0]!.plaintiffSpans[0]).toMatchObject({ role: 'plaintiff', specific: 'appellant' });
    expect(hits[0]!.defendantSpans[0]).toMatchObject({ role: 'defendant', specific: 'appellee' });
    expect(doc.text.slice(hits[0]!.plaintiffSpans[0]!.start, hits[0]!.plaintiffSpans[0]!.end)).toBe('NATIONAL LEAGUE OF BAKERS');
  });

  it('writes an agency acronym side out in full, as the text defines it or as the lexicon knows it', () => {
    expect(run('The Environmental Protection Agency (EPA) lost Riverside Food Bank v. EPA on appeal.')[0]!.value).toMatchObject({ canonical: 'Riverside Food Bank v. Environmental Protection Agency' });
    expect(run('They filed Riverside Food Bank v. FDA in May.')[0]!.value).toMatchObject({ canonical: 'Riverside Food Bank v. Food and Drug Administration' });
  });

  it('starts the caption after a weekday or an agency before "in"', () => {
    expect(run('Letters filed on Tuesday in Doe v. Roe were sealed.')[0]!.text).toBe('Doe v. Roe');
    expect(run('Groups are suing the FDA in Riverside Food Bank v. Food and Drug Administration now.')[0]!.text).toBe('Riverside Food Bank v. Food and Drug Administration');
  });

  it('reads "In re"', () => {
    const out = run('The court consolidated the cases as In re Harbor Data Breach Litigation last year.');
    expect(out.map((m) => [m.text, (m.value as CaptionValue).canonical, (m.value as CaptionValue).inRe])).toEqual([['In re Harbor Data Breach Litigation', 'In re Harbor Data Breach Litigation', 'Harbor Data Breach Litigation']]);
  });

  it('states a repeated caption once', () => {
    expect(run('Doe v. Roe is pending.\nCitation: Doe v. Roe, No. 1:24-cv-00001.')).toHaveLength(1);
  });

  it('marks cited precedents as cited, with no sides, and finds nothing in text without captions', () => {
    const cited = (t: string) => run(t).map((m) => [m.text, m.rule, m.value]);
    expect(cited('See Loper Bright Enters. v. Raimondo, 603 U.S. 369 (2024).')).toEqual([
      ['Loper Bright Enters. v. Raimondo', 'cited_caption', { canonical: 'Loper Bright Enterprises v. Raimondo', plaintiffs: [], defendants: [], cited: true }],
    ]);
    expect(cited('The court relied on Marbury v. Madison, 5 U.S. 137 (1803), for that point.')).toEqual([
      ['Marbury v. Madison', 'cited_caption', { canonical: 'Marbury v. Madison', plaintiffs: [], defendants: [], cited: true }],
    ]);
    expect(cited('The suit invokes Ex parte Young, 209 U.S. 123 (1908), against the officials.')).toEqual([
      ['Ex parte Young', 'cited_caption', { canonical: 'Ex parte Young', plaintiffs: [], defendants: [], inRe: 'Young', cited: true }],
    ]);
    // A precedent keeps its reported name: the acronym is not expanded as the document's own case would be.
    expect(cited('That rule follows Janus v. AFSCME, 585 U.S. 878 (2018).')[0]![2]).toMatchObject({ canonical: 'Janus v. AFSCME' });
    expect(run('Vitamin v is not a thing, and the IRS-ICE deal is not a caption.')).toEqual([]);
  });

  it('names the sides as the Bluebook does: a person by surname, no leading "The"', () => {
    const canon = (t: string) => run(t).map((m) => (m.value as CaptionValue).canonical);
    expect(canon('KEISHA MONROE and DANIEL PRUITT,\nPlaintiffs,\nv.\nTRISTATE HOME HEALTH PARTNERS, INC.,\nDefendant.')).toEqual(['Monroe v. Tristate Home Health Partners, Inc.']);
    expect(canon('KESTREL DEFENSE SYSTEMS, INC.,\nPlaintiff,\nv.\nTHE UNITED STATES,\nDefendant.')).toEqual(['Kestrel Defense Systems, Inc. v. United States']);
    expect(canon('MARIA DE SOUZA,\nPlaintiff,\nv.\nKRISTI NOEM, Secretary of Homeland Security,\nDefendant.')).toEqual(['De Souza v. Noem']);
    // A caption written in prose is named as written.
    expect(canon('The suit, Maria De Souza v. Kristi Noem, was filed Monday.')).toEqual(['Maria De Souza v. Kristi Noem']);
    // Organizations keep their whole names.
    expect(canon('The suit, Riverbend Tenants Union v. City of Ashford, was filed Monday.')).toEqual(['Riverbend Tenants Union v. City of Ashford']);
  });

  it('splits a side listing several parties on one line, and names the case by the first', () => {
    const hit = run('JUAN MEDINA RUIZ, ANTONIA ESCALANTE, and FAMILIAS UNIDAS DEL VALLE,\nPlaintiffs,\nv.\nCity of Evanston and Chief of Police Allison M. Drury, in her official capacity,\nDefendants.')[0]!;
    expect((hit.value as CaptionValue).plaintiffs).toEqual(['Juan Medina Ruiz', 'Antonia Escalante', 'Familias Unidas del Valle']);
    expect((hit.value as CaptionValue).defendants).toEqual(['City of Evanston', 'Allison M. Drury']);
    expect((hit.value as CaptionValue).canonical).toBe('Ruiz v. City of Evanston');
    // A comma inside one name is not a list: "American Federation of State, County and Municipal Employees".
    const one = run('AMERICAN FEDERATION OF STATE, COUNTY AND MUNICIPAL EMPLOYEES,\nPlaintiff,\nv.\nWARDEN, STATEVILLE CORRECTIONAL CENTER,\nDefendant.')[0]!;
    expect([(one.value as CaptionValue).plaintiffs, (one.value as CaptionValue).defendants]).toEqual([['American Federation of State, County and Municipal Employees'], ['Warden, Stateville Correctional Center']]);
  });

  it('reads a relator suit in the government\'s name', () => {
    expect(run('The case, United States ex rel. Okonkwo v. Lakeshore Regional Health System, is settled.').map((m) => (m.value as CaptionValue).canonical)).toEqual(['United States ex rel. Okonkwo v. Lakeshore Regional Health System']);
  });

  it('reads lists without a closing "and", two bodies joined by "and", and a caption spoken with "versus"', () => {
    const sides = (t: string) => run(t).map((m) => [(m.value as CaptionValue).plaintiffs, (m.value as CaptionValue).defendants]);
    expect(sides('GREATER HUDSON PENSION FUND, individually,\nLead Plaintiff-Appellant,\nv.\nHALVORSEN THERAPEUTICS, INC., MARGARET L. HALVORSEN, DEREK OSEI,\nDefendants-Appellees.')).toEqual([
      [['Greater Hudson Pension Fund'], ['Halvorsen Therapeutics, Inc.', 'Margaret L. Halvorsen', 'Derek Osei']],
    ]);
    expect(run('FEDERAL TRADE COMMISSION,\nPlaintiff,\nv.\nCASCADIA HEALTH PARTNERS and WILLAMETTE VALLEY MEDICAL GROUP,\nDefendants.').map((m) => (m.value as CaptionValue).canonical)).toEqual(['Federal Trade Commission v. Cascadia Health Partners']);
    expect(run('THE COURT: We are here in Federal Trade Commission versus Cascadia Health Partners.').map((m) => (m.value as CaptionValue).canonical)).toEqual(['Federal Trade Commission v. Cascadia Health Partners']);
  });

  it('does not take the court named before "in" into the caption', () => {
    expect(run("The agency lost in the U.S. District Court for the Eastern District of Louisiana in Gulf Shrimpers Ass'n v. NMFS last week.").map((m) => [m.text, (m.value as CaptionValue).canonical])).toEqual([
      ["Gulf Shrimpers Ass'n v. NMFS", 'Gulf Shrimpers Association v. National Marine Fisheries Service'],
    ]);
  });

  it('reads a PDF caption with the docket between "v." and the defendant, a Louisiana "versus" caption, and a litigation title', () => {
    const canon = (t: string) => run(t).filter((m) => !(m.value as CaptionValue).cited).map((m) => (m.value as CaptionValue).canonical);
    expect(canon('STATE OF NEW MEXICO,\nPlaintiff,\nv.\nCase No. 1:26-cv-00412-MTO\nUNITED STATES DEPARTMENT OF EDUCATION, et al.,\nDefendants.')).toEqual(['State of New Mexico v. United States Department of Education']);
    expect(canon('UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF LOUISIANA\n\nBAYOU RIVERKEEPER, INC., and GULF ALLIANCE\nVERSUS\nDELTA PETROCHEMICAL, LLC\n\nCIVIL ACTION NO. 25-1456\n\nORDER AND REASONS\n\nBefore the Court is the motion.')).toEqual(['Bayou Riverkeeper, Inc. v. Delta Petrochemical, LLC']);
    expect(canon('UNITED STATES DISTRICT COURT\nIN RE ACME THERAPEUTICS, INC.\nSECURITIES LITIGATION 25 Civ. 4471 (TNC)\nBefore: HON. JANE ROE')).toEqual(['In re Acme Therapeutics, Inc. Securities Litigation']);
    // Two names around "versus" in prose without a caption's lines are not a stacked caption.
    expect(canon('The parties met.\nversus\nThe end.')).toEqual([]);
  });

  it('gives a name in capitals the capitals the document writes it with elsewhere', () => {
    const hit = run('DOLORES WHITMAN,\nPlaintiff,\nv.\nTENANTCHECK DATA SERVICES, INC.,\nDefendant.\n\nCOMPLAINT\n\n1. TenantCheck sells tenant screening reports.')[0]!;
    expect((hit.value as CaptionValue).defendants).toEqual(['TenantCheck Data Services, Inc.']);
  });

  it('keeps a union local number in the name', () => {
    expect(run('The case, United Warehouse Workers, Local 418 v. Brandt, is pending.').map((m) => (m.value as CaptionValue).canonical)).toEqual(['United Warehouse Workers, Local 418 v. Brandt']);
  });
});
