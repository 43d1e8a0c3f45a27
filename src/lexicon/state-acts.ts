// State acts that are litigated under their names ("BIPA", "the Consumer Fraud Act"), each with
// the place it is codified, so that a named act and a citation by number ("740 ILCS 14/15") meet
// on one key. Entries have the shape of the federal table (`NamedAct`) and are read by the same
// matcher (`actMatcher` in named-acts.ts); `location` replaces the federal `usc`.
//
// Acronyms are listed only where a legal text uses them for this act alone: no "CFA", "LAD",
// "CPA" or "CCPA" for Colorado (California's CCPA takes it).

import { actMatcher, type NamedAct } from './named-acts.ts';
import { STATE_CODES, type StateCode } from './state-codes.ts';
import { stateDisplay, stateKey, type StateLocation } from '../extract/statute-keys.ts';

export interface StateAct extends NamedAct {
  /** Postal code: "IL". */
  state: string;
  /** Where the act is codified: "740 ILCS 14/1 et seq.". */
  location: StateLocation;
  /**
   * The act's own section numbers are those of its code ("Section 1798.150 of the CCPA" is Cal.
   * Civ. Code § 1798.150); for an ILCS act the section goes after the act's number ("Section
   * 15(b) of BIPA" is 740 ILCS 14/15(b)); for a Massachusetts chapter it is the chapter's section.
   */
  sameNumbering?: boolean;
}

interface Spec {
  aliases?: string[];
  year?: number;
  sameNumbering?: boolean;
  examples: string[];
}

/** The code entry `state`/`code` of the codes lexicon, for its display and citation style. */
function codeOf(state: string, code: string, style?: StateCode['style']): StateCode {
  const hit = STATE_CODES.find((c) => c.state === state && c.code === code && (!style || c.style === style));
  if (!hit) throw new Error(`state-acts: no code ${state}/${code}`);
  return hit;
}

/** `at('IL', 'ilcs', { title: '740', section: '14/1', etSeq: true })`. */
function at(state: string, code: string, where: Partial<StateLocation>, style?: StateCode['style']): StateLocation {
  const c = codeOf(state, code, style);
  return { state: state.toLowerCase(), code, codeDisplay: c.display, style: c.style, ...where };
}

function stateAct(name: string, location: StateLocation, spec: Spec): StateAct {
  const year = spec.year ?? (/ of (\d{4})$/.exec(name) ? Number(/ of (\d{4})$/.exec(name)![1]) : undefined);
  return {
    name,
    aliases: spec.aliases ?? [],
    canonical: stateKey(location),
    display: stateDisplay(location),
    ...(year ? { year } : {}),
    examples: spec.examples,
    state: location.state.toUpperCase(),
    location,
    ...(spec.sameNumbering ? { sameNumbering: true } : {}),
  };
}

const etSeq = (section: string, title?: string): Partial<StateLocation> => ({ section, etSeq: true, ...(title ? { title } : {}) });

