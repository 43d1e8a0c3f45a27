// Organizations that recur in federal litigation: the federal government's departments and
// agencies (usually defendants) and the public-interest groups that litigate against or for them
// (plaintiffs, counsel, amici). Each entry lists the ways it is written so mentions resolve to one
// canonical name; `example` is a real-shaped phrase the lexicon test resolves back to the entry.
import { escapeRegExp } from '../util/regex.ts';

export type OrgKind = 'federal_department' | 'federal_agency' | 'litigation_group' | 'union' | 'state_entity';

export interface OrgEntry {
  canonical: string;
  acronyms: string[];
  /** Other full spellings (without a leading "the"); the canonical name is matched too. */
  variants: string[];
  kind: OrgKind;
  /** A phrase containing one of the spellings, e.g. "a request from the IRS". */
  example: string;
  /** Groups that commonly act as counsel (they represent parties rather than sue for themselves). */
  counsel?: boolean;
}

const dept = (canonical: string, acronyms: string[], variants: string[], example: string): OrgEntry => ({
  canonical,
  acronyms,
  variants,
  kind: 'federal_department',
  example,
});
const agency = (canonical: string, acronyms: string[], variants: string[], example: string): OrgEntry => ({
  canonical,
  acronyms,
  variants,
  kind: 'federal_agency',
  example,
});
const group = (canonical: string, acronyms: string[], variants: string[], example: string, counsel = true): OrgEntry => ({
  canonical,
  acronyms,
  variants,
  kind: 'litigation_group',
  example,
  counsel,
});

