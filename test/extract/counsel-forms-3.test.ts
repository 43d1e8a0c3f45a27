// Counsel forms a fifth held-out set wrote and the extractor missed, one table per kind of failure: a state
// attorney general's team in its own release, lawyers in news stories by title, semicolon-joined appellate
// appearances with "(argued)", "A and B of X" lists in an order, S.D.N.Y. "BY:" appearances, "OF COUNSEL" agency
// lawyers, bankruptcy counsel "to the Debtors", Tax Court counsel for the Commissioner, and a second firm in a
// signature block. Every string is written for this file.
import { table } from './counsel-helper.ts';

// 1. A state attorney general's release: the office on the letterhead is the team's organization.
table('1. a state attorney general release', [
  [
    'OREGON DEPARTMENT OF JUSTICE\nOffice of the Attorney General\nFOR IMMEDIATE RELEASE\nSALEM — Attorney General Marisol Quintero announced today that the State of Oregon sued the U.S. Department of Agriculture.\nThe case is State of Oregon v. United States Department of Agriculture, No. 3:26-cv-00981. The matter is being handled for the State by Solicitor General Duncan Mbeki-Ross and Assistant Attorneys General Lorna Vasquez and Theo Brannigan of the Trial Division.',
    [
      'Duncan Mbeki-Ross|Oregon Department of Justice|plaintiff',
      'Lorna Vasquez|Oregon Department of Justice|plaintiff',
      'Marisol Quintero||plaintiff',
      'Theo Brannigan|Oregon Department of Justice|plaintiff',
    ],
    ['Oregon Department of Justice|plaintiff', 'Trial Division|plaintiff'],
  ],
  // Negative: a federal release's letterhead is no state office, and a division named as the Justice Department's stays its own.
  [
    'U.S. DEPARTMENT OF JUSTICE\nOffice of Public Affairs\nThe United States sued Corvane Holdings Inc. on Tuesday. "Clean air is not optional," said Assistant Attorney General Katrin Olafsdottir of the Justice Department\'s Environment and Natural Resources Division.',
    ['Katrin Olafsdottir|Justice Department|plaintiff'],
    ['Justice Department|plaintiff'],
  ],
]);

// 2. News stories: an organization's lawyer by title, and a state's lawyer whose side is the state's.
table('2. lawyers by title in news', [
  [
    "The State of Oregon sued the U.S. Department of Agriculture in March. The state's lawyers, led by Assistant Attorney General Lorna Vasquez, argued that the cut was unlawful. A Justice Department attorney, Wendell Osei, told the court the claim belonged elsewhere.",
    ['Lorna Vasquez||plaintiff', 'Wendell Osei|Justice Department|defendant'],
    ['Justice Department|defendant'],
  ],
  [
    'The State of Oregon sued the U.S. Department of Agriculture in March. Justice Department lawyer Wendell Osei argued that the court lacked jurisdiction. Assistant Attorney General Lorna Vasquez told the judge the state would suffer harm.',
    ['Lorna Vasquez||plaintiff', 'Wendell Osei|Justice Department|defendant'],
    ['Justice Department|defendant'],
  ],
  [
    'STATE OF OREGON,\nPlaintiff,\nv.\nUNITED STATES DEPARTMENT OF AGRICULTURE, et al.,\nDefendants.\nMEMORANDUM OPINION AND ORDER\nThe Court heard argument on March 3, 2026. Assistant Attorney General Lorna Vasquez argued for the State of Oregon. Wendell J. Osei, Trial Attorney in the Federal Programs Branch of the Civil Division of the United States Department of Justice, argued for Defendants.',
    ['Lorna Vasquez||plaintiff', 'Wendell J. Osei|United States Department of Justice|defendant'],
    ['United States Department of Justice|defendant'],
  ],
  // Negative: an attorney named after a comma with no article before the organization, and a Solicitor General quoted.
  ['Reporters asked Solicitor General Duncan Mbeki-Ross about the ruling, and Acme attorneys, Smith said, were silent.', [], []],
]);

