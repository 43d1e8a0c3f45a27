// Every federal court, with the names it goes by in filings, opinions, press releases and news.
// Entries are generated from a few tables (states and their districts, circuits, specialty courts)
// and name templates, so a court added to a table gets all its variants at once, and one
// combined matcher (a trie compiled into a single regex) finds any of them in a text.
//
// Canonical abbreviations follow the Bluebook (T1 court abbreviations, T10 state abbreviations):
// "D.D.C.", "S.D.N.Y.", "N.D. Cal.", "S.D. W. Va.", "D.C. Cir.", "2d Cir.", "Bankr. S.D.N.Y.",
// "Fed. Cl.". The Supreme Court's canonical is "U.S." (as in a citation's court parenthetical,
// which the U.S. Reports make implicit); "U.S." is never matched in text as the Court.
// Ids follow CourtListener: "dcd", "nysd", "cand", "cadc", "ca9", "scotus", "nysb".

import type { CourtValue } from '../model/types.ts';

export type CourtLevel = CourtValue['level'];

/**
 * How a variant names its court, which sets how much the extractor trusts it:
 * - full: the official name ("United States District Court for the District of Columbia")
 * - abbreviation: Bluebook or docket shorthand ("D.D.C.", "9th Cir.", "SDNY")
 * - short: the district or circuit phrase alone ("the Southern District of New York", "Ninth Circuit")
 * - informal: how news writes it ("D.C. district court", "federal court in Manhattan")
 * - bare: a name other courts share ("Supreme Court", "Tax Court"): the extractor checks that no
 *   state or country qualifies it ("Texas Supreme Court")
 * - initials: an abbreviation that is also a person's initials ("T.C."): only inside a citation
 */
export type VariantForm = 'full' | 'abbreviation' | 'short' | 'informal' | 'bare' | 'initials';

export interface CourtVariant {
  text: string;
  form: VariantForm;
}