export const STATE_ACTS: readonly StateAct[] = [
  // --- Illinois: an ILCS act's sections follow the act's number
  stateAct('Biometric Information Privacy Act', at('IL', 'ilcs', etSeq('14/1', '740')), { aliases: ['Illinois Biometric Information Privacy Act', 'BIPA'], year: 2008, sameNumbering: true, examples: ['The employer scanned fingerprints without the consent BIPA requires.', 'Section 15(b) of the Illinois Biometric Information Privacy Act requires a written release.'] }),
  stateAct('Illinois Consumer Fraud and Deceptive Business Practices Act', at('IL', 'ilcs', etSeq('505/1', '815')), { aliases: ['Consumer Fraud and Deceptive Business Practices Act', 'ICFA'], sameNumbering: true, examples: ['The labels were deceptive under the Illinois Consumer Fraud and Deceptive Business Practices Act.', 'Plaintiff brings an ICFA claim.'] }),
  stateAct('Illinois Human Rights Act', at('IL', 'ilcs', etSeq('5/1-101', '775')), { aliases: ['IHRA'], examples: ['She filed a charge under the Illinois Human Rights Act.'] }),
  stateAct('Illinois Wage Payment and Collection Act', at('IL', 'ilcs', etSeq('115/1', '820')), { aliases: ['IWPCA'], sameNumbering: true, examples: ['Unpaid commissions are recoverable under the Illinois Wage Payment and Collection Act.'] }),
  stateAct('Genetic Information Privacy Act', at('IL', 'ilcs', etSeq('513/1', '410')), { aliases: ['Illinois Genetic Information Privacy Act', 'GIPA'], sameNumbering: true, examples: ['The insurer asked for family medical history in breach of GIPA.'] }),

  // --- Louisiana
  stateAct('Louisiana Environmental Quality Act', at('LA', 'rev-stat', etSeq('30:2001')), { aliases: ['LEQA'], examples: ['The permit limits are enforceable under the Louisiana Environmental Quality Act.'] }),
  stateAct('Louisiana Unfair Trade Practices and Consumer Protection Law', at('LA', 'rev-stat', etSeq('51:1401')), { aliases: ['Louisiana Unfair Trade Practices Act', 'LUTPA'], examples: ['The dealer is liable under the Louisiana Unfair Trade Practices and Consumer Protection Law.'] }),

  // --- California
  stateAct('California Consumer Privacy Act of 2018', at('CA', 'civ', etSeq('1798.100')), { aliases: ['California Consumer Privacy Act', 'CCPA'], sameNumbering: true, examples: ['The breach gives a private right of action under the California Consumer Privacy Act.', 'Plaintiffs also assert a CCPA claim.'] }),
  stateAct('Unfair Competition Law', at('CA', 'bus-prof', etSeq('17200')), { aliases: ['California Unfair Competition Law', "California's Unfair Competition Law", 'UCL'], sameNumbering: true, examples: ['The conduct is unlawful under the California Unfair Competition Law.', 'Restitution is the only money remedy under the UCL.'] }),
  stateAct('False Advertising Law', at('CA', 'bus-prof', etSeq('17500')), { aliases: ['California False Advertising Law'], sameNumbering: true, examples: ['The ads violated the False Advertising Law.'] }),
  stateAct('Investigative Consumer Reporting Agencies Act', at('CA', 'civ', etSeq('1786')), { aliases: ['California Investigative Consumer Reporting Agencies Act', 'ICRAA'], sameNumbering: true, examples: ['The tenant screening report violated the California Investigative Consumer Reporting Agencies Act.'] }),
  stateAct('Consumer Credit Reporting Agencies Act', at('CA', 'civ', etSeq('1785.1')), { aliases: ['California Consumer Credit Reporting Agencies Act', 'CCRAA'], sameNumbering: true, examples: ['The furnisher reported inaccurate debts under the California Consumer Credit Reporting Agencies Act.'] }),
  stateAct('Consumers Legal Remedies Act', at('CA', 'civ', etSeq('1750')), { aliases: ['California Consumers Legal Remedies Act', "Consumers' Legal Remedies Act", 'CLRA'], sameNumbering: true, examples: ['Notice was sent under the Consumers Legal Remedies Act.'] }),
  stateAct('California Invasion of Privacy Act', at('CA', 'penal', etSeq('630')), { aliases: ['CIPA'], sameNumbering: true, examples: ['The chat widget wiretapped visitors in violation of CIPA.', 'Section 631 of the California Invasion of Privacy Act bars eavesdropping.'] }),
  stateAct('California Fair Employment and Housing Act', at('CA', 'gov', etSeq('12900')), { aliases: ['Fair Employment and Housing Act', 'FEHA'], sameNumbering: true, examples: ['She alleges disability discrimination under FEHA.'] }),
  stateAct('Private Attorneys General Act of 2004', at('CA', 'lab', etSeq('2698')), { aliases: ['Private Attorneys General Act', 'California Private Attorneys General Act', 'PAGA'], sameNumbering: true, examples: ['The workers seek civil penalties under PAGA.'] }),
  stateAct('Song-Beverly Consumer Warranty Act', at('CA', 'civ', etSeq('1790')), { aliases: ['Song-Beverly Act'], sameNumbering: true, examples: ['The buyer sued under the Song-Beverly Consumer Warranty Act.'] }),
  stateAct('Confidentiality of Medical Information Act', at('CA', 'civ', etSeq('56')), { aliases: ['CMIA'], sameNumbering: true, examples: ['The hospital disclosed records in violation of the Confidentiality of Medical Information Act.'] }),
  stateAct('Unruh Civil Rights Act', at('CA', 'civ', { section: '51' }), { aliases: ['Unruh Act'], sameNumbering: true, examples: ['The website is inaccessible in violation of the Unruh Civil Rights Act.'] }),
  stateAct('California Electronic Communications Privacy Act', at('CA', 'penal', etSeq('1546')), { aliases: ['CalECPA'], sameNumbering: true, examples: ['The warrant did not satisfy CalECPA.'] }),

  // --- New York
  stateAct('New York Labor Law', at('NY', 'lab', {}), { aliases: ['NYLL', 'N.Y. Labor Law'], sameNumbering: true, examples: ['The workers seek unpaid overtime under the New York Labor Law.'] }),
  stateAct('New York General Business Law', at('NY', 'gen-bus', {}), { sameNumbering: true, examples: ['The claims arise under the New York General Business Law.'] }),
  stateAct('New York State Human Rights Law', at('NY', 'exec', etSeq('290')), { aliases: ['New York Human Rights Law', 'NYSHRL'], sameNumbering: true, examples: ['She was fired in violation of the NYSHRL.'] }),
  stateAct('New York City Human Rights Law', at('NY', 'nyc-admin', etSeq('8-101')), { aliases: ['NYCHRL'], sameNumbering: true, examples: ['The city law, the NYCHRL, is construed broadly.'] }),
  stateAct('New York SHIELD Act', at('NY', 'gen-bus', { section: '899-aa' }), { aliases: ['SHIELD Act', 'Stop Hacks and Improve Electronic Data Security Act'], examples: ['The notice came late under the SHIELD Act.'] }),

  // --- Texas
  stateAct('Texas Deceptive Trade Practices-Consumer Protection Act', at('TX', 'bus-com', etSeq('17.41')), { aliases: ['Texas Deceptive Trade Practices Act', 'Deceptive Trade Practices-Consumer Protection Act', 'DTPA'], sameNumbering: true, examples: ['The buyers sued under the Texas Deceptive Trade Practices Act.', 'Treble damages are available under the DTPA.'] }),
  stateAct('Texas Citizens Participation Act', at('TX', 'civ-prac-rem', etSeq('27.001')), { sameNumbering: true, examples: ['The reporter moved to dismiss under the Texas Citizens Participation Act.'] }),
  stateAct('Texas Commission on Human Rights Act', at('TX', 'lab', etSeq('21.001')), { aliases: ['TCHRA'], sameNumbering: true, examples: ['Her claim under the Texas Commission on Human Rights Act was untimely.'] }),

  // --- Florida
  stateAct('Florida Deceptive and Unfair Trade Practices Act', at('FL', 'stat', etSeq('501.201')), { aliases: ['FDUTPA'], sameNumbering: true, examples: ['Actual damages are recoverable under the Florida Deceptive and Unfair Trade Practices Act.', 'The FDUTPA claim fails.'] }),
  stateAct('Florida Security of Communications Act', at('FL', 'stat', etSeq('934.01')), { aliases: ['FSCA'], sameNumbering: true, examples: ['The session recording violated the Florida Security of Communications Act.'] }),
  stateAct('Florida Telephone Solicitation Act', at('FL', 'stat', { section: '501.059' }), { aliases: ['FTSA'], sameNumbering: true, examples: ['The texts were sent without consent under the Florida Telephone Solicitation Act.'] }),
  stateAct('Florida Civil Rights Act of 1992', at('FL', 'stat', etSeq('760.01')), { aliases: ['Florida Civil Rights Act'], sameNumbering: true, examples: ['The claim under the Florida Civil Rights Act tracks Title VII.'] }),

  // --- Pennsylvania
  stateAct('Pennsylvania Minimum Wage Act of 1968', at('PA', 'ps', etSeq('333.101', '43')), { aliases: ['Pennsylvania Minimum Wage Act', 'PMWA'], examples: ['Overtime is owed under the Pennsylvania Minimum Wage Act.'] }),
  stateAct('Pennsylvania Wage Payment and Collection Law', at('PA', 'ps', etSeq('260.1', '43')), { aliases: ['Wage Payment and Collection Law', 'WPCL'], examples: ['The bonus is a wage under the Pennsylvania Wage Payment and Collection Law.'] }),
  stateAct('Pennsylvania Unfair Trade Practices and Consumer Protection Law', at('PA', 'ps', etSeq('201-1', '73')), { aliases: ['Unfair Trade Practices and Consumer Protection Law', 'UTPCPL'], examples: ['The catch-all provision of the UTPCPL reaches deceptive conduct.'] }),
  stateAct('Pennsylvania Wiretapping and Electronic Surveillance Control Act', at('PA', 'cs', etSeq('5701', '18')), { aliases: ['Wiretapping and Electronic Surveillance Control Act', 'WESCA', 'Pennsylvania Wiretap Act'], sameNumbering: true, examples: ['Session replay software violated WESCA.'] }),
  stateAct('Pennsylvania Human Relations Act', at('PA', 'ps', etSeq('951', '43')), { aliases: ['PHRA'], examples: ['The PHRA claim is analyzed like the federal one.'] }),

  // --- Massachusetts: sections of a chapter
  stateAct('Massachusetts Consumer Protection Act', at('MA', 'gl', { title: '93A' }), { aliases: ['Chapter 93A', 'Massachusetts Consumer Protection Law'], sameNumbering: true, examples: ['A demand letter is a prerequisite under the Massachusetts Consumer Protection Act.', 'Section 9 of Chapter 93A allows multiple damages.'] }),
  stateAct('Massachusetts Wage Act', at('MA', 'gl', { title: '149', section: '148' }), { examples: ['Treble damages are mandatory under the Massachusetts Wage Act.'] }),
  stateAct('Massachusetts Wiretap Act', at('MA', 'gl', { title: '272', section: '99' }), { aliases: ['Massachusetts Wiretap Statute'], examples: ['Secret recording is barred by the Massachusetts Wiretap Act.'] }),

  // --- New Jersey
  stateAct('New Jersey Consumer Fraud Act', at('NJ', 'stat', etSeq('56:8-1')), { aliases: ['NJCFA'], examples: ['The hidden fees violate the New Jersey Consumer Fraud Act.'] }),
  stateAct('New Jersey Law Against Discrimination', at('NJ', 'stat', etSeq('10:5-1')), { aliases: ['NJLAD'], examples: ['She was fired in violation of the New Jersey Law Against Discrimination.'] }),
  stateAct('Conscientious Employee Protection Act', at('NJ', 'stat', etSeq('34:19-1')), { aliases: ['New Jersey Conscientious Employee Protection Act', 'CEPA'], examples: ['The whistleblower claim arises under CEPA.'] }),
  stateAct('New Jersey Civil Rights Act', at('NJ', 'stat', etSeq('10:6-1')), { aliases: ['NJCRA'], examples: ['The arrest was challenged under the New Jersey Civil Rights Act.'] }),

  // --- Washington, Ohio, Michigan, Georgia and other consumer statutes
  stateAct('Washington Consumer Protection Act', at('WA', 'rcw', etSeq('19.86.010')), { aliases: ['WCPA'], examples: ['Unfair acts in trade are unlawful under the Washington Consumer Protection Act.'] }),
  stateAct('Washington Law Against Discrimination', at('WA', 'rcw', etSeq('49.60.010')), { aliases: ['WLAD'], examples: ['The WLAD claim survives.'] }),
  stateAct('Ohio Consumer Sales Practices Act', at('OH', 'rev', etSeq('1345.01')), { aliases: ['OCSPA'], sameNumbering: true, examples: ['The dealer violated the Ohio Consumer Sales Practices Act.'] }),
  stateAct('Michigan Consumer Protection Act', at('MI', 'comp-laws', etSeq('445.901')), { sameNumbering: true, examples: ['The warranty claim was pleaded under the Michigan Consumer Protection Act.'] }),
  stateAct('Elliott-Larsen Civil Rights Act', at('MI', 'comp-laws', etSeq('37.2101')), { aliases: ['Michigan Elliott-Larsen Civil Rights Act', 'ELCRA'], examples: ['Sex discrimination is barred by the Elliott-Larsen Civil Rights Act.'] }),
  stateAct('Georgia Fair Business Practices Act', at('GA', 'code', etSeq('10-1-390')), { aliases: ['Fair Business Practices Act'], sameNumbering: true, examples: ['Notice was required under the Georgia Fair Business Practices Act.'] }),
  stateAct('Connecticut Unfair Trade Practices Act', at('CT', 'gen-stat', etSeq('42-110a')), { aliases: ['CUTPA'], sameNumbering: true, examples: ['The franchisor violated CUTPA.'] }),
  stateAct('Virginia Consumer Protection Act', at('VA', 'code', etSeq('59.1-196')), { aliases: ['VCPA'], sameNumbering: true, examples: ['The seller misrepresented the goods under the Virginia Consumer Protection Act.'] }),
  stateAct('Minnesota Consumer Fraud Act', at('MN', 'stat', { section: '325F.69' }), { examples: ['The promotion was fraudulent under the Minnesota Consumer Fraud Act.'] }),
  stateAct('Oregon Unlawful Trade Practices Act', at('OR', 'rev-stat', etSeq('646.605')), { aliases: ['Unlawful Trade Practices Act', 'UTPA'], sameNumbering: true, examples: ['The claim under the Oregon Unlawful Trade Practices Act is timely.'] }),
  stateAct('Arizona Consumer Fraud Act', at('AZ', 'rev-stat', etSeq('44-1521')), { sameNumbering: true, examples: ['Reliance is an element under the Arizona Consumer Fraud Act.'] }),
  stateAct('North Carolina Unfair and Deceptive Trade Practices Act', at('NC', 'gen-stat', { section: '75-1.1' }), { aliases: ['UDTPA'], examples: ['The practice is unfair under the North Carolina Unfair and Deceptive Trade Practices Act.'] }),
  stateAct('Maryland Consumer Protection Act', at('MD', 'com-law', etSeq('13-101')), { sameNumbering: true, examples: ['The fee was deceptive under the Maryland Consumer Protection Act.'] }),
  stateAct('District of Columbia Consumer Protection Procedures Act', at('DC', 'code', etSeq('28-3901')), { aliases: ['D.C. Consumer Protection Procedures Act', 'Consumer Protection Procedures Act', 'DCCPPA'], sameNumbering: true, examples: ['The nonprofit sued under the D.C. Consumer Protection Procedures Act.'] }),
  stateAct('Missouri Merchandising Practices Act', at('MO', 'rev-stat', etSeq('407.010')), { aliases: ['MMPA'], sameNumbering: true, examples: ['The label was misleading under the Missouri Merchandising Practices Act.'] }),
  stateAct('Colorado Consumer Protection Act', at('CO', 'rev-stat', etSeq('6-1-101')), { sameNumbering: true, examples: ['The claim under the Colorado Consumer Protection Act requires a public impact.'] }),
  stateAct('Colorado Privacy Act', at('CO', 'rev-stat', etSeq('6-1-1301')), { sameNumbering: true, examples: ['The Attorney General enforces the Colorado Privacy Act.'] }),
];

const MATCHER = actMatcher(STATE_ACTS);

/** The state acts named in `text`, longest form at each position, left to right. */
export const matchStateActs = (text: string) => MATCHER.match(text);

/** Where section `section` of `act` is codified: "15" of BIPA -> 740 ILCS 14/15; undefined when its numbering is its own. */
export function stateActSection(act: StateAct, section: string): StateLocation | undefined {
  if (!act.sameNumbering) return undefined;
  const l = act.location;
  const base = { state: l.state, code: l.code, codeDisplay: l.codeDisplay, style: l.style, ...(l.title ? { title: l.title } : {}) };
  if (l.style === 'ilcs') return { ...base, section: `${l.section!.split('/')[0]}/${section}` };
  return { ...base, section };
}
