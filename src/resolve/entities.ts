// One entity per real-world thing across the corpus. Mentions are first grouped into "nodes" by a
// normalized key (abbreviations expanded, case and punctuation folded); nodes are then joined by
// explicit rules, each recorded with its reason and score, all keyed by a blocking key (acronym,
// base name, initials, surname) so nothing compares all pairs:
//   same_canonical        a lexicon canonical name, court abbreviation or statute key is shared
//   legal_form_suffix     "Justice Action Center" / "Justice Action Center Foundation"
//   edit_distance         "Internal Revenue Services" / "Internal Revenue Service" (same initials, tokens close)
//   acronym_defined       "Internal Revenue Service (IRS)" defines IRS in that document
//   acronym_corpus        IRS in a document without a definition, defined one way everywhere else
//   initials              an undefined acronym equal to the initials of one organization in the document
//   name_variant/initials/nickname   people: same surname, compatible given and middle names
//   surname_only          "Okafor" in a document naming exactly one Okafor in full
//   spelling_variant      people: one letter apart in a name, seen together in a document
// Uncertain pairs stay apart and are listed as merge candidates.
//
// Statutes: one entity per provision key; a subsection ("usc/26/6103/h/1") is its own entity whose
// parent_id points at the section entity ("usc/26/6103"), created when no mention cites the section
// itself. So "26 U.S.C. § 6103", "IRC § 6103" and "§ 6103" are one entity, and "§ 6103(h)(1)" is linked to it.

import type { Corpus, MentionRow } from './corpus.ts';
import {
  acronymFit,
  acronymKey,
  cleanName,
  contentTokenCount,
  editDistance,
  foldDiacritics,
  initialsOf,
  isAcronym,
  misspellingScore,
  orgBaseKey,
  TRAILING_DEFINITION,
  orgKey,
  parsePersonName,
  personMatch,
  type PersonName,
} from './names.ts';
import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';

export type ResolvedType = 'person' | 'organization' | 'court' | 'statute' | 'case';

export interface MergeRecord {
  alias: string;
  mergedWith: string;
  mentionId: number | null;
  documentId: number | null;
  reason: string;
  score: number;
  detail: string | null;
}

export interface AliasInfo {
  kind: string;
  count: number;
}

export interface ResolvedEntity {
  /** 1-based, written as the row id. */
  id: number;
  type: ResolvedType;
  canonical: string;
  key: string;
  parentId: number | null;
  aliases: Map<string, AliasInfo>;
  mentionIds: number[];
  documents: Set<number>;
  merges: MergeRecord[];
}

export interface MergeCandidate {
  a: number; // entity id
  b: number;
  nameA: string;
  nameB: string;
  reason: string;
  score: number;
  detail: string | null;
}

export interface EntityResolution {
  entities: ResolvedEntity[];
  candidates: MergeCandidate[];
  /** mention id -> entity id */
  byMention: Map<number, number>;
  /** Find the entity a name written in a document refers to (caption sides, attorneys' organizations). */
  lookup(name: string, documentId: number, type?: 'person' | 'organization'): number | undefined;
}

// ---------------------------------------------------------------------------------------------
// Nodes and the union-find over them

interface NameRecord {
  mention: MentionRow | null;
  documentId: number;
  type: 'person' | 'organization';
  name: string;
  canonical?: string;
  acronym?: string;
}

interface Node {
  idx: number;
  type: 'person' | 'organization';
  key: string;
  /** Name values as extracted, with counts. */
  names: Map<string, number>;
  /** Surface texts of the mentions, with counts. */
  texts: Map<string, number>;
  mentions: MentionRow[];
  documents: Set<number>;
  canonicals: Set<string>;
  acronym?: string; // for acronym nodes: the acronym
  person?: PersonName;
  surnameOnly: boolean;
  isJudge: boolean;
  /** Acronyms defined for this name in some document ("... Service (IRS)"). */
  defines: Set<string>;
}

interface Edge {
  a: number;
  b: number;
  reason: string;
  score: number;
  detail: string | null;
  documentId: number | null;
  mentionId: number | null;
}