export interface CourtEntry extends CourtValue {
  variants: readonly CourtVariant[];
  /** Strings that must resolve to this entry (checked by the lexicon test). */
  examples: readonly string[];
  /** Circuit id ("ca9") for district, bankruptcy and circuit entries. */
  circuit?: string;
  /** USPS code of the state or territory for district and bankruptcy entries. */
  state?: string;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface StateRow {
  name: string;
  /** Bluebook T10 abbreviation. */
  bluebook: string;
  postal: string;
  circuit: number | 'dc';
  /** District prefixes ("N", "S", ...) or "" for a state that is one district; seat cities after ":". */
  districts: Record<string, readonly string[]>;
  /** "District of the Virgin Islands": the district phrase takes an article. */
  article?: boolean;
  /** CourtListener's prefix when it is not the postal code (Northern Mariana Islands: "nmid"). */
  idPrefix?: string;
}

// Seat cities are listed only where the city names one district unambiguously in news usage
// ("federal court in Manhattan" is the S.D.N.Y.; "Portland" or "Columbia" would be a guess).
const STATES: readonly StateRow[] = [
  { name: 'Alabama', bluebook: 'Ala.', postal: 'AL', circuit: 11, districts: { N: ['Birmingham', 'Huntsville'], M: ['Montgomery'], S: ['Mobile'] } },
  { name: 'Alaska', bluebook: 'Alaska', postal: 'AK', circuit: 9, districts: { '': ['Anchorage'] } },
  { name: 'Arizona', bluebook: 'Ariz.', postal: 'AZ', circuit: 9, districts: { '': ['Phoenix', 'Tucson'] } },
  { name: 'Arkansas', bluebook: 'Ark.', postal: 'AR', circuit: 8, districts: { E: ['Little Rock'], W: ['Fort Smith'] } },
  { name: 'California', bluebook: 'Cal.', postal: 'CA', circuit: 9, districts: { N: ['San Francisco', 'Oakland', 'San Jose'], E: ['Sacramento', 'Fresno'], C: ['Los Angeles', 'Santa Ana', 'Riverside'], S: ['San Diego'] } },
  { name: 'Colorado', bluebook: 'Colo.', postal: 'CO', circuit: 10, districts: { '': ['Denver'] } },
  { name: 'Connecticut', bluebook: 'Conn.', postal: 'CT', circuit: 2, districts: { '': ['Hartford', 'New Haven', 'Bridgeport'] } },
  { name: 'Delaware', bluebook: 'Del.', postal: 'DE', circuit: 3, districts: { '': ['Wilmington'] } },
  { name: 'Columbia', bluebook: 'D.C.', postal: 'DC', circuit: 'dc', districts: { '': ['Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington, DC'] } },
  { name: 'Florida', bluebook: 'Fla.', postal: 'FL', circuit: 11, districts: { N: ['Tallahassee', 'Pensacola', 'Gainesville'], M: ['Tampa', 'Orlando', 'Jacksonville'], S: ['Miami', 'Fort Lauderdale', 'West Palm Beach'] } },
  { name: 'Georgia', bluebook: 'Ga.', postal: 'GA', circuit: 11, districts: { N: ['Atlanta'], M: ['Macon'], S: ['Savannah'] } },
  { name: 'Hawaii', bluebook: 'Haw.', postal: 'HI', circuit: 9, districts: { '': ['Honolulu'] } },
  { name: 'Idaho', bluebook: 'Idaho', postal: 'ID', circuit: 9, districts: { '': ['Boise'] } },
  { name: 'Illinois', bluebook: 'Ill.', postal: 'IL', circuit: 7, districts: { N: ['Chicago'], C: ['Peoria'], S: ['East St. Louis'] } },
  { name: 'Indiana', bluebook: 'Ind.', postal: 'IN', circuit: 7, districts: { N: ['South Bend', 'Fort Wayne', 'Hammond'], S: ['Indianapolis'] } },
  { name: 'Iowa', bluebook: 'Iowa', postal: 'IA', circuit: 8, districts: { N: ['Cedar Rapids', 'Sioux City'], S: ['Des Moines'] } },
  { name: 'Kansas', bluebook: 'Kan.', postal: 'KS', circuit: 10, districts: { '': ['Wichita', 'Topeka'] } },
  { name: 'Kentucky', bluebook: 'Ky.', postal: 'KY', circuit: 6, districts: { E: ['Lexington'], W: ['Louisville'] } },
  { name: 'Louisiana', bluebook: 'La.', postal: 'LA', circuit: 5, districts: { E: ['New Orleans'], M: ['Baton Rouge'], W: ['Shreveport'] } },
  { name: 'Maine', bluebook: 'Me.', postal: 'ME', circuit: 1, districts: { '': ['Bangor'] } },
  { name: 'Maryland', bluebook: 'Md.', postal: 'MD', circuit: 4, districts: { '': ['Baltimore', 'Greenbelt'] } },
  { name: 'Massachusetts', bluebook: 'Mass.', postal: 'MA', circuit: 1, districts: { '': ['Boston', 'Worcester'] } },
  { name: 'Michigan', bluebook: 'Mich.', postal: 'MI', circuit: 6, districts: { E: ['Detroit', 'Flint', 'Ann Arbor'], W: ['Grand Rapids'] } },
  { name: 'Minnesota', bluebook: 'Minn.', postal: 'MN', circuit: 8, districts: { '': ['Minneapolis', 'St. Paul'] } },
  { name: 'Mississippi', bluebook: 'Miss.', postal: 'MS', circuit: 5, districts: { N: [], S: ['Gulfport'] } },
  { name: 'Missouri', bluebook: 'Mo.', postal: 'MO', circuit: 8, districts: { E: ['St. Louis'], W: [] } },
  { name: 'Montana', bluebook: 'Mont.', postal: 'MT', circuit: 9, districts: { '': ['Billings', 'Missoula', 'Helena'] } },
  { name: 'Nebraska', bluebook: 'Neb.', postal: 'NE', circuit: 8, districts: { '': ['Omaha'] } },
  { name: 'Nevada', bluebook: 'Nev.', postal: 'NV', circuit: 9, districts: { '': ['Las Vegas', 'Reno'] } },
  { name: 'New Hampshire', bluebook: 'N.H.', postal: 'NH', circuit: 1, districts: { '': [] } },
  { name: 'New Jersey', bluebook: 'N.J.', postal: 'NJ', circuit: 3, districts: { '': ['Newark', 'Trenton', 'Camden'] } },
  { name: 'New Mexico', bluebook: 'N.M.', postal: 'NM', circuit: 10, districts: { '': ['Albuquerque', 'Santa Fe'] } },
  { name: 'New York', bluebook: 'N.Y.', postal: 'NY', circuit: 2, districts: { N: ['Albany', 'Syracuse', 'Utica'], S: ['Manhattan', 'White Plains'], E: ['Brooklyn', 'Central Islip'], W: ['Buffalo', 'Rochester'] } },
  { name: 'North Carolina', bluebook: 'N.C.', postal: 'NC', circuit: 4, districts: { E: ['Raleigh'], M: ['Greensboro', 'Winston-Salem', 'Durham'], W: ['Charlotte', 'Asheville'] } },
  { name: 'North Dakota', bluebook: 'N.D.', postal: 'ND', circuit: 8, districts: { '': ['Bismarck', 'Fargo'] } },
  { name: 'Ohio', bluebook: 'Ohio', postal: 'OH', circuit: 6, districts: { N: ['Cleveland', 'Toledo', 'Akron', 'Youngstown'], S: ['Columbus', 'Cincinnati', 'Dayton'] } },
  { name: 'Oklahoma', bluebook: 'Okla.', postal: 'OK', circuit: 10, districts: { N: ['Tulsa'], E: ['Muskogee'], W: ['Oklahoma City'] } },
  { name: 'Oregon', bluebook: 'Or.', postal: 'OR', circuit: 9, districts: { '': ['Portland', 'Eugene'] } },
  { name: 'Pennsylvania', bluebook: 'Pa.', postal: 'PA', circuit: 3, districts: { E: ['Philadelphia', 'Allentown'], M: ['Harrisburg', 'Scranton', 'Williamsport'], W: ['Pittsburgh', 'Erie'] } },
  { name: 'Rhode Island', bluebook: 'R.I.', postal: 'RI', circuit: 1, districts: { '': ['Providence'] } },
  { name: 'South Carolina', bluebook: 'S.C.', postal: 'SC', circuit: 4, districts: { '': [] } },
  { name: 'South Dakota', bluebook: 'S.D.', postal: 'SD', circuit: 8, districts: { '': ['Sioux Falls', 'Rapid City'] } },
  { name: 'Tennessee', bluebook: 'Tenn.', postal: 'TN', circuit: 6, districts: { E: ['Knoxville', 'Chattanooga'], M: ['Nashville'], W: ['Memphis'] } },
  { name: 'Texas', bluebook: 'Tex.', postal: 'TX', circuit: 5, districts: { N: ['Dallas', 'Fort Worth', 'Lubbock', 'Amarillo', 'Abilene', 'Wichita Falls'], S: ['Houston', 'Corpus Christi', 'Brownsville', 'McAllen', 'Galveston', 'Laredo'], E: ['Tyler', 'Beaumont', 'Sherman', 'Plano', 'Texarkana'], W: ['San Antonio', 'Austin', 'El Paso', 'Waco', 'Midland'] } },
  { name: 'Utah', bluebook: 'Utah', postal: 'UT', circuit: 10, districts: { '': ['Salt Lake City'] } },
  { name: 'Vermont', bluebook: 'Vt.', postal: 'VT', circuit: 2, districts: { '': ['Burlington'] } },
  { name: 'Virginia', bluebook: 'Va.', postal: 'VA', circuit: 4, districts: { E: ['Alexandria', 'Richmond', 'Norfolk', 'Newport News'], W: ['Roanoke', 'Charlottesville', 'Lynchburg'] } },
  { name: 'Washington', bluebook: 'Wash.', postal: 'WA', circuit: 9, districts: { E: ['Spokane', 'Yakima'], W: ['Seattle', 'Tacoma'] } },
  { name: 'West Virginia', bluebook: 'W. Va.', postal: 'WV', circuit: 4, districts: { N: ['Wheeling', 'Clarksburg'], S: ['Huntington', 'Beckley'] } },
  { name: 'Wisconsin', bluebook: 'Wis.', postal: 'WI', circuit: 7, districts: { E: ['Milwaukee', 'Green Bay'], W: ['Madison'] } },
  { name: 'Wyoming', bluebook: 'Wyo.', postal: 'WY', circuit: 10, districts: { '': ['Cheyenne'] } },
  { name: 'Puerto Rico', bluebook: 'P.R.', postal: 'PR', circuit: 1, districts: { '': ['San Juan'] } },
  { name: 'Virgin Islands', bluebook: 'V.I.', postal: 'VI', circuit: 3, districts: { '': ['St. Thomas', 'St. Croix'] }, article: true },
  { name: 'Guam', bluebook: 'Guam', postal: 'GU', circuit: 9, districts: { '': ['Hagåtña'] } },
  { name: 'Northern Mariana Islands', bluebook: 'N. Mar. I.', postal: 'MP', circuit: 9, districts: { '': ['Saipan'] }, article: true, idPrefix: 'nmi' },
];

const DIRECTIONS: Readonly<Record<string, string>> = {
  N: 'Northern',
  S: 'Southern',
  E: 'Eastern',
  W: 'Western',
  C: 'Central',
  M: 'Middle',
};

const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh'];
/** Bluebook writes 2d and 3d; prose writes 2nd and 3rd. */
const BLUEBOOK_ORDINALS = ['1st', '2d', '3d', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];
const PROSE_ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];

