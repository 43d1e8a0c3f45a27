// Documents grouped into cases. Evidence, strongest first:
//   efiling_docket  the document's own e-filing stamp names the docket
//   docket          a docket number in the text (joined to the caption written next to it)
//   caption         a caption "A v. B", matched after abbreviation expansion ("Ctr." = "Center")
//   party_overlap   no caption or docket, but the plaintiffs named overlap strongly with a case's
//   judge           nothing else: the judge named presides over exactly one case of the corpus
//   parties         no case matched: the document's own plaintiffs and defendants make a new case
// A document citing two cases belongs to both. Parties, counsel, court and judge of a case come
// from its documents; a document in several cases only contributes parties its captions name.

import type { Db } from '../store/db.ts';
import type { Corpus, MentionRow } from './corpus.ts';
import type { EntityResolution } from './entities.ts';
import { captionKey } from './entities.ts';
import { cleanName, parsePersonName } from './names.ts';
import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';
import type { CaptionValue, DocketValue, PartyRole } from '../model/types.ts';

export interface CaseDocument {
  documentId: number;
  reason: string;
  score: number;
  detail: string;
}

export interface CaseParty {
  entityId: number | null;
  name: string;
  role: string;
  title: string | null;
  source: 'caption' | 'party';
  mentionCount: number;
  firstMentionId: number | null;
}

export interface CaseCounsel {
  kind: 'attorney' | 'organization';
  entityId: number | null;
  name: string;
  organization: string | null;
  organizationEntityId: number | null;
  side: string | null;
  title: string | null;
  mentionCount: number;
  firstMentionId: number | null;
}

export interface CaseRecord {
  id: number;
  canonical: string;
  docket: string | null;
  court: string | null;
  courtEntityId: number | null;
  judge: string | null;
  judgeEntityId: number | null;
  formedBy: 'docket' | 'caption' | 'parties';
  documents: CaseDocument[];
  parties: CaseParty[];
  counsel: CaseCounsel[];
}

export interface CaseResolution {
  cases: CaseRecord[];
  /** document id -> case ids */
  casesOfDocument: Map<number, number[]>;
}

const PLAINTIFF_SIDE = new Set<string>(['plaintiff', 'petitioner', 'appellant']);
const DEFENDANT_SIDE = new Set<string>(['defendant', 'respondent', 'appellee']);

// "1:25-cv-00457-CKK" -> "1:25-cv-00457": the judge's initials change when a case is reassigned.
// e.g. "1:25-cv-00457-CKK" "2:24-cr-123"
const DISTRICT_DOCKET = /^(?<office>\d{1,2}):(?<yy>\d{2})-(?<type>[a-z]{2,4})-(?<num>\d{1,6})/i;

export function normalizeDocket(raw: string): string {
  const m = DISTRICT_DOCKET.exec(raw.trim());
  if (!m?.groups) return raw.trim();
  const g = m.groups as { office: string; yy: string; type: string; num: string };
  return `${Number(g.office)}:${g.yy}-${g.type.toLowerCase()}-${g.num.padStart(5, '0')}`;
}

// District courts that file every case under one office number, so "No. 25-1764" there is
// "1:25-cv-01764": D.D.C. ("1:25-cv-00457"), D. Del. ("1:24-cv-01234"), D. Mass. ("1:25-cv-10001"),
// D.R.I., D.N.H., D. Colo., D. Haw. (1), D. Conn. and D.P.R. (3), D. Minn. (0).
const SINGLE_OFFICE: Record<string, string> = {
  'D.D.C.': '1', 'D. Del.': '1', 'D. Mass.': '1', 'D.R.I.': '1', 'D.N.H.': '1', 'D. Colo.': '1', 'D. Haw.': '1',
  'D. Conn.': '3', 'D.P.R.': '3', 'D. Minn.': '0',
};

/** A district docket written without its office number, completed where the court has only one. */
export function withOffice(docket: string, court: string): string {
  const office = SINGLE_OFFICE[court];
  return office !== undefined && /^\d{2}-[a-z]{2,4}-\d{5}$/.test(docket) ? `${office}:${docket}` : docket;
}

/** Caption as displayed: abbreviations expanded, no "et al.", "v." between the sides. */
export function displayCaption(canonical: string): string {
  const sides = cleanName(canonical).split(/\s+v(?:s)?\.?\s+/i);
  return sides.map((s) => expandAbbreviations(cleanName(s.replace(/,?\s+et\s+al\.?/gi, '')))).join(' v. ');
}