class UnionFind {
  parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

// "Internal Revenue Service (IRS)", "Immigration and Customs Enforcement (“ICE”)": a definition
// right after the name. e.g. ` (IRS)` ` (“ICE”)` ` ("TIGTA")`
const ACRONYM_AFTER = /^\s*\(\s*(?:the\s+)?["“”']?(?<acr>[A-Z][A-Za-z0-9&.\-]{1,11})["“”']?\s*\)/;

const NAME_KINDS = new Set(['organization', 'counsel_organization', 'party', 'attorney', 'judge', 'person']);

export function resolveEntities(corpus: Corpus): EntityResolution {
  const uf = new UnionFind();
  const nodes: Node[] = [];
  const nodeByKey = new Map<string, number>();
  const edges: Edge[] = [];
  const candidateEdges: Edge[] = [];
  const mentionNode = new Map<number, number>();
  /** document -> acronym -> defining (full-name) node */
  const definitions = new Map<number, Map<string, { node: number; fit: number; mentionId: number | null }>>();

  const nodeFor = (type: Node['type'], key: string, init: Partial<Node> = {}): number => {
    const k = `${type}|${key}`;
    let i = nodeByKey.get(k);
    if (i === undefined) {
      i = uf.add();
      nodes.push({
        idx: i, type, key, names: new Map(), texts: new Map(), mentions: [], documents: new Set(), canonicals: new Set(),
        surnameOnly: false, isJudge: false, defines: new Set(), ...init,
      });
      nodeByKey.set(k, i);
    }
    return i;
  };
  const link = (e: Edge): void => {
    if (uf.union(e.a, e.b)) edges.push(e);
  };
  const bump = (m: Map<string, number>, s: string): void => void m.set(s, (m.get(s) ?? 0) + 1);

  // 1. Records -> nodes.
  const records: NameRecord[] = [];
  for (const m of corpus.mentions) {
    if (!NAME_KINDS.has(m.kind)) continue;
    const v = m.value as { name?: string; canonical?: string; acronym?: string; entityType?: string };
    const rawName = typeof v.name === 'string' && v.name ? v.name : m.text;
    const name = cleanName(rawName);
    const written = TRAILING_DEFINITION.exec(rawName.trim())?.groups?.acr;
    if (!name) continue;
    const type: Node['type'] =
      m.kind === 'organization' || m.kind === 'counsel_organization' || (m.kind === 'party' && v.entityType !== 'person')
        ? 'organization'
        : 'person';
    records.push({
      mention: m,
      documentId: m.documentId,
      type,
      name,
      canonical: typeof v.canonical === 'string' && v.canonical ? v.canonical : undefined,
      acronym: typeof v.acronym === 'string' && v.acronym ? v.acronym : written,
    });
  }

  for (const r of records) {
    const m = r.mention!;
    let idx: number;
    if (r.type === 'organization') {
      if (isAcronym(r.name)) {
        const acr = acronymKey(r.name);
        idx = nodeFor('organization', `acr:${acr}@${r.documentId}`, { acronym: acr });
      } else {
        const key = orgKey(r.name);
        if (!key) continue;
        idx = nodeFor('organization', key);
      }
    } else {
      const p = parsePersonName(r.name);
      if (!p) continue;
      idx = p.given
        ? nodeFor('person', p.key, { person: p })
        : nodeFor('person', `sur:${p.surname}@${r.documentId}`, { person: p, surnameOnly: true });
      if (m.kind === 'judge') nodes[idx]!.isJudge = true;
    }
    const node = nodes[idx]!;
    bump(node.names, r.name);
    bump(node.texts, m.text);
    node.mentions.push(m);
    node.documents.add(r.documentId);
    mentionNode.set(m.id, idx);

    if (r.type === 'organization') {
      if (r.canonical) {
        const ck = orgKey(r.canonical);
        const cidx = ck ? nodeFor('organization', ck) : idx;
        nodes[cidx]!.canonicals.add(r.canonical);
        node.canonicals.add(r.canonical);
        if (cidx !== idx) {
          link({ a: cidx, b: idx, reason: 'same_canonical', score: 1, detail: `lexicon name "${r.canonical}"`, documentId: r.documentId, mentionId: m.id });
        }
      }
      // An acronym defined with the name, by the extractor or in the text right after it.
      if (!node.acronym) {
        const after = corpus.documents.get(r.documentId)?.text.slice(m.end, m.end + 24) ?? '';
        const acr = r.acronym ?? ACRONYM_AFTER.exec(after)?.groups?.acr;
        if (acr && isAcronym(acr)) {
          const fit = acronymFit(acr, r.name);
          if (fit > 0) {
            let defs = definitions.get(r.documentId);
            if (!defs) definitions.set(r.documentId, (defs = new Map()));
            const ak = acronymKey(acr);
            if (!defs.has(ak)) defs.set(ak, { node: idx, fit, mentionId: m.id });
            node.defines.add(acr);
          }
        }
      }
    }
  }

  const rootCanonicals = (i: number): Set<string> => {
    const r = uf.find(i);
    const out = new Set<string>();
    for (const n of members.get(r) ?? [nodes[r]!]) for (const c of n.canonicals) out.add(orgKey(c));
    return out;
  };
  // Members per root, kept current as unions happen in the later steps (recomputed lazily).
  let members = new Map<number, Node[]>();
  const refreshMembers = (): void => {
    members = new Map();
    for (const n of nodes) {
      const r = uf.find(n.idx);
      let l = members.get(r);
      if (!l) members.set(r, (l = []));
      l.push(n);
    }
  };
  // Two groups that each carry a lexicon canonical and the canonicals differ are known to be different.
  const knownDifferent = (a: number, b: number): boolean => {
    const ca = rootCanonicals(a);
    const cb = rootCanonicals(b);
    if (ca.size === 0 || cb.size === 0) return false;
    for (const c of ca) if (cb.has(c)) return false;
    return true;
  };

  const orgNodes = (): Node[] => nodes.filter((n) => n.type === 'organization' && !n.acronym);
  refreshMembers();

  // 2. Legal-form suffixes: blocked by the base key.
  const byBase = new Map<string, Node[]>();
  for (const n of orgNodes()) {
    const base = orgBaseKey(n.key);
    if (!base || contentTokenCount(base) < 2) continue;
    let l = byBase.get(base);
    if (!l) byBase.set(base, (l = []));
    l.push(n);
  }
  for (const [base, list] of byBase) {
    if (list.length < 2) continue;
    const anchor = list.find((n) => n.key === base) ?? list[0]!;
    for (const n of list) {
      if (n === anchor || knownDifferent(anchor.idx, n.idx)) continue;
      link({ a: anchor.idx, b: n.idx, reason: 'legal_form_suffix', score: 0.85, detail: `"${n.key}" is "${base}" with a legal-form word`, documentId: null, mentionId: null });
    }
  }
  refreshMembers();

  // 3. Misspellings: blocked by initials and token count, so only names with the same acronym meet.
  const byInitials = new Map<string, Node[]>();
  for (const n of orgNodes()) {
    const tokens = n.key.split(' ').length;
    if (tokens < 2) continue;
    const k = `${initialsOf(n.key)}|${tokens}`;
    let l = byInitials.get(k);
    if (!l) byInitials.set(k, (l = []));
    l.push(n);
  }
  for (const list of byInitials.values()) {
    if (list.length < 2) continue;
    list.sort((x, y) => x.key.length - y.key.length);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (b.key.length - a.key.length > 5) break;
        if (uf.find(a.idx) === uf.find(b.idx)) continue;
        const s = misspellingScore(a.key, b.key);
        if (s < 0.88 || knownDifferent(a.idx, b.idx)) continue;
        const d = editDistance(a.key, b.key);
        link({ a: a.idx, b: b.idx, reason: 'edit_distance', score: round(s), detail: `edit distance ${d} over ${Math.max(a.key.length, b.key.length)} characters, same initials ${initialsOf(a.key)}`, documentId: null, mentionId: null });
      }
    }
  }
  refreshMembers();

  // 4. Acronyms, per document first, then across the corpus, then by initials.
  const acronymNodes = nodes.filter((n) => n.acronym);
  const corpusDefs = new Map<string, Set<number>>();
  for (const defs of definitions.values()) {
    for (const [acr, d] of defs) {
      let s = corpusDefs.get(acr);
      if (!s) corpusDefs.set(acr, (s = new Set()));
      s.add(uf.find(d.node));
    }
  }
  const undefinedByAcr = new Map<string, Node[]>();
  for (const n of acronymNodes) {
    const doc = [...n.documents][0]!;
    const acr = n.acronym!;
    const def = definitions.get(doc)?.get(acr);
    if (def) {
      link({ a: def.node, b: n.idx, reason: 'acronym_defined', score: round(0.9 + 0.1 * def.fit), detail: `defined as "${[...nodes[def.node]!.names.keys()][0] ?? nodes[def.node]!.key}" in the document`, documentId: doc, mentionId: def.mentionId });
      continue;
    }
    const roots = new Set([...(corpusDefs.get(acr) ?? [])].map((r) => uf.find(r)));
    if (roots.size === 1) {
      const r = [...roots][0]!;
      if (!knownDifferent(r, n.idx)) {
        link({ a: r, b: n.idx, reason: 'acronym_corpus', score: 0.85, detail: `not defined in this document; defined one way elsewhere in the corpus`, documentId: doc, mentionId: null });
        continue;
      }
    }
    if (uf.find(n.idx) !== n.idx || n.canonicals.size > 0) continue; // already placed by its lexicon name
    if (roots.size > 1) {
      for (const r of roots) candidateEdges.push({ a: r, b: n.idx, reason: 'acronym_ambiguous', score: 0.5, detail: `${acr} is defined ${roots.size} ways in the corpus`, documentId: doc, mentionId: null });
      continue;
    }
    let l = undefinedByAcr.get(acr);
    if (!l) undefinedByAcr.set(acr, (l = []));
    l.push(n);
  }
  refreshMembers();
  // Never defined anywhere: the initials of one organization named in the same document.
  const orgsByDoc = new Map<number, Node[]>();
  for (const n of orgNodes()) {
    for (const d of n.documents) {
      let l = orgsByDoc.get(d);
      if (!l) orgsByDoc.set(d, (l = []));
      l.push(n);
    }
  }
  const orgsByInitials = new Map<string, Set<number>>();
  for (const n of orgNodes()) {
    const ini = initialsOf(n.key);
    if (ini.length < 2) continue;
    let s = orgsByInitials.get(ini);
    if (!s) orgsByInitials.set(ini, (s = new Set()));
    s.add(uf.find(n.idx));
  }
  for (const [acr, list] of undefinedByAcr) {
    for (const n of list) {
      const doc = [...n.documents][0]!;
      const local = new Set((orgsByDoc.get(doc) ?? []).filter((o) => initialsOf(o.key) === acr).map((o) => uf.find(o.idx)));
      if (local.size === 1) {
        const r = [...local][0]!;
        link({ a: r, b: n.idx, reason: 'initials', score: 0.75, detail: `${acr} is the initials of "${nodes[r]!.key}", named in the same document`, documentId: doc, mentionId: null });
      }
    }
    // The same undefined acronym in several documents is one name.
    const unplaced = list.filter((n) => uf.find(n.idx) === n.idx);
    for (let i = 1; i < unplaced.length; i++) {
      link({ a: unplaced[0]!.idx, b: unplaced[i]!.idx, reason: 'same_name', score: 0.8, detail: `the acronym ${acr}, not defined in the corpus`, documentId: null, mentionId: null });
    }
    const first = unplaced[0];
    if (first) {
      const global = orgsByInitials.get(acr);
      if (global && global.size === 1) {
        const r = [...global][0]!;
        candidateEdges.push({ a: r, b: first.idx, reason: 'initials_corpus', score: 0.6, detail: `${acr} is the initials of "${nodes[r]!.key}", named only in other documents`, documentId: null, mentionId: null });
      }
    }
  }

  // 5. People.
  const fullPeople = nodes.filter((n) => n.type === 'person' && !n.surnameOnly);
  const bySurname = new Map<string, Node[]>();
  for (const n of fullPeople) {
    let l = bySurname.get(n.person!.surname);
    if (!l) bySurname.set(n.person!.surname, (l = []));
    l.push(n);
  }
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    const compat = new Map<number, Map<number, ReturnType<typeof personMatch>>>();
    for (const n of list) compat.set(n.idx, new Map());
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const m = personMatch(list[i]!.person!, list[j]!.person!);
        if (m) {
          compat.get(list[i]!.idx)!.set(list[j]!.idx, m);
          compat.get(list[j]!.idx)!.set(list[i]!.idx, m);
        }
      }
    }
    // Merge a pair only when each side's compatible names are compatible with each other: "John Smith"
    // next to both "John A. Smith" and "John B. Smith" stays apart from both.
    const isClique = (idx: number): boolean => {
      const others = [...compat.get(idx)!.keys()];
      for (let i = 0; i < others.length; i++) {
        for (let j = i + 1; j < others.length; j++) if (!compat.get(others[i]!)!.has(others[j]!)) return false;
      }
      return true;
    };
    for (const n of list) {
      for (const [o, m] of compat.get(n.idx)!) {
        if (o < n.idx || !m) continue;
        const on = nodes[o]!;
        if (isClique(n.idx) && isClique(o)) {
          link({ a: n.idx, b: o, reason: m.reason, score: m.score, detail: `"${n.key}" and "${on.key}": same surname, compatible given names`, documentId: null, mentionId: null });
        } else {
          candidateEdges.push({ a: n.idx, b: o, reason: `${m.reason}_ambiguous`, score: round(m.score * 0.6), detail: `compatible, but so is another person with this surname`, documentId: null, mentionId: null });
        }
      }
    }
  }
  const nodeIsJudge = (n: Node): boolean => (members.get(uf.find(n.idx)) ?? [n]).some((x) => x.isJudge);
  // The organizations a person's mentions name them with ("Dana Roe of the Delta Law Center"), as keys.
  const orgsOf = new Map<number, Set<string>>();
  const organizationsOf = (n: Node): Set<string> => {
    let o = orgsOf.get(n.idx);
    if (!o) {
      o = new Set();
      for (const m of n.mentions) {
        const org = (m.value as { organization?: string }).organization;
        if (org) o.add(orgKey(org));
      }
      orgsOf.set(n.idx, o);
    }
    return o;
  };
  // Spelling variants: same given name, surnames one edit apart (blocked by given name).
  const byGiven = new Map<string, Node[]>();
  for (const n of fullPeople) {
    const g = n.person!.given!;
    if (g.length < 2) continue;
    let l = byGiven.get(g);
    if (!l) byGiven.set(g, (l = []));
    l.push(n);
  }
  for (const list of byGiven.values()) {
    if (list.length < 2 || list.length > 500) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const sa = a.person!.surname;
        const sb = b.person!.surname;
        // A two-part surname written with and without its hyphen ("Ruiz-Gallegos" / "Ruiz Gallegos")
        // parses as one surname against a middle name and a surname: rejoined, they are one name.
        const compound = compoundSurname(a.person!, b.person!) ?? compoundSurname(b.person!, a.person!);
        if (compound && uf.find(a.idx) !== uf.find(b.idx) && !knownDifferent(a.idx, b.idx)) {
          link({ a: a.idx, b: b.idx, reason: 'compound_surname', score: 0.8, detail: `"${compound}" written with and without its hyphen`, documentId: null, mentionId: null });
          continue;
        }
        if (sa === sb || Math.min(sa.length, sb.length) < 5 || sa[0] !== sb[0]) continue;
        if (uf.find(a.idx) === uf.find(b.idx) || editDistance(sa, sb, 1) > 1) continue;
        const together = [...a.documents].some((d) => b.documents.has(d));
        // Two judges with one given name and surnames a letter apart are one judge misspelled in a
        // story ("Judge Maria Ocana" / "Judge Maria Ocano"): judges are few and rarely share a given name.
        const bench = nodeIsJudge(a) && nodeIsJudge(b);
        // Two lawyers of one organization with one given name and surnames a letter apart are one
        // lawyer misspelled ("Thibodeaux" / "Thibodaux"), not two colleagues.
        const firm = together ? undefined : [...organizationsOf(a)].find((o) => organizationsOf(b).has(o));
        const e: Edge = {
          a: a.idx,
          b: b.idx,
          reason: 'spelling_variant',
          score: together ? 0.75 : firm || bench ? 0.7 : 0.6,
          detail: `surnames "${sa}" and "${sb}" one letter apart${together ? ', named in the same document' : firm ? `, both of ${firm}` : bench ? ', both judges' : ''}`,
          documentId: null,
          mentionId: null,
        };
        if (together || firm || bench) link(e);
        else candidateEdges.push(e);
      }
    }
  }
  refreshMembers();
  // A surname alone joins the one person of that surname named in full in the same document.
  const peopleByDoc = new Map<number, Node[]>();
  for (const n of fullPeople) {
    for (const d of n.documents) {
      let l = peopleByDoc.get(d);
      if (!l) peopleByDoc.set(d, (l = []));
      l.push(n);
    }
  }
  for (const n of nodes) {
    if (!n.surnameOnly) continue;
    const doc = [...n.documents][0]!;
    const sur = n.person!.surname;
    const local = new Set((peopleByDoc.get(doc) ?? []).filter((p) => p.person!.surname === sur).map((p) => uf.find(p.idx)));
    if (local.size === 1) {
      link({ a: [...local][0]!, b: n.idx, reason: 'surname_only', score: 0.8, detail: `the only ${sur} named in full in the document`, documentId: doc, mentionId: n.mentions[0]?.id ?? null });
      continue;
    }
    if (local.size > 1) {
      for (const r of local) candidateEdges.push({ a: r, b: n.idx, reason: 'surname_only_ambiguous', score: 0.4, detail: `${local.size} people named ${sur} in the document`, documentId: doc, mentionId: null });
      continue;
    }
    const global = new Set((bySurname.get(sur) ?? []).map((p) => uf.find(p.idx)));
    if (global.size === 1) {
      const r = [...global][0]!;
      const judges = n.isJudge && (members.get(r) ?? [nodes[r]!]).some((x) => x.isJudge);
      const e: Edge = { a: r, b: n.idx, reason: judges ? 'surname_only_corpus' : 'surname_only_corpus_candidate', score: judges ? 0.7 : 0.5, detail: `the only ${sur} named in full in the corpus${judges ? ', both as judge' : ''}`, documentId: doc, mentionId: null };
      if (judges) link(e);
      else candidateEdges.push(e);
    }
  }
  refreshMembers();

  // 6. Entities from components.
  const entities: ResolvedEntity[] = [];
  const byMention = new Map<number, number>();
  const entityOfRoot = new Map<number, number>();
  const edgesByRoot = new Map<number, Edge[]>();
  for (const e of edges) {
    const r = uf.find(e.a);
    let l = edgesByRoot.get(r);
    if (!l) edgesByRoot.set(r, (l = []));
    l.push(e);
  }
  for (const [root, group] of members) {
    if (group.every((n) => n.mentions.length === 0)) continue;
    const ent = buildNameEntity(entities.length + 1, group, edgesByRoot.get(root) ?? [], nodes);
    entities.push(ent);
    entityOfRoot.set(root, ent.id);
    for (const n of group) for (const m of n.mentions) byMention.set(m.id, ent.id);
  }
  const candidates: MergeCandidate[] = [];
  const seenPairs = new Set<string>();
  for (const c of candidateEdges) {
    const ea = entityOfRoot.get(uf.find(c.a));
    const eb = entityOfRoot.get(uf.find(c.b));
    if (ea === undefined || eb === undefined || ea === eb) continue;
    const pk = `${Math.min(ea, eb)}|${Math.max(ea, eb)}|${c.reason}`;
    if (seenPairs.has(pk)) continue;
    seenPairs.add(pk);
    candidates.push({ a: ea, b: eb, nameA: entities[ea - 1]!.canonical, nameB: entities[eb - 1]!.canonical, reason: c.reason, score: c.score, detail: c.detail });
  }

  addCourts(corpus, entities, byMention);
  addStatutes(corpus, entities, byMention);
  addCases(corpus, entities, byMention);

  const lookup = (name: string, documentId: number, type?: 'person' | 'organization'): number | undefined => {
    const clean = cleanName(name);
    if (!clean) return undefined;
    const tryKey = (t: Node['type'], key: string): number | undefined => {
      const i = nodeByKey.get(`${t}|${key}`);
      return i === undefined ? undefined : entityOfRoot.get(uf.find(i));
    };
    if (type !== 'person') {
      if (isAcronym(clean)) {
        const acr = acronymKey(clean);
        const here = tryKey('organization', `acr:${acr}@${documentId}`);
        if (here !== undefined) return here;
        const defs = corpusDefs.get(acr);
        if (defs && defs.size === 1) return entityOfRoot.get(uf.find([...defs][0]!));
      } else {
        const key = orgKey(clean);
        const hit = tryKey('organization', key) ?? (byBase.get(orgBaseKey(key))?.[0] ? entityOfRoot.get(uf.find(byBase.get(orgBaseKey(key))![0]!.idx)) : undefined);
        if (hit !== undefined) return hit;
      }
    }
    if (type !== 'organization') {
      const p = parsePersonName(clean);
      if (p) {
        if (p.given) {
          const hit = tryKey('person', p.key);
          if (hit !== undefined) return hit;
          const compatible = new Set((bySurname.get(p.surname) ?? []).filter((n) => personMatch(p, n.person!)).map((n) => entityOfRoot.get(uf.find(n.idx))));
          if (compatible.size === 1) return [...compatible][0];
        } else {
          const here = tryKey('person', `sur:${p.surname}@${documentId}`);
          if (here !== undefined) return here;
          const local = new Set((peopleByDoc.get(documentId) ?? []).filter((n) => n.person!.surname === p.surname).map((n) => entityOfRoot.get(uf.find(n.idx))));
          if (local.size === 1) return [...local][0];
          // A caption cites officials by surname: the one person of that surname in the corpus.
          const global = new Set((bySurname.get(p.surname) ?? []).map((n) => entityOfRoot.get(uf.find(n.idx))));
          if (local.size === 0 && global.size === 1) return [...global][0];
        }
      }
    }
    return undefined;
  };

  return { entities, candidates, byMention, lookup };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The most-used name, preferring a lexicon canonical, full words over abbreviations and acronyms. */