// 3. An appellate counsel paragraph: lawyers with "(argued)" and their firms joined by semicolons.
table('3. semicolon-joined appellate appearances', [
  [
    'MARCO ANTONIO REYES-LUNA,\nPetitioner,\nv.\nPAMELA BONDI, Attorney General,\nRespondent.\nOn Petition for Review of an Order of the Board of Immigration Appeals\nKira D. Stavros (argued), Stavros Asylum Law Group, Tucson, Arizona; Benedict Oyelaran, Refugee Rights Clinic, University of Arizona College of Law, Tucson, Arizona; for Petitioner.\nJonah T. Whitley (argued), Trial Attorney; Office of Immigration Litigation; Civil Division, United States Department of Justice, Washington, D.C.; for Respondent.',
    [
      'Benedict Oyelaran|Refugee Rights Clinic|plaintiff',
      'Jonah T. Whitley|United States Department of Justice|defendant',
      'Kira D. Stavros|Stavros Asylum Law Group|plaintiff',
    ],
    ['Refugee Rights Clinic|plaintiff', 'Stavros Asylum Law Group|plaintiff', 'United States Department of Justice|defendant'],
  ],
]);

// 4. An order naming each side's lawyers as "A and B of X represented Y".
table('4. lists of lawyers of a firm in an order', [
  [
    'GULF COAST WATERKEEPER, INC.,\nPlaintiff,\nVERSUS\nBAYOU REFINING, LLC,\nDefendant.\nCIVIL ACTION NO. 24-1188\nORDER\nThe settlement was negotiated by experienced counsel. Rowena T. Fontenot and Julien Massey of the Loyola Environmental Law Clinic represented Plaintiffs; Armand P. Thibodeaux Jr. and Celeste Arceneaux of Thibodeaux Landry Hebert LLC represented Bayou.',
    [
      'Armand P. Thibodeaux Jr.|Thibodeaux Landry Hebert LLC|defendant',
      'Celeste Arceneaux|Thibodeaux Landry Hebert LLC|defendant',
      'Julien Massey|Loyola Environmental Law Clinic|plaintiff',
      'Rowena T. Fontenot|Loyola Environmental Law Clinic|plaintiff',
    ],
    ['Loyola Environmental Law Clinic|plaintiff', 'Thibodeaux Landry Hebert LLC|defendant'],
  ],
  // Negative: names joined to a firm with no word about counsel.
  ['Rowena Fontenot and Julien Massey of Thibodeaux Landry Hebert LLC attended a conference in May.', [], []],
]);

// 5. S.D.N.Y. appearances: the firm, the side under it, then "BY:" and the lawyers one to a line.
table('5. BY: appearances under a firm', [
  [
    'UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\nIN RE ORBITAL SYSTEMS, INC. SECURITIES LITIGATION\n24 Civ. 3310 (KLM)\nAPPEARANCES\nHARTWELL OSEI & LANG LLP\nAttorneys for Lead Plaintiff and the Class\nBY: NADIA R. HARTWELL\nSAMUEL T. LANG\nBRIGHTON FALK MERCER LLP\nAttorneys for Defendants\nBY: GORDON E. FALK\nYVETTE M. DUBOIS\nALSO PRESENT: Arvid Nilsen, General Counsel, Orbital Systems, Inc.\nTHE COURT: Good morning.',
    [
      'Gordon E. Falk|Brighton Falk Mercer LLP|defendant',
      'Nadia R. Hartwell|Hartwell Osei & Lang LLP|plaintiff',
      'Samuel T. Lang|Hartwell Osei & Lang LLP|plaintiff',
      'Yvette M. Dubois|Brighton Falk Mercer LLP|defendant',
    ],
    ['Brighton Falk Mercer LLP|defendant', 'Hartwell Osei & Lang LLP|plaintiff'],
  ],
]);