class Keys {
  private parent = new Map<string, string>();
  add(k: string): void {
    if (!this.parent.has(k)) this.parent.set(k, k);
  }
  find(k: string): string {
    this.add(k);
    let r = k;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(k, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
  keys(): string[] {
    return [...this.parent.keys()];
  }
}

interface DocEvidence {
  captions: { key: string; mention: MentionRow<'caption'> }[];
  dockets: { key: string; mention: MentionRow<'docket'> | null }[];
  parties: MentionRow<'party'>[];
}

const CAPTION_DOCKET_GAP = 200; // characters between a caption and the docket number cited with it

export function resolveCases(corpus: Corpus, entities: EntityResolution): CaseResolution {
  const evidence = new Map<number, DocEvidence>();
  const ev = (docId: number): DocEvidence => {
    let e = evidence.get(docId);
    if (!e) evidence.set(docId, (e = { captions: [], dockets: [], parties: [] }));
    return e;
  };
  const citationSpans = new Map<number, MentionRow[]>();
  for (const m of corpus.mentions) {
    if (m.kind !== 'case_citation') continue;
    let l = citationSpans.get(m.documentId);
    if (!l) citationSpans.set(m.documentId, (l = []));
    l.push(m);
  }
  for (const m of corpus.mentions) {
    if (m.kind === 'caption') {
      const v = m.value as CaptionValue;
      if (!v.canonical || v.cited) continue;
      // A caption inside a case citation is a cited precedent, not a case the document is about.
      if ((citationSpans.get(m.documentId) ?? []).some((c) => c.start <= m.start && m.end <= c.end)) continue;
      ev(m.documentId).captions.push({ key: `caption:${captionKey(v.canonical)}`, mention: m as MentionRow<'caption'> });
    } else if (m.kind === 'docket') {
      const v = m.value as DocketValue;
      if (!v.canonical) continue;
      ev(m.documentId).dockets.push({ key: `docket:${normalizeDocket(v.canonical)}`, mention: m as MentionRow<'docket'> });
    } else if (m.kind === 'party') {
      ev(m.documentId).parties.push(m as MentionRow<'party'>);
    }
  }
  for (const d of corpus.documents.values()) {
    if (d.efilingDocket) ev(d.id).dockets.unshift({ key: `docket:${normalizeDocket(d.efilingDocket)}`, mention: null });
  }

  // Captions and dockets that name one case are joined.
  const keys = new Keys();
  for (const [, e] of evidence) {
    for (const c of e.captions) keys.add(c.key);
    for (const k of e.dockets) keys.add(k.key);
    const capKeys = new Set(e.captions.map((c) => c.key));
    const docketKeys = new Set(e.dockets.map((k) => k.key));
    const stamp = e.dockets.find((k) => k.mention === null);
    if (stamp && e.captions[0]) keys.union(stamp.key, e.captions[0].key); // a filing opens with its own caption
    if (capKeys.size === 1 && docketKeys.size === 1) keys.union([...capKeys][0]!, [...docketKeys][0]!);
    else {
      for (const c of e.captions) {
        const near = e.dockets.find((k) => k.mention && k.mention.start >= c.mention.end && k.mention.start - c.mention.end <= CAPTION_DOCKET_GAP);
        if (near) keys.union(c.key, near.key);
        // A court of appeals heads its caption with its own number ("No. 25-1408" above "A v. B"),
        // and lists the trial court's number below it: both are the captioned case's.
        const above = e.dockets.find(
          (k) => k.mention && (k.mention.value as DocketValue).kind === 'appellate' && k.mention.end <= c.mention.start && c.mention.start - k.mention.end <= CAPTION_DOCKET_GAP,
        );
        if (above) keys.union(c.key, above.key);
      }
    }
  }

  const cases: CaseRecord[] = [];
  const caseOfRoot = new Map<string, CaseRecord>();
  const newCase = (formedBy: CaseRecord['formedBy']): CaseRecord => {
    const c: CaseRecord = { id: cases.length + 1, canonical: '', docket: null, court: null, courtEntityId: null, judge: null, judgeEntityId: null, formedBy, documents: [], parties: [], counsel: [] };
    cases.push(c);
    return c;
  };
  const join = (c: CaseRecord, documentId: number, reason: string, score: number, detail: string): void => {
    const have = c.documents.find((d) => d.documentId === documentId);
    if (!have) c.documents.push({ documentId, reason, score, detail });
    else if (score > have.score) Object.assign(have, { reason, score, detail });
  };
  for (const k of keys.keys()) {
    const r = keys.find(k);
    if (!caseOfRoot.has(r)) caseOfRoot.set(r, newCase('caption'));
    const c = caseOfRoot.get(r)!;
    if (k.startsWith('docket:')) c.formedBy = 'docket';
  }
  for (const [docId, e] of evidence) {
    for (const k of e.dockets) {
      join(caseOfRoot.get(keys.find(k.key))!, docId, k.mention ? 'docket' : 'efiling_docket', k.mention ? 0.95 : 1, k.key.slice(7));
    }
    for (const c of e.captions) join(caseOfRoot.get(keys.find(c.key))!, docId, 'caption', 0.9, c.mention.text);
  }

  // Caption parties of each case, as entities.
  const captionSides = new Map<CaseRecord, { plaintiffs: string[]; defendants: string[]; docId: number; canonical: string }[]>();
  for (const [docId, e] of evidence) {
    for (const cap of e.captions) {
      const c = caseOfRoot.get(keys.find(cap.key))!;
      const v = cap.mention.value as CaptionValue;
      let l = captionSides.get(c);
      if (!l) captionSides.set(c, (l = []));
      l.push({ plaintiffs: v.plaintiffs ?? [], defendants: v.defendants ?? [], docId, canonical: v.canonical });
    }
  }
  const plaintiffEntities = (docId: number): Set<number> => {
    const out = new Set<number>();
    for (const p of evidence.get(docId)?.parties ?? []) {
      if (!PLAINTIFF_SIDE.has(p.value.role)) continue;
      const id = entities.byMention.get(p.id);
      if (id !== undefined) out.add(id);
    }
    return out;
  };
  const defendantEntities = (docId: number): Set<number> => {
    const out = new Set<number>();
    for (const p of evidence.get(docId)?.parties ?? []) {
      if (!DEFENDANT_SIDE.has(p.value.role)) continue;
      const id = entities.byMention.get(p.id);
      if (id !== undefined) out.add(id);
    }
    return out;
  };
  const caseCount = (docId: number): number => cases.filter((c) => c.documents.some((d) => d.documentId === docId)).length;
  const casePlaintiffs = (c: CaseRecord): { all: Set<number>; lead: number | undefined; defendants: Set<number> } => {
    const all = new Set<number>();
    const defendants = new Set<number>();
    let lead: number | undefined;
    for (const s of captionSides.get(c) ?? []) {
      s.plaintiffs.forEach((name, i) => {
        const id = entities.lookup(name, s.docId);
        if (id === undefined) return;
        all.add(id);
        if (i === 0 && lead === undefined) lead = id;
      });
      for (const name of s.defendants) {
        const id = entities.lookup(name, s.docId);
        if (id !== undefined) defendants.add(id);
      }
    }
    for (const d of c.documents) {
      // A document about two cases names the parties of both; its prose does not say whose is whose.
      if (caseCount(d.documentId) > 1) continue;
      for (const id of plaintiffEntities(d.documentId)) all.add(id);
      for (const id of defendantEntities(d.documentId)) defendants.add(id);
    }
    return { all, lead, defendants };
  };

  // Documents without caption or docket: join by plaintiffs, else found a case of their own.
  const placed = new Set<number>();
  for (const c of cases) for (const d of c.documents) placed.add(d.documentId);
  const unplaced = [...corpus.documents.keys()].filter((id) => !placed.has(id));
  const partyCases: CaseRecord[] = [];
  const known = cases.map((c) => ({ c, ...casePlaintiffs(c) }));
  const byJudge = judgePlacement(corpus, entities, cases);
  const placeByJudge = (docId: number): boolean => {
    const j = byJudge(docId);
    if (j) join(j.c, docId, 'judge', 0.55, j.detail);
    return j !== undefined;
  };
  for (const docId of unplaced) {
    const mine = plaintiffEntities(docId);
    if (mine.size === 0) {
      placeByJudge(docId);
      continue;
    }
    let joined = false;
    for (const k of [...known, ...partyCases.map((c) => ({ c, ...casePlaintiffs(c) }))]) {
      const overlap = [...mine].filter((x) => k.all.has(x));
      const share = overlap.length / mine.size;
      // The lead plaintiff alone places a document naming few plaintiffs, or one that also names a defendant of the case.
      const leadOnly = k.lead !== undefined && overlap.includes(k.lead) && (mine.size <= 2 || [...defendantEntities(docId)].some((d) => k.defendants.has(d)));
      const strong = (overlap.length >= 2 && share >= 0.5) || leadOnly;
      if (!strong) continue;
      const names = overlap.map((id) => entities.entities[id - 1]?.canonical ?? String(id));
      join(k.c, docId, 'party_overlap', round(Math.min(0.85, 0.5 + 0.35 * share)), `plaintiffs in common: ${names.join('; ')}`);
      joined = true;
    }
    if (joined) continue;
    // A story about a ruling names its judge; parties it names without a caption may be another
    // suit it only mentions ("Ohio filed a similar suit last month").
    if (placeByJudge(docId)) continue;
    const e = evidence.get(docId)!;
    const firstOf = (side: Set<string>): MentionRow<'party'> | undefined =>
      e.parties.filter((p) => side.has(p.value.role)).sort((a, b) => a.start - b.start)[0];
    const p0 = firstOf(PLAINTIFF_SIDE);
    const d0 = firstOf(DEFENDANT_SIDE);
    if (!p0 || !d0) continue;
    const c = newCase('parties');
    c.canonical = `${partyDisplay(p0, entities)} v. ${partyDisplay(d0, entities, true)}`;
    partyCases.push(c);
    join(c, docId, 'parties', 0.6, `named plaintiffs and defendants: ${p0.value.name}; ${d0.value.name}`);
  }

  const casesOfDocument = new Map<number, number[]>();
  for (const c of cases) {
    for (const d of c.documents) {
      let l = casesOfDocument.get(d.documentId);
      if (!l) casesOfDocument.set(d.documentId, (l = []));
      l.push(c.id);
    }
  }
  // Only the dockets that belong to the case: a document about two cases cites both numbers.
  const ownDocket = (c: CaseRecord) => (k: { key: string }): boolean => caseOfRoot.get(keys.find(k.key)) === c;
  const mentionsByDoc = new Map<number, MentionRow[]>();
  for (const m of corpus.mentions) {
    let l = mentionsByDoc.get(m.documentId);
    if (!l) mentionsByDoc.set(m.documentId, (l = []));
    l.push(m);
  }
  for (const c of cases) describeCase(c, corpus, entities, evidence, captionSides.get(c) ?? [], casesOfDocument, ownDocket(c), mentionsByDoc);
  return { cases: cases.filter((c) => c.documents.length > 0), casesOfDocument };
}

/**
 * A story that names no caption, docket or party but the judge who ruled ("U.S. District Judge Ana
 * Ruiz said the agency ...") joins that judge's case, when the judge presides over exactly one case
 * of the corpus (read from the judges named in documents placed in one case only). A judge of two
 * cases places nothing: the story could be about either.
 */
function judgePlacement(
  corpus: Corpus,
  entities: EntityResolution,
  cases: CaseRecord[],
): (docId: number) => { c: CaseRecord; detail: string } | undefined {
  const caseOfDoc = new Map<number, CaseRecord | null>();
  for (const c of cases) for (const d of c.documents) caseOfDoc.set(d.documentId, caseOfDoc.has(d.documentId) ? null : c);
  const casesOfJudge = new Map<number, Set<CaseRecord>>();
  const judgesOfUnplaced = new Map<number, Set<number>>();
  for (const m of corpus.mentions) {
    if (m.kind !== 'judge') continue;
    const id = entities.byMention.get(m.id);
    if (id === undefined) continue;
    if (!caseOfDoc.has(m.documentId)) {
      let l = judgesOfUnplaced.get(m.documentId);
      if (!l) judgesOfUnplaced.set(m.documentId, (l = new Set()));
      l.add(id);
      continue;
    }
    const c = caseOfDoc.get(m.documentId);
    if (!c) continue;
    let s = casesOfJudge.get(id);
    if (!s) casesOfJudge.set(id, (s = new Set()));
    s.add(c);
  }
  return (docId) => {
    const judges = [...(judgesOfUnplaced.get(docId) ?? [])];
    const found = new Set(judges.flatMap((id) => [...(casesOfJudge.get(id) ?? [])]));
    if (found.size !== 1 || judges.some((id) => (casesOfJudge.get(id)?.size ?? 0) > 1)) return undefined;
    const c = [...found][0]!;
    const id = judges.find((x) => casesOfJudge.get(x)?.has(c))!;
    return { c, detail: `the only case of ${entities.entities[id - 1]?.canonical ?? 'its judge'}, named in the document` };
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A caption side: an organization's canonical name, a person's surname (as captions cite officials). */
function partyDisplay(p: MentionRow<'party'>, entities: EntityResolution, defendant = false): string {
  const id = entities.byMention.get(p.id);
  const name = id !== undefined ? entities.entities[id - 1]!.canonical : p.value.name;
  if (p.value.entityType === 'person' && defendant) {
    const parsed = parsePersonName(name);
    if (parsed) {
      const words = cleanName(name).split(/\s+/);
      return words[words.length - 1] ?? name;
    }
  }
  return name;
}

function mostCommon<T>(items: T[], key: (t: T) => string): T | undefined {
  const counts = new Map<string, { item: T; n: number }>();
  for (const it of items) {
    const k = key(it);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { item: it, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.item;
}

function describeCase(
  c: CaseRecord,
  corpus: Corpus,
  entities: EntityResolution,
  evidence: Map<number, DocEvidence>,
  captions: { plaintiffs: string[]; defendants: string[]; docId: number; canonical: string }[],
  casesOfDocument: Map<number, number[]>,
  isOwnDocket: (k: { key: string }) => boolean,
  mentionsByDoc: Map<number, MentionRow[]>,
): void {
  const docIds = new Set(c.documents.map((d) => d.documentId));
  const onlyHere = new Set([...docIds].filter((d) => (casesOfDocument.get(d) ?? []).length === 1));
  // The case's documents' mentions in corpus order (by document id), without scanning the whole corpus per case.
  const inCase = [...docIds].sort((x, y) => x - y).flatMap((d) => mentionsByDoc.get(d) ?? []);

  if (!c.canonical) {
    const caps = captions.map((x) => displayCaption(x.canonical));
    // Prefer the written-out form: fewer abbreviation periods.
    c.canonical = caps.sort((a, b) => (a.match(/\./g)?.length ?? 0) - (b.match(/\./g)?.length ?? 0))[0] ?? '';
  }
  const dockets = [...docIds].flatMap((d) => evidence.get(d)?.dockets ?? []).filter(isOwnDocket);
  // The case at its latest stage: on a tie, a court of appeals' number over the trial court's.
  const appellate = (k: { mention: MentionRow<'docket'> | null }): number => ((k.mention?.value as DocketValue | undefined)?.kind === 'appellate' ? 1 : 0);
  const docket = mostCommon([...dockets].sort((x, y) => appellate(y) - appellate(x)), (k) => k.key);
  c.docket = docket ? docket.key.slice(7) : null;
  if (!c.canonical) c.canonical = c.docket ?? `case ${c.id}`;

  // Court: the docket's own court, else the court most named in the case's own documents.
  const chosenCourt = (docket?.mention?.value as DocketValue | undefined)?.court;
  const docketCourt = chosenCourt ?? dockets.map((k) => (k.mention?.value as DocketValue | undefined)?.court).find((x) => x);
  const courts = inCase.filter((m) => m.kind === 'court' && onlyHere.has(m.documentId));
  const court = docketCourt ?? (mostCommon(courts, (m) => (m.value as { canonical: string }).canonical)?.value as { canonical?: string } | undefined)?.canonical;
  c.court = court ?? null;
  if (c.docket && court) c.docket = withOffice(c.docket, court);
  if (court) {
    const m = courts.find((x) => (x.value as { canonical: string }).canonical === court);
    c.courtEntityId = m ? (entities.byMention.get(m.id) ?? null) : null;
  }
  const judges = inCase.filter((m) => m.kind === 'judge' && onlyHere.has(m.documentId));
  const judge = mostCommon(judges, (m) => String(entities.byMention.get(m.id) ?? (m.value as { name: string }).name));
  if (judge) {
    const id = entities.byMention.get(judge.id);
    c.judgeEntityId = id ?? null;
    c.judge = id !== undefined ? entities.entities[id - 1]!.canonical : (judge.value as { name: string }).name;
  }

  // Parties: caption sides first, then party mentions.
  const parties = new Map<string, CaseParty>();
  const addParty = (p: Omit<CaseParty, 'mentionCount' | 'firstMentionId'>, mention: MentionRow | null): void => {
    const k = `${p.entityId ?? p.name.toLowerCase()}|${p.role}`;
    const have = parties.get(k);
    if (have) {
      if (mention) {
        have.mentionCount++;
        have.firstMentionId ??= mention.id;
        if (have.source === 'caption') have.source = 'caption';
        have.title ??= p.title;
      }
      return;
    }
    parties.set(k, { ...p, mentionCount: mention ? 1 : 0, firstMentionId: mention?.id ?? null });
  };
  const captionEntities = new Set<number>();
  for (const cap of captions) {
    for (const [side, role] of [[cap.plaintiffs, 'plaintiff'], [cap.defendants, 'defendant']] as const) {
      for (const name of side) {
        const id = entities.lookup(name, cap.docId);
        if (id !== undefined) captionEntities.add(id);
        addParty({ entityId: id ?? null, name: id !== undefined ? entities.entities[id - 1]!.canonical : expandAbbreviations(cleanName(name)), role, title: null, source: 'caption' }, null);
      }
    }
  }
  for (const m of inCase) {
    if (m.kind !== 'party') continue;
    const id = entities.byMention.get(m.id);
    if (!onlyHere.has(m.documentId) && (id === undefined || !captionEntities.has(id))) continue;
    const v = m.value as { name: string; role: PartyRole; title?: string };
    addParty({ entityId: id ?? null, name: id !== undefined ? entities.entities[id - 1]!.canonical : v.name, role: v.role, title: v.title ?? null, source: 'party' }, m);
  }
  c.parties = [...parties.values()];

  const counsel = new Map<string, CaseCounsel>();
  for (const m of inCase) {
    if (!onlyHere.has(m.documentId)) continue;
    if (m.kind !== 'attorney' && m.kind !== 'counsel_organization') continue;
    const v = m.value as { name: string; organization?: string; represents?: string; title?: string };
    const id = entities.byMention.get(m.id) ?? null;
    const kind = m.kind === 'attorney' ? 'attorney' : 'organization';
    const orgId = v.organization ? (entities.lookup(v.organization, m.documentId, 'organization') ?? null) : null;
    const k = `${kind}|${id ?? v.name.toLowerCase()}|${v.represents ?? ''}`;
    const have = counsel.get(k);
    if (have) {
      have.mentionCount++;
      have.organization ??= v.organization ?? null;
      have.organizationEntityId ??= orgId;
      have.title ??= v.title ?? null;
      continue;
    }
    counsel.set(k, {
      kind,
      entityId: id,
      name: id !== null ? entities.entities[id - 1]!.canonical : v.name,
      organization: orgId !== null ? entities.entities[orgId - 1]!.canonical : (v.organization ?? null),
      organizationEntityId: orgId,
      side: v.represents ?? null,
      title: v.title ?? null,
      mentionCount: 1,
      firstMentionId: m.id,
    });
  }
  c.counsel = [...counsel.values()];
}

export function writeCases(db: Db, res: CaseResolution): void {
  const insCase = db.prepare(
    'INSERT INTO cases (id, canonical, docket, court, court_entity_id, judge, judge_entity_id, formed_by, document_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insDoc = db.prepare('INSERT INTO case_documents (case_id, document_id, reason, score, detail) VALUES (?, ?, ?, ?, ?)');
  const insParty = db.prepare(
    'INSERT INTO case_parties (case_id, entity_id, name, role, title, source, mention_count, first_mention_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insCounsel = db.prepare(
    `INSERT INTO case_counsel (case_id, kind, entity_id, name, organization, organization_entity_id, side, title, mention_count, first_mention_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of res.cases) {
    insCase.run(c.id, c.canonical, c.docket, c.court, c.courtEntityId, c.judge, c.judgeEntityId, c.formedBy, c.documents.length);
    for (const d of c.documents) insDoc.run(c.id, d.documentId, d.reason, d.score, d.detail);
    for (const p of c.parties) insParty.run(c.id, p.entityId, p.name, p.role, p.title, p.source, p.mentionCount, p.firstMentionId);
    for (const k of c.counsel) {
      insCounsel.run(c.id, k.kind, k.entityId, k.name, k.organization, k.organizationEntityId, k.side, k.title, k.mentionCount, k.firstMentionId);
    }
  }
}

/** Whether two documents may state one fact or event: they share a case, or either belongs to none. */
export function mayShareCase(casesA: readonly number[], casesB: readonly number[]): boolean {
  return casesA.length === 0 || casesB.length === 0 || casesA.some((c) => casesB.includes(c));
}
