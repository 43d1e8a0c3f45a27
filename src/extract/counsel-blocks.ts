// Counsel in a filing's blocks: signature blocks ("/s/ Jane Roe", bar numbers, "Counsel for Plaintiffs")
// and a transcript's appearances ("FOR THE PLAINTIFF:", "BY: NAME, ATTORNEY AT LAW").

import type { PartyRole } from '../model/types.ts';
import { looksLikePersonName } from './names.ts';
import { lookupOrganization } from '../lexicon/organizations.ts';
import { FIRM_WORDS, TITLE_LINE, GOV_TITLE_LINE, ADDRESS_ITEM, departmentAndUnit, isOrgName, isParentOffice, isSubUnit, pickOffice, personName, type Span, type CounselCand, type AttorneyCand } from './counsel-common.ts';
import { roleOf } from './counsel-sides.ts';
import { readAppearance } from './counsel-appellate.ts';

// Signature blocks: "/s/ Jane Roe", "Jane Roe (D.C. Bar No. 123456)", "JOHN SMITH (SBN 123456)", then "Counsel for Plaintiffs".
const SIG_NAME = /^(?:By:?\s*)?(?:\/s\/\s*)?(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3})(?:,? (?:Jr\.|Sr\.|III|II|JR\.|SR\.))?\*?(?:,? Esq\.?)?(?: \((?:[\p{L}.]+ )*(?:Bar|BAR|SBN|No|Bar No|Bar Roll|ARDC|Reg)\.?(?: No\.?)?:? ?[\w-]+\)| \(pro hac vice[^)]*\)| \(admitted[^)]*\))*,?$/u;

const SIG_SIDE = /^(?:Counsel|Attorneys?|Lawyers?)\s+(?:for|to)\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?(?<role>Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Intervenors?|Amici|Amicus|Debtors?|Movants?)(?:[-–](?<role2>Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?))?/iu;

// Lines a signature block holds besides names and the firm: contact details and bar numbers.
const OF_COUNSEL_HEAD = /^(?:OF COUNSEL|Of Counsel|Of counsel):?$/;

const CONTACT_LINE = /@|\d{3}[).\-\s]+\d{3}|^(?:Tel|Telephone|Phone|Fax|Facsimile|Email|E-mail|Direct)\b|^\d|\b(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Suite|Floor|Road|Drive|P\.O\. Box|Station)\b|\b[A-Z]{2} \d{5}\b|Bar No\.|^By:?\s*\/s\/\s*$|^\/s\/\s*$/i;

