// Lists of lawyers and their organizations as prose and tables write them: "A and B of X and C of Y LLP",
// "X (lead attorney A), with B and Y LLP".

import { isCapitalized, looksLikePersonName, runEnd, tokenize } from './names.ts';
import { LEGAL_ORG_END, type Span } from './counsel-common.ts';

/**
 * The items of a counsel value: "X (lead attorney A), with B and Y LLP" -> X, B, Y LLP. Parenthetical
 * lawyers are read by the caller; a firm's ", LLP" stays inside its item.
 */
export function counselSegments(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const body = text.slice(start, end).replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length));
  const sep = /\s*(?:;|,(?!\s*(?:LLP|LLC|L\.L\.P\.|P\.C\.|PLLC|P\.A\.|Inc\.))\s*(?:(?:along\s+)?with\s+|and\s+)?|\s+(?:along\s+)?with\s+|\s+and\s+(?=(?:the\s+)?\p{Lu}[^,;]*$|(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s*(?:[,;]|$)))\s*/gu;
  let from = 0;
  const push = (a: number, b: number) => {
    let x = a;
    let y = b;
    while (x < y && /\s/.test(body[x]!)) x++;
    while (y > x && /\s/.test(body[y - 1]!)) y--;
    const art = /^(?:the|The)\s+/.exec(body.slice(x, y));
    if (art) x += art[0].length;
    if (y > x && /^\p{Lu}/u.test(body.slice(x))) out.push({ start: start + x, end: start + y });
  };
  for (const m of body.matchAll(sep)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, body.length);
  return out;
}

// A lawyer's role at a firm, after the name: ", a partner at Y LLP", ", an associate with Z", ", the senior counsel of W".
const FIRM_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:partner|associate|attorney|lawyer|counsel|litigator|shareholder|principal)\s+(?<prep>at|of|with)\s+(?=(?:the\s+)?\p{Lu})/u;

/**
 * A list of lawyers with their organizations: "A and B of the X Union and C of Y LLP" / "A of X".
 * Each "of/at/with/from <Org>" belongs to the names before it that have none yet.
 */
export function readCounselList(text: string, from: number, limit: number): { people: (Span & { name: string; organization?: string })[]; orgs: (Span & { name: string })[] } {
  const people: (Span & { name: string; organization?: string })[] = [];
  const orgs: (Span & { name: string })[] = [];
  const toks = tokenize(text, from, limit);
  let i = 0;
  let pending: typeof people = [];
  while (i < toks.length) {
    const t = toks[i]!.t;
    if (t === ',' || t === 'and' || t === '&' || t === 'the' || t === 'The' || /^(?:attorneys?|lawyers?|counsel)$/i.test(t)) {
      i++;
      continue;
    }
    // "A of X, and by B of Y": a second "by" continues the list.
    if (t === 'by' && /^(?:and|,)$/.test(toks[i - 1]?.t ?? '')) {
      i++;
      continue;
    }
    if (/^(?:of|at|with|from)$/.test(t) && pending.length) {
      let j = i + 1;
      if (toks[j]?.t === 'the' || toks[j]?.t === 'The') j++;
      // "of the Kansas City firm X LLP", "of the law firm of X": the firm's name follows the noun.
      const firmNoun = toks[j] ? /^(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:law\s+)?firm\s+(?:of\s+)?(?=\p{Lu})/u.exec(text.slice(toks[j]!.s, limit)) : null;
      if (firmNoun) {
        const to = toks[j]!.s + firmNoun[0].length;
        while (j < toks.length && toks[j]!.s < to) j++;
      }
      if (!toks[j] || !isCapitalized(toks[j]!.t)) break;
      const e = orgRunEnd(text, toks, j);
      // "of the Tulsa office": a place naming an office, not the office's name.
      if (/^\s+(?:office|offices|field\s+office|branch|bureau)\b/.test(text.slice(e.end, limit)) && !/\s/.test(text.slice(toks[j]!.s, e.end))) {
        pending = [];
        i = e.next;
        continue;
      }
      const span = { start: toks[j]!.s, end: e.end, name: text.slice(toks[j]!.s, e.end) };
      orgs.push(span);
      for (const p of pending) p.organization = span.name;
      pending = [];
      i = e.next;
      continue;
    }
    // "A of X and Deputy Attorney General B of Y": a later lawyer of the list may carry a title.
    if (people.length && /^(?:and|,)$/.test(toks[i - 1]?.t ?? '') && TITLED_LAWYER.test(text.slice(toks[i]!.s, limit))) {
      const title = TITLE_ONLY.exec(text.slice(toks[i]!.s, limit))![0];
      const to = toks[i]!.s + title.length;
      while (i < toks.length && toks[i]!.s < to) i++;
      continue;
    }
    if (!isCapitalized(t)) break;
    // A person: two to four name tokens (initials and "Jr." allowed), stopping before "of".
    let e = i;
    while (e < toks.length && e - i < 5 && (isCapitalized(toks[e]!.t) || /^\p{Lu}\.$/u.test(toks[e]!.t)) && (e === i || !toks[e]!.nl)) e++;
    // "Nathan Freed Wessler" and "Smith Barney Transfer" both look like names: take the longest run that reads as a person.
    let k = e;
    while (k > i + 1 && !looksLikePersonName(text.slice(toks[i]!.s, toks[k - 1]!.e), false)) k--;
    if (k <= i + 1) break;
    const name = text.slice(toks[i]!.s, toks[k - 1]!.e);
    if (k <= i + 1 || !looksLikePersonName(name, false) || (!looksLikePersonName(name) && !people.length && !pending.length && !/^(?:of|at|with|from|,|and)$/.test(toks[k]?.t ?? ''))) break;
    const p = { start: toks[i]!.s, end: toks[k - 1]!.e, name };
    people.push(p);
    pending.push(p);
    i = k;
    // "B, a partner at Y LLP": the apposition names the person's organization.
    const appos = FIRM_APPOSITION.exec(text.slice(p.end, limit));
    if (appos) {
      const at = p.end + appos[0].lastIndexOf(appos.groups!.prep!);
      while (i < toks.length && toks[i]!.s < at) i++;
      continue;
    }
    if (toks[i]?.t === ',' && /^(?:Esq\.?|Jr\.)$/.test(toks[i + 1]?.t ?? '')) {
      i += 2;
      if (toks[i]?.t === '.') i++;
    }
  }
  return { people, orgs };
}