// 6. A Justice Department brief: "OF COUNSEL" lawyers work for the agency under them; a post office station is no signer.
table('6. OF COUNSEL and a station line', [
  [
    'Respectfully submitted,\n/s/ Mateo R. Ilunga\nMATEO R. ILUNGA\nTrial Attorney\nCommercial Litigation Branch\nCivil Division\nU.S. Department of Justice\nP.O. Box 480\nBen Franklin Station\nWashington, D.C. 20044\nOF COUNSEL:\nHARRIET LOWE\nStaff Attorney\nOffice of General Counsel\nDepartment of Veterans Affairs\nAttorneys for Defendant',
    ['Harriet Lowe|Department of Veterans Affairs|defendant', 'Mateo R. Ilunga|U.S. Department of Justice|defendant'],
    ['U.S. Department of Justice|defendant'],
  ],
]);

// 7. Bankruptcy counsel to the debtors: no plaintiff or defendant, and the debtors are no lawyer.
table('7. counsel to the debtors', [
  [
    'UNITED STATES BANKRUPTCY COURT\nIn re: MERCY VALLEY HEALTH SYSTEM, et al., Debtors.\nUpon the motion of the Debtors, and after hearing from Corinne A. Walsh and Petra Nowak of Walsh Dunmore Nowak LLP, counsel to the Debtors, the Court finds as follows.',
    ['Corinne A. Walsh|Walsh Dunmore Nowak LLP|', 'Petra Nowak|Walsh Dunmore Nowak LLP|'],
    ['Walsh Dunmore Nowak LLP|'],
  ],
  [
    'In re: MERCY VALLEY HEALTH SYSTEM, et al., Debtors.\nThe Debtors, through their counsel, Corinne A. Walsh and Petra Nowak of Walsh Dunmore Nowak LLP, shall file a notice.',
    ['Corinne A. Walsh|Walsh Dunmore Nowak LLP|', 'Petra Nowak|Walsh Dunmore Nowak LLP|'],
    ['Walsh Dunmore Nowak LLP|'],
  ],
]);

// 8. Tax Court news: the agency stands for the Commissioner, its chief counsel's office is counsel.
table('8. the Commissioner by the agency', [
  [
    'The case is Sierra Loom Robotics, Inc. v. Commissioner, T.C. Memo. 2026-14. Sierra Loom was represented by Kimberly Osei of Brandt Hollis LLP. The IRS was represented by Daniel Arakawa of the agency\'s Office of Chief Counsel.',
    ['Daniel Arakawa|Office of Chief Counsel|defendant', 'Kimberly Osei|Brandt Hollis LLP|plaintiff'],
    ['Brandt Hollis LLP|plaintiff', 'Office of Chief Counsel|defendant'],
  ],
]);

// 9. A signature block with a second lawyer whose organization is printed under them in capitals.
table('9. a second organization in a signature block', [
  [
    'Marguerite Olsen (SBN 214455)\nmolsen@olsenpark.example.com\nOLSEN PARK LLP\n1 Market Plaza, Suite 900\nSan Francisco, California 94105\nDerrick K. Amadi (pro hac vice forthcoming)\nTENANT DEFENSE ALLIANCE\n1629 K Street NW, Suite 300\nWashington, DC 20006\nAttorneys for Plaintiff Rosa Medina and the Proposed Class',
    ['Derrick K. Amadi|Tenant Defense Alliance|plaintiff', 'Marguerite Olsen|Olsen Park LLP|plaintiff'],
    ['Olsen Park LLP|plaintiff', 'Tenant Defense Alliance|plaintiff'],
  ],
]);

// Negative: a body of rules before "on behalf of the following class" is no counsel.
table('10. a body of law before "on behalf of"', [
  ['Plaintiff brings this action under Rule 23(b)(2) of the Federal Rules of Civil Procedure on behalf of the following class: every renter screened by the defendant.', [], []],
]);