function chooseCanonical(group: Node[]): string {
  const canon = new Map<string, number>();
  for (const n of group) for (const c of n.canonicals) canon.set(c, (canon.get(c) ?? 0) + 1);
  if (canon.size > 0) return [...canon.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
  // A name counts with its whole node: "Internal Revenue Serv." votes for "Internal Revenue Service".
  const names = new Map<string, number>();
  for (const n of group) for (const [s, c] of n.names) names.set(s, (names.get(s) ?? 0) + c + 1000 * n.mentions.length);
  const type = group[0]!.type;
  const scored = [...names.entries()].map(([s, count]) => {
    const acr = isAcronym(s);
    const abbreviated = expandAbbreviations(s) !== s;
    const p = type === 'person' ? parsePersonName(s) : null;
    // People: the fullest form ("Ada L. Okafor" over "Ada Okafor" over "Okafor").
    const fullness = p ? (p.given ? (p.given.length > 1 ? 2 : 1) : 0) + p.middles.length : 0;
    return { s, count, acr, abbreviated, fullness };
  });
  scored.sort(
    (a, b) =>
      Number(a.acr) - Number(b.acr) ||
      (type === 'person' ? b.fullness - a.fullness : 0) ||
      Number(a.abbreviated) - Number(b.abbreviated) ||
      b.count - a.count ||
      b.s.length - a.s.length ||
      a.s.localeCompare(b.s),
  );
  return scored[0]!.s;
}

function aliasKind(alias: string, node: Node, canonical: string, viaEdit: boolean): string {
  if (alias === canonical) return 'canonical';
  if (isAcronym(alias)) return 'acronym';
  if (node.surnameOnly) return 'surname';
  if (expandAbbreviations(alias) !== alias) return 'abbreviation';
  if (viaEdit) return 'misspelling';
  return 'variant';
}

function buildNameEntity(id: number, group: Node[], edges: Edge[], nodes: Node[]): ResolvedEntity {
  const canonical = chooseCanonical(group);
  const type = group[0]!.type;
  const key = type === 'person' ? (parsePersonName(canonical)?.key ?? canonical.toLowerCase()) : isAcronym(canonical) ? acronymKey(canonical) : orgKey(canonical);
  const editNodes = new Set<number>();
  for (const e of edges) if (e.reason === 'edit_distance' || e.reason === 'spelling_variant') editNodes.add(e.b);
  const aliases = new Map<string, AliasInfo>();
  const merges: MergeRecord[] = [];
  const mentionIds: number[] = [];
  const documents = new Set<number>();
  const repName = (n: Node): string => [...n.names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? n.key;
  for (const n of group) {
    for (const m of n.mentions) {
      mentionIds.push(m.id);
      documents.add(m.documentId);
    }
    for (const [raw, c] of [...n.names, ...n.texts]) {
      const s = raw.replace(TRAILING_DEFINITION, '');
      const a = aliases.get(s);
      if (a) a.count += c;
      else aliases.set(s, { kind: aliasKind(s, n, canonical, editNodes.has(n.idx)), count: c });
    }
    // Forms inside one node differ only by normalization: record why they were read as one.
    const rep = repName(n);
    for (const s of n.names.keys()) {
      if (s === rep) continue;
      const m = n.mentions.find((x) => cleanName((x.value as { name?: string }).name ?? x.text) === s) ?? null;
      const reason =
        expandAbbreviations(s) !== s || expandAbbreviations(rep) !== rep
          ? 'abbreviation_expansion'
          : foldDiacritics(s) !== s || foldDiacritics(rep) !== rep
            ? 'spelling_variant'
            : 'name_variant';
      merges.push({ alias: s, mergedWith: rep, mentionId: m?.id ?? null, documentId: m?.documentId ?? null, reason, score: reason === 'name_variant' ? 0.98 : 0.95, detail: `same key "${n.key.replace(/@\d+$/, '')}" after normalization` });
    }
  }
  for (const e of edges) {
    const a = nodes[e.a]!;
    const b = nodes[e.b]!;
    merges.push({
      alias: repName(b),
      mergedWith: repName(a),
      mentionId: e.mentionId ?? b.mentions[0]?.id ?? null,
      documentId: e.documentId ?? b.mentions[0]?.documentId ?? null,
      reason: e.reason,
      score: e.score,
      detail: e.detail,
    });
  }
  for (const n of group) for (const acr of n.defines) if (!aliases.has(acr)) aliases.set(acr, { kind: 'acronym', count: 0 });
  if (!aliases.has(canonical)) aliases.set(canonical, { kind: 'canonical', count: 0 });
  else aliases.get(canonical)!.kind = 'canonical';
  return { id, type, canonical, key, parentId: null, aliases, mentionIds, documents, merges };
}

function keyedEntity(
  entities: ResolvedEntity[],
  index: Map<string, ResolvedEntity>,
  type: ResolvedType,
  key: string,
  canonical: string,
): ResolvedEntity {
  let e = index.get(key);
  if (!e) {
    e = { id: entities.length + 1, type, canonical, key, parentId: null, aliases: new Map(), mentionIds: [], documents: new Set(), merges: [] };
    entities.push(e);
    index.set(key, e);
  }
  return e;
}

function attach(e: ResolvedEntity, m: MentionRow, byMention: Map<number, number>, alias: string, aliasKindName: string, reason: string): void {
  e.mentionIds.push(m.id);
  e.documents.add(m.documentId);
  byMention.set(m.id, e.id);
  const a = e.aliases.get(alias);
  if (a) a.count++;
  else {
    e.aliases.set(alias, { kind: alias === e.canonical ? 'canonical' : aliasKindName, count: 1 });
    if (alias !== e.canonical) {
      e.merges.push({ alias, mergedWith: e.canonical, mentionId: m.id, documentId: m.documentId, reason, score: round(Math.min(1, m.confidence)), detail: `key ${e.key}` });
    }
  }
}

/** Courts merge by their canonical abbreviation ("D.D.C."), whatever the wording. */
function addCourts(corpus: Corpus, entities: ResolvedEntity[], byMention: Map<number, number>): void {
  const index = new Map<string, ResolvedEntity>();
  for (const m of corpus.mentions) {
    if (m.kind !== 'court') continue;
    const v = m.value as { canonical?: string; name?: string };
    if (!v.canonical) continue;
    const e = keyedEntity(entities, index, 'court', v.canonical, v.canonical);
    if (v.name && !e.aliases.has(v.name)) e.aliases.set(v.name, { kind: 'name', count: 0 });
    attach(e, m, byMention, m.text, 'variant', 'same_canonical');
    // A caption header over two lines ("UNITED STATES DISTRICT COURT" / "EASTERN DISTRICT OF
    // LOUISIANA"): the line naming the district is how the court is written too.
    const district = m.text.split('\n').slice(1).find((line) => DISTRICT_LINE.test(line.trim()));
    const line = district?.trim().replace(/^for the\s+/i, '');
    if (line && !e.aliases.has(line)) e.aliases.set(line, { kind: 'variant', count: 0 });
  }
}

// "EASTERN DISTRICT OF LOUISIANA", "FOR THE DISTRICT OF COLUMBIA", "Northern District of Illinois"
const DISTRICT_LINE = /^(?:for the\s+)?(?:(?:northern|southern|eastern|western|middle|central)\s+)?district\s+of\s+[a-z .]+$/i;

const CODE_DISPLAY: Record<string, string> = { usc: 'U.S.C.', cfr: 'C.F.R.' };

/** Statutes by provision key; subsections point at their section's entity. */
function addStatutes(corpus: Corpus, entities: ResolvedEntity[], byMention: Map<number, number>): void {
  const index = new Map<string, ResolvedEntity>();
  const statutes = corpus.mentions.filter((m) => m.kind === 'statute');
  for (const m of statutes) {
    const v = m.value as { canonical?: string; display?: string };
    if (!v.canonical) continue;
    const e = keyedEntity(entities, index, 'statute', v.canonical, v.display ?? m.text);
    attach(e, m, byMention, m.text, 'citation', 'same_canonical');
  }
  for (const e of [...index.values()]) {
    const parts = e.key.split('/');
    const code = parts[0]!;
    if (!(code in CODE_DISPLAY) || parts.length <= 3) continue;
    const sectionKey = parts.slice(0, 3).join('/');
    const parent = keyedEntity(entities, index, 'statute', sectionKey, `${parts[1]} ${CODE_DISPLAY[code]} § ${parts[2]}`);
    e.parentId = parent.id;
  }
}

/** Captions and case citations: one case entity per canonical caption or citation. */
function addCases(corpus: Corpus, entities: ResolvedEntity[], byMention: Map<number, number>): void {
  const index = new Map<string, ResolvedEntity>();
  for (const m of corpus.mentions) {
    if (m.kind === 'caption') {
      const v = m.value as { canonical?: string };
      if (!v.canonical) continue;
      const key = `caption:${captionKey(v.canonical)}`;
      const e = keyedEntity(entities, index, 'case', key, expandAbbreviations(cleanName(v.canonical)));
      attach(e, m, byMention, m.text, 'variant', 'abbreviation_expansion');
    } else if (m.kind === 'case_citation') {
      const v = m.value as { canonical?: string; caseName?: string };
      if (!v.canonical) continue;
      const e = keyedEntity(entities, index, 'case', `citation:${v.canonical}`, v.caseName ? `${v.caseName}, ${v.canonical}` : v.canonical);
      attach(e, m, byMention, m.text, 'citation', 'same_canonical');
    }
  }
}

/** "Ctr. for Auto Safety et al. v Nat'l Highway Traffic Safety Admin." -> "center for auto safety v national highway traffic safety administration". */
export function captionKey(caption: string): string {
  const sides = cleanName(caption).split(/\s+v(?:s)?\.?\s+/i);
  return sides.map((s) => orgKey(s.replace(/,?\s+et\s+al\.?/gi, ''))).join(' v ');
}

/**
 * The hyphenated surname of `a` when `b` writes it as a middle name and a surname ("baca-ortiz"
 * against "baca" + "ortiz"), both with one given name; undefined otherwise.
 */
export function compoundSurname(a: PersonName, b: PersonName): string | undefined {
  const last = b.middles[b.middles.length - 1];
  if (!a.given || a.given !== b.given || !last || a.middles.length !== b.middles.length - 1) return undefined;
  if (a.middles.some((m, i) => m !== b.middles[i])) return undefined;
  return a.surname === last + b.surname ? a.surname : undefined;
}