// A lawyer's title and name: "Assistant U.S. Attorney Gideon Marsh", "Deputy Attorney General Omar Keats", "Trial Attorney Ana Roe".
const TITLE_SRC = String.raw`^(?:(?:Assistant|Deputy|Special|Senior|Principal|Acting|Chief|Supervising|Trial|Staff|Lead|Managing|First)\s+)*(?:(?:U\.S\.|United\s+States|State|District|County|City)\s+)?(?:Attorneys?(?:\s+General)?|Counsel|Solicitor(?:\s+General)?|Public\s+Defender|Prosecutor|Lawyers?)\s+`;
const TITLED_LAWYER = new RegExp(String.raw`${TITLE_SRC}\p{Lu}\p{Ll}`, 'u');
const TITLE_ONLY = new RegExp(TITLE_SRC, 'u');

/** End of an organization's name starting at toks[j]: its capitalized run, with ", LLP" / ", P.C." after a comma. */
export function orgRunEnd(text: string, toks: ReturnType<typeof tokenize>, j: number): { end: number; next: number } {
  let e = runEnd(toks, j);
  // "the X Union and Kevin Sato of Y LLP": the run stops before a person joined by "and".
  for (let k = j + 1; k < e - 1; k++) {
    if (toks[k]!.t !== 'and' && toks[k]!.t !== '&') continue;
    // "A & B and the C Law Group": a second firm.
    if (toks[k]!.t === 'and' && toks[k + 1]?.t === 'the') {
      e = k;
      break;
    }
    // "the X Section and Assistant U.S. Attorney C of Y": the next lawyer, by title, is no part of the name.
    if (toks[k]!.t === 'and' && toks[k + 1] && TITLED_LAWYER.test(text.slice(toks[k + 1]!.s, toks[e - 1]!.e))) {
      e = k;
      break;
    }
    const rest = toks.slice(k + 1, Math.min(e, k + 5));
    let n = rest.length;
    // A person's name here is followed by their own "of <Org>", a comma or the end.
    const personAt = (m: number) => looksLikePersonName(text.slice(rest[0]!.s, rest[m - 1]!.e), false) && /^(?:of|at|with|,|\.)?$/.test(toks[k + 1 + m]?.t ?? '');
    while (n >= 2 && !personAt(n)) n--;
    if (n >= 2) {
      e = k;
      break;
    }
  }
  // "Grant & Ybarra PLLC in Ann Arbor": a firm's name ends at its suffix; the city after "in" is no part of it.
  for (let k = j + 1; k < e - 1; k++) {
    if (toks[k]!.t !== 'in' && toks[k]!.t !== 'at') continue;
    if (LEGAL_ORG_END.test(text.slice(toks[j]!.s, toks[k - 1]!.e))) {
      e = k;
      break;
    }
  }
  let end = toks[e - 1]!.e;
  let next = e;
  const suffix = /^,\s*(?:LLP|LLC|L\.L\.P\.|P\.C\.|PLLC|P\.A\.|Inc\.)/.exec(text.slice(end));
  if (suffix) {
    end += suffix[0].length;
    while (next < toks.length && toks[next]!.s < end) next++;
  }
  return { end, next };
}
