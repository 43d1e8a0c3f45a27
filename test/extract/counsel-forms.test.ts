// Counsel forms that held-out documents wrote and the extractor missed, one table per kind of failure:
// prose forms of naming a lawyer, the side a lawyer is on, transcript appearances, organization spans,
// intervenors and court roles, and people quoted with a title who are no counsel. Every string is
// written for this file.
import { describe, expect, it } from 'vitest';
import { counsel, table } from './counsel-helper.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';

// 1. Prose forms: "and by X, a partner at Y", a plural title before a list, "argued the cause for"
// alone, clinic lawyers, "Its lawyers at X", "the Omaha firm X", "X, which represents the tenants".
table('1. lawyers named in prose forms', [
  [
    'The Lindenwood Tenants Union sued Harlan Property Group LLC on Monday. The union is represented by Marguerite Olsen of the Eastside Housing Law Center, and by Tobias Renkel, a partner at Fairbanks Dorr LLP in Denver, who serves as co-counsel.',
    ['Marguerite Olsen|Eastside Housing Law Center|plaintiff', 'Tobias Renkel|Fairbanks Dorr LLP|plaintiff'],
    ['Eastside Housing Law Center|plaintiff', 'Fairbanks Dorr LLP|plaintiff'],
  ],
  [
    'Nevada and Utah sued the U.S. Department of the Interior on Tuesday over the grazing fees. Assistant Attorneys General Harriet Okafor-Lind and Ruth Ellen Sandoval are handling the case for Nevada.',
    ['Harriet Okafor-Lind||plaintiff', 'Ruth Ellen Sandoval||plaintiff'],
    [],
  ],
  [
    'GREENFIELD FARMERS COOPERATIVE,\nPlaintiff-Appellant,\nv.\nUNITED STATES DEPARTMENT OF AGRICULTURE,\nDefendant-Appellee.\nMaribel Osterhout argued the cause for appellant.\nTheo Brandvold, Attorney, U.S. Department of Justice, argued the cause for appellee. With him on the brief were Ines Caldwell, Deputy Assistant Attorney General, and Raymond T. Oyelaran, Attorney.',
    ['Ines Caldwell||defendant', 'Maribel Osterhout||plaintiff', 'Raymond T. Oyelaran||defendant', 'Theo Brandvold|U.S. Department of Justice|defendant'],
    ['U.S. Department of Justice|defendant'],
  ],
  [
    'Students in the Disability Benefits Clinic at Harborview College of Law have taken on a new appeal. The clinic filed suit in federal court on behalf of Lorena Pike against the Social Security Administration. Clinic director Ophelia Strand and supervising attorney Caleb Munro are counsel of record.',
    ['Caleb Munro|Disability Benefits Clinic|plaintiff', 'Ophelia Strand|Disability Benefits Clinic|plaintiff'],
    ['Disability Benefits Clinic|plaintiff'],
  ],
  [
    'Students in the Consumer Protection Clinic at Lakemont Law School have won a judgment for Dorothy Ainsworth, who sued Pinnacle Auto Finance LLC in federal court. Student attorneys Kira Bell and Tomas Ueda handled the trial under the supervision of Professor Wendell Ashby, the clinic\'s director, who entered an appearance as counsel for Ainsworth.',
    ['Wendell Ashby|Consumer Protection Clinic|plaintiff'],
    ['Consumer Protection Clinic|plaintiff'],
  ],
  [
    'Minnesota today joined a coalition of states suing the U.S. Department of Labor over the cancelled apprenticeship grants. Assistant Attorneys General Tavita Ruelas-Oyelowo and Nkem Adair are handling the case for Minnesota.',
    ['Nkem Adair||plaintiff', 'Tavita Ruelas-Oyelowo||plaintiff'],
    [],
  ],
  [
    'The Federal Trade Commission sued Kestrel Foods Inc. to block the merger. Kestrel said it would fight the case. Its lawyers at Danforth Gale LLP have argued that the market is crowded.',
    [],
    ['Danforth Gale LLP|defendant'],
  ],
  [
    'The Maple Court Tenants Association sued Ridgeway Apartments LLC in federal court. The tenants are represented by Lucille Haddad of Legal Aid of Eastern Nebraska and by Victor Amsel and Dana Kroll of the Omaha firm Pell Varga LLC.',
    ['Dana Kroll|Pell Varga LLC|plaintiff', 'Lucille Haddad|Legal Aid of Eastern Nebraska|plaintiff', 'Victor Amsel|Pell Varga LLC|plaintiff'],
    ['Legal Aid of Eastern Nebraska|plaintiff', 'Pell Varga LLC|plaintiff'],
  ],
  [
    'The Maple Court Tenants Association sued Ridgeway Apartments LLC in federal court. "The landlord ignored every complaint," said a statement from Osgood Tran LLP, which represents the tenants.',
    [],
    ['Osgood Tran LLP|plaintiff'],
  ],
  [
    'Wexford Capital sued Ardent Mills Corp. in federal court in Delaware last year. Wexford was represented by the Wilmington firm Tallis Marsh LLP.',
    [],
    ['Tallis Marsh LLP|plaintiff'],
  ],
]);

