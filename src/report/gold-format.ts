import type { Claim, Findings, Mention, MentionKind, MentionOf, TextDocument } from '../model/types.ts';

// The per-document JSON format of `npm run extract` and the programmatic entry: the field names and
// value conventions of the gold files in ../shared/gold (see its README), each item with its
// `start` and `end` offsets into the document's normalized text.

export interface GoldShape {
  document?: string;
  kind: string;
  published?: string;
  cases: object[];
  /** Precedents the document cites by name ("See Lujan v. Defenders of Wildlife"), not cases it is about. */
  cited_cases: object[];
  parties: object[];
  attorneys: object[];
  counsel_organizations: object[];
  judges: object[];
  courts: object[];
  dockets: object[];
  organizations: object[];
  people: object[];
  dates: object[];
  statutes: object[];
  case_citations: object[];
  quantities: object[];
  claims: object[];
}

export function toGoldShape(doc: TextDocument, findings: Findings, name?: string): GoldShape {
  const of = <K extends MentionKind>(kind: K): MentionOf<K>[] =>
    findings.mentions.filter((m): m is MentionOf<K> => m.kind === kind);
  const span = (m: Mention) => ({ start: m.start, end: m.end });
  // A proceeding begun by petition (a petition for review, a Tax Court case) has no plaintiff or
  // defendant: when every party's caption role is petitioner or respondent, those are the roles.
  const parties = of('party');
  const petition = parties.length > 0 && parties.every((m) => m.value.courtRole === 'petitioner' || m.value.courtRole === 'respondent');
  const side = (role: string | undefined): string | undefined => (petition && role === 'plaintiff' ? 'petitioner' : petition && role === 'defendant' ? 'respondent' : role);
  return {
    ...(name ? { document: name } : {}),
    kind: doc.meta.kind ?? 'unknown',
    ...(doc.meta.published ? { published: doc.meta.published } : {}),
    // The cases the document is about; the precedents it cites by name are listed apart.
    cases: of('caption')
      .filter((m) => !m.value.cited)
      .map((m) => ({ text: m.text, canonical: m.value.canonical, plaintiffs: m.value.plaintiffs, defendants: m.value.defendants, ...span(m) })),
    cited_cases: of('caption')
      .filter((m) => m.value.cited)
      .map((m) => ({ text: m.text, canonical: m.value.canonical, ...span(m) })),
    parties: parties.map((m) => clean({ name: m.value.name, role: side(m.value.role), title: m.value.title, type: m.value.entityType, text: m.text, ...span(m) })),
    attorneys: of('attorney').map((m) =>
      clean({ name: m.value.name, organization: m.value.organization, represents: side(m.value.represents), title: m.value.title, text: m.text, ...span(m) }),
    ),
    counsel_organizations: of('counsel_organization').map((m) => clean({ name: m.value.name, represents: side(m.value.represents), text: m.text, ...span(m) })),
    judges: of('judge').map((m) => clean({ name: m.value.name, title: m.value.title, court: m.value.court, text: m.text, ...span(m) })),
    courts: of('court').map((m) => ({ text: m.text, canonical: m.value.canonical, name: m.value.name, ...span(m) })),
    dockets: of('docket').map((m) => clean({ text: m.text, canonical: m.value.canonical, court: m.value.court, ...span(m) })),
    organizations: of('organization').map((m) => clean({ name: m.value.canonical ?? m.value.name, acronym: m.value.acronym, text: m.text, ...span(m) })),
    people: of('person').map((m) => clean({ name: m.value.name, title: m.value.title, organization: m.value.organization, text: m.text, ...span(m) })),
    dates: of('date').map((m) => {
      const v = m.value;
      return clean({
        text: m.text,
        ...(v.relative ? { relative: true, resolved: v.value } : { value: v.value }),
        grain: v.grain,
        modifier: v.modifier,
        range: v.range,
        certainty: v.certainty,
        resolved_against: v.resolvedAgainst,
        ...span(m),
      });
    }),
    statutes: of('statute').map((m) => clean({ text: m.text, canonical: m.value.display, key: m.value.canonical, ...span(m) })),
    case_citations: of('case_citation').map((m) => clean({ text: m.text, canonical: m.value.canonical, form: m.value.form, ...span(m) })),
    // A negated statement's zero ("no records were shared") is a claim, not a stated quantity.
    quantities: of('quantity').filter((m) => m.rule !== 'negated_none').map((m) => {
      const v = m.value;
      return clean({ text: m.text, kind: v.kind, value: v.value, min: v.min, max: v.max, modifier: v.modifier, unit: v.unit, ...span(m) });
    }),
    claims: findings.claims.map((c) => claimJson(doc, c)),
  };
}

function claimJson(doc: TextDocument, c: Claim): object {
  const q = c.quantity.value;
  const s = doc.sentences[c.sentence];
  return clean({
    text: c.quantity.text,
    start: c.quantity.start,
    end: c.quantity.end,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    kind: q.kind,
    value: q.value,
    min: q.min,
    max: q.max,
    modifier: q.modifier,
    unit: q.unit,
    negated: c.negated || undefined,
    time: c.time?.value,
    sentence: s ? doc.text.slice(s.start, s.end) : undefined,
  });
}

/** Drop undefined fields so the JSON reads like the gold files. */
function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