/** Where each court of appeals sits: "the federal appeals court in San Francisco". */
const CIRCUIT_SEATS: Readonly<Record<string, readonly string[]>> = {
  ca1: ['Boston'],
  ca2: ['New York', 'Manhattan'],
  ca3: ['Philadelphia'],
  ca4: ['Richmond'],
  ca5: ['New Orleans'],
  ca6: ['Cincinnati'],
  ca7: ['Chicago'],
  ca8: ['St. Louis'],
  ca9: ['San Francisco', 'Pasadena'],
  ca10: ['Denver'],
  ca11: ['Atlanta'],
  cadc: ['Washington', 'Washington, D.C.'],
};

/** Circuits with a bankruptcy appellate panel. */
const BAP_CIRCUITS = [1, 6, 8, 9, 10];

// ---------------------------------------------------------------------------------------------
// Name templates

const US_FORMS = ['United States', 'U.S.', 'US'];

/** "Tax Court" -> "United States Tax Court", "U.S. Tax Court", "US Tax Court". */
function usPrefixed(name: string): string[] {
  return US_FORMS.map((us) => `${us} ${name}`);
}

function v(form: VariantForm, texts: readonly string[]): CourtVariant[] {
  const out = texts.map((text) => ({ text, form }));
  // Abbreviations lose their last period in sloppy text ("S.D.N.Y", "9th Cir"), except where the
  // last word would then be an English word ("D. Or", "D. Me").
  if (form === 'abbreviation') {
    for (const text of texts) {
      if (text.endsWith('.') && !/\s(?:Or|Me)\.$/.test(text)) out.push({ text: text.slice(0, -1), form });
    }
  }
  return out;
}