// 2. Sides: a U.S. Attorney's Office stands for the United States whichever side it is on; "an attorney
// for X" takes X's side; in an enforcement case the agency's own lawyer is on the agency's side.
table('2. the side a lawyer is on', [
  [
    'Brightwater Home Health Inc. agreed to pay $4 million to resolve allegations that it billed Medicare for visits that never happened, the U.S. Attorney\'s Office announced. Assistant U.S. Attorney Nora Kessling of the U.S. Attorney\'s Office for the Western District of Pennsylvania handled the matter.',
    ['Nora Kessling|U.S. Attorney\'s Office for the Western District of Pennsylvania|plaintiff'],
    ['U.S. Attorney\'s Office for the Western District of Pennsylvania|plaintiff'],
  ],
  [
    'Karim Haddad, who has been held for five months, sued the Department of Homeland Security. Assistant U.S. Attorney Lionel Brandt of the U.S. Attorney\'s Office for the District of Vermont asked the judge to dismiss the petition.',
    ['Lionel Brandt|U.S. Attorney\'s Office for the District of Vermont|defendant'],
    ['U.S. Attorney\'s Office for the District of Vermont|defendant'],
  ],
  [
    'Ridgecrest Medical Group Inc. agreed to pay $2.1 million to resolve allegations that it paid kickbacks for referrals, the U.S. Attorney\'s Office for the Northern District of Ohio announced. Assistant U.S. Attorneys Paula Renner and Simon Achterberg handled the matter for the government, together with Trial Attorney Cyrus Vela of the Justice Department. The whistleblower was represented by Imelda Ruiz of Ruiz & Bertram PLLC in Toledo.',
    ['Cyrus Vela|Justice Department|plaintiff', 'Imelda Ruiz|Ruiz & Bertram PLLC|plaintiff', 'Paula Renner|U.S. Attorney\'s Office for the Northern District of Ohio|plaintiff', 'Simon Achterberg|U.S. Attorney\'s Office for the Northern District of Ohio|plaintiff'],
    ['Justice Department|plaintiff', 'Ruiz & Bertram PLLC|plaintiff', 'U.S. Attorney\'s Office for the Northern District of Ohio|plaintiff'],
  ],
  [
    'The Pinecrest Retirement Fund sued Halvorsen Biotech Inc. for securities fraud. The fund is represented by Arbury Klein LLP; lawyers for the company, from Marsh & Odell LLP, declined to comment.',
    [],
    ['Arbury Klein LLP|plaintiff', 'Marsh & Odell LLP|defendant'],
  ],
  [
    'The City of Brookhaven has sued the Federal Emergency Management Agency over frozen flood grants. Deputy City Attorneys Olumide Garza and Petra Quist are handling the case for the Brookhaven City Attorney\'s Office, together with outside counsel Sven Marchetti of the Tacoma firm Marchetti Rowe PLLC.',
    ['Olumide Garza|Brookhaven City Attorney\'s Office|plaintiff', 'Petra Quist|Brookhaven City Attorney\'s Office|plaintiff', 'Sven Marchetti|Marchetti Rowe PLLC|plaintiff'],
    ['Brookhaven City Attorney\'s Office|plaintiff', 'Marchetti Rowe PLLC|plaintiff'],
  ],
  [
    'Tomas Reyes, held for seven months without a hearing, petitioned for release. Assistant U.S. Attorney Dana Whitcombe of the U.S. Attorney\'s Office for the District of Oregon, who represents the respondents, argued that the detention was lawful.',
    ['Dana Whitcombe|U.S. Attorney\'s Office for the District of Oregon|defendant'],
    ['U.S. Attorney\'s Office for the District of Oregon|defendant'],
  ],
  [
    'The Justice Department, on behalf of the Environmental Protection Agency, filed a civil complaint on Monday against Corvex Refining LLC over benzene leaks. The case is being handled by Trial Attorneys Nadia Holm and Pieter Vance of the Environment and Natural Resources Division\'s Environmental Enforcement Section.',
    ['Nadia Holm|Environment and Natural Resources Division|plaintiff', 'Pieter Vance|Environment and Natural Resources Division|plaintiff'],
    ['Environment and Natural Resources Division|plaintiff', 'Justice Department|plaintiff'],
  ],
  [
    'The Okafor family sued the Clay County Sheriff\'s Office after the arrest. The family is represented by Midwest Civil Liberties Union attorneys Hazel Brooks and Omar Reyes.',
    ['Hazel Brooks|Midwest Civil Liberties Union|plaintiff', 'Omar Reyes|Midwest Civil Liberties Union|plaintiff'],
    ['Midwest Civil Liberties Union|plaintiff'],
  ],
  [
    'The Greater Tulsa Fair Housing Alliance sued Redbud Apartments LLC in federal court. Corinne Vale, an attorney for Redbud, said the company follows the law.',
    ['Corinne Vale||defendant'],
    [],
  ],
  [
    'The Greater Tulsa Fair Housing Alliance sued Redbud Apartments LLC in federal court. Corinne Vale, a lawyer for the alliance, said the tenants were turned away.',
    ['Corinne Vale||plaintiff'],
    [],
  ],
]);

