// Federal acts that come up in litigation, each with the place it is codified. A named act cited
// in a filing or an article ("the Privacy Act") resolves to its codified citation, so that it
// matches the same provision cited by number ("5 U.S.C. § 552a") elsewhere.
//
// Matching is case-sensitive: act names are proper nouns, and acronyms are only listed where they
// are unambiguous in a legal text (no "CWA", "FAA", "ESA", "FHA": they name unions and agencies too).

import { actKey, uscDisplay, uscKey, type UscLocation } from '../extract/statute-keys.ts';
import { escapeRegExp, trieAlternation } from '../util/regex.ts';

export interface NamedAct {
  /** Full name as enacted: "Privacy Act of 1974". */
  name: string;
  /** Other written forms, short names and acronyms: "Privacy Act", "FOIA". */
  aliases: string[];
  /** "usc/5/552a" when the act has one codified location, else "act/<slug>". */
  canonical: string;
  /** The form a citation check expects: "5 U.S.C. § 552a", or the act's name when uncodified. */
  display: string;
  year?: number;
  usc?: UscLocation;
  /**
   * The act's section numbers are those of its USC title ("section 706 of the APA" is 5 U.S.C.
   * § 706): true for the positive-law titles and acts enacted into them.
   */
  sameNumbering?: boolean;
  /**
   * The act is a whole USC title (the Internal Revenue Code is title 26): a bare "§ N" after it is
   * a section of that title. An act that fills only part of a title (the APA) does not say that.
   */
  wholeTitle?: boolean;
  /** Sections known by number alone in litigation: "Section 1983" means 42 U.S.C. § 1983. */
  bareSections?: string[];
  /** The name is only a label: the entry is reached by its bare section, never by name in a text. */
  labelOnly?: boolean;
  /**
   * The act's own section numbers that litigators cite, mapped to where each is codified: "Section
   * 113 of the Clean Air Act" is 42 U.S.C. § 7413, and its subsections carry over ("113(b)" -> "7413(b)").
   */
  sections?: ActSectionTable;
  examples: string[];
}

/** One codified act section: the act's number, the USC section it became, and a sentence citing it. */
export interface ActSectionEntry {
  act: string;
  usc: string;
  example: string;
}

export interface ActSectionTable {
  title: number;
  entries: readonly ActSectionEntry[];
}

/** "§ 113 is 42 U.S.C. § 7413": `sec('113', '7413', 'Penalties were sought under Section 113(b) of the Clean Air Act.')`. */
const sec = (act: string, uscSection: string, example: string): ActSectionEntry => ({ act, usc: uscSection, example });
const sections = (title: number, ...entries: ActSectionEntry[]): ActSectionTable => ({ title, entries });

/** What an entry states by hand; its name, key and display are derived by `act`. */
type ActSpec = Omit<NamedAct, 'name' | 'aliases' | 'canonical' | 'display'> & { aliases?: string[] };

const usc = (title: number, section?: string, etSeq = false, extra: Partial<UscLocation> = {}): UscLocation => ({
  title,
  ...(section ? { section } : {}),
  ...(etSeq ? { etSeq } : {}),
  ...extra,
});
const etSeq = (title: number, section: string): UscLocation => usc(title, section, true);

function act(name: string, spec: ActSpec): NamedAct {
  const year = spec.year ?? yearOf(name);
  return {
    name,
    aliases: spec.aliases ?? [],
    canonical: spec.usc ? uscKey(spec.usc) : actKey(name),
    display: spec.usc ? uscDisplay(spec.usc) : name,
    ...(year ? { year } : {}),
    ...(spec.usc ? { usc: spec.usc } : {}),
    ...(spec.sameNumbering ? { sameNumbering: true } : {}),
    ...(spec.wholeTitle ? { wholeTitle: true } : {}),
    ...(spec.bareSections ? { bareSections: spec.bareSections } : {}),
    ...(spec.labelOnly ? { labelOnly: true } : {}),
    ...(spec.sections ? { sections: spec.sections } : {}),
    examples: spec.examples,
  };
}