export function signatureBlocks(text: string, people: AttorneyCand[], orgs: CounselCand[], partyRoles: Map<string, PartyRole>): void {
  if (!/(?:Counsel|Attorneys?)\s+(?:for|to)\s+/i.test(text) && !text.includes('/s/') && !GOV_TITLE_LINE.test(text)) return;
  const lines: Span[] = [];
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  const lineText = (k: number) => (lines[k] ? text.slice(lines[k]!.start, lines[k]!.end) : '');
  const readSigName = (k: number): AttorneyCand | null => {
    const t = lineText(k);
    const nm = SIG_NAME.exec(t);
    // "Ben Franklin Station", "Federal Station": a post office's line of the address.
    if (!nm || /\b(?:Station|STATION)$/.test(t)) return null;
    const raw = nm.groups!.name!;
    if (FIRM_WORDS.test(raw)) return null;
    const name = personName(raw);
    const signed = /\/s\/|Bar|BAR|SBN|\(No\.|pro hac|Esq/.test(t) || /\bBar\s+(?:No|Number)\b/i.test(lineText(k + 1)) || GOV_TITLE_LINE.test(lineText(k + 1)) || TITLE_LINE.test(lineText(k + 1));
    if (!looksLikePersonName(name, !signed)) return null;
    const ns = lines[k]!.start + t.indexOf(raw);
    return { start: ns, end: ns + raw.length, name, rule: 'signature_block', listed: true };
  };
  // "A (D.C. Bar No. 1) B (D.C. Bar No. 2)": several signers on one line once the reader joined them.
  const BAR_CHUNK = /(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3})(?:,? (?:Jr\.|Sr\.|III|II))?\*? \((?:[\p{L}.]+ )*(?:Bar|BAR|SBN|Bar No|ARDC)\.?(?: No\.?)?:? ?[\w-]+\)(?: \((?:pro hac vice|admitted)[^)]*\))?\s*/gu;
  const readSigNames = (k: number): AttorneyCand[] => {
    const one = readSigName(k);
    if (one) return [one];
    const t = lineText(k);
    const chunks = [...t.matchAll(BAR_CHUNK)];
    if (chunks.length < 2 || chunks.reduce((n, c) => n + c[0].length, 0) < t.trim().length) return [];
    const out: AttorneyCand[] = [];
    for (const c of chunks) {
      const raw = c.groups!.name!.replace(/^\/s\/\s*/, '');
      const name = personName(raw);
      if (FIRM_WORDS.test(raw) || !looksLikePersonName(name, false)) return [];
      const ns = lines[k]!.start + c.index + c[0].indexOf(raw);
      out.push({ start: ns, end: ns + raw.length, name, rule: 'signature_block', listed: true });
    }
    return out;
  };
  // A firm name cut by a column ("UNION FOUNDATION OF") is no name.
  const isFirmLine = (t: string) => FIRM_WORDS.test(t) && !/\b(?:of|for|and|the|OF|FOR|AND|THE|&)$/.test(t.replace(/,$/, '')) && !/\d|@/.test(t) && !TITLE_LINE.test(t) && !SIG_SIDE.test(t) && t.length < 90 && !looksLikePersonName(personName(t.replace(/,$/, '')));
  const taken = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const sm = SIG_SIDE.exec(lineText(k));
    if (!sm) continue;
    const word = sm.groups!.role2 ?? sm.groups!.role!;
    const role = /^(?:debtors?|movants?)$/i.test(word) ? undefined : roleOf(word);
    const firms = new Map<number, string>();
    const nameLines = new Set<number>();
    const found: (AttorneyCand & { line: number })[] = [];
    const blockOrgs: CounselCand[] = [];
    let top = k;
    // "OF COUNSEL:" opens the block's own part for an agency's lawyers: their office is printed under them.
    let ofCounsel = -1;
    for (let j = k - 1; j >= 0 && j >= k - 24; j--) {
      const t = lineText(j);
      if (SIG_SIDE.test(t) || /^(?:Dated|Respectfully|DATED|RESPECTFULLY)/.test(t) || ROLE_OR_V.test(t)) break;
      if (OF_COUNSEL_HEAD.test(t)) {
        if (ofCounsel < 0) ofCounsel = j;
        continue;
      }
      const nms = readSigNames(j);
      if (nms.length) {
        const title = nms.length === 1 && TITLE_LINE.test(lineText(j + 1)) ? lineText(j + 1).replace(/,$/, '') : undefined;
        for (const nm of nms) {
          taken.add(nm.start);
          found.push({ ...nm, side: role, line: j, ...(title ? { title } : {}) });
        }
        nameLines.add(j);
        top = j;
      } else if (isFirmLine(t)) {
        // A firm name wrapped onto a second line: "ROBBINS GELLER RUDMAN\n& DOWD LLP".
        const wrapped = /^(?:&|and\s)/.test(t) && j > 0 && /^\p{Lu}[\p{Lu}\s,.'’&-]+$/u.test(lineText(j - 1)) && !readSigNames(j - 1).length;
        const from = wrapped ? lines[j - 1]!.start : lines[j]!.start;
        const written = (wrapped ? `${lineText(j - 1)} ${t}` : t).replace(/,$/, '');
        if (/^(?:&|and\s)/.test(written)) continue;
        const firm = personName(written);
        // "U.S. Department of Justice, Civil Division" on one line: the department is the block's office.
        const du = departmentAndUnit(firm);
        const at = from + du.offset;
        if (![...firms.values()].includes(firm)) blockOrgs.push({ start: at, end: du.unit ? at + du.org.length : lines[j]!.start + t.replace(/,$/, '').length, name: du.org, side: role, rule: 'signature_block' });
        firms.set(j, firm);
        top = j;
      } else if (CONTACT_LINE.test(t) || TITLE_LINE.test(t) || t.length < 3) continue;
    }
    // Each signer's firm is the one printed under their name (stacked covers list "name, firm, address"
    // per lawyer), else the nearest one above, else the block's only firm.
    const firmFor = (j: number): string | undefined => {
      for (let x = j + 1; x < k; x++) if (firms.has(x)) return firms.get(x);
      for (let x = j - 1; x >= top; x--) if (firms.has(x)) return firms.get(x);
      const distinct = new Set(firms.values());
      return distinct.size === 1 ? [...distinct][0] : undefined;
    };
    // One office per government block: "United States Department of Justice" over its "Civil Division, Office of
    // Immigration Litigation" lines, for the block's counsel and for the lawyers signing under a unit.
    // An organization in capitals printed right under a signer ("CONSUMER JUSTICE ADVOCATES") is theirs, though its
    // name has no firm word.
    for (const { line } of found) {
      const t = lineText(line + 1).replace(/,$/, '');
      if (line + 1 >= k || firms.has(line + 1) || nameLines.has(line + 1) || !/^\p{Lu}[\p{Lu}\s&.,'’\-]+$/u.test(t) || CONTACT_LINE.test(t) || TITLE_LINE.test(t) || GOV_TITLE_LINE.test(t)) continue;
      const firm = personName(t);
      if (!isOrgName(firm) || looksLikePersonName(firm) || t.split(/\s+/).length < 2) continue;
      firms.set(line + 1, firm);
      blockOrgs.push({ start: lines[line + 1]!.start, end: lines[line + 1]!.start + t.length, name: firm, side: role, rule: 'signature_block' });
    }
    const parent = blockOrgs.find((o) => isParentOffice(o.name));
    for (const o of blockOrgs) if (!parent || o === parent || !isSubUnit(o.name)) orgs.push(o);
    // The agency under an "OF COUNSEL:" lawyer ("Office of General Counsel" / "Department of Veterans Affairs").
    const agencyBelow = (j: number): string | undefined => {
      const items: { name: string }[] = [];
      for (let x = j + 1; x < k; x++) {
        const t = lineText(x).replace(/,$/, '');
        if (t && !CONTACT_LINE.test(t) && !TITLE_LINE.test(t) && !GOV_TITLE_LINE.test(t) && !nameLines.has(x) && isOrgName(personName(t))) items.push({ name: personName(t) });
      }
      return pickOffice(items)?.name;
    };
    for (const { line, ...f } of found) {
      if (ofCounsel >= 0 && line > ofCounsel) {
        const agency = agencyBelow(line);
        people.push({ ...f, ...(agency ? { organization: agency } : {}) });
        continue;
      }
      const written = firmFor(line);
      const du = written ? departmentAndUnit(written) : undefined;
      const underUnit = parent && written && !du?.unit && isSubUnit(written);
      const firm = underUnit ? parent.name : du?.org;
      const unit = underUnit ? written : du?.unit;
      people.push({ ...f, ...(firm ? { organization: firm } : {}), ...(unit ? { unit } : {}) });
    }
  }
  // A government lawyer signs with the title under the name: "Peter Gallo\nAssistant United States Attorney".
  for (let k = 1; k < lines.length; k++) {
    if (!GOV_TITLE_LINE.test(lineText(k))) continue;
    const nm = readSigName(k - 1);
    if (!nm || taken.has(nm.start)) continue;
    const title = lineText(k).replace(/,$/, '');
    let side: PartyRole | undefined;
    if (/United States|U\.S\./i.test(title)) side = partyRoles.get('united states') ?? partyRoles.get('united states of america');
    else if (/Public Defender/i.test(title)) side = 'defendant';
    people.push({ ...nm, side, title, rule: 'government_signature' });
  }
}

// A caption line ("Plaintiff,", "v.") above a signature block ends the search for its names.
const ROLE_OR_V = /^(?:v\.?|vs\.?|Plaintiffs?,|Defendants?\.)$/i;

// A transcript's appearances: "FOR THE PLAINTIFF:\nKNOBBE MARTENS\nBY: MARK LEZAMA, ATTORNEY AT LAW",
// "For the Federal Defendants:", "For the Intervenor-Defendant:", "FOR THE UNITED STATES:".
const APPEARANCE_HEAD = String.raw`^(?:FOR|For|ON BEHALF OF|On behalf of|APPEARING FOR|Appearing for)\s+(?:THE\s+|the\s+)?(?:(?:FEDERAL|Federal|STATE|State|CITY|City|COUNTY|County|INDIVIDUAL|Individual|NAMED|Named|MOVING|Moving|\p{Lu}[\p{L}'’]*)\s+){0,3}?(?<role>(?:INTERVENORS?|Intervenors?)[-–\s]+(?:DEFENDANTS?|Defendants?|PLAINTIFFS?|Plaintiffs?)|PLAINTIFFS?|DEFENDANTS?|Plaintiffs?|Defendants?|PETITIONERS?|RESPONDENTS?|Petitioners?|Respondents?|GOVERNMENT|Government|UNITED STATES|United States|INTERVENORS?|Intervenors?)\b`;
const APPEARANCE_SIDE = new RegExp(String.raw`${APPEARANCE_HEAD}[^:]*:$`, 'u');

// The heading with its appearance on the same line: "For the Plaintiff: A and B, Federal Trade Commission, Bureau of
// Competition, 600 Pennsylvania Avenue NW, Washington, DC 20580".
const APPEARANCE_INLINE = new RegExp(String.raw`${APPEARANCE_HEAD}[^:\n]{0,40}:[ \t]+(?=\p{Lu})`, 'u');

const APPEARANCE_NAME = /^(?:(?:BY|By|and|AND):?\s+)?(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3}),\s+(?:ATTORNEY AT LAW|Attorney at Law|ESQ\.?|Esq\.?|ESQUIRE|Esquire|AUSA|ASSISTANT UNITED STATES ATTORNEY|Assistant United States Attorney|DEPUTY ATTORNEY GENERAL|Deputy Attorney General)\b/u;