// The enforcement case: the sides are whatever roles the parties reader gives the board and the company.
describe('2. an enforcement case: counsel on the side of the party they work for', () => {
  const text =
    'In NLRB v. Lakeview Bottling Co., the National Labor Relations Board asks the court to enforce its order against the company. The company\'s lawyer, Hugo Marsh of Tiller Banks LLP, said the firings were lawful. Board attorney Regina Koh said the record showed otherwise.';
  const mentions = extractAll(prepareText(text)).mentions;
  const roleOf = (re: RegExp) => mentions.find((m) => m.kind === 'party' && re.test(m.value.name))?.value;
  it('the company\'s lawyer takes the company\'s role, the board\'s own lawyer the board\'s, and "Board" is no firm', () => {
    const board = (roleOf(/Labor Relations Board|NLRB/) as { role?: string } | undefined)?.role;
    const company = (roleOf(/Lakeview/) as { role?: string } | undefined)?.role;
    expect(board).toBeDefined();
    expect(company).toBeDefined();
    expect(counsel(text)).toEqual({
      attorneys: [`Hugo Marsh|Tiller Banks LLP|${company}`, `Regina Koh|National Labor Relations Board|${board}`],
      orgs: [`Tiller Banks LLP|${company}`],
    });
  });
});

// 3. Transcript appearance sections: a side line ("For the Federal Defendants:"), the office in
// capitals, a sub-unit line, "By:" names; a capitals name with its firm line under it.
table('3. transcript appearances', [
  [
    'IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF NEW MEXICO\n\nREPORTER\'S TRANSCRIPT OF PROCEEDINGS on the motion for a preliminary injunction, held before the Honorable Teresa Quintana, United States District Judge.\n\n\nPueblo Verde Water Users Association,\nPlaintiff,\nv.\nUnited States Bureau of Reclamation,\nDefendant,\nand\nRio Chama Irrigation District,\nIntervenor-Defendant.\n\nAPPEARANCES:\n\nFor the Plaintiff:\nHIGH DESERT WATER LAW CENTER\nBy: Ruth M. Caldera, Esq.\nAnton Pryce, Esq.\n12 Copper Avenue\nAlbuquerque, New Mexico 87102\n\nFor the Federal Defendant:\nU.S. DEPARTMENT OF JUSTICE\nEnvironment and Natural Resources Division\nBy: Simone Achebe, Esq.\nP.O. Box 7415\nWashington, D.C. 20044\n\nFor the Intervenor-Defendant:\nCALLOWAY BRISK LLP\nBy: Dmitri Olander, Esq.',
    ['Anton Pryce|High Desert Water Law Center|plaintiff', 'Dmitri Olander|Calloway Brisk LLP|defendant', 'Ruth M. Caldera|High Desert Water Law Center|plaintiff', 'Simone Achebe|U.S. Department of Justice|defendant'],
    ['Calloway Brisk LLP|defendant', 'High Desert Water Law Center|plaintiff', 'U.S. Department of Justice|defendant'],
  ],
  [
    'UNITED STATES OF AMERICA,\nPlaintiff,\nv.\nDORIAN VOSS,\nDefendant.\n\nREPORTER\'S TRANSCRIPT OF PROCEEDINGS on the motion for a preliminary injunction, held before the Honorable Teresa Quintana, United States District Judge.\n\nAPPEARANCES:\n\nFOR THE UNITED STATES:\nMARGARET O. TILLEY\nTrial Attorney\nU.S. DEPARTMENT OF JUSTICE\nCriminal Division, Fraud Section\n\nFOR THE DEFENDANT:\nGERALD PIKE\nPIKE & HOLLOWAY LLP\n400 Market Street\n\nPROCEEDINGS',
    ['Gerald Pike|Pike & Holloway LLP|defendant', 'Margaret O. Tilley|U.S. Department of Justice|plaintiff'],
    ['Pike & Holloway LLP|defendant', 'U.S. Department of Justice|plaintiff'],
  ],
  [
    'APPEARANCES:\nFor the Plaintiffs:\nMIRANDA T. OKONJO, Assistant Attorney General, Office of the Vermont Attorney General, One Capitol Plaza, Montpelier, VT 05609.\nFor the Defendants:\nHOLLIS PARK, Trial Attorney, United States Department of Justice, Civil Division, Federal Programs Branch, 1100 L Street NW, Washington, DC 20005.',
    ['Hollis Park|United States Department of Justice|defendant', 'Miranda T. Okonjo|Office of the Vermont Attorney General|plaintiff'],
    ['Office of the Vermont Attorney General|plaintiff', 'United States Department of Justice|defendant'],
  ],
]);

