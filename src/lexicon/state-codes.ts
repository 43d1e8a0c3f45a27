// State codes as courts and newspapers cite them: each state's main code(s) and, for the states
// most litigated in, their named subject codes ("Cal. Bus. & Prof. Code", "N.Y. Gen. Bus. Law",
// "Tex. Civ. Prac. & Rem. Code"). Every entry has the forms it is written in, the Bluebook name
// it is displayed under, and a citation that must resolve to it (test/lexicon/state-codes.test.ts).
//
// Forms are matched case-sensitively. A space after a period is optional ("Pa.C.S." = "Pa. C.S."),
// and "&" and "and" are the same word. "Ann." after a form is always allowed and dropped.
// Bare acronyms ("RCW", "MCL", "KRS") only count with a § or a number that has a separator in it
// ("RCW 19.86.020"): see `bareNumbers` for the codes cited by plain numbers (CPLR 3211).

import type { StateCiteStyle } from '../extract/statute-keys.ts';

export interface StateCode {
  /** Postal code: "CA". */
  state: string;
  /** Key of the code within its state: "civ", "bus-prof", "stat". */
  code: string;
  /** Bluebook name: "Cal. Civ. Code". */
  display: string;
  style: StateCiteStyle;
  /** Written forms, the display included. */
  forms: string[];
  /** Sections are cited as plain numbers with no §: "CPLR 3211", "N.Y. C.P.L.R. 214". */
  bareNumbers?: boolean;
  /** Citations that must resolve to this entry. */
  examples: string[];
}

type Extra = Partial<Pick<StateCode, 'style' | 'bareNumbers'>>;

function entry(state: string, code: string, display: string, forms: string[], example: string | string[], extra: Extra = {}): StateCode {
  return {
    state,
    code,
    display,
    style: extra.style ?? 'section',
    forms: [display, ...forms.filter((f) => f !== display)],
    ...(extra.bareNumbers ? { bareNumbers: true } : {}),
    examples: Array.isArray(example) ? example : [example],
  };
}

// California's codes are written "Cal. Civ. Code", "California Civil Code", "Cal. Civil Code" and,
// in California's own style manual, without the state: "Civ. Code, § 1798.150".
function ca(code: string, abbr: string, full: string, example: string, own: string[] = []): StateCode {
  return entry('CA', code, `Cal. ${abbr} Code`, [`California ${full} Code`, `Cal. ${full} Code`, ...own], example);
}

// Texas: "Tex. Bus. & Com. Code", "Texas Business and Commerce Code".
function tx(code: string, abbr: string, full: string, example: string): StateCode {
  return entry('TX', code, `Tex. ${abbr} Code`, [`Texas ${full} Code`, `Tex. ${full} Code`], example);
}

// New York's consolidated laws: "N.Y. Gen. Bus. Law", "New York General Business Law".
function ny(code: string, abbr: string, full: string, example: string, own: string[] = []): StateCode {
  return entry('NY', code, `N.Y. ${abbr} Law`, [`New York ${full} Law`, `NY ${abbr} Law`, ...own], example);
}

// Maryland's code is in articles named after the code: "Md. Code Ann., Com. Law § 13-301".
function md(code: string, article: string, example: string): StateCode {
  return entry('MD', code, `Md. Code Ann., ${article}`, [`Md. Code, ${article}`, `Md. Code Ann. ${article}`], example);
}