// A name alone on its line, after "By:" or under a firm: "By: Corinne Adebayo-Walsh", "MARGARET O. TILLEY".
const BARE_NAME = /^(?:(?:BY|By):?\s+)?(?<name>\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3}),?$/u;

// Lines that end an appearances section: the reporter, the proceedings, the court's first words.
const APPEARANCES_END = /^(?:PROCEEDINGS|Proceedings|(?:Official\s+)?Court Reporter|(?:OFFICIAL\s+)?COURT REPORTER|ALSO PRESENT|Also Present|THE COURT|THE CLERK|THE COURTROOM DEPUTY|BEFORE|Before|INDEX|\*\s*\*)/;

/** The side an appearance heading names: an intervenor-defendant's counsel is on the defendant side. */
function appearanceHeadingSide(role: string, usSide: PartyRole): PartyRole | undefined {
  const w = role.toLowerCase();
  if (/government|united states/.test(w)) return usSide;
  const joined = /intervenors?[-–\s]+(plaintiff|defendant)/.exec(w);
  return joined ? (joined[1] as PartyRole) : roleOf(w);
}

export function appearances(text: string, people: AttorneyCand[], orgs: CounselCand[], usSide: PartyRole = 'plaintiff'): void {
  if (!/ATTORNEY AT LAW|Attorney at Law|APPEARANCES|Appearances|APPEARING|Appearing/.test(text)) return;
  const lines = [...text.matchAll(/^.*$/gm)];
  for (let k = 0; k < lines.length; k++) {
    const inline = APPEARANCE_INLINE.exec(lines[k]![0]);
    if (inline) {
      inlineAppearance(text, lines[k]!.index + inline[0].length, lines[k]!.index + lines[k]![0].length, appearanceHeadingSide(inline.groups!.role!, usSide), people, orgs);
      continue;
    }
    const sm = APPEARANCE_SIDE.exec(lines[k]![0]);
    if (!sm) continue;
    const side = appearanceHeadingSide(sm.groups!.role!, usSide);
    const found: AttorneyCand[] = [];
    const offices: (Span & { name: string })[] = [];
    let j = k + 1;
    for (; j < lines.length && j <= k + 14; j++) {
      const m = lines[j]!;
      const t = m[0].trim();
      if (!t) continue;
      if (APPEARANCE_SIDE.test(t) || APPEARANCES_END.test(t)) break;
      const am = APPEARANCE_NAME.exec(t) ?? BARE_NAME.exec(t);
      if (am) {
        const raw = am.groups!.name!;
        const name = personName(raw);
        const titled = !!APPEARANCE_NAME.exec(t) || /^(?:BY|By):?\s/.test(t);
        // A bare line may be a firm ("KNOBBE MARTENS"): without "By:" or "Esq." a name must read as a person's.
        if (!FIRM_WORDS.test(raw) && !lookupOrganization(name) && !isSubUnit(name) && looksLikePersonName(name, !titled)) {
          const s = m.index + m[0].indexOf(raw);
          found.push({ start: s, end: s + raw.length, name, side, rule: 'appearance', listed: true });
          continue;
        }
      }
      const items = t.split(/,\s+/);
      const addr = items.findIndex((x, i) => i > 0 && ADDRESS_ITEM.test(x));
      if (/^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,3}, \p{Lu}/u.test(t) && addr > 1) {
        // "JANE Q. DOE, Assistant Attorney General, Office of X, 30 East Broad Street, Columbus, OH 43215.":
        // name, title and office, then an address that is part of nothing.
        inlineAppearance(text, m.index + m[0].indexOf(t), m.index + m[0].indexOf(t) + t.length, side, people, orgs);
        continue;
      }
      if (TITLE_LINE.test(t) || GOV_TITLE_LINE.test(t) || /\d|@/.test(t) || t.length > 90) continue;
      // The office or firm: the first line under the heading, or any line that names a legal organization.
      const name = personName(t.replace(/,$/, ''));
      if ((j === k + 1 && /\p{Lu}{2}/u.test(t)) || FIRM_WORDS.test(name) || isParentOffice(name) || lookupOrganization(name)) {
        if (isOrgName(name)) offices.push({ start: m.index + m[0].indexOf(t), end: m.index + m[0].indexOf(t) + t.replace(/,$/, '').length, name });
      }
    }
    const office = pickOffice(offices);
    if (office) orgs.push({ start: office.start, end: office.end, name: office.name, side, rule: 'appearance' });
    for (const p of found) people.push({ ...p, ...(office ? { organization: office.name } : {}) });
    k = j - 1;
  }
}