// 4. Organization spans: a place after the firm, a bare party noun, a department's sub-unit.
table('4. organization spans', [
  [
    'Devon Marsh, a former billing clerk, sued Cedar Point Clinics Inc. under the False Claims Act. Marsh was represented by Luisa Brandt of Okafor & Lindqvist PLLC in Grand Rapids.',
    ['Luisa Brandt|Okafor & Lindqvist PLLC|plaintiff'],
    ['Okafor & Lindqvist PLLC|plaintiff'],
  ],
  [
    'For these reasons, the Court should deny the motion for a preliminary injunction and dismiss the complaint in its entirety.\n\nDated: June 3, 2026\n\nRespectfully submitted,\n\n/s/ Adele M. Fiorentino\nADELE M. FIORENTINO (DC Bar No. 443210)\nTrial Attorney\nUnited States Department of Justice\nCivil Division, Office of Immigration Litigation\nP.O. Box 878\nWashington, DC 20044\n\nCounsel for Defendants',
    ['Adele M. Fiorentino|United States Department of Justice|defendant'],
    ['United States Department of Justice|defendant'],
  ],
]);

// 5. Intervenors: counsel for an intervenor-defendant represents the defendant side.
table('5. intervenors and court roles', [
  [
    'Kira Solano, Solano Webb LLP, Boise, Idaho, for Plaintiffs - Appellants.\nGideon Hale, Hale & Purdy PC, Salt Lake City, Utah, for Intervenor Defendant - Appellee.',
    ['Gideon Hale|Hale & Purdy PC|defendant', 'Kira Solano|Solano Webb LLP|plaintiff'],
    ['Hale & Purdy PC|defendant', 'Solano Webb LLP|plaintiff'],
  ],
]);

// 6. People quoted with a title stay out of the attorneys.
table('6. people quoted with a title are no counsel', [
  [
    'In a separate matter, the law school filed suit in the U.S. Court of Federal Claims on behalf of Marlon Eddis, a retired Navy chief who says he was denied disability pay.',
    [],
    [],
  ],
  [
    'The Sierra Foothills Alliance sued the Forest Service in June. "The agency skipped the review," said Marta Quill, legal director of the Open Lands Institute, which filed an amicus brief.',
    [],
    [],
  ],
  [
    'The Federal Trade Commission sued Kestrel Foods Inc. to block the merger. "This deal would raise prices," said Ingrid Solheim, a spokeswoman for the commission. Professor Alan Reyes of Calder Law School called the case strong.',
    [],
    [],
  ],
  [
    'The Federal Trade Commission sued Kestrel Foods Inc. to block the merger. "Consumers lose," said Assistant Attorney General Petra Lind, who heads the Antitrust Division.',
    [],
    [],
  ],
]);