export const ORGANIZATIONS: readonly OrgEntry[] = [
  // Executive departments
  dept('Department of the Treasury', [], ['Treasury Department', 'U.S. Department of the Treasury', 'U.S. Treasury', 'Department of Treasury', 'Treasury'], 'a memo from the Treasury Department'),
  dept('Department of Justice', ['DOJ'], ['U.S. Department of Justice', 'Justice Department'], 'lawyers at the Justice Department'),
  dept('Department of Homeland Security', ['DHS'], ['U.S. Department of Homeland Security', 'Homeland Security Department'], 'the DHS policy'),
  dept('Department of State', [], ['State Department', 'U.S. Department of State'], 'a State Department cable'),
  dept('Department of Defense', ['DOD', 'DoD'], ['U.S. Department of Defense', 'Defense Department', 'Department of War'], 'a DOD contract'),
  dept('Department of the Interior', ['DOI'], ['Interior Department', 'U.S. Department of the Interior', 'Department of Interior'], 'the Interior Department said'),
  dept('Department of Agriculture', ['USDA'], ['U.S. Department of Agriculture', 'Agriculture Department'], 'a USDA program'),
  dept('Department of Commerce', ['DOC'], ['Commerce Department', 'U.S. Department of Commerce'], 'the Commerce Department rule'),
  dept('Department of Labor', ['DOL'], ['Labor Department', 'U.S. Department of Labor'], 'a DOL audit'),
  dept('Department of Health and Human Services', ['HHS'], ['U.S. Department of Health and Human Services', 'Health and Human Services Department'], 'HHS guidance'),
  dept('Department of Housing and Urban Development', ['HUD'], ['U.S. Department of Housing and Urban Development'], 'a HUD grant'),
  dept('Department of Transportation', ['DOT'], ['Transportation Department', 'U.S. Department of Transportation'], 'the Transportation Department'),
  dept('Department of Energy', ['DOE'], ['Energy Department', 'U.S. Department of Energy'], 'an Energy Department lab'),
  dept('Department of Education', ['ED'], ['Education Department', 'U.S. Department of Education'], 'the Education Department'),
  dept('Department of Veterans Affairs', ['VA'], ['U.S. Department of Veterans Affairs', 'Veterans Affairs Department'], 'the Department of Veterans Affairs'),
  // Agencies and offices
  agency('Internal Revenue Service', ['IRS'], ['U.S. Internal Revenue Service'], 'data held by the IRS'),
  agency('U.S. Immigration and Customs Enforcement', ['ICE'], ['Immigration and Customs Enforcement'], 'a request from ICE'),
  agency('U.S. Citizenship and Immigration Services', ['USCIS'], ['Citizenship and Immigration Services'], 'a USCIS form'),
  agency('U.S. Customs and Border Protection', ['CBP'], ['Customs and Border Protection'], 'CBP officers'),
  agency('Social Security Administration', ['SSA'], ['U.S. Social Security Administration'], 'the Social Security Administration'),
  agency('Centers for Medicare & Medicaid Services', ['CMS'], ['Centers for Medicare and Medicaid Services'], 'a CMS rule'),
  agency('Environmental Protection Agency', ['EPA'], ['U.S. Environmental Protection Agency'], 'the EPA administrator'),
  agency('Federal Trade Commission', ['FTC'], ['U.S. Federal Trade Commission'], 'an FTC order'),
  agency('Securities and Exchange Commission', ['SEC'], ['U.S. Securities and Exchange Commission'], 'an SEC filing'),
  agency('Federal Communications Commission', ['FCC'], [], 'the FCC vote'),
  agency('National Labor Relations Board', ['NLRB'], [], 'an NLRB complaint'),
  agency('Equal Employment Opportunity Commission', ['EEOC'], ['U.S. Equal Employment Opportunity Commission'], 'an EEOC charge'),
  agency('Office of Personnel Management', ['OPM'], ['U.S. Office of Personnel Management'], 'OPM records'),
  agency('Office of Management and Budget', ['OMB'], [], 'the OMB director'),
  agency('General Services Administration', ['GSA'], ['U.S. General Services Administration'], 'a GSA lease'),
  agency('Department of Government Efficiency', ['DOGE'], ['U.S. DOGE Service'], 'DOGE staff'),
  agency('Federal Bureau of Investigation', ['FBI'], [], 'an FBI agent'),
  agency('Drug Enforcement Administration', ['DEA'], [], 'DEA agents'),
  agency('Bureau of Alcohol, Tobacco, Firearms and Explosives', ['ATF'], [], 'an ATF rule'),
  agency('United States Postal Service', ['USPS'], ['U.S. Postal Service', 'Postal Service'], 'the Postal Service'),
  agency('Treasury Inspector General for Tax Administration', ['TIGTA'], [], 'a TIGTA report'),
  agency('Government Accountability Office', ['GAO'], ['U.S. Government Accountability Office'], 'a GAO study'),
  agency('Consumer Financial Protection Bureau', ['CFPB'], [], 'the CFPB'),
  agency('Food and Drug Administration', ['FDA'], ['U.S. Food and Drug Administration'], 'FDA approval'),
  agency('Centers for Disease Control and Prevention', ['CDC'], [], 'CDC data'),
  agency('National Institutes of Health', ['NIH'], [], 'NIH grants'),
  agency('Federal Emergency Management Agency', ['FEMA'], [], 'FEMA aid'),
  agency('Bureau of Prisons', ['BOP'], ['Federal Bureau of Prisons'], 'the Bureau of Prisons'),
  agency('U.S. Marshals Service', ['USMS'], ['United States Marshals Service'], 'the U.S. Marshals Service'),
  agency('Executive Office for Immigration Review', ['EOIR'], [], 'EOIR judges'),
  agency('Office of Refugee Resettlement', ['ORR'], [], 'custody of the Office of Refugee Resettlement'),
  agency('Federal Reserve Board', [], ['Board of Governors of the Federal Reserve System', 'Federal Reserve'], 'the Federal Reserve'),
  agency('Federal Election Commission', ['FEC'], [], 'an FEC complaint'),
  agency('Federal Aviation Administration', ['FAA'], [], 'FAA rules'),
  agency('Federal Housing Finance Agency', ['FHFA'], [], 'the FHFA'),
  agency('Small Business Administration', ['SBA'], ['U.S. Small Business Administration'], 'an SBA loan'),
  agency('U.S. Agency for International Development', ['USAID'], ['Agency for International Development'], 'USAID contracts'),
  // Land, water and wildlife agencies: the defendants of environmental suits.
  agency('National Marine Fisheries Service', ['NMFS'], ['NOAA Fisheries', 'National Marine Fisheries Svc.'], 'a NMFS biological opinion'),
  agency('U.S. Fish and Wildlife Service', ['FWS', 'USFWS'], ['Fish and Wildlife Service', 'United States Fish and Wildlife Service'], 'the Fish and Wildlife Service listed the species'),
  agency('U.S. Forest Service', ['USFS'], ['Forest Service', 'United States Forest Service'], 'a Forest Service permit'),
  agency('Bureau of Land Management', ['BLM'], ['U.S. Bureau of Land Management'], 'BLM grazing leases'),
  agency('National Park Service', ['NPS'], ['U.S. National Park Service'], 'the National Park Service closed the road'),
  agency('U.S. Army Corps of Engineers', ['USACE'], ['Army Corps of Engineers', 'Corps of Engineers', 'Army Corps'], 'a permit from the Army Corps of Engineers'),
  agency('Bureau of Reclamation', [], ['U.S. Bureau of Reclamation'], 'Bureau of Reclamation water deliveries'),
  agency('Bureau of Indian Affairs', ['BIA'], ['U.S. Bureau of Indian Affairs'], 'a BIA decision'),
  agency('Bureau of Ocean Energy Management', ['BOEM'], [], 'a BOEM lease sale'),
  agency('Federal Energy Regulatory Commission', ['FERC'], [], 'the FERC order'),
  agency('Nuclear Regulatory Commission', ['NRC'], ['U.S. Nuclear Regulatory Commission'], 'an NRC license'),
  // Transport, health, housing, labor and money.
  agency('Federal Highway Administration', ['FHWA'], [], 'FHWA approval'),
  agency('Federal Motor Carrier Safety Administration', ['FMCSA'], [], 'an FMCSA rule'),
  agency('National Highway Traffic Safety Administration', ['NHTSA'], [], 'a NHTSA recall'),
  agency('Federal Railroad Administration', ['FRA'], [], 'an FRA waiver'),
  agency('Health Resources and Services Administration', ['HRSA'], [], 'HRSA grants'),
  agency('Substance Abuse and Mental Health Services Administration', ['SAMHSA'], [], 'SAMHSA funding'),
  agency('Administration for Children and Families', ['ACF'], [], 'an ACF grant'),
  agency('Wage and Hour Division', ['WHD'], [], 'a Wage and Hour Division investigation'),
  agency('Employee Benefits Security Administration', ['EBSA'], [], 'an EBSA audit'),
  agency('Mine Safety and Health Administration', ['MSHA'], [], 'MSHA inspectors'),
  agency('Office of the Comptroller of the Currency', ['OCC'], ['Comptroller of the Currency'], 'an OCC consent order'),
  agency('Federal Deposit Insurance Corporation', ['FDIC'], [], 'the FDIC as receiver'),
  agency('Commodity Futures Trading Commission', ['CFTC'], [], 'a CFTC enforcement action'),
  agency('Federal Student Aid', [], ['Office of Federal Student Aid'], 'Federal Student Aid servicers'),
  agency('U.S. Patent and Trademark Office', ['USPTO'], ['Patent and Trademark Office'], 'the USPTO rejected the claims'),
  agency('U.S. Census Bureau', [], ['Census Bureau', 'Bureau of the Census'], 'the Census Bureau count'),
  agency('Transportation Security Administration', ['TSA'], [], 'TSA screening'),
  agency('U.S. Secret Service', [], ['Secret Service', 'United States Secret Service'], 'the Secret Service detail'),
  agency('National Oceanic and Atmospheric Administration', ['NOAA'], [], 'NOAA scientists'),
  agency('Office of Special Counsel', ['OSC'], ['U.S. Office of Special Counsel'], 'the Office of Special Counsel'),
  agency('Merit Systems Protection Board', ['MSPB'], [], 'an MSPB appeal'),
  agency('Federal Labor Relations Authority', ['FLRA'], [], 'the FLRA'),
  agency('Occupational Safety and Health Administration', ['OSHA'], [], 'OSHA inspectors'),
  agency('Financial Crimes Enforcement Network', ['FinCEN'], [], 'a FinCEN rule'),
  agency('Bureau of Fiscal Service', [], ['Bureau of the Fiscal Service'], 'the Bureau of the Fiscal Service'),
  agency('Department of Justice Civil Division', [], ['Civil Division'], 'the Civil Division'),
  // Public-interest litigators
  group('American Civil Liberties Union', ['ACLU'], ['American Civil Liberties Union Foundation', 'ACLU Foundation'], 'the ACLU filed'),
  group('Electronic Frontier Foundation', ['EFF'], [], 'a brief by EFF'),
  group('NAACP Legal Defense and Educational Fund', ['LDF', 'NAACP LDF'], ['NAACP Legal Defense & Educational Fund', 'Legal Defense Fund'], 'the Legal Defense Fund'),
  group('National Association for the Advancement of Colored People', ['NAACP'], [], 'the NAACP sued', false),
  group('Public Citizen', [], ['Public Citizen Litigation Group'], 'lawyers with Public Citizen'),
  group('Democracy Forward', [], ['Democracy Forward Foundation'], 'represented by Democracy Forward'),
  group('Lambda Legal', [], ['Lambda Legal Defense and Education Fund'], 'Lambda Legal attorneys'),
  group('Earthjustice', [], [], 'represented by Earthjustice'),
  group('Natural Resources Defense Council', ['NRDC'], [], 'the NRDC'),
  group('Sierra Club', [], [], 'the Sierra Club sued', false),
  group('Southern Poverty Law Center', ['SPLC'], [], 'the Southern Poverty Law Center'),
  group('Knight First Amendment Institute', [], ['Knight First Amendment Institute at Columbia University', 'Knight Institute'], 'the Knight Institute'),
  group('Electronic Privacy Information Center', ['EPIC'], [], 'the Electronic Privacy Information Center argued'),
  group('Citizens for Responsibility and Ethics in Washington', ['CREW'], [], 'Citizens for Responsibility and Ethics in Washington obtained'),
  group('American Oversight', [], [], 'records obtained by American Oversight'),
  group('Protect Democracy', [], ['Protect Democracy Project'], 'Protect Democracy lawyers'),
  group('Institute for Justice', ['IJ'], [], 'the Institute for Justice'),
  group('Pacific Legal Foundation', ['PLF'], [], 'Pacific Legal Foundation attorneys'),
  group('New Civil Liberties Alliance', ['NCLA'], [], 'the NCLA'),
  group('Center for Constitutional Rights', ['CCR'], [], 'the Center for Constitutional Rights'),
  group('Lawyers’ Committee for Civil Rights Under Law', [], ["Lawyers' Committee for Civil Rights Under Law", 'Lawyers’ Committee', "Lawyers' Committee"], "the Lawyers' Committee"),
  group('Mexican American Legal Defense and Educational Fund', ['MALDEF'], [], 'MALDEF'),
  group('National Immigration Law Center', ['NILC'], [], 'the National Immigration Law Center'),
  group('American Immigration Council', [], [], 'the American Immigration Council'),
  group('Asian Americans Advancing Justice', [], [], 'Asian Americans Advancing Justice'),
  group('Judicial Watch', [], [], 'Judicial Watch sued', false),
  group('Alliance Defending Freedom', ['ADF'], [], 'Alliance Defending Freedom'),
  group('Becket Fund for Religious Liberty', [], ['Becket'], 'the Becket Fund for Religious Liberty'),
  group('Center for Biological Diversity', [], [], 'the Center for Biological Diversity'),
  group('Environmental Defense Fund', ['EDF'], [], 'the Environmental Defense Fund'),
  group('Planned Parenthood Federation of America', [], ['Planned Parenthood'], 'Planned Parenthood', false),
  group('Center for Reproductive Rights', [], [], 'the Center for Reproductive Rights'),
  group('Brennan Center for Justice', [], ['Brennan Center'], 'the Brennan Center'),
  group('Campaign Legal Center', ['CLC'], [], 'the Campaign Legal Center'),
  group('National Women’s Law Center', ['NWLC'], ["National Women's Law Center"], 'the National Women’s Law Center'),
  group('Public Justice', [], [], 'Public Justice attorneys'),
  group('Washington Lawyers’ Committee for Civil Rights and Urban Affairs', [], ["Washington Lawyers' Committee for Civil Rights and Urban Affairs", 'Washington Lawyers’ Committee'], 'the Washington Lawyers’ Committee'),
  // Unions that often sue the federal government
  { canonical: 'American Federation of Government Employees', acronyms: ['AFGE'], variants: [], kind: 'union', example: 'AFGE members' },
  { canonical: 'American Federation of Labor and Congress of Industrial Organizations', acronyms: ['AFL-CIO'], variants: [], kind: 'union', example: 'the AFL-CIO' },
  { canonical: 'National Treasury Employees Union', acronyms: ['NTEU'], variants: [], kind: 'union', example: 'NTEU' },
  { canonical: 'American Federation of State, County and Municipal Employees', acronyms: ['AFSCME'], variants: ['American Federation of State, County, and Municipal Employees'], kind: 'union', example: 'AFSCME' },
  { canonical: 'Service Employees International Union', acronyms: ['SEIU'], variants: [], kind: 'union', example: 'SEIU' },
  { canonical: 'American Federation of Teachers', acronyms: ['AFT'], variants: [], kind: 'union', example: 'the American Federation of Teachers' },
];

