// People who are neither parties, counsel nor judges: spokespeople and officials introduced with a
// title ("Name, chief executive officer, Org", "Org's legal director", "Deputy Commissioner Name",
// "Treasury official Name"), bylines ("Written by Name") and contacts ("contact Name,").

import type { Extractor, Mention, MentionOf } from '../model/types.ts';
import { lookupOrganization, lookupOrganizationOrShortName } from '../lexicon/organizations.ts';
import { findAcronymDefinitions, expandDefinedAcronym } from './organizations.ts';
import { LOWER_TITLE_WORDS, TITLE_HEADS, findAppositives, isCapitalized, looksLikePersonName, runEnd, runStart, splitTitledPerson, tokenize } from './names.ts';

// Titles that belong to other extractors (judges) or are honorifics, not offices.
const NOT_PEOPLE_TITLES = /^(?:Judge|Justice|Magistrate|Chief Judge|Chief Justice|Senior Judge|U\.S\. District Judge)\b/;
// Title words worth a look: a capitalized office word or a lowercase one followed by a capitalized name.
const TITLE_CUE = new RegExp(`\\b(?:${[...TITLE_HEADS].map((t) => t.replace(/\./g, '\\.')).join('|')}|${[...LOWER_TITLE_WORDS].join('|')})\\s+(?=\\p{Lu})`, 'gu');
// "Written by Name", "By Name" at a line start, "contact Name," "Name is the managing editor of Org".
const BYLINE = /(?:^|\n)(?:Written\s+)?[Bb]y\s+(?=\p{Lu})|\b[Cc]ontact\s+(?=\p{Lu})/gu;
const IS_TITLE_OF = /^ is (?:the |a |an )?((?:[\p{L}\-]+ ){0,3}(?:editor|reporter|director|president|CEO|officer|manager|founder|correspondent|writer|columnist|chair|spokesperson|counsel|attorney|fellow|professor))(?: (?:of|at|for) (?:the )?((?:\p{Lu}[\p{L}&.\-]*)(?: (?:\p{Lu}[\p{L}&.\-]*|of|for|and|the))*))?/u;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export const peopleExtractor: Extractor = {
  name: 'people',
  extract({ doc, prior }) {
    const text = doc.text;
    const claimed = prior.filter((m) => m.kind === 'party' || m.kind === 'attorney' || m.kind === 'judge');
    const defs = findAcronymDefinitions(text);
    const orgName = (o: string | undefined): string | undefined => {
      if (!o) return undefined;
      const d = expandDefinedAcronym(defs, o);
      if (d) return d;
      const e = lookupOrganizationOrShortName(o);
      return e && (e.acronyms.includes(o) || !o.includes(' ')) ? e.canonical : o;
    };
    const out: MentionOf<'person'>[] = [];
    const push = (start: number, end: number, value: MentionOf<'person'>['value'], rule: string, confidence: number) => {
      const span = { start, end };
      if (claimed.some((c) => overlaps(c, span)) || out.some((o) => overlaps(o, span))) return;
      out.push({ kind: 'person', start, end, text: text.slice(start, end), extractor: 'people', rule, confidence, value });
    };

    for (const a of findAppositives(text)) {
      push(a.nameStart, a.nameEnd, { name: a.name, title: a.title, ...(a.organization ? { organization: orgName(a.organization) } : {}) }, 'appositive_title', 0.85);
    }

    for (const m of text.matchAll(TITLE_CUE)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      let lineEnd = text.indexOf('\n', m.index);
      if (lineEnd === -1) lineEnd = text.length;
      const toks = tokenize(text, lineStart, Math.min(lineEnd, m.index + m[0].length + 80));
      const ti = toks.findIndex((t) => t.s === m.index);
      if (ti < 0) continue;
      const s = isCapitalized(toks[ti]!.t) ? runStart(toks, ti + 1) : runStart(toks, ti) < ti ? runStart(toks, ti) : ti;
      const e = runEnd(toks, ti + 1);
      if (e <= ti + 1) continue;
      let from = s;
      while (from < ti && /^(?:The|A|An|Under|And|But|In|On|By|From|With|Former|Then)$/.test(toks[from]!.t)) from++;
      const phrase = text.slice(toks[from]!.s, toks[e - 1]!.e);
      const tp = splitTitledPerson(phrase);
      if (!tp || !tp.name || !tp.title || NOT_PEOPLE_TITLES.test(tp.title)) continue;
      const ns = toks[from]!.s + tp.nameOffset;
      // The organization is the title's leading acronym or agency: "IRS Chief Counsel", "Treasury official".
      const first = tp.title.split(/\s+/)[0]!;
      const org = lookupOrganizationOrShortName(first) || defs.some((d) => d.acronym === first) ? orgName(first) : undefined;
      push(ns, ns + tp.name.length, { name: tp.name, title: tp.title, ...(org ? { organization: org } : {}) }, 'title_name', 0.8);
    }

    for (const m of text.matchAll(BYLINE)) {
      const from = m.index + m[0].length;
      const toks = tokenize(text, from, Math.min(text.length, from + 60));
      const e = runEnd(toks, 0);
      if (e === 0) continue;
      const name = text.slice(toks[0]!.s, toks[e - 1]!.e);
      if (!looksLikePersonName(name, false)) continue;
      const more = IS_TITLE_OF.exec(text.slice(toks[e - 1]!.e, toks[e - 1]!.e + 120));
      push(toks[0]!.s, toks[e - 1]!.e, { name, ...(more ? { title: more[1], ...(more[2] ? { organization: more[2] } : {}) } : {}) }, /ontact/.test(m[0]) ? 'contact' : 'byline', 0.75);
    }
    // "Name is the managing editor of Org" at a sentence start.
    for (const m of text.matchAll(/(?:^|\n|\. )(\p{Lu}[\p{L}'’\-]+ \p{Lu}[\p{L}'’\-]+)(?= is (?:the |a |an )?)/gu)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (!looksLikePersonName(name)) continue;
      const more = IS_TITLE_OF.exec(text.slice(start + name.length, start + name.length + 120));
      if (!more) continue;
      push(start, start + name.length, { name, title: more[1]!, ...(more[2] ? { organization: more[2] } : {}) }, 'is_title_of', 0.75);
    }
    // Later mentions of a known person by full name carry their title too.
    const known = new Map<string, MentionOf<'person'>['value']>();
    for (const p of out) if (!known.has(p.value.name) || p.value.title) known.set(p.value.name, p.value);
    for (const p of out) {
      const k = known.get(p.value.name);
      if (k && !p.value.title && k.title) p.value = { ...k };
    }
    return (out as Mention[]).sort((a, b) => a.start - b.start) as MentionOf<'person'>[];
  },
};