export const STATE_CODES: readonly StateCode[] = [
  // --- California
  ca('civ', 'Civ.', 'Civil', 'The breach gives a claim under Cal. Civ. Code § 1798.150(a).', ['Civ. Code']),
  ca('bus-prof', 'Bus. & Prof.', 'Business and Professions', 'Plaintiffs sue under Cal. Bus. & Prof. Code §§ 17200 et seq.', ['Business and Professions Code', 'Bus. & Prof. Code']),
  entry('CA', 'civ-proc', 'Cal. Civ. Proc. Code', ['Cal. Code Civ. Proc.', 'California Code of Civil Procedure', 'Code Civ. Proc.', 'Cal. C.C.P.', 'C.C.P.'], 'Defendants filed a special motion to strike under Cal. Code Civ. Proc. § 425.16.'),
  ca('penal', 'Penal', 'Penal', 'The recording violated Cal. Penal Code § 631(a).', ['Cal. Pen. Code', 'Pen. Code']),
  ca('lab', 'Lab.', 'Labor', 'Unpaid overtime is recoverable under Cal. Lab. Code § 1194.', ['Lab. Code']),
  ca('gov', "Gov't", 'Government', "Retaliation is barred by Cal. Gov't Code § 12940(h).", ['Cal. Gov. Code', 'Gov. Code']),
  ca('health-safety', 'Health & Safety', 'Health and Safety', 'The label must comply with Cal. Health & Safety Code § 25249.6.', ['Cal. Health & Saf. Code', 'Health & Saf. Code']),
  ca('ins', 'Ins.', 'Insurance', 'The insurer relied on Cal. Ins. Code § 790.03(h).'),
  ca('educ', 'Educ.', 'Education', 'The district cited Cal. Educ. Code § 48900.'),
  ca('evid', 'Evid.', 'Evidence', 'The statement is hearsay under Cal. Evid. Code § 1200.', ['Evid. Code']),
  ca('fam', 'Fam.', 'Family', 'Custody is governed by Cal. Fam. Code § 3011.'),
  ca('veh', 'Veh.', 'Vehicle', 'The stop was for a violation of Cal. Veh. Code § 22350.', ['Veh. Code']),
  ca('corp', 'Corp.', 'Corporations', 'Shareholders sued under Cal. Corp. Code § 25401.'),
  ca('pub-res', 'Pub. Res.', 'Public Resources', 'Review was required under Cal. Pub. Res. Code § 21080.'),
  ca('welf-inst', 'Welf. & Inst.', 'Welfare and Institutions', 'The petition was filed under Cal. Welf. & Inst. Code § 300.', ['Welf. & Inst. Code']),
  ca('rev-tax', 'Rev. & Tax.', 'Revenue and Taxation', 'The assessment followed Cal. Rev. & Tax. Code § 17041.'),
  ca('elec', 'Elec.', 'Elections', 'The measure qualified under Cal. Elec. Code § 9035.'),
  ca('com', 'Com.', 'Commercial', 'Notice of breach is required by Cal. Com. Code § 2607(3)(A).'),
  ca('prob', 'Prob.', 'Probate', 'The trust was reformed under Cal. Prob. Code § 15409.'),
  ca('fin', 'Fin.', 'Financial', 'The lender was licensed under Cal. Fin. Code § 22100.'),
  ca('pub-util', 'Pub. Util.', 'Public Utilities', 'The commission acted under Cal. Pub. Util. Code § 451.'),
  ca('water', 'Water', 'Water', 'The diversion needed a permit under Cal. Water Code § 1052.'),
  ca('food-agric', 'Food & Agric.', 'Food and Agricultural', 'The ban is codified at Cal. Food & Agric. Code § 25990.'),
  entry('CA', 'regs', 'Cal. Code Regs.', ['California Code of Regulations'], 'The regulations appear at Cal. Code Regs. tit. 11, § 7012.', { style: 'title_after' }),

  // --- New York
  ny('gen-bus', 'Gen. Bus.', 'General Business', 'The practice is deceptive under N.Y. Gen. Bus. Law § 349.', ['GBL', 'N.Y. GBL']),
  ny('exec', 'Exec.', 'Executive', 'Discrimination claims arise under N.Y. Exec. Law § 296.'),
  ny('lab', 'Lab.', 'Labor', 'Wages were paid late in breach of N.Y. Lab. Law § 191.', ['NYLL', 'N.Y. Labor Law']),
  ny('penal', 'Penal', 'Penal', 'He was charged under N.Y. Penal Law § 120.05.'),
  ny('civ-rights', 'Civ. Rights', 'Civil Rights', 'Her likeness was used without consent, N.Y. Civ. Rights Law §§ 50-51.'),
  ny('gen-oblig', 'Gen. Oblig.', 'General Obligations', 'The clause is void under N.Y. Gen. Oblig. Law § 5-1401.'),
  ny('ins', 'Ins.', 'Insurance', 'The insurer violated N.Y. Ins. Law § 2601.'),
  ny('educ', 'Educ.', 'Education', 'Records are protected by N.Y. Educ. Law § 2-d.'),
  ny('pub-health', 'Pub. Health', 'Public Health', 'Consent is required by N.Y. Pub. Health Law § 2805-d.'),
  ny('real-prop', 'Real Prop.', 'Real Property', 'The lease is governed by N.Y. Real Prop. Law § 235-b.'),
  ny('bus-corp', 'Bus. Corp.', 'Business Corporation', 'Dissolution was sought under N.Y. Bus. Corp. Law § 1104-a.'),
  ny('jud', 'Jud.', 'Judiciary', 'Treble damages are available under N.Y. Jud. Law § 487.'),
  ny('veh-traf', 'Veh. & Traf.', 'Vehicle and Traffic', 'The owner is liable under N.Y. Veh. & Traf. Law § 388.'),
  ny('soc-serv', 'Soc. Serv.', 'Social Services', 'Benefits were denied under N.Y. Soc. Serv. Law § 131.'),
  ny('crim-proc', 'Crim. Proc.', 'Criminal Procedure', 'The motion to dismiss relied on N.Y. Crim. Proc. Law § 30.30.'),
  ny('dom-rel', 'Dom. Rel.', 'Domestic Relations', 'Maintenance was set under N.Y. Dom. Rel. Law § 236.'),
  ny('pub-off', 'Pub. Off.', 'Public Officers', 'The records request cited N.Y. Pub. Off. Law § 87.'),
  ny('elec', 'Elec.', 'Election', 'The petition was invalid under N.Y. Elec. Law § 6-134.'),
  ny('envtl-conserv', 'Envtl. Conserv.', 'Environmental Conservation', 'The permit issued under N.Y. Envtl. Conserv. Law § 8-0109.'),
  ny('tax', 'Tax', 'Tax', 'The return was filed under N.Y. Tax Law § 651.'),
  ny('correct', 'Correct.', 'Correction', 'Parole was reviewed under N.Y. Correct. Law § 168-l.'),
  entry('NY', 'cplr', 'N.Y. C.P.L.R.', ['CPLR', 'C.P.L.R.', 'N.Y. CPLR', 'New York Civil Practice Law and Rules', 'N.Y. Civ. Prac. L. & R.'], 'The complaint was dismissed under CPLR 3211(a)(7).', { bareNumbers: true }),
  entry('NY', 'nyc-admin', 'N.Y.C. Admin. Code', ['New York City Administrative Code', 'NYC Admin. Code', 'N.Y.C. Administrative Code'], 'The city law is broader, N.Y.C. Admin. Code § 8-107(1)(a).'),

  // --- Texas
  tx('bus-com', 'Bus. & Com.', 'Business and Commerce', 'The sale was a false, misleading, or deceptive act under Tex. Bus. & Com. Code § 17.46(b).'),
  tx('civ-prac-rem', 'Civ. Prac. & Rem.', 'Civil Practice and Remedies', 'Limitations run under Tex. Civ. Prac. & Rem. Code § 16.003.'),
  tx('penal', 'Penal', 'Penal', 'Assault is defined in Tex. Penal Code § 22.01.'),
  tx('lab', 'Lab.', 'Labor', 'The charge was filed under Tex. Lab. Code § 21.051.'),
  tx('gov', "Gov't", 'Government', "Immunity is waived by Tex. Gov't Code § 554.0035."),
  tx('health-safety', 'Health & Safety', 'Health and Safety', 'The clinic invoked Tex. Health & Safety Code § 171.204.'),
  tx('fam', 'Fam.', 'Family', 'The decree was modified under Tex. Fam. Code § 156.101.'),
  tx('ins', 'Ins.', 'Insurance', 'Prompt payment is required by Tex. Ins. Code § 542.058.'),
  tx('prop', 'Prop.', 'Property', 'Notice to vacate is governed by Tex. Prop. Code § 24.005.'),
  tx('educ', 'Educ.', 'Education', 'The board relied on Tex. Educ. Code § 37.001.'),
  tx('occ', 'Occ.', 'Occupations', 'The license was revoked under Tex. Occ. Code § 164.051.'),
  tx('tax', 'Tax', 'Tax', 'The franchise tax is imposed by Tex. Tax Code § 171.001.'),
  tx('fin', 'Fin.', 'Finance', 'The loan was usurious under Tex. Fin. Code § 305.001.'),
  tx('loc-gov', "Loc. Gov't", 'Local Government', "The ordinance exceeded Tex. Loc. Gov't Code § 51.001."),
  tx('transp', 'Transp.', 'Transportation', 'The stop was for a violation of Tex. Transp. Code § 545.060.'),
  tx('elec', 'Elec.', 'Election', 'The ballot rules are in Tex. Elec. Code § 86.001.'),
  tx('util', 'Util.', 'Utilities', 'Rates are set under Tex. Util. Code § 36.051.'),
  tx('water', 'Water', 'Water', 'The permit issued under Tex. Water Code § 26.027.'),
  tx('nat-res', 'Nat. Res.', 'Natural Resources', 'Pooling is governed by Tex. Nat. Res. Code § 102.011.'),
  tx('agric', 'Agric.', 'Agriculture', 'The rule is in Tex. Agric. Code § 76.116.'),
  entry('TX', 'crim-proc', 'Tex. Code Crim. Proc.', ['Texas Code of Criminal Procedure', 'Tex. Crim. Proc. Code'], 'The statement was inadmissible under Tex. Code Crim. Proc. art. 38.22.', { style: 'article' }),

  // --- Florida, Illinois, Pennsylvania, Massachusetts, New Jersey, Ohio, Washington, Georgia, Michigan
  entry('FL', 'stat', 'Fla. Stat.', ['Florida Statutes', 'Fla. Stats.', 'F.S.', 'Fla. Stat. Ann.'], ['FDUTPA is codified at Fla. Stat. § 501.204.', 'The act is found in section 501.204, Florida Statutes.', 'Relief lies under Fla. Stat. Ann. § 501.211(2).']),
  // Displayed as Illinois practice and the news write it ("740 ILCS 14/15"), the Bluebook form a variant.
  entry('IL', 'ilcs', 'ILCS', ['Ill. Comp. Stat.', 'Ill. Comp. Stat. Ann.', 'Illinois Compiled Statutes'], ['Consent is required by 740 ILCS 14/15(b).', 'The claim arises under 815 Ill. Comp. Stat. 505/2.'], { style: 'ilcs' }),
  entry('PA', 'cs', 'Pa. Cons. Stat.', ['Pa.C.S.', 'Pa.C.S.A.', 'Pa. Cons. Stat. Ann.', 'Pa. Consol. Stat.'], ['Interception is barred by 18 Pa.C.S. § 5703.', 'The limitations period is 42 Pa. Cons. Stat. § 5524(7).'], { style: 'title_first' }),
  entry('PA', 'ps', 'Pa. Stat.', ['P.S.', 'Pa. Stat. Ann.', 'Pa. Stat. and Cons. Stat. Ann.'], ['Overtime is due under 43 P.S. § 333.104(c).', 'The UTPCPL appears at 73 Pa. Stat. Ann. § 201-2(4).'], { style: 'title_first' }),
  entry('MA', 'gl', 'Mass. Gen. Laws', ['M.G.L.', 'G.L.', 'M.G.L.A.', 'Mass. G.L.', 'Mass. Gen. Laws Ann.', 'Massachusetts General Laws'], ['Demand was made under Mass. Gen. Laws ch. 93A, § 9.', 'The claim under M.G.L. c. 93A failed.', 'Wages are due under G.L. c. 149, § 148.'], { style: 'chapter' }),
  entry('NJ', 'stat', 'N.J. Stat. Ann.', ['N.J.S.A.', 'N.J. Stat.', 'N.J. Rev. Stat.', 'N.J.S.', 'New Jersey Statutes', 'New Jersey Statutes Annotated'], ['Fraud is defined in N.J. Stat. Ann. § 56:8-2.', 'Discrimination is barred by N.J.S.A. 10:5-12.']),
  entry('OH', 'rev', 'Ohio Rev. Code', ['Ohio Rev. Code Ann.', 'O.R.C.', 'ORC', 'R.C.', 'Ohio Revised Code'], ['Discrimination is barred by Ohio Rev. Code § 4112.02.', 'The consumer sued under R.C. 1345.02.']),
  entry('WA', 'rcw', 'Wash. Rev. Code', ['RCW', 'R.C.W.', 'Wash. Rev. Code Ann.', 'Revised Code of Washington'], ['Unfair practices are unlawful under Wash. Rev. Code § 19.86.020.', 'The act is codified at RCW 19.86.020.']),
  entry('GA', 'code', 'Ga. Code Ann.', ['O.C.G.A.', 'OCGA', 'Official Code of Georgia Annotated', 'Georgia Code', 'Ga. Code'], ['Notice is required by Ga. Code Ann. § 10-1-399(b).', 'The act is O.C.G.A. § 10-1-393.']),
  entry('MI', 'comp-laws', 'Mich. Comp. Laws', ['Mich. Comp. Laws Ann.', 'MCL', 'M.C.L.', 'M.C.L.A.', 'MCLA', 'Michigan Compiled Laws'], ['The practice is listed in Mich. Comp. Laws § 445.903(1)(c).', 'The plaintiff relies on MCL 445.903.']),

  // --- Maryland's articles
  md('com-law', 'Com. Law', 'The practice is unfair under Md. Code Ann., Com. Law § 13-301.'),
  md('lab-empl', 'Lab. & Empl.', 'Wages are owed under Md. Code Ann., Lab. & Empl. § 3-505.'),
  md('crim-law', 'Crim. Law', 'The charge was brought under Md. Code Ann., Crim. Law § 3-202.'),
  md('state-gov', "State Gov't", "Discrimination is barred by Md. Code Ann., State Gov't § 20-606."),
  md('cts-jud-proc', 'Cts. & Jud. Proc.', 'The wiretap statute is Md. Code Ann., Cts. & Jud. Proc. § 10-402.'),
  md('real-prop', 'Real Prop.', 'Escrow rules are in Md. Code Ann., Real Prop. § 8-203.'),

  // --- The other states' main codes
  entry('AL', 'code', 'Ala. Code', ['Code of Alabama', 'Ala. Code 1975', 'Alabama Code'], 'The claim arises under Ala. Code § 8-19-5.'),
  entry('AK', 'stat', 'Alaska Stat.', ['Alaska Statutes'], 'Unfair acts are listed in Alaska Stat. § 45.50.471.'),
  entry('AZ', 'rev-stat', 'Ariz. Rev. Stat.', ['A.R.S.', 'ARS', 'Ariz. Rev. Stat. Ann.', 'Arizona Revised Statutes'], ['Fraud is defined in Ariz. Rev. Stat. § 44-1522.', 'See A.R.S. § 44-1522(A).']),
  entry('AR', 'code', 'Ark. Code Ann.', ['Ark. Code', 'A.C.A.', 'Arkansas Code'], 'Deception is barred by Ark. Code Ann. § 4-88-107.'),
  entry('CO', 'rev-stat', 'Colo. Rev. Stat.', ['C.R.S.', 'C.R.S.A.', 'Colo. Rev. Stat. Ann.', 'Colorado Revised Statutes'], ['Deceptive practices are listed in Colo. Rev. Stat. § 6-1-105.', 'See C.R.S. § 6-1-105(1)(e).']),
  entry('CT', 'gen-stat', 'Conn. Gen. Stat.', ['C.G.S.', 'Conn. Gen. Stat. Ann.', 'Connecticut General Statutes'], 'CUTPA is Conn. Gen. Stat. § 42-110b(a).'),
  entry('DE', 'code', 'Del. Code Ann.', ['Del. Code'], 'Fraud is barred by Del. Code Ann. tit. 6, § 2513.', { style: 'title_after' }),
  entry('DE', 'code', 'Del. C.', ['Del. C. Ann.'], 'Fraud is barred by 6 Del. C. § 2513.', { style: 'title_first' }),
  entry('DC', 'code', 'D.C. Code', ['D.C. Code Ann.', 'D.C. Official Code', 'District of Columbia Code', 'DC Code'], 'Unfair trade practices are listed in D.C. Code § 28-3904.'),
  entry('HI', 'rev-stat', 'Haw. Rev. Stat.', ['HRS', 'H.R.S.', 'Haw. Rev. Stat. Ann.', 'Hawaii Revised Statutes'], 'Unfair competition is unlawful under Haw. Rev. Stat. § 480-2.'),
  entry('ID', 'code', 'Idaho Code', ['Idaho Code Ann.'], 'The practice is listed in Idaho Code § 48-603.'),
  entry('IN', 'code', 'Ind. Code', ['Ind. Code Ann.', 'Indiana Code'], 'Deceptive acts are defined in Ind. Code § 24-5-0.5-3.'),
  entry('IA', 'code', 'Iowa Code', ['Iowa Code Ann.'], 'Consumer fraud is barred by Iowa Code § 714.16.'),
  entry('KS', 'stat', 'Kan. Stat. Ann.', ['K.S.A.', 'Kansas Statutes Annotated', 'Kan. Stat.'], 'Deceptive acts are listed in Kan. Stat. Ann. § 50-626.'),
  entry('KY', 'rev-stat', 'Ky. Rev. Stat. Ann.', ['Ky. Rev. Stat.', 'KRS', 'K.R.S.', 'Kentucky Revised Statutes'], 'Unfair practices are unlawful under Ky. Rev. Stat. Ann. § 367.170.'),
  entry('LA', 'rev-stat', 'La. Rev. Stat. Ann.', ['La. Rev. Stat.', 'La. R.S.', 'La. Stat. Ann.', 'Louisiana Revised Statutes'], 'Unfair trade practices are barred by La. Rev. Stat. Ann. § 51:1405.'),
  entry('LA', 'civ', 'La. Civ. Code Ann.', ['La. Civ. Code', 'Louisiana Civil Code'], 'Fault is the basis of liability under La. Civ. Code art. 2315.', { style: 'article' }),
  entry('ME', 'rev-stat', 'Me. Rev. Stat. Ann.', ['Me. Rev. Stat.'], 'Unfair trade practices are barred by Me. Rev. Stat. Ann. tit. 5, § 207.', { style: 'title_after' }),
  entry('ME', 'rev-stat', 'M.R.S.', ['M.R.S.A.'], 'Unfair trade practices are barred by 5 M.R.S. § 207.', { style: 'title_first' }),
  entry('MN', 'stat', 'Minn. Stat.', ['Minn. Stat. Ann.', 'Minnesota Statutes'], 'Consumer fraud is defined in Minn. Stat. § 325F.69.'),
  entry('MS', 'code', 'Miss. Code Ann.', ['Miss. Code', 'Mississippi Code'], 'Unfair practices are listed in Miss. Code Ann. § 75-24-5.'),
  entry('MO', 'rev-stat', 'Mo. Rev. Stat.', ['Mo. Ann. Stat.', 'RSMo', 'R.S.Mo.', 'Missouri Revised Statutes'], ['Unlawful practices are defined in Mo. Rev. Stat. § 407.020.', 'The act appears at Section 407.020, RSMo.']),
  entry('MT', 'code', 'Mont. Code Ann.', ['MCA', 'Montana Code Annotated'], 'Unfair practices are unlawful under Mont. Code Ann. § 30-14-103.'),
  entry('NE', 'rev-stat', 'Neb. Rev. Stat.', ['Neb. Rev. Stat. Ann.', 'Nebraska Revised Statutes'], 'Unfair competition is unlawful under Neb. Rev. Stat. § 59-1602.'),
  entry('NV', 'rev-stat', 'Nev. Rev. Stat.', ['NRS', 'N.R.S.', 'Nev. Rev. Stat. Ann.', 'Nevada Revised Statutes'], 'Deceptive trade practices are defined in Nev. Rev. Stat. § 598.0915.'),
  entry('NH', 'rev-stat', 'N.H. Rev. Stat. Ann.', ['N.H. Rev. Stat.', 'RSA', 'New Hampshire Revised Statutes Annotated'], 'Unfair acts are unlawful under N.H. Rev. Stat. Ann. § 358-A:2.'),
  entry('NM', 'stat', 'N.M. Stat. Ann.', ['N.M. Stat.', 'NMSA 1978', 'NMSA', 'New Mexico Statutes Annotated'], 'Unfair practices are defined in N.M. Stat. Ann. § 57-12-2.'),
  entry('NC', 'gen-stat', 'N.C. Gen. Stat.', ['N.C.G.S.', 'N.C. Gen. Stat. Ann.', 'North Carolina General Statutes'], 'Unfair practices are unlawful under N.C. Gen. Stat. § 75-1.1.'),
  entry('ND', 'cent-code', 'N.D. Cent. Code', ['N.D.C.C.', 'North Dakota Century Code'], 'Consumer fraud is defined in N.D. Cent. Code § 51-15-02.'),
  entry('OK', 'stat', 'Okla. Stat.', ['Okla. Stat. Ann.'], 'Unfair practices are listed in Okla. Stat. tit. 15, § 753.', { style: 'title_after' }),
  entry('OK', 'stat', 'O.S.', ['Okla. Stat.'], 'Unfair practices are listed in 15 O.S. § 753.', { style: 'title_first' }),
  entry('OR', 'rev-stat', 'Or. Rev. Stat.', ['ORS', 'O.R.S.', 'Or. Rev. Stat. Ann.', 'Oregon Revised Statutes'], ['Unlawful practices are listed in Or. Rev. Stat. § 646.608.', 'See ORS 646.608(1)(e).']),
  entry('RI', 'gen-laws', 'R.I. Gen. Laws', ['R.I. Gen. Laws Ann.', 'Rhode Island General Laws'], 'Unfair practices are defined in R.I. Gen. Laws § 6-13.1-1.'),
  entry('SC', 'code', 'S.C. Code Ann.', ['S.C. Code', 'South Carolina Code'], 'Unfair trade practices are unlawful under S.C. Code Ann. § 39-5-20.'),
  entry('SD', 'codified-laws', 'S.D. Codified Laws', ['SDCL', 'S.D.C.L.'], 'Deceptive acts are defined in S.D. Codified Laws § 37-24-6.'),
  entry('TN', 'code', 'Tenn. Code Ann.', ['T.C.A.', 'Tenn. Code', 'Tennessee Code Annotated'], 'Unfair acts are listed in Tenn. Code Ann. § 47-18-104.'),
  entry('UT', 'code', 'Utah Code Ann.', ['Utah Code', 'U.C.A.'], 'Deceptive acts are defined in Utah Code Ann. § 13-11-4.'),
  entry('VT', 'stat', 'Vt. Stat. Ann.', ['Vt. Stat.'], 'Unfair practices are unlawful under Vt. Stat. Ann. tit. 9, § 2453.', { style: 'title_after' }),
  entry('VT', 'stat', 'V.S.A.', ['Vt. Stat. Ann.'], 'Unfair practices are unlawful under 9 V.S.A. § 2453.', { style: 'title_first' }),
  entry('VA', 'code', 'Va. Code Ann.', ['Va. Code', 'Code of Virginia', 'Virginia Code'], 'Prohibited practices are listed in Va. Code Ann. § 59.1-200.'),
  entry('WV', 'code', 'W. Va. Code', ['W. Va. Code Ann.', 'West Virginia Code'], 'Unfair practices are unlawful under W. Va. Code § 46A-6-104.'),
  entry('WI', 'stat', 'Wis. Stat.', ['Wis. Stats.', 'Wis. Stat. Ann.', 'Wisconsin Statutes'], 'Fraudulent representations are barred by Wis. Stat. § 100.18.'),
  entry('WY', 'stat', 'Wyo. Stat. Ann.', ['Wyo. Stat.', 'Wyoming Statutes'], 'Deceptive practices are listed in Wyo. Stat. Ann. § 40-12-105.'),
];