/** One side's appearance after its heading on one line: the lawyers, the office and its unit, then an address left out. */
function inlineAppearance(text: string, start: number, end: number, side: PartyRole | undefined, people: AttorneyCand[], orgs: CounselCand[]): void {
  const items = text.slice(start, end).split(/,\s+/);
  const addr = items.findIndex((x, i) => i > 0 && ADDRESS_ITEM.test(x));
  const cut = addr > 0 ? start + items.slice(0, addr).join(', ').length : end;
  const [np, no] = [people.length, orgs.length];
  readAppearance(text, start, cut, side, people, orgs);
  for (const x of [...people.slice(np), ...orgs.slice(no)]) x.rule = 'appearance';
}

// A transcript's appearance in the S.D.N.Y. style: the firm in capitals, the side under it, then "BY:" and
// the lawyers one to a line ("KESSLER & ROE LLP" / "Attorneys for Lead Plaintiff and the Class" / "BY: JANE
// Q. ROE" / "JOHN DOE"). Every name under "BY:" is that firm's lawyer for that side.
const BY_SIDE_LINE = /^(?:Attorneys?|Counsel)\s+for\s+(?<who>.+?)\.?$/;
const BY_LINE = /^(?:BY|By):?\s+(?<name>.+?),?$/;

export function byAppearances(text: string, people: AttorneyCand[], orgs: CounselCand[]): void {
  if (!/^(?:BY|By):?\s/m.test(text)) return;
  const lines = [...text.matchAll(/^.*$/gm)];
  for (let k = 1; k + 1 < lines.length; k++) {
    const sm = BY_SIDE_LINE.exec(lines[k]![0].trim());
    if (!sm || !BY_LINE.test(lines[k + 1]![0].trim())) continue;
    const side = sideOfWords(sm.groups!.who!);
    const firmLine = lines[k - 1]!;
    const firmText = firmLine[0].trim().replace(/,$/, '');
    const firm = personName(firmText);
    const hasFirm = isOrgName(firm) && (FIRM_WORDS.test(firm) || isParentOffice(firm) || !!lookupOrganization(firm)) && !/\d|@/.test(firmText);
    if (hasFirm) {
      const fs = firmLine.index + firmLine[0].indexOf(firmText);
      orgs.push({ start: fs, end: fs + firmText.length, name: firm, side, rule: 'by_appearance' });
    }
    for (let j = k + 1; j < lines.length && j <= k + 8; j++) {
      const t = lines[j]![0].trim();
      const raw = (j === k + 1 ? BY_LINE.exec(t)?.groups!.name : t.replace(/,$/, ''))?.replace(/,?\s+(?:ESQ\.?|Esq\.?)$/, '');
      if (!raw || !/^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){1,4}$/u.test(raw) || FIRM_WORDS.test(raw)) break;
      const name = personName(raw);
      if (!looksLikePersonName(name, false)) break;
      const s = lines[j]!.index + lines[j]![0].indexOf(raw);
      people.push({ start: s, end: s + raw.length, name, side, rule: 'by_appearance', listed: true, ...(hasFirm ? { organization: firm } : {}) });
    }
  }
}

/** The side a client phrase names by its role word: "Lead Plaintiff and the Class", "Defendants Acme and Roe". */
function sideOfWords(who: string): PartyRole | undefined {
  const m = /\b(?<role>Plaintiffs?|Defendants?|Petitioners?|Respondents?|Debtors?|Appellants?|Appellees?|Intervenors?|Class)\b/i.exec(who);
  if (!m) return undefined;
  const r = m.groups!.role!.toLowerCase().replace(/s$/, '');
  return r === 'class' ? 'plaintiff' : r === 'debtor' ? undefined : roleOf(r);
}