export interface OrgMatch {
  start: number;
  end: number;
  entry: OrgEntry;
  viaAcronym: boolean;
}


// Full names match case-insensitively only on their capitalized spelling (so "public citizen"
// in prose is not the group); acronyms match exactly, as whole words.
const nameIndex = new Map<string, OrgEntry>();
const acronymIndex = new Map<string, OrgEntry>();
for (const e of ORGANIZATIONS) {
  for (const n of [e.canonical, ...e.variants]) nameIndex.set(n.replace(/’/g, "'"), e);
  for (const a of e.acronyms) acronymIndex.set(a, e);
}
// Single-letter or ambiguous acronyms that read as ordinary words ("ED", "DOC", "CCR", "IJ") only
// count when the text defines them, so they are left out of free matching.
const AMBIGUOUS_ACRONYMS = new Set(['ED', 'DOC', 'IJ', 'CCR', 'VA', 'DOE', 'DOT', 'OSC', 'ORR', 'BOP', 'LDF', 'EDF', 'CLC', 'PLF', 'ADF', 'EPIC', 'CREW']);

const names = [...nameIndex.keys()].sort((a, b) => b.length - a.length);
const NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${names.map((n) => escapeRegExp(n).replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const acronyms = [...acronymIndex.keys()].filter((a) => !AMBIGUOUS_ACRONYMS.has(a)).sort((a, b) => b.length - a.length);
const ACRONYM_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${acronyms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-(?!\\p{Lu}))`, 'gu');

// Departments by their one-word short names, as in "Commerce official" or "a Labor spokesperson":
// looked up for a title's organization, never matched in free text (the words are too common).
const SHORT_DEPARTMENT_NAMES: Record<string, string> = {
  Commerce: 'Department of Commerce',
  Labor: 'Department of Labor',
  Interior: 'Department of the Interior',
  Defense: 'Department of Defense',
  Education: 'Department of Education',
  Energy: 'Department of Energy',
  Justice: 'Department of Justice',
  State: 'Department of State',
  Agriculture: 'Department of Agriculture',
  Transportation: 'Department of Transportation',
  'Homeland Security': 'Department of Homeland Security',
  'Veterans Affairs': 'Department of Veterans Affairs',
  'Health and Human Services': 'Department of Health and Human Services',
};

/** Look a name or acronym up: "Justice Department" -> Department of Justice, "IRS" -> Internal Revenue Service. */
export function lookupOrganization(name: string): OrgEntry | undefined {
  const n = name.replace(/’/g, "'").replace(/^the\s+/i, '').trim();
  const hit = nameIndex.get(n) ?? acronymIndex.get(n);
  if (hit) return hit;
  // "United States Department of Agriculture" is the department the lexicon lists as "U.S. ...".
  const us = /^(?:United States|U\.S\.|US)\s+(?=\p{Lu})/u.exec(n);
  return us ? nameIndex.get(n.slice(us[0].length)) ?? nameIndex.get('U.S. ' + n.slice(us[0].length)) : undefined;
}

/** Like lookupOrganization, also reading a department's one-word short name ("Commerce"). */
export function lookupOrganizationOrShortName(name: string): OrgEntry | undefined {
  const short = SHORT_DEPARTMENT_NAMES[name.trim()];
  return lookupOrganization(name) ?? (short ? nameIndex.get(short) : undefined);
}

/** Every lexicon organization in `text` (longest spelling wins; acronyms only where no name matched). */
export function findLexiconOrganizations(text: string): OrgMatch[] {
  const out: OrgMatch[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    const e = nameIndex.get(m[0].replace(/’/g, "'"));
    if (e) out.push({ start: m.index, end: m.index + m[0].length, entry: e, viaAcronym: false });
  }
  for (const m of text.matchAll(ACRONYM_RE)) {
    const s = m.index;
    if (out.some((o) => o.start <= s && s < o.end)) continue;
    const e = acronymIndex.get(m[0]);
    if (e) out.push({ start: s, end: s + m[0].length, entry: e, viaAcronym: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