function yearOf(name: string): number | undefined {
  const m = / of (\d{4})$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

export const NAMED_ACTS: readonly NamedAct[] = [
  // --- Administrative law, government information, the civil service
  act('Administrative Procedure Act', { aliases: ['APA'], year: 1946, usc: etSeq(5, '551'), sameNumbering: true, examples: ['The agency action is arbitrary and capricious under the Administrative Procedure Act.', 'Plaintiffs bring an APA claim.'] }),
  act('Privacy Act of 1974', { aliases: ['Privacy Act'], usc: usc(5, '552a'), sameNumbering: true, examples: ['The disclosure violates the Privacy Act.', 'Congress passed the Privacy Act of 1974 after Watergate.'] }),
  act('Freedom of Information Act', { aliases: ['FOIA'], year: 1966, usc: usc(5, '552'), sameNumbering: true, examples: ['The reporter filed a FOIA request.', 'The Freedom of Information Act requires prompt release.'] }),
  act('Government in the Sunshine Act', { aliases: ['Sunshine Act'], year: 1976, usc: usc(5, '552b'), sameNumbering: true, examples: ['The board met without notice under the Government in the Sunshine Act.'] }),
  act('Federal Advisory Committee Act', { aliases: ['FACA'], year: 1972, usc: etSeq(5, '1001'), examples: ['The panel was chartered under FACA.'] }),
  act('Paperwork Reduction Act of 1995', { aliases: ['Paperwork Reduction Act'], usc: etSeq(44, '3501'), examples: ['The form lacked a control number under the Paperwork Reduction Act.'] }),
  act('Regulatory Flexibility Act', { year: 1980, usc: etSeq(5, '601'), sameNumbering: true, examples: ['The agency certified no impact under the Regulatory Flexibility Act.'] }),
  act('Congressional Review Act', { year: 1996, usc: etSeq(5, '801'), sameNumbering: true, examples: ['Congress disapproved the rule under the Congressional Review Act.'] }),
  act('Federal Vacancies Reform Act of 1998', { aliases: ['Federal Vacancies Reform Act', 'Vacancies Act', 'FVRA'], usc: etSeq(5, '3345'), sameNumbering: true, examples: ['The acting officer served beyond the limit of the Vacancies Act.'] }),
  act('Hatch Act', { year: 1939, usc: etSeq(5, '7321'), sameNumbering: true, examples: ['The official was accused of violating the Hatch Act.'] }),
  act('Whistleblower Protection Act of 1989', { aliases: ['Whistleblower Protection Act'], examples: ['She sought relief under the Whistleblower Protection Act.'] }),
  act('Civil Service Reform Act of 1978', { aliases: ['Civil Service Reform Act', 'CSRA'], examples: ['The claim is channeled through the Civil Service Reform Act.'] }),
  act('Federal Service Labor-Management Relations Statute', { aliases: ['FSLMRS'], usc: etSeq(5, '7101'), sameNumbering: true, examples: ['The union invoked the Federal Service Labor-Management Relations Statute.'] }),
  act('Federal Records Act', { usc: etSeq(44, '3101'), examples: ['Deleting the messages breached the Federal Records Act.'] }),
  act('Presidential Records Act of 1978', { aliases: ['Presidential Records Act'], usc: etSeq(44, '2201'), examples: ['The archivist acted under the Presidential Records Act.'] }),
  act('E-Government Act of 2002', { aliases: ['E-Government Act'], examples: ['No privacy impact assessment was done as the E-Government Act requires.'] }),
  act('Federal Information Security Modernization Act of 2014', { aliases: ['Federal Information Security Modernization Act', 'FISMA'], usc: etSeq(44, '3551'), examples: ['Agencies report incidents under FISMA.'] }),
  act('Impoundment Control Act of 1974', { aliases: ['Impoundment Control Act'], usc: etSeq(2, '681'), examples: ['Withholding the appropriated funds violates the Impoundment Control Act.'] }),
  act('Antideficiency Act', { aliases: ['Anti-Deficiency Act'], usc: usc(31, '1341'), examples: ['Spending without an appropriation runs afoul of the Antideficiency Act.'] }),
  act('Economy Act', { year: 1932, usc: usc(31, '1535'), examples: ['The interagency order was placed under the Economy Act.'] }),
  act('Federal Tort Claims Act', { aliases: ['FTCA'], year: 1946, usc: etSeq(28, '2671'), examples: ['The estate sued the United States under the FTCA.'] }),
  act('Westfall Act', { year: 1988, usc: usc(28, '2679', false, { subsections: ['d'] }), examples: ['The Attorney General certified scope of employment under the Westfall Act.'] }),
  act('Tucker Act', { year: 1887, usc: usc(28, '1491'), examples: ['Contract claims against the government belong in the Court of Federal Claims under the Tucker Act.'] }),
  act('Little Tucker Act', { usc: usc(28, '1346', false, { subsections: ['a', '2'] }), examples: ['Claims under $10,000 may proceed in district court under the Little Tucker Act.'] }),
  act('Contract Disputes Act of 1978', { aliases: ['Contract Disputes Act'], usc: etSeq(41, '7101'), examples: ['The contractor appealed the final decision under the Contract Disputes Act.'] }),
  act('Equal Access to Justice Act', { aliases: ['EAJA'], year: 1980, usc: usc(28, '2412'), examples: ['The prevailing party moved for fees under EAJA.'] }),
  act('Declaratory Judgment Act', { year: 1934, usc: usc(28, '2201'), examples: ['The Declaratory Judgment Act does not itself confer jurisdiction.'] }),
  act('All Writs Act', { year: 1789, usc: usc(28, '1651'), examples: ['The government sought an order under the All Writs Act.'] }),
  act('Judiciary Act of 1789', { examples: ['The First Congress created the lower courts in the Judiciary Act of 1789.'] }),
  act('Anti-Injunction Act', { usc: usc(28, '2283'), examples: ['A federal court may not enjoin the state proceeding under the Anti-Injunction Act.'] }),
  act('Tax Anti-Injunction Act', { usc: usc(26, '7421', false, { subsections: ['a'] }), examples: ['Suits to restrain tax collection are barred by the Tax Anti-Injunction Act.'] }),
  act('Prison Litigation Reform Act of 1995', { aliases: ['Prison Litigation Reform Act', 'PLRA'], usc: usc(42, '1997e'), examples: ['The inmate had not exhausted remedies as the PLRA requires.'] }),
  act('Class Action Fairness Act of 2005', { aliases: ['Class Action Fairness Act', 'CAFA'], usc: usc(28, '1332', false, { subsections: ['d'] }), examples: ['The defendant removed the class action under CAFA.'] }),
  act('Antiterrorism and Effective Death Penalty Act of 1996', { aliases: ['Antiterrorism and Effective Death Penalty Act', 'AEDPA'], examples: ['Habeas relief is limited by AEDPA deference.'] }),
  act('Federal Arbitration Act', { year: 1925, usc: etSeq(9, '1'), examples: ['The employer moved to compel arbitration under the Federal Arbitration Act.'] }),
  act('Civil Rights of Institutionalized Persons Act', { aliases: ['CRIPA'], year: 1980, usc: etSeq(42, '1997'), examples: ['The Department opened a CRIPA investigation of the jail.'] }),

  // --- Tax
  act('Internal Revenue Code of 1986', { wholeTitle: true, aliases: ['Internal Revenue Code', 'IRC', 'I.R.C.'], usc: usc(26), sameNumbering: true, examples: ['The credit is defined in the Internal Revenue Code.'] }),
  act('Tax Reform Act of 1976', { aliases: ['Tax Reform Act'], examples: ['The confidentiality rules were rewritten by the Tax Reform Act of 1976.', 'Plaintiffs also invoke the Tax Reform Act.'] }),
  act('Tax Reform Act of 1986', { examples: ['Rates were lowered by the Tax Reform Act of 1986.'] }),
  act('Tax Cuts and Jobs Act', { year: 2017, examples: ['The deduction was capped by the Tax Cuts and Jobs Act.'] }),
  act('Taxpayer Bill of Rights', { usc: usc(26, '7803', false, { subsections: ['a', '3'] }), examples: ['The Commissioner must respect the Taxpayer Bill of Rights.'] }),
  act('Taxpayer First Act', { year: 2019, examples: ['The Taxpayer First Act created the Independent Office of Appeals.'] }),
  act('Inflation Reduction Act of 2022', { aliases: ['Inflation Reduction Act'], examples: ['The agency received new funding in the Inflation Reduction Act.'] }),

  // --- Immigration, national security, emergencies
  act('Immigration and Nationality Act', { sections: sections(8,
      sec('101', '1101', 'A refugee is defined in Section 101(a)(42) of the INA.'),
      sec('208', '1158', 'She applied for asylum under Section 208 of the INA.'),
      sec('212', '1182', 'The entry ban invoked Section 212(f) of the INA.'),
      sec('214', '1184', 'Visa petitions are governed by Section 214 of the INA.'),
      sec('235', '1225', 'Arriving noncitizens are detained under Section 235(b) of the INA.'),
      sec('236', '1226', 'He was held under Section 236(a) of the INA.'),
      sec('237', '1227', 'Removability was charged under Section 237 of the INA.'),
      sec('240', '1229a', 'Removal proceedings are held under Section 240 of the INA.'),
      sec('240A', '1229b', 'She sought cancellation of removal under Section 240A of the INA.'),
      sec('241', '1231', 'Post-order detention is governed by Section 241 of the INA.'),
      sec('242', '1252', 'Judicial review is limited by Section 242 of the INA.'),
      sec('244', '1254a', 'Temporary protected status rests on Section 244 of the INA.'),
      sec('245', '1255', 'He applied to adjust status under Section 245 of the INA.'),
      sec('287', '1357', 'Local officers were deputized under Section 287(g) of the INA.'),
    ), aliases: ['INA'], year: 1952, usc: etSeq(8, '1101'), examples: ['Removal proceedings are governed by the Immigration and Nationality Act.', 'The INA lists the grounds of inadmissibility.'] }),
  act('Illegal Immigration Reform and Immigrant Responsibility Act of 1996', { aliases: ['Illegal Immigration Reform and Immigrant Responsibility Act', 'IIRIRA'], examples: ['Expedited removal was created by IIRIRA.'] }),
  act('Immigration Reform and Control Act of 1986', { aliases: ['Immigration Reform and Control Act', 'IRCA'], examples: ['Employer sanctions date to the Immigration Reform and Control Act.'] }),
  act('Refugee Act of 1980', { examples: ['Asylum standards were set by the Refugee Act of 1980.'] }),
  act('Alien Enemies Act', { year: 1798, usc: etSeq(50, '21'), examples: ['The proclamation invoked the Alien Enemies Act.'] }),
  act('Insurrection Act', { year: 1807, usc: usc(10, '251', false, { sectionEnd: '255' }), examples: ['The President threatened to invoke the Insurrection Act.'] }),
  act('Posse Comitatus Act', { year: 1878, usc: usc(18, '1385'), examples: ['Using troops for policing may violate the Posse Comitatus Act.'] }),
  act('Foreign Intelligence Surveillance Act of 1978', { aliases: ['Foreign Intelligence Surveillance Act', 'FISA'], usc: etSeq(50, '1801'), examples: ['The warrant was issued by the FISA court under FISA.'] }),
  act('USA PATRIOT Act', { aliases: ['USA Patriot Act', 'Patriot Act', 'PATRIOT Act'], year: 2001, examples: ['The records were collected under the Patriot Act.'] }),
  act('International Emergency Economic Powers Act', { aliases: ['IEEPA'], year: 1977, usc: etSeq(50, '1701'), examples: ['The tariffs were imposed under IEEPA.'] }),
  act('National Emergencies Act', { year: 1976, usc: etSeq(50, '1601'), examples: ['The President declared an emergency under the National Emergencies Act.'] }),
  act('Defense Production Act of 1950', { aliases: ['Defense Production Act'], usc: etSeq(50, '4501'), examples: ['Factories were directed under the Defense Production Act.'] }),
  act('War Powers Resolution', { aliases: ['War Powers Act'], year: 1973, usc: etSeq(50, '1541'), examples: ['Congress was notified under the War Powers Resolution.'] }),
  act('Trade Expansion Act of 1962', { aliases: ['Trade Expansion Act'], examples: ['The steel tariffs rest on the Trade Expansion Act of 1962.'] }),
  act('Trade Act of 1974', { examples: ['The investigation was opened under the Trade Act of 1974.'] }),
  act('Homeland Security Act of 2002', { aliases: ['Homeland Security Act'], usc: etSeq(6, '101'), examples: ['The Department was created by the Homeland Security Act.'] }),
  act('Espionage Act', { year: 1917, usc: etSeq(18, '792'), examples: ['The leaker was charged under the Espionage Act.'] }),
  act('Logan Act', { year: 1799, usc: usc(18, '953'), examples: ['Nobody has been convicted under the Logan Act.'] }),
  act('Robert T. Stafford Disaster Relief and Emergency Assistance Act', { aliases: ['Stafford Act'], year: 1988, usc: etSeq(42, '5121'), examples: ['Disaster aid flows through the Stafford Act.'] }),

  // --- Civil rights, voting, disability, education
  act('Civil Rights Act of 1964', { sections: sections(42,
      sec('601', '2000d', 'Recipients are bound by Section 601 of the Civil Rights Act of 1964.'),
      sec('703', '2000e-2', 'The policy violated Section 703 of the Civil Rights Act of 1964.'),
      sec('704', '2000e-3', 'Retaliation is barred by Section 704 of the Civil Rights Act of 1964.'),
    ), aliases: ['Civil Rights Act'], examples: ['Congress passed the Civil Rights Act of 1964.'] }),
  act('Title VII of the Civil Rights Act of 1964', { sections: sections(42,
      sec('701', '2000e', 'An employer is defined in Section 701(b) of Title VII.'),
      sec('703', '2000e-2', 'Disparate treatment is barred by Section 703(a) of Title VII.'),
      sec('704', '2000e-3', 'Retaliation is barred by Section 704(a) of Title VII.'),
      sec('706', '2000e-5', 'The charge was filed under Section 706 of Title VII.'),
      sec('717', '2000e-16', 'Federal workers sue under Section 717 of Title VII.'),
    ), aliases: ['Title VII'], usc: etSeq(42, '2000e'), examples: ['She alleged sex discrimination under Title VII.'] }),
  act('Title VI of the Civil Rights Act of 1964', { sections: sections(42,
      sec('601', '2000d', 'Exclusion by race violates Section 601 of Title VI.'),
      sec('602', '2000d-1', 'Agencies issue regulations under Section 602 of Title VI.'),
    ), aliases: ['Title VI'], usc: etSeq(42, '2000d'), examples: ['Recipients of federal funds are bound by Title VI.'] }),
  act('Civil Rights Act of 1991', { examples: ['Damages caps were added by the Civil Rights Act of 1991.'] }),
  act('Civil Rights Act of 1968', { examples: ['Title VIII of the Civil Rights Act of 1968 bars housing discrimination.'] }),
  act('Civil Rights Act of 1871', { aliases: ['Ku Klux Klan Act'], usc: usc(42, '1983'), bareSections: ['1983'], examples: ['The officers were sued under Section 1983.', 'Congress enacted the Ku Klux Klan Act in 1871.'] }),
  act('Civil Rights Act of 1866', { usc: usc(42, '1981'), bareSections: ['1981'], examples: ['The contract claim was brought under section 1981.'] }),
  // Title IX as a whole spans 20 U.S.C. §§ 1681–1688; its sections cited by number map one by one.
  act('Title IX of the Education Amendments of 1972', { sections: sections(20,
      sec('901', '1681', 'The school excluded her from the team in violation of Section 901(a) of Title IX.'),
      sec('902', '1682', 'The Department may terminate funding under Section 902 of Title IX.'),
    ), aliases: ['Title IX'], usc: etSeq(20, '1681'), examples: ['The university was investigated under Title IX.'] }),
  act('Voting Rights Act of 1965', { sections: sections(52,
      sec('2', '10301', 'The map dilutes votes in violation of Section 2 of the Voting Rights Act.'),
      sec('3', '10302', 'Plaintiffs sought bail-in under Section 3(c) of the Voting Rights Act.'),
      sec('4', '10303', 'The coverage formula is in Section 4(b) of the Voting Rights Act.'),
      sec('5', '10304', 'Preclearance was required by Section 5 of the Voting Rights Act.'),
      sec('11', '10307', 'Voter intimidation is barred by Section 11(b) of the Voting Rights Act.'),
    ), aliases: ['Voting Rights Act', 'VRA'], usc: etSeq(52, '10301'), examples: ['The map was challenged under the Voting Rights Act.'] }),
  act('National Voter Registration Act of 1993', { aliases: ['National Voter Registration Act', 'NVRA'], usc: etSeq(52, '20501'), examples: ['List maintenance is governed by the NVRA.'] }),
  act('Help America Vote Act of 2002', { aliases: ['Help America Vote Act', 'HAVA'], usc: etSeq(52, '20901'), examples: ['Provisional ballots are required by the Help America Vote Act.'] }),
  act('Federal Election Campaign Act of 1971', { aliases: ['Federal Election Campaign Act', 'FECA'], usc: etSeq(52, '30101'), examples: ['The complaint alleged FECA contribution limits were exceeded.'] }),
  act('Religious Freedom Restoration Act of 1993', { aliases: ['Religious Freedom Restoration Act', 'RFRA'], usc: etSeq(42, '2000bb'), examples: ['The mandate substantially burdens religion under RFRA.'] }),
  act('Religious Land Use and Institutionalized Persons Act of 2000', { aliases: ['Religious Land Use and Institutionalized Persons Act', 'RLUIPA'], usc: etSeq(42, '2000cc'), examples: ['The prisoner sued under RLUIPA.'] }),
  act('Americans with Disabilities Act of 1990', { sections: sections(42,
      sec('102', '12112', 'The employer discriminated in violation of Section 102 of the ADA.'),
      sec('202', '12132', 'The county excluded him in violation of Section 202 of the ADA.'),
      sec('302', '12182', 'The store was inaccessible under Section 302 of the ADA.'),
      sec('503', '12203', 'Retaliation is barred by Section 503 of the ADA.'),
    ), aliases: ['Americans with Disabilities Act', 'ADA'], usc: etSeq(42, '12101'), examples: ['The building lacks ramps required by the ADA.'] }),
  act('Title I of the Americans with Disabilities Act', { aliases: ['Title I of the ADA'], usc: etSeq(42, '12111'), examples: ['The employer failed to accommodate her as Title I of the ADA requires.'] }),
  act('Title II of the Americans with Disabilities Act', { aliases: ['Title II of the ADA'], usc: etSeq(42, '12131'), examples: ['The city excluded wheelchair users in violation of Title II of the ADA.'] }),
  act('Title III of the Americans with Disabilities Act', { aliases: ['Title III of the ADA'], usc: etSeq(42, '12181'), examples: ['The hotel website was sued under Title III of the Americans with Disabilities Act.'] }),
  act('Rehabilitation Act of 1973', { sections: sections(29,
      sec('501', '791', 'Federal agencies must accommodate under Section 501 of the Rehabilitation Act.'),
      sec('504', '794', 'The program excluded her in violation of Section 504 of the Rehabilitation Act of 1973.'),
      sec('505', '794a', 'Remedies are provided by Section 505 of the Rehabilitation Act.'),
      sec('508', '794d', 'The website was inaccessible under Section 508 of the Rehabilitation Act.'),
    ), aliases: ['Rehabilitation Act'], usc: etSeq(29, '701'), examples: ['Federal employees bring disability claims under the Rehabilitation Act.'] }),
  act('Section 504 of the Rehabilitation Act', { usc: usc(29, '794'), examples: ['The district violated Section 504 of the Rehabilitation Act.'] }),
  act('Individuals with Disabilities Education Act', { aliases: ['IDEA'], year: 1975, usc: etSeq(20, '1400'), examples: ['The child was denied a free appropriate public education under the IDEA.'] }),
  act('Age Discrimination in Employment Act of 1967', { sections: sections(29,
      sec('4', '623', 'Firing the older managers violated Section 4(a)(1) of the ADEA.'),
    ), aliases: ['Age Discrimination in Employment Act', 'ADEA'], usc: etSeq(29, '621'), examples: ['He was fired at 62 and sued under the ADEA.'] }),
  act('Age Discrimination Act of 1975', { usc: etSeq(42, '6101'), examples: ['Funding recipients are covered by the Age Discrimination Act of 1975.'] }),
  act('Equal Pay Act of 1963', { aliases: ['Equal Pay Act'], usc: usc(29, '206', false, { subsections: ['d'] }), examples: ['She was paid less in breach of the Equal Pay Act.'] }),
  act('Pregnancy Discrimination Act', { year: 1978, usc: usc(42, '2000e', false, { subsections: ['k'] }), examples: ['Accommodation claims arise under the Pregnancy Discrimination Act.'] }),
  act('Genetic Information Nondiscrimination Act of 2008', { aliases: ['Genetic Information Nondiscrimination Act', 'GINA'], examples: ['Employers may not request genetic tests under GINA.'] }),
  act('Fair Housing Act', { sections: sections(42,
      sec('804', '3604', 'Refusing to rent to families violates Section 804(a) of the Fair Housing Act.'),
      sec('805', '3605', 'The lender discriminated under Section 805 of the Fair Housing Act.'),
      sec('817', '3617', 'The tenants were threatened in violation of Section 817 of the Fair Housing Act.'),
    ), year: 1968, usc: etSeq(42, '3601'), examples: ['The landlord refused to rent in violation of the Fair Housing Act.'] }),
  act('Higher Education Act of 1965', { aliases: ['Higher Education Act', 'HEA'], usc: etSeq(20, '1001'), examples: ['Loan forgiveness was authorized under the Higher Education Act.'] }),
  act('Family Educational Rights and Privacy Act', { aliases: ['FERPA'], year: 1974, usc: usc(20, '1232g'), examples: ['Student records are protected by FERPA.'] }),
  act('Violence Against Women Act of 1994', { aliases: ['Violence Against Women Act', 'VAWA'], examples: ['The grant program was created by the Violence Against Women Act.'] }),
  act('Trafficking Victims Protection Act of 2000', { aliases: ['Trafficking Victims Protection Act', 'TVPA'], usc: etSeq(22, '7101'), examples: ['The workers sued their employer under the Trafficking Victims Protection Act.'] }),
  act('Indian Child Welfare Act of 1978', { aliases: ['Indian Child Welfare Act', 'ICWA'], usc: etSeq(25, '1901'), examples: ['The placement preferences of ICWA applied.'] }),
  act('Indian Self-Determination and Education Assistance Act', { aliases: ['ISDEAA', 'Indian Self-Determination Act'], year: 1975, usc: etSeq(25, '5301'), examples: ['The tribe contracts its clinic under the Indian Self-Determination and Education Assistance Act.'] }),
  act('Indian Gaming Regulatory Act', { aliases: ['IGRA'], year: 1988, usc: etSeq(25, '2701'), examples: ['The compact was negotiated under the Indian Gaming Regulatory Act.'] }),
  act('Servicemembers Civil Relief Act', { aliases: ['SCRA'], year: 2003, usc: etSeq(50, '3901'), examples: ['The default judgment was vacated under the Servicemembers Civil Relief Act.'] }),
  act('Uniformed Services Employment and Reemployment Rights Act of 1994', { aliases: ['Uniformed Services Employment and Reemployment Rights Act', 'USERRA'], usc: etSeq(38, '4301'), examples: ['The reservist was rehired under USERRA.'] }),
  act('Freedom of Access to Clinic Entrances Act of 1994', { aliases: ['Freedom of Access to Clinic Entrances Act', 'FACE Act'], usc: usc(18, '248'), examples: ['The protesters were charged under the FACE Act.'] }),

  // --- Labor and employment
  act('Fair Labor Standards Act of 1938', { sections: sections(29,
      sec('3', '203', 'An employee is defined in Section 3(e) of the FLSA.'),
      sec('6', '206', 'The minimum wage is set by Section 6 of the FLSA.'),
      sec('7', '207', 'Overtime is owed under Section 7 of the FLSA.'),
      sec('11', '211', 'Employers must keep records under Section 11(c) of the FLSA.'),
      sec('12', '212', 'Oppressive child labor is barred by Section 12 of the FLSA.'),
      sec('13', '213', 'Executive employees are exempt under Section 13(a)(1) of the FLSA.'),
      sec('15', '215', 'Retaliation is barred by Section 15(a)(3) of the FLSA.'),
      sec('16', '216', 'Collective actions proceed under Section 16(b) of the FLSA.'),
    ), aliases: ['Fair Labor Standards Act', 'FLSA'], usc: etSeq(29, '201'), examples: ['The drivers seek unpaid overtime under the FLSA.'] }),
  act('Employee Retirement Income Security Act of 1974', { sections: sections(29,
      sec('404', '1104', 'The trustees breached their duties under Section 404 of ERISA.'),
      sec('406', '1106', 'The loan was a prohibited transaction under Section 406 of ERISA.'),
      sec('502', '1132', 'Benefits are sought under Section 502(a)(1)(B) of ERISA.'),
      sec('510', '1140', 'Interference with benefits is barred by Section 510 of ERISA.'),
      sec('514', '1144', 'State law is preempted by Section 514 of ERISA.'),
    ), aliases: ['Employee Retirement Income Security Act', 'ERISA'], usc: etSeq(29, '1001'), examples: ['The benefits claim is preempted by ERISA.'] }),
  act('Family and Medical Leave Act of 1993', { sections: sections(29,
      sec('102', '2612', 'She was entitled to leave under Section 102(a)(1) of the FMLA.'),
      sec('105', '2615', 'Firing him for taking leave violated Section 105(a)(2) of the FMLA.'),
      sec('107', '2617', 'The nurse sued for damages under Section 107 of the FMLA.'),
    ), aliases: ['Family and Medical Leave Act', 'FMLA'], usc: etSeq(29, '2601'), examples: ['She took twelve weeks of leave under the FMLA.'] }),
  act('National Labor Relations Act', { sections: sections(29,
      sec('2', '152', 'Supervisors are excluded by Section 2(11) of the NLRA.'),
      sec('7', '157', 'Concerted activity is protected by Section 7 of the NLRA.'),
      sec('8', '158', 'The firing violated Section 8(a)(3) of the NLRA.'),
      sec('9', '159', 'The union was certified under Section 9 of the NLRA.'),
      sec('10', '160', 'The Board sought an injunction under Section 10(j) of the NLRA.'),
    ), aliases: ['NLRA', 'Wagner Act'], year: 1935, usc: etSeq(29, '151'), examples: ['The firing was an unfair labor practice under the NLRA.'] }),
  act('Labor Management Relations Act', { aliases: ['LMRA', 'Taft-Hartley Act'], year: 1947, usc: etSeq(29, '141'), examples: ['The grievance claim arises under the LMRA.'] }),
  act('Railway Labor Act', { year: 1926, usc: etSeq(45, '151'), examples: ['Airline unions bargain under the Railway Labor Act.'] }),
  act('Occupational Safety and Health Act of 1970', { sections: sections(29,
      sec('5', '654', 'The employer breached the general duty clause, Section 5(a)(1) of the OSH Act.'),
      sec('6', '655', 'The standard was promulgated under Section 6(b) of the OSH Act.'),
      sec('11', '660', 'The inspector who reported hazards was protected by Section 11(c) of the OSH Act.'),
    ), aliases: ['Occupational Safety and Health Act', 'OSH Act'], usc: etSeq(29, '651'), examples: ['The citation was issued under the OSH Act.'] }),
  act('Davis-Bacon Act', { year: 1931, usc: etSeq(40, '3141'), examples: ['Contractors must pay prevailing wages under the Davis-Bacon Act.'] }),
  act('Worker Adjustment and Retraining Notification Act', { aliases: ['WARN Act'], year: 1988, usc: etSeq(29, '2101'), examples: ['The plant closed without notice required by the WARN Act.'] }),
  act('Federal Employers\' Liability Act', { aliases: ['FELA'], year: 1908, usc: etSeq(45, '51'), examples: ['The injured railroad worker sued under FELA.'] }),
  act('Longshore and Harbor Workers\' Compensation Act', { year: 1927, usc: etSeq(33, '901'), examples: ['Dock workers are covered by the Longshore and Harbor Workers\' Compensation Act.'] }),
  act('Jones Act', { year: 1920, usc: usc(46, '30104'), examples: ['The seaman brought a negligence claim under the Jones Act.'] }),
  act('Miller Act', { year: 1935, usc: etSeq(40, '3131'), examples: ['The subcontractor sued on the payment bond under the Miller Act.'] }),

  // --- Criminal
  act('Racketeer Influenced and Corrupt Organizations Act', { aliases: ['RICO'], year: 1970, usc: etSeq(18, '1961'), examples: ['The enterprise was charged under RICO.'] }),
  act('Computer Fraud and Abuse Act', { aliases: ['CFAA'], year: 1986, usc: usc(18, '1030'), examples: ['Scraping the site did not violate the Computer Fraud and Abuse Act.'] }),
  act('Electronic Communications Privacy Act of 1986', { aliases: ['Electronic Communications Privacy Act', 'ECPA'], examples: ['Email contents are protected by ECPA.'] }),
  act('Stored Communications Act', { year: 1986, usc: etSeq(18, '2701'), examples: ['The provider resisted the order under the Stored Communications Act.'] }),
  act('Wiretap Act', { aliases: ['Federal Wiretap Act'], year: 1968, usc: etSeq(18, '2510'), examples: ['Recording the call breached the Wiretap Act.'] }),
  act('Controlled Substances Act', { year: 1970, usc: etSeq(21, '801'), examples: ['Marijuana remains a Schedule I drug under the Controlled Substances Act.'] }),
  act('Anti-Terrorism Act', { aliases: ['Antiterrorism Act'], year: 1990, usc: etSeq(18, '2331'), examples: ['Victims of the bombing sued the bank under the Anti-Terrorism Act.'] }),
  act('Armed Career Criminal Act', { aliases: ['ACCA'], year: 1984, usc: usc(18, '924', false, { subsections: ['e'] }), examples: ['His sentence was enhanced under the Armed Career Criminal Act.'] }),
  act('Hobbs Act', { year: 1946, usc: usc(18, '1951'), examples: ['The robbery was charged as a Hobbs Act offense.'] }),
  act('Travel Act', { year: 1961, usc: usc(18, '1952'), examples: ['Bribery counts were brought under the Travel Act.'] }),
  act('Mann Act', { year: 1910, usc: etSeq(18, '2421'), examples: ['He was convicted under the Mann Act.'] }),
  act('Comstock Act', { year: 1873, usc: usc(18, '1461', false, { sectionEnd: '1462' }), examples: ['Mailing the pills was said to violate the Comstock Act.'] }),
  act('Foreign Corrupt Practices Act', { aliases: ['FCPA'], year: 1977, usc: etSeq(15, '78dd-1'), examples: ['The bribes abroad were prosecuted under the FCPA.'] }),
  act('Bank Secrecy Act', { year: 1970, usc: etSeq(31, '5311'), examples: ['The bank failed to file reports required by the Bank Secrecy Act.'] }),
  act('False Claims Act', { year: 1863, usc: etSeq(31, '3729'), examples: ['The relator filed a qui tam suit under the False Claims Act.'] }),
  act('Video Privacy Protection Act', { aliases: ['VPPA'], year: 1988, usc: usc(18, '2710'), examples: ['Sharing viewing histories violates the Video Privacy Protection Act.'] }),
  act('Driver\'s Privacy Protection Act', { aliases: ['DPPA'], year: 1994, usc: etSeq(18, '2721'), examples: ['The state sold motor vehicle records in violation of the Driver\'s Privacy Protection Act.'] }),

  // --- Antitrust, securities, banking, consumer finance
  act('Sherman Act', { sections: sections(15,
      sec('1', '1', 'The price-fixing agreement violates Section 1 of the Sherman Act.'),
      sec('2', '2', 'Monopolization is barred by Section 2 of the Sherman Act.'),
    ), aliases: ['Sherman Antitrust Act'], year: 1890, usc: etSeq(15, '1'), examples: ['The price-fixing scheme violates the Sherman Act.'] }),
  act('Clayton Act', { sections: sections(15,
      sec('3', '14', 'The exclusive dealing contract violates Section 3 of the Clayton Act.'),
      sec('4', '15', 'Treble damages are available under Section 4 of the Clayton Act.'),
      sec('7', '18', 'The merger was challenged under Section 7 of the Clayton Act.'),
      sec('8', '19', 'Interlocking directorates are barred by Section 8 of the Clayton Act.'),
      sec('16', '26', 'Injunctive relief is available under Section 16 of the Clayton Act.'),
    ), year: 1914, usc: etSeq(15, '12'), examples: ['The merger was challenged under the Clayton Act.'] }),
  act('Federal Trade Commission Act', { sections: sections(15,
      sec('5', '45', 'The ads were unfair under Section 5 of the FTC Act.'),
      sec('6', '46', 'The agency issued orders under Section 6(b) of the FTC Act.'),
      sec('13', '53', 'The Commission sought an injunction under Section 13(b) of the FTC Act.'),
      sec('18', '57a', 'Trade rules issue under Section 18 of the FTC Act.'),
      sec('19', '57b', 'Consumer redress was sought under Section 19 of the FTC Act.'),
    ), aliases: ['FTC Act'], year: 1914, usc: etSeq(15, '41'), examples: ['Deceptive practices are unlawful under the FTC Act.'] }),
  act('Robinson-Patman Act', { year: 1936, usc: usc(15, '13'), examples: ['Price discrimination claims arise under the Robinson-Patman Act.'] }),
  act('Securities Act of 1933', { sections: sections(15,
      sec('5', '77e', 'The unregistered sale violated Section 5 of the Securities Act of 1933.'),
      sec('11', '77k', 'Investors sued under Section 11 of the Securities Act of 1933.'),
      sec('12', '77l', 'Rescission was sought under Section 12(a)(2) of the Securities Act of 1933.'),
      sec('15', '77o', 'Control persons are liable under Section 15 of the Securities Act of 1933.'),
      sec('17', '77q', 'Fraud in the offering violates Section 17(a) of the Securities Act of 1933.'),
    ), usc: etSeq(15, '77a'), examples: ['The offering was not registered under the Securities Act of 1933.'] }),
  act('Securities Exchange Act of 1934', { sections: sections(15,
      sec('9', '78i', 'Manipulation is barred by Section 9 of the Exchange Act.'),
      sec('10', '78j', 'Fraud claims arise under Section 10(b) of the Exchange Act.'),
      sec('12', '78l', 'The shares were registered under Section 12 of the Exchange Act.'),
      sec('13', '78m', 'Reports are filed under Section 13(a) of the Exchange Act.'),
      sec('14', '78n', 'The proxy was misleading under Section 14(a) of the Exchange Act.'),
      sec('15', '78o', 'Brokers register under Section 15 of the Exchange Act.'),
      sec('16', '78p', 'Short-swing profits are recovered under Section 16(b) of the Exchange Act.'),
      sec('20', '78t', 'Officers are liable as control persons under Section 20(a) of the Exchange Act.'),
      sec('20A', '78t-1', 'Contemporaneous traders sued under Section 20A of the Exchange Act.'),
      sec('21', '78u', 'The Commission sued under Section 21(d) of the Exchange Act.'),
      sec('21D', '78u-4', 'Pleading is governed by Section 21D of the Exchange Act.'),
    ), aliases: ['Securities Exchange Act', 'Exchange Act'], usc: etSeq(15, '78a'), examples: ['Insider trading violates the Securities Exchange Act of 1934.'] }),
  // An amending act spread over the Securities and Exchange Acts (15 U.S.C. §§ 77z-1, 78u-4): named, like the Tax Reform Act.
  act('Private Securities Litigation Reform Act of 1995', { aliases: ['Private Securities Litigation Reform Act', 'PSLRA'], examples: ['The complaint fails the heightened pleading standard of the PSLRA.', 'Discovery is stayed under the Private Securities Litigation Reform Act.'] }),
  act('Securities Litigation Uniform Standards Act of 1998', { aliases: ['Securities Litigation Uniform Standards Act', 'SLUSA'], usc: usc(15, '78bb', false, { subsections: ['f'] }), examples: ['The state-law class action is precluded by SLUSA.'] }),
  act('Investment Company Act of 1940', { aliases: ['Investment Company Act'], usc: etSeq(15, '80a-1'), examples: ['The fund is registered under the Investment Company Act.'] }),
  act('Investment Advisers Act of 1940', { aliases: ['Investment Advisers Act', 'Advisers Act'], usc: etSeq(15, '80b-1'), examples: ['The adviser breached duties under the Advisers Act.'] }),
  act('Commodity Exchange Act', { year: 1936, usc: etSeq(7, '1'), examples: ['Swaps are regulated under the Commodity Exchange Act.'] }),
  act('Dodd-Frank Wall Street Reform and Consumer Protection Act', { aliases: ['Dodd-Frank Act', 'Dodd-Frank'], year: 2010, examples: ['The Bureau was created by the Dodd-Frank Act.'] }),
  act('Sarbanes-Oxley Act of 2002', { aliases: ['Sarbanes-Oxley Act', 'Sarbanes-Oxley'], examples: ['The auditor was charged under Sarbanes-Oxley.'] }),
  act('Gramm-Leach-Bliley Act', { aliases: ['GLBA'], year: 1999, examples: ['Customer financial data is protected by the Gramm-Leach-Bliley Act.'] }),
  act('Federal Reserve Act', { year: 1913, usc: etSeq(12, '221'), examples: ['Governors may be removed only for cause under the Federal Reserve Act.'] }),
  act('National Bank Act', { year: 1864, usc: etSeq(12, '21'), examples: ['State law was preempted by the National Bank Act.'] }),
  act('Fair Credit Reporting Act', { aliases: ['FCRA'], year: 1970, usc: etSeq(15, '1681'), examples: ['The bureau reported the debt inaccurately in violation of the FCRA.'] }),
  act('Fair Debt Collection Practices Act', { aliases: ['FDCPA'], year: 1977, usc: etSeq(15, '1692'), examples: ['The collector made harassing calls prohibited by the FDCPA.'] }),
  act('Equal Credit Opportunity Act', { aliases: ['ECOA'], year: 1974, usc: etSeq(15, '1691'), examples: ['The lender discriminated on the basis of age in violation of ECOA.'] }),
  act('Truth in Lending Act', { aliases: ['TILA'], year: 1968, usc: etSeq(15, '1601'), examples: ['The disclosures fell short of the Truth in Lending Act.'] }),
  act('Electronic Fund Transfer Act', { aliases: ['EFTA'], year: 1978, usc: etSeq(15, '1693'), examples: ['Unauthorized debits are governed by the Electronic Fund Transfer Act.'] }),
  act('Real Estate Settlement Procedures Act', { aliases: ['RESPA'], year: 1974, usc: etSeq(12, '2601'), examples: ['The servicer ignored a qualified written request under RESPA.'] }),
  act('Telephone Consumer Protection Act of 1991', { aliases: ['Telephone Consumer Protection Act', 'TCPA'], usc: usc(47, '227'), examples: ['The robocalls violated the TCPA.'] }),
  act('Magnuson-Moss Warranty Act', { year: 1975, usc: etSeq(15, '2301'), examples: ['The buyer sued under the Magnuson-Moss Warranty Act.'] }),
  act('Consumer Product Safety Act', { year: 1972, usc: etSeq(15, '2051'), examples: ['The recall was ordered under the Consumer Product Safety Act.'] }),
  act('Children\'s Online Privacy Protection Act', { aliases: ['COPPA'], year: 1998, usc: etSeq(15, '6501'), examples: ['The app collected data from children in violation of COPPA.'] }),

  // --- Health and benefits
  act('Social Security Act', { sections: sections(42,
      sec('205', '405', 'The claimant sought review under Section 205(g) of the Social Security Act.'),
      sec('1115', '1315', 'The waiver was approved under Section 1115 of the Social Security Act.'),
      sec('1902', '1396a', 'State plans must comply with Section 1902 of the Social Security Act.'),
      sec('1927', '1396r-8', 'Drug rebates are set by Section 1927 of the Social Security Act.'),
    ), year: 1935, usc: etSeq(42, '301'), examples: ['Disability benefits are paid under the Social Security Act.'] }),
  act('Medicare Act', { aliases: ['Title XVIII of the Social Security Act'], usc: etSeq(42, '1395'), examples: ['Reimbursement disputes arise under the Medicare Act.'] }),
  act('Medicaid Act', { aliases: ['Title XIX of the Social Security Act'], usc: etSeq(42, '1396'), examples: ['The state plan must comply with the Medicaid Act.'] }),
  act('Patient Protection and Affordable Care Act', { aliases: ['Affordable Care Act', 'ACA'], year: 2010, examples: ['Preventive care must be covered under the Affordable Care Act.'] }),
  act('Health Insurance Portability and Accountability Act of 1996', { aliases: ['Health Insurance Portability and Accountability Act', 'HIPAA'], examples: ['The hospital disclosed records in violation of HIPAA.'] }),
  act('Emergency Medical Treatment and Active Labor Act', { aliases: ['EMTALA'], year: 1986, usc: usc(42, '1395dd'), examples: ['The hospital must stabilize the patient under EMTALA.'] }),
  act('Anti-Kickback Statute', { usc: usc(42, '1320a-7b', false, { subsections: ['b'] }), examples: ['The payments to doctors violated the Anti-Kickback Statute.'] }),
  act('Stark Law', { usc: usc(42, '1395nn'), examples: ['Self-referrals are barred by the Stark Law.'] }),
  act('Federal Food, Drug, and Cosmetic Act', { aliases: ['Food, Drug, and Cosmetic Act', 'FDCA', 'FD&C Act'], year: 1938, usc: etSeq(21, '301'), examples: ['The drug was misbranded under the Federal Food, Drug, and Cosmetic Act.'] }),
  act('Food and Nutrition Act of 2008', { sections: sections(7,
      sec('5', '2014', 'Household eligibility is set by Section 5 of the Food and Nutrition Act of 2008.'),
      sec('6', '2015', 'Work requirements come from Section 6(o) of the Food and Nutrition Act.'),
      sec('11', '2020', 'Recipient data is confidential under Section 11(e)(8) of the Food and Nutrition Act of 2008.'),
    ), aliases: ['Food and Nutrition Act', 'Food Stamp Act of 1977', 'Food Stamp Act'], usc: etSeq(7, '2011'), examples: ['The state administers SNAP under the Food and Nutrition Act of 2008.'] }),
  act('Personal Responsibility and Work Opportunity Reconciliation Act of 1996', { aliases: ['Personal Responsibility and Work Opportunity Reconciliation Act', 'PRWORA'], examples: ['Benefit eligibility for noncitizens was limited by PRWORA.'] }),
  act('Coronavirus Aid, Relief, and Economic Security Act', { aliases: ['CARES Act'], year: 2020, examples: ['The eviction moratorium came from the CARES Act.'] }),
  act('American Rescue Plan Act of 2021', { aliases: ['American Rescue Plan Act'], examples: ['States received relief funds under the American Rescue Plan Act.'] }),

  // --- Intellectual property and communications
  act('Copyright Act of 1976', { wholeTitle: true, aliases: ['Copyright Act'], usc: etSeq(17, '101'), sameNumbering: true, examples: ['The photographs are protected under the Copyright Act.'] }),
  act('Patent Act', { wholeTitle: true, year: 1952, usc: etSeq(35, '1'), sameNumbering: true, examples: ['The claims are invalid as obvious under the Patent Act.'] }),
  act('Lanham Act', { sections: sections(15,
      sec('32', '1114', 'The logo infringes the registered mark under Section 32 of the Lanham Act.'),
      sec('43', '1125', 'False advertising is barred by Section 43(a) of the Lanham Act.'),
    ), year: 1946, usc: etSeq(15, '1051'), examples: ['The logo infringes the mark under the Lanham Act.'] }),
  act('Digital Millennium Copyright Act', { aliases: ['DMCA'], year: 1998, examples: ['The host received a DMCA takedown notice.'] }),
  act('Communications Act of 1934', { sections: sections(47,
      sec('201', '201', 'Unjust charges violate Section 201(b) of the Communications Act.'),
      sec('214', '214', 'The carrier sought authority under Section 214 of the Communications Act.'),
      sec('222', '222', 'Customer data is protected by Section 222 of the Communications Act.'),
      sec('227', '227', 'The calls violated Section 227 of the Communications Act.'),
      sec('230', '230', 'The platform claimed immunity under Section 230 of the Communications Act.'),
      sec('251', '251', 'Interconnection is required by Section 251 of the Communications Act.'),
      sec('303', '303', 'Licensing rules rest on Section 303 of the Communications Act.'),
      sec('310', '310', 'Foreign ownership is limited by Section 310(b) of the Communications Act.'),
    ), aliases: ['Communications Act'], usc: etSeq(47, '151'), examples: ['The Commission regulates carriers under the Communications Act.'] }),
  act('Telecommunications Act of 1996', { aliases: ['Telecommunications Act'], examples: ['Local competition was opened by the Telecommunications Act of 1996.'] }),
  act('Communications Decency Act', { year: 1996, usc: usc(47, '230'), bareSections: ['230'], examples: ['The platform claimed immunity under Section 230.', 'The Communications Decency Act shields hosts.'] }),

  // --- Environment, energy, land
  act('National Environmental Policy Act', { sections: sections(42,
      sec('102', '4332', 'An impact statement is required by Section 102(2)(C) of NEPA.'),
    ), aliases: ['NEPA'], year: 1969, usc: etSeq(42, '4321'), examples: ['The agency skipped the environmental impact statement NEPA requires.'] }),
  act('Clean Air Act', { sections: sections(42,
      sec('108', '7408', 'Criteria pollutants are listed under Section 108 of the Clean Air Act.'),
      sec('109', '7409', 'Air quality standards are set under Section 109 of the Clean Air Act.'),
      sec('110', '7410', 'The state plan was disapproved under Section 110 of the Clean Air Act.'),
      sec('111', '7411', 'New source standards issue under Section 111(b) of the Clean Air Act.'),
      sec('112', '7412', 'Toxic emissions are limited by Section 112 of the Clean Air Act.'),
      sec('113', '7413', 'The agency sought penalties under Section 113(b) of the Clean Air Act.'),
      sec('114', '7414', 'The company answered an information request under Section 114 of the Clean Air Act.'),
      sec('165', '7475', 'The plant lacked a permit required by Section 165 of the Clean Air Act.'),
      sec('202', '7521', 'Vehicle standards are set under Section 202(a) of the Clean Air Act.'),
      sec('209', '7543', 'California sought a waiver under Section 209 of the Clean Air Act.'),
      sec('211', '7545', 'Fuel rules come from Section 211 of the Clean Air Act.'),
      sec('304', '7604', 'The neighbors sued under Section 304 of the Clean Air Act.'),
      sec('307', '7607', 'Review petitions are filed under Section 307(b)(1) of the Clean Air Act.'),
    ), year: 1963, usc: etSeq(42, '7401'), examples: ['The emission standard was set under the Clean Air Act.'] }),
  act('Clean Water Act', { sections: sections(33,
      sec('301', '1311', 'Unpermitted discharges violate Section 301 of the Clean Water Act.'),
      sec('303', '1313', 'The state listed the river under Section 303(d) of the Clean Water Act.'),
      sec('309', '1319', 'Penalties were assessed under Section 309 of the Clean Water Act.'),
      sec('311', '1321', 'The oil spill triggered Section 311 of the Clean Water Act.'),
      sec('401', '1341', 'The state denied certification under Section 401 of the Clean Water Act.'),
      sec('402', '1342', 'The outfall needs a permit under Section 402 of the Clean Water Act.'),
      sec('404', '1344', 'Filling the wetland requires a permit under Section 404 of the Clean Water Act.'),
      sec('502', '1362', 'Navigable waters are defined in Section 502 of the Clean Water Act.'),
      sec('505', '1365', 'The group gave notice under Section 505 of the Clean Water Act.'),
    ), aliases: ['Federal Water Pollution Control Act'], year: 1972, usc: etSeq(33, '1251'), examples: ['Discharging into the river without a permit violates the Clean Water Act.'] }),
  act('Endangered Species Act of 1973', { sections: sections(16,
      sec('3', '1532', 'Harm is defined in Section 3 of the Endangered Species Act.'),
      sec('4', '1533', 'The bird was listed under Section 4 of the Endangered Species Act.'),
      sec('7', '1536', 'Agencies must consult under Section 7(a)(2) of the Endangered Species Act.'),
      sec('9', '1538', 'Killing the wolves violated Section 9 of the Endangered Species Act.'),
      sec('10', '1539', 'The developer sought an incidental take permit under Section 10 of the Endangered Species Act.'),
      sec('11', '1540', 'Citizens may sue under Section 11(g) of the Endangered Species Act.'),
    ), aliases: ['Endangered Species Act'], usc: etSeq(16, '1531'), examples: ['The owl is listed under the Endangered Species Act.'] }),
  act('Comprehensive Environmental Response, Compensation, and Liability Act', { sections: sections(42,
      sec('104', '9604', 'The agency responded under Section 104 of CERCLA.'),
      sec('106', '9606', 'A cleanup order issued under Section 106 of CERCLA.'),
      sec('107', '9607', 'The owners are liable for costs under Section 107 of CERCLA.'),
      sec('113', '9613', 'The company sought contribution under Section 113(f) of CERCLA.'),
    ), aliases: ['CERCLA', 'Superfund Act'], year: 1980, usc: etSeq(42, '9601'), examples: ['The owners are liable for cleanup costs under CERCLA.'] }),
  act('Resource Conservation and Recovery Act', { sections: sections(42,
      sec('3004', '6924', 'Disposal standards are set by Section 3004 of RCRA.'),
      sec('3005', '6925', 'The facility lacked a permit under Section 3005 of RCRA.'),
      sec('7002', '6972', 'The residents sued under Section 7002 of RCRA.'),
      sec('7003', '6973', 'The agency issued an order under Section 7003 of RCRA.'),
    ), aliases: ['RCRA'], year: 1976, usc: etSeq(42, '6901'), examples: ['Hazardous waste disposal is regulated by RCRA.'] }),
  act('Safe Drinking Water Act', { year: 1974, usc: etSeq(42, '300f'), examples: ['The lead levels exceeded limits under the Safe Drinking Water Act.'] }),
  act('Toxic Substances Control Act', { aliases: ['TSCA'], year: 1976, usc: etSeq(15, '2601'), examples: ['The chemical was banned under TSCA.'] }),
  act('Federal Insecticide, Fungicide, and Rodenticide Act', { aliases: ['FIFRA'], year: 1947, usc: etSeq(7, '136'), examples: ['The label was approved under FIFRA.'] }),
  act('Marine Mammal Protection Act', { year: 1972, usc: etSeq(16, '1361'), examples: ['Sonar testing required a permit under the Marine Mammal Protection Act.'] }),
  act('Migratory Bird Treaty Act', { year: 1918, usc: etSeq(16, '703'), examples: ['Killing the hawks violated the Migratory Bird Treaty Act.'] }),
  // Recodified in title 54 (2014): the sections are still cited by their old numbers.
  act('National Historic Preservation Act', { sections: sections(54,
      sec('106', '306108', 'The agency never consulted the tribe under Section 106 of the National Historic Preservation Act.'),
      sec('110', '306101', 'Agencies must manage their historic properties under Section 110 of the National Historic Preservation Act.'),
    ), aliases: ['NHPA'], year: 1966, usc: etSeq(54, '300101'), examples: ['The agency failed to consult under the National Historic Preservation Act.'] }),
  act('Federal Land Policy and Management Act of 1976', { aliases: ['Federal Land Policy and Management Act', 'FLPMA'], usc: etSeq(43, '1701'), examples: ['Grazing permits are managed under FLPMA.'] }),
  act('Outer Continental Shelf Lands Act', { year: 1953, usc: etSeq(43, '1331'), examples: ['Offshore leasing proceeds under the Outer Continental Shelf Lands Act.'] }),
  act('Surface Mining Control and Reclamation Act of 1977', { aliases: ['Surface Mining Control and Reclamation Act'], usc: etSeq(30, '1201'), examples: ['Reclamation bonds are required by the Surface Mining Control and Reclamation Act.'] }),
  act('Federal Power Act', { year: 1920, usc: etSeq(16, '791a'), examples: ['Wholesale rates are set under the Federal Power Act.'] }),
  act('Natural Gas Act', { year: 1938, usc: etSeq(15, '717'), examples: ['The pipeline certificate issued under the Natural Gas Act.'] }),

  // --- Bankruptcy and the codified titles known by name
  act('Bankruptcy Code', { wholeTitle: true, usc: usc(11), sameNumbering: true, examples: ['The automatic stay arises under the Bankruptcy Code.'] }),
  act('Uniform Code of Military Justice', { aliases: ['UCMJ'], year: 1950, usc: etSeq(10, '801'), examples: ['The soldier was court-martialed under the UCMJ.'] }),
  act('Infrastructure Investment and Jobs Act', { year: 2021, examples: ['The broadband grants come from the Infrastructure Investment and Jobs Act.'] }),
];

// Habeas and federal-question sections litigators name by number alone ("a § 2255 motion").
const JUDICIAL_CODE_BARE: readonly NamedAct[] = [
  act('28 U.S.C. § 2241 (habeas corpus)', { labelOnly: true, usc: usc(28, '2241'), bareSections: ['2241'], examples: ['The detainee filed a petition under section 2241.'] }),
  act('28 U.S.C. § 2254 (state prisoners)', { labelOnly: true, usc: usc(28, '2254'), bareSections: ['2254'], examples: ['The state prisoner sought relief under § 2254.'] }),
  act('28 U.S.C. § 2255 (federal prisoners)', { labelOnly: true, usc: usc(28, '2255'), bareSections: ['2255'], examples: ['He moved to vacate his sentence under Section 2255.'] }),
  act('Section 1985 of the Civil Rights Act of 1871', { labelOnly: true, usc: usc(42, '1985'), bareSections: ['1985'], examples: ['The conspiracy claim was brought under section 1985.'] }),
  act('Civil Rights Attorney\'s Fees Awards Act of 1976', { aliases: ['Civil Rights Attorney\'s Fees Awards Act'], usc: usc(42, '1988'), bareSections: ['1988'], examples: ['Fees were awarded under section 1988.'] }),
];

export const ALL_NAMED_ACTS: readonly NamedAct[] = [...NAMED_ACTS, ...JUDICIAL_CODE_BARE];

// ---------------------------------------------------------------------------------------------
// Matching

export interface ActMatch<T extends NamedAct = NamedAct> {
  start: number;
  end: number;
  act: T;
}

/** Every written form that names an entry, mapped to it (aliases as written; names also in capitals). */
function writtenForms<T extends NamedAct>(entries: readonly T[]): Map<string, T> {
  const forms = new Map<string, T>();
  const add = (form: string, entry: T): void => {
    const key = foldForm(form);
    if (!forms.has(key)) forms.set(key, entry);
  };
  for (const entry of entries) {
    if (entry.labelOnly) continue;
    const base = [entry.name, ...entry.aliases];
    for (const f of base) {
      add(f, entry);
      // "Privacy Act" -> also "Privacy Act of 1974"; acronyms never take a year
      if (entry.year && !/ of \d{4}$/.test(f) && !isAcronym(f) && /(Act|Code|Statute|Law)$/.test(f)) add(`${f} of ${entry.year}`, entry);
    }
    // headings in capitals: "THE PRIVACY ACT"
    for (const f of base) if (!isAcronym(f)) add(f.toUpperCase(), entry);
  }
  return forms;
}

function isAcronym(s: string): boolean {
  return /^[A-Z&.]+$/.test(s.replace(/ Act$/, ''));
}

/** Fold the variations a writer introduces without changing the name: quotes, dashes, spacing. */
function foldForm(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ');
}

// One pattern piece per character of a folded form: the folding undone.
function charPattern(ch: string): string {
  if (ch === "'") return "['’]";
  if (ch === '-') return '[-‐‑–]';
  if (ch === ' ') return '\\s';
  return escapeRegExp(ch);
}

/** Finds the acts of one table in a text; the federal table and the state table each have one. */
export interface ActMatcher<T extends NamedAct> {
  /** The acts written in `text`, longest form at each position, left to right. */
  match(text: string): ActMatch<T>[];
  /** The entry a written form names exactly ("the" and spacing aside), if any. */
  find(written: string): T | undefined;
}

export function actMatcher<T extends NamedAct>(entries: readonly T[]): ActMatcher<T> {
  const forms = writtenForms(entries);
  // The longest form wins: "Privacy Act of 1974" over "Privacy Act", "Title VII" over "Title VI".
  // A form with no year must not be followed by another year: "Civil Rights Act of 1991" is not the 1964 act.
  const re = new RegExp(`(?<![\\w&.-])${trieAlternation(forms.keys(), charPattern)}(?![\\w&]|[-‐‑–]\\w|\\sof\\s\\d{4})`, 'g');
  return {
    match(text) {
      const out: ActMatch<T>[] = [];
      for (const m of text.matchAll(re)) {
        const entry = forms.get(foldForm(m[0]));
        if (entry) out.push({ start: m.index, end: m.index + m[0].length, act: entry });
      }
      return out;
    },
    find: (written) => forms.get(foldForm(written.trim().replace(/^the\s+/i, ''))),
  };
}

const FEDERAL = actMatcher(ALL_NAMED_ACTS);

/** Named federal acts written in `text`, longest form at each position, left to right. */
export function matchNamedActs(text: string): ActMatch[] {
  return FEDERAL.match(text);
}

/** The federal entry a written form names exactly ("the" and spacing aside), if any. */
export function findNamedAct(written: string): NamedAct | undefined {
  return FEDERAL.find(written);
}

/** The entry whose number alone ("Section 1983", "§ 2255") names a well-known section. */
export function actForBareSection(section: string): NamedAct | undefined {
  return ALL_NAMED_ACTS.find((a) => a.bareSections?.includes(section));
}

/** Where an act's own section is codified ("113" of the Clean Air Act -> title 42, "7413"), when its table says. */
export function codifiedSection(act: NamedAct, section: string): { title: number; section: string } | undefined {
  const table = act.sections;
  const hit = table?.entries.find((e) => e.act.toLowerCase() === section.toLowerCase());
  return table && hit ? { title: table.title, section: hit.usc } : undefined;
}