/** Bluebook closes up adjacent single capitals: "D." + "N.J." -> "D.N.J.", but "N.D. Cal.", "S.D. W. Va.". */
function districtAbbreviation(prefix: string, stateAbbr: string): string {
  const closesUp = /^[A-Z]\./.test(stateAbbr) && stateAbbr !== 'W. Va.';
  return closesUp ? `${prefix}${stateAbbr}` : `${prefix} ${stateAbbr}`;
}

/** "Southern District of New York", "District of the Virgin Islands", "District of Columbia". */
function districtPhrase(row: StateRow, dir: string): string {
  const place = row.article ? `the ${row.name}` : row.name;
  return dir ? `${DIRECTIONS[dir]} District of ${place}` : `District of ${place}`;
}

/** Names a single-district place goes by in prose: "Maryland"; the District of Columbia also "D.C.". */
function placeNames(row: StateRow): string[] {
  if (row.postal === 'DC') return ['D.C.', 'DC', 'District of Columbia', 'the District of Columbia'];
  return row.article ? [row.name, `the ${row.name}`] : [row.name];
}

function districtVariants(row: StateRow, dir: string, cities: readonly string[]): CourtVariant[] {
  const phrase = districtPhrase(row, dir);
  const canonical = districtAbbreviation(dir ? `${dir}.D.` : 'D.', row.bluebook);
  const out: CourtVariant[] = [
    ...v('full', [...usPrefixed(`District Court for the ${phrase}`), `District Court for the ${phrase}`]),
    ...v('full', [...usPrefixed(`District Court, ${phrase}`), ...usPrefixed(`District Court ${phrase}`)]),
    ...v('abbreviation', [canonical]),
  ];
  // "District of Columbia" alone is the place far more often than the court.
  if (row.postal !== 'DC') out.push(...v('short', [phrase]));
  if (dir) {
    // Docket shorthand: "SDNY", "EDVA", "NDCA", "CDCA".
    out.push(...v('abbreviation', [`${dir}D${row.postal}`]));
  } else {
    for (const place of placeNames(row)) {
      out.push(
        ...v('informal', [
          `${place} district court`,
          `${place} federal court`,
          `${place} federal district court`,
          `federal court in ${place}`,
          `federal district court in ${place}`,
          `district court in ${place}`,
          `U.S. District Court in ${place}`,
        ]),
      );
    }
  }
  for (const city of cities) {
    out.push(
      ...v('informal', [
        `federal court in ${city}`,
        `federal district court in ${city}`,
        `U.S. District Court in ${city}`,
        `${city} federal court`,
        `${city} federal district court`,
      ]),
    );
  }
  return out;
}

