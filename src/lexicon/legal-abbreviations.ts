// Case-name abbreviations (Bluebook tables T6 and T10) and their full words. Captions are cited in
// abbreviated form ("Nat’l Ctr. for Bakers v. Food & Drug Admin.") and written out in prose
// ("National Center for Bakers v. Food & Drug Administration"); both must reach one canonical caption.

export interface Abbreviation {
  /** As written in a case name, with its period or apostrophe: "Ctr.", "Dep't". */
  abbr: string;
  /** Plural abbreviations expand to the plural word ("Enters." -> "Enterprises"). */
  full: string;
}

// Each line is "abbreviation=full word"; apostrophe forms also match the typographic ’.
// "Inc." and "Ltd." are not expanded: case names keep them as written.
const TABLE = `
Acad.=Academy
Admin.=Administration
Admin'r=Administrator
Adver.=Advertising
Advoc.=Advocate
Aff.=Affairs
Agric.=Agriculture
All.=Alliance
Am.=America
Ams.=Americans
Ass'n=Association
Assn.=Association
Assoc.=Associate
Assocs.=Associates
Atl.=Atlantic
Auth.=Authority
Auto.=Automobile
Ave.=Avenue
Bankr.=Bankruptcy
Bd.=Board
Bldg.=Building
Bros.=Brothers
Broad.=Broadcasting
Bhd.=Brotherhood
Bus.=Business
Cas.=Casualty
Cent.=Central
Chem.=Chemical
Chems.=Chemicals
Civ.=Civil
Cmty.=Community
Co.=Company
Cos.=Companies
Coal.=Coalition
Coll.=College
Comm.=Committee
Comm'n=Commission
Comm'r=Commissioner
Commc'ns=Communications
Condo.=Condominium
Cong.=Congress
Consol.=Consolidated
Constr.=Construction
Coop.=Cooperative
Corp.=Corporation
Corr.=Correction
Cnty.=County
Ctr.=Center
Cts.=Courts
Def.=Defense
Dep't=Department
Det.=Detention
Dev.=Development
Dir.=Director
Distrib.=Distribution
Distribs.=Distributors
Dist.=District
Div.=Division
Econ.=Economic
Educ.=Education
Elec.=Electric
Elecs.=Electronics
Emp.=Employment
Emps.=Employees
Eng'g=Engineering
Enter.=Enterprise
Enters.=Enterprises
Ent.=Entertainment
Entm't=Entertainment
Ent't=Entertainment
Env't=Environment
Envtl.=Environmental
Equal.=Equality
Equip.=Equipment
Exch.=Exchange
Exec.=Executive
Fam.=Family
Fed.=Federal
Fed'n=Federation
Fid.=Fidelity
Fin.=Finance
Found.=Foundation
Gen.=General
Glob.=Global
Gov't=Government
Grp.=Group
Guar.=Guaranty
Hosp.=Hospital
Hous.=Housing
Imp.=Import
Immigr.=Immigration
Indem.=Indemnity
Indep.=Independent
Indus.=Industries
Info.=Information
Inst.=Institute
Ins.=Insurance
Int'l=International
Inv.=Investment
Lab.=Labor
Liab.=Liability
Litig.=Litigation
Mach.=Machinery
Mgmt.=Management
Mfg.=Manufacturing
Mfr.=Manufacturer
Mfrs.=Manufacturers
Mkt.=Market
Mktg.=Marketing
Mun.=Municipal
Mut.=Mutual
Nat'l=National
Off.=Office
Org.=Organization
Pac.=Pacific
Pers.=Personnel
Pol'y=Policy
Pharm.=Pharmaceutical
Prob.=Probation
Pro.=Professional
Prod.=Production
Prods.=Products
Prop.=Property
Prot.=Protection
Pub.=Public
Publ'g=Publishing
Publ'n=Publication
R.R.=Railroad
Ry.=Railway
Rec.=Recreation
Ref.=Refining
Reg'l=Regional
Rehab.=Rehabilitation
Rep.=Representative
Reps.=Representatives
Res.=Resources
Rest.=Restaurant
Ret.=Retirement
Sch.=School
Schs.=Schools
Sci.=Science
Sec.=Securities
Sec'y=Secretary
Serv.=Service
Servs.=Services
Soc.=Society
Soc'y=Society
Sol.=Solicitor
Sols.=Solutions
Sta.=Station
Sur.=Surety
Sys.=System
Tech.=Technology
Techs.=Technologies
Telecomm.=Telecommunication
Tel.=Telephone
Transcon.=Transcontinental
Transp.=Transportation
Tr.=Trust
Tpk.=Turnpike
Univ.=University
Util.=Utility
Utils.=Utilities
Vill.=Village
`;

export const ABBREVIATIONS: readonly Abbreviation[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [abbr = '', full = ''] = line.split('=');
    return { abbr, full };
  });

const byKey = new Map<string, string>();
for (const a of ABBREVIATIONS) byKey.set(a.abbr.replace(/’/g, "'"), a.full);

// One token that may be an abbreviation: letters with an inner apostrophe (Dep't, Ass'n) or
// letters/dots with a final period (Ctr., R.R., Enters.). "U.S." is deliberately not in the table.
// e.g. "Ctr." "Dep’t" "Int'l" "R.R."
const ABBR_TOKEN = /(?<![\p{L}'’])(?:\p{Lu}[\p{L}]*['’]\p{L}+|(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}*\.)/gu;

/** True when `token` (e.g. "Serv.", "Dep’t") is a known case-name abbreviation. */
export function isCaseNameAbbreviation(token: string): boolean {
  return byKey.has(token.replace(/’/g, "'"));
}

/** Expand Bluebook abbreviations word by word: "Ctr. for Law & Soc. Pol'y" -> "Center for Law & Society Policy". */
export function expandAbbreviations(name: string): string {
  return name.replace(ABBR_TOKEN, (tok) => byKey.get(tok.replace(/’/g, "'")) ?? tok);
}