function bankruptcyVariants(row: StateRow, dir: string, cities: readonly string[]): CourtVariant[] {
  const phrase = districtPhrase(row, dir);
  const district = districtAbbreviation(dir ? `${dir}.D.` : 'D.', row.bluebook);
  const out: CourtVariant[] = [
    ...v('full', [...usPrefixed(`Bankruptcy Court for the ${phrase}`), `Bankruptcy Court for the ${phrase}`]),
    ...v('full', [...usPrefixed(`Bankruptcy Court, ${phrase}`), ...usPrefixed(`Bankruptcy Court ${phrase}`)]),
    ...v('abbreviation', [`Bankr. ${district}`]),
  ];
  if (dir) out.push(...v('abbreviation', [`Bankr. ${dir}D${row.postal}`]));
  else {
    for (const place of placeNames(row)) {
      out.push(...v('informal', [`${place} bankruptcy court`, `bankruptcy court in ${place}`, `U.S. Bankruptcy Court in ${place}`]));
    }
  }
  for (const city of cities) {
    out.push(...v('informal', [`bankruptcy court in ${city}`, `${city} bankruptcy court`, `U.S. Bankruptcy Court in ${city}`, `federal bankruptcy court in ${city}`]));
  }
  return out;
}

/** "Ninth Circuit", "9th Circuit", "9th Cir.", "U.S. Court of Appeals for the Ninth Circuit"... */
function circuitVariants(words: readonly string[], abbreviations: readonly string[], seats: readonly string[]): CourtVariant[] {
  const out: CourtVariant[] = [];
  for (const w of words) {
    out.push(
      ...v('full', [...usPrefixed(`Court of Appeals for the ${w} Circuit`), `Court of Appeals for the ${w} Circuit`]),
      ...v('full', [`${w} Circuit Court of Appeals`, `${w} U.S. Circuit Court of Appeals`, `U.S. ${w} Circuit Court of Appeals`, `${w} Circuit Appeals Court`]),
      ...v('short', [`${w} Circuit`]),
    );
  }
  out.push(...v('abbreviation', abbreviations));
  for (const city of seats) {
    out.push(...v('informal', [`federal appeals court in ${city}`, `U.S. appeals court in ${city}`, `U.S. Court of Appeals in ${city}`, `${city}-based federal appeals court`, `${city}-based appeals court`]));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entries

function buildEntries(): CourtEntry[] {
  const entries: CourtEntry[] = [];

  entries.push({
    id: 'scotus',
    canonical: 'U.S.',
    name: 'Supreme Court of the United States',
    level: 'supreme',
    variants: [
      ...v('full', ['Supreme Court of the United States', ...usPrefixed('Supreme Court')]),
      ...v('abbreviation', ['SCOTUS']),
      ...v('bare', ['Supreme Court']),
    ],
    examples: ['Supreme Court of the United States', 'U.S. Supreme Court', 'US Supreme Court', 'SCOTUS', 'Supreme Court', 'SUPREME COURT OF THE UNITED STATES'],
  });

  for (let n = 1; n <= 11; n++) {
    const id = `ca${n}`;
    const word = ORDINAL_WORDS[n - 1]!;
    const bb = BLUEBOOK_ORDINALS[n - 1]!;
    const prose = PROSE_ORDINALS[n - 1]!;
    const numerals = bb === prose ? [bb] : [bb, prose];
    entries.push({
      id,
      canonical: `${bb} Cir.`,
      name: `United States Court of Appeals for the ${word} Circuit`,
      level: 'appellate',
      circuit: id,
      // "5th Circ.": the trade press's abbreviation
      variants: circuitVariants([word, ...numerals], [...numerals.flatMap((o) => [`${o} Cir.`, `${o} Circ.`]), `CA${n}`], CIRCUIT_SEATS[id] ?? []),
      examples: [`United States Court of Appeals for the ${word} Circuit`, `${word} Circuit`, `${prose} Circuit Court of Appeals`, `${bb} Cir.`, `${prose} U.S. Circuit Court of Appeals`, `${prose} Circ.`],
    });
  }
  entries.push({
    id: 'cadc',
    canonical: 'D.C. Cir.',
    name: 'United States Court of Appeals for the District of Columbia Circuit',
    level: 'appellate',
    circuit: 'cadc',
    variants: [
      ...circuitVariants(['D.C.', 'DC', 'District of Columbia'], ['D.C. Cir.', 'D.C. Circ.', 'CADC'], CIRCUIT_SEATS['cadc'] ?? []),
      // The federal court's historical name; "D.C. Court of Appeals" is the District's own high court.
      ...v('full', usPrefixed('Court of Appeals for the District of Columbia')),
    ],
    examples: ['U.S. Court of Appeals for the D.C. Circuit', 'D.C. Circuit', 'D.C. Cir.', 'D.C. Circ.', 'District of Columbia Circuit', 'the D.C. Circuit Court of Appeals', 'federal appeals court in Washington'],
  });
  entries.push({
    id: 'cafc',
    canonical: 'Fed. Cir.',
    name: 'United States Court of Appeals for the Federal Circuit',
    level: 'appellate',
    circuit: 'cafc',
    variants: circuitVariants(['Federal'], ['Fed. Cir.', 'Fed. Circ.', 'CAFC'], []),
    examples: ['U.S. Court of Appeals for the Federal Circuit', 'Federal Circuit', 'Fed. Cir.', 'Fed. Circ.', 'CAFC'],
  });

  for (const row of STATES) {
    const circuit = row.circuit === 'dc' ? 'cadc' : `ca${row.circuit}`;
    for (const [dir, cities] of Object.entries(row.districts)) {
      const code = `${row.idPrefix ?? row.postal.toLowerCase()}${dir.toLowerCase()}`;
      const phrase = districtPhrase(row, dir);
      const canonical = districtAbbreviation(dir ? `${dir}.D.` : 'D.', row.bluebook);
      const place = row.postal === 'DC' ? 'D.C.' : row.name;
      entries.push({
        id: `${code}d`,
        canonical,
        name: `United States District Court for the ${phrase}`,
        level: 'district',
        circuit,
        state: row.postal,
        variants: districtVariants(row, dir, cities),
        examples: [
          `United States District Court for the ${phrase}`,
          `U.S. District Court for the ${phrase}`,
          canonical,
          ...(row.postal === 'DC' ? [] : [phrase]),
          ...(dir ? [`${dir}D${row.postal}`] : [`${place} district court`]),
          ...cities.slice(0, 1).map((c) => `federal court in ${c}`),
        ],
      });
      entries.push({
        id: `${code}b`,
        canonical: `Bankr. ${canonical}`,
        name: `United States Bankruptcy Court for the ${phrase}`,
        level: 'bankruptcy',
        circuit,
        state: row.postal,
        variants: bankruptcyVariants(row, dir, cities),
        examples: [`United States Bankruptcy Court for the ${phrase}`, `Bankr. ${canonical}`, `U.S. Bankruptcy Court for the ${phrase}`],
      });
    }
  }

  for (const n of BAP_CIRCUITS) {
    const word = ORDINAL_WORDS[n - 1]!;
    const bb = BLUEBOOK_ORDINALS[n - 1]!;
    const prose = PROSE_ORDINALS[n - 1]!;
    const ords = bb === prose ? [word, bb] : [word, bb, prose];
    entries.push({
      id: `bap${n}`,
      canonical: `B.A.P. ${bb} Cir.`,
      name: `Bankruptcy Appellate Panel for the ${word} Circuit`,
      level: 'bankruptcy',
      circuit: `ca${n}`,
      variants: [
        ...v('full', ords.flatMap((o) => [`Bankruptcy Appellate Panel for the ${o} Circuit`, `${o} Circuit Bankruptcy Appellate Panel`, ...usPrefixed(`Bankruptcy Appellate Panel for the ${o} Circuit`)])),
        ...v('abbreviation', [`B.A.P. ${bb} Cir.`, `${bb} Cir. BAP`, `${bb} Cir. B.A.P.`]),
      ],
      examples: [`Bankruptcy Appellate Panel for the ${word} Circuit`, `B.A.P. ${bb} Cir.`],
    });
  }

  const specialty = (
    id: string,
    canonical: string,
    name: string,
    variants: CourtVariant[],
    examples: string[],
  ): CourtEntry => ({ id, canonical, name, level: 'specialty', variants, examples });

  entries.push(
    specialty(
      'tax',
      'T.C.',
      'United States Tax Court',
      [...v('full', usPrefixed('Tax Court')), ...v('bare', ['Tax Court']), ...v('initials', ['T.C.'])],
      ['United States Tax Court', 'U.S. Tax Court', 'Tax Court'],
    ),
    specialty(
      'uscfc',
      'Fed. Cl.',
      'United States Court of Federal Claims',
      [...v('full', [...usPrefixed('Court of Federal Claims'), 'Court of Federal Claims']), ...v('abbreviation', ['Fed. Cl.', 'COFC'])],
      ['U.S. Court of Federal Claims', 'Court of Federal Claims', 'Fed. Cl.'],
    ),
    specialty(
      'cit',
      "Ct. Int'l Trade",
      'United States Court of International Trade',
      [...v('full', [...usPrefixed('Court of International Trade'), 'Court of International Trade']), ...v('abbreviation', ["Ct. Int'l Trade"])],
      ['United States Court of International Trade', 'Court of International Trade', "Ct. Int'l Trade", 'Ct. Int’l Trade'],
    ),
    specialty(
      'cavc',
      'Vet. App.',
      'United States Court of Appeals for Veterans Claims',
      [...v('full', [...usPrefixed('Court of Appeals for Veterans Claims'), 'Court of Appeals for Veterans Claims']), ...v('abbreviation', ['Vet. App.', 'CAVC'])],
      ['U.S. Court of Appeals for Veterans Claims', 'Court of Appeals for Veterans Claims', 'Vet. App.', 'CAVC'],
    ),
    specialty(
      'armfor',
      'C.A.A.F.',
      'United States Court of Appeals for the Armed Forces',
      [...v('full', [...usPrefixed('Court of Appeals for the Armed Forces'), 'Court of Appeals for the Armed Forces']), ...v('abbreviation', ['C.A.A.F.', 'CAAF'])],
      ['U.S. Court of Appeals for the Armed Forces', 'C.A.A.F.', 'CAAF'],
    ),
    specialty(
      'jpml',
      'J.P.M.L.',
      'United States Judicial Panel on Multidistrict Litigation',
      [...v('full', [...usPrefixed('Judicial Panel on Multidistrict Litigation'), 'Judicial Panel on Multidistrict Litigation']), ...v('abbreviation', ['J.P.M.L.', 'JPML'])],
      ['Judicial Panel on Multidistrict Litigation', 'J.P.M.L.', 'JPML'],
    ),
    specialty(
      'fisc',
      'FISA Ct.',
      'United States Foreign Intelligence Surveillance Court',
      [...v('full', [...usPrefixed('Foreign Intelligence Surveillance Court'), 'Foreign Intelligence Surveillance Court', 'FISA Court']), ...v('abbreviation', ['FISA Ct.', 'FISC'])],
      ['Foreign Intelligence Surveillance Court', 'FISA Court', 'FISA Ct.'],
    ),
    specialty(
      'fiscr',
      'FISA Ct. Rev.',
      'United States Foreign Intelligence Surveillance Court of Review',
      [...v('full', [...usPrefixed('Foreign Intelligence Surveillance Court of Review'), 'Foreign Intelligence Surveillance Court of Review', 'FISA Court of Review']), ...v('abbreviation', ['FISA Ct. Rev.', 'FISCR'])],
      ['Foreign Intelligence Surveillance Court of Review', 'FISA Ct. Rev.'],
    ),
  );
  return entries;
}

export const FEDERAL_COURTS: readonly CourtEntry[] = buildEntries();

const byId = new Map(FEDERAL_COURTS.map((c) => [c.id, c]));
const byCanonical = new Map(FEDERAL_COURTS.map((c) => [c.canonical, c]));

export function courtById(id: string): CourtEntry | undefined {
  return byId.get(id);
}

export function courtByCanonical(canonical: string): CourtEntry | undefined {
  return byCanonical.get(canonical);
}

/** The plain value a mention carries (no variants). */
export function courtValue(entry: CourtEntry): CourtValue {
  return { canonical: entry.canonical, id: entry.id, name: entry.name, level: entry.level };
}

/** State and territory names, for telling "Texas Supreme Court" from the Supreme Court. */
export const STATE_NAMES: readonly string[] = STATES.filter((s) => s.postal !== 'DC').map((s) => s.name);

/** The district court (or bankruptcy court) sitting in `city` ("Seattle" -> W.D. Wash.), if one. */
export function courtForCity(city: string, level: 'district' | 'bankruptcy' = 'district'): CourtEntry | undefined {
  for (const row of STATES) {
    for (const [dir, cities] of Object.entries(row.districts)) {
      if (cities.includes(city)) return byId.get(`${row.idPrefix ?? row.postal.toLowerCase()}${dir.toLowerCase()}${level === 'district' ? 'd' : 'b'}`);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Matcher: every variant of every court in one regex.
//
// Keys fold case and the optional space after a period ("S.D. N.Y." = "S.D.N.Y."), so the regex
// runs case-insensitive; a match is then checked against the variant's own capitals: only
// generic words ("district court", "circuit", "bankruptcy court") may change case, or the whole
// word may be in capitals (captions: "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA").

/** Words that prose and captions write in any case: "D.C. district court", "Ninth circuit". */
const GENERIC_WORDS = new Set([
  'united', 'states', 'district', 'court', 'courts', 'for', 'the', 'of', 'in', 'circuit', 'appeals',
  'bankruptcy', 'federal', 'appellate', 'panel', 'on', 'u.s.', 'us', 'supreme', 'based', 'claims',
]);

function keyOf(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/\. /g, '.').toLowerCase();
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

interface Keyed {
  entry: CourtEntry;
  variant: CourtVariant;
}

const byKey = new Map<string, Keyed[]>();
const trie: TrieNode = { children: new Map(), end: false };

for (const entry of FEDERAL_COURTS) {
  for (const variant of entry.variants) {
    const key = keyOf(variant.text);
    const list = byKey.get(key);
    if (list) {
      if (!list.some((k) => k.entry === entry && k.variant.text === variant.text)) list.push({ entry, variant });
    } else byKey.set(key, [{ entry, variant }]);
    let node = trie;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
}

function charSource(ch: string): string {
  if (ch === ' ') return '[ \\n]';
  if (ch === "'") return "['’]";
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compile the trie: shared prefixes are written once, and a longer variant is tried before a shorter one. */
function trieSource(node: TrieNode, afterPeriod: boolean): string {
  const alts: string[] = [];
  for (const [ch, child] of node.children) {
    // A period may be followed by a space the key folded away ("S.D. N.Y."), never a trailing one.
    const lead = afterPeriod && ch !== ' ' ? '[ \\n]?' : '';
    alts.push(lead + charSource(ch) + trieSource(child, ch === '.'));
  }
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  if (!node.end) return body;
  return alts.length === 1 ? `(?:${body})?` : `${body}?`;
}

const COURT_NAME_SRC = trieSource(trie, false);

// Not inside a word or an abbreviation ("SDNY" in "XSDNY", "D.C. Cir." in "D.D.C. Cir."); the
// next character is not a letter or digit ("Ninth Circuit's" is fine). A leading \b lets the
// engine skip mid-word positions at once (twice as fast as a lookbehind alone).
const COURT_NAME_RE = new RegExp(`\\b(?<![.-])(?:${COURT_NAME_SRC})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gi');

export interface CourtNameMatch {
  start: number;
  end: number;
  text: string;
  entry: CourtEntry;
  variant: CourtVariant;
}

/** Case check of one matched word against the variant's word at the same place. */
function wordCaseOk(matched: string, variant: string): boolean {
  if (matched === variant) return true;
  if (GENERIC_WORDS.has(variant.toLowerCase())) return true;
  return matched === variant.toUpperCase() && /\p{Lu}/u.test(matched);
}

function wordsOf(s: string): string[] {
  return s
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\.(?=\S)/g, '. ')
    .split(' ')
    .filter((w) => w.length > 0);
}

function caseMatches(matched: string, variant: string): boolean {
  const a = wordsOf(matched);
  const b = wordsOf(variant);
  if (a.length !== b.length) return false;
  return a.every((w, i) => wordCaseOk(w, b[i]!));
}

function pick(text: string, candidates: readonly Keyed[]): Keyed | undefined {
  return candidates.find((k) => caseMatches(text, k.variant.text));
}

/** Every court name in `text`, leftmost-longest, with the entry and variant it matched. */
export function findCourtNames(text: string): CourtNameMatch[] {
  const out: CourtNameMatch[] = [];
  COURT_NAME_RE.lastIndex = 0;
  for (let m = COURT_NAME_RE.exec(text); m; m = COURT_NAME_RE.exec(text)) {
    const end = m.index + m[0].length;
    // A dotless abbreviation cut from a longer dotted run ("D.D.C" in "D.D.C.Cir") is no name.
    const cutShort = text[end] === '.' && /[A-Za-z]/.test(text[end + 1] ?? '');
    const found = cutShort ? undefined : pick(m[0], byKey.get(keyOf(m[0])) ?? []);
    if (found) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...found });
    } else {
      // Wrong capitals for the longest variant ("district of maryland"): retry one character on.
      COURT_NAME_RE.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** The court a whole string names ("S.D.N.Y.", "the Ninth Circuit"), or undefined. */
export function resolveCourtName(s: string): CourtEntry | undefined {
  const trimmed = s.trim().replace(/^the\s+/i, '');
  const found = findCourtNames(trimmed);
  const only = found[0];
  return found.length === 1 && only && only.start === 0 && only.end === trimmed.length ? only.entry : undefined;
}

/** Every key that more than one court claims: must be empty (the lexicon test checks it). */
export function ambiguousCourtKeys(): string[] {
  const out: string[] = [];
  for (const [key, list] of byKey) if (new Set(list.map((k) => k.entry.id)).size > 1) out.push(key);
  return out;
}
