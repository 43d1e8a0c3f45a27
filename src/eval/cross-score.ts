// Scores cross-document findings (the `npm run conflicts -- --json` shape) against
// ../shared/gold/cross-document.json.
import { canonicalCaption, emptyScore, fold, type FieldScore, type Scores } from './score.ts';

interface Value {
  document?: string;
  text?: string;
}
interface Group {
  values?: Value[];
}
interface CaseItem {
  canonical?: string;
  docket?: string;
  court?: string;
  documents?: string[];
}
export interface CrossDocument {
  cases?: CaseItem[];
  same_entity?: string[][];
  different_entity?: string[][];
  conflicts?: Group[];
  agreements?: Group[];
  arithmetic?: { document?: string; holds?: boolean }[];
  not_conflicts?: { texts?: string[]; documents?: string[] }[];
}

export function scoreCrossDocument(gold: CrossDocument, predicted: CrossDocument): Scores {
  const scores: Scores = {};
  const field = (n: string): FieldScore => (scores[n] ??= emptyScore());

  const cases = field('cross.cases');
  const usedCases = new Set<number>();
  for (const g of gold.cases ?? []) {
    const want = new Set(g.documents ?? []);
    const i = (predicted.cases ?? []).findIndex(
      (p, i) =>
        !usedCases.has(i) &&
        canonicalCaption(p.canonical) === canonicalCaption(g.canonical) &&
        sameSet(new Set(p.documents ?? []), want) &&
        (g.docket === undefined || p.docket === g.docket) &&
        (g.court === undefined || p.court === g.court),
    );
    if (i >= 0) {
      usedCases.add(i);
      cases.tp++;
    } else {
      cases.fn++;
      const near = (predicted.cases ?? []).find((p) => canonicalCaption(p.canonical) === canonicalCaption(g.canonical));
      cases.misses.push(`${g.canonical} [${[...want].join(', ')}]` + (near ? ` (found with docket ${near.docket}, court ${near.court}, documents ${(near.documents ?? []).join(', ')})` : ''));
    }
  }
  (predicted.cases ?? []).forEach((p, i) => {
    if (usedCases.has(i)) return;
    cases.fp++;
    cases.falsePositives.push(`${p.canonical} [${(p.documents ?? []).join(', ')}]`);
  });

  const groups = (predicted.same_entity ?? []).map((g) => new Set(g.map(fold)));
  const same = field('cross.same_entity');
  for (const g of gold.same_entity ?? []) {
    const names = g.map(fold);
    if (groups.some((p) => names.every((n) => p.has(n)))) same.tp++;
    else {
      same.fn++;
      same.misses.push(g.join(' = '));
    }
  }
  const different = field('cross.different_entity');
  for (const [a, b] of gold.different_entity ?? []) {
    if (groups.some((p) => p.has(fold(a)) && p.has(fold(b)))) {
      different.fp++;
      different.falsePositives.push(`${a} merged with ${b}`);
    } else different.tp++;
  }

  scoreGroups(gold.conflicts ?? [], predicted.conflicts ?? [], field('cross.conflicts'));
  scoreGroups(gold.agreements ?? [], predicted.agreements ?? [], field('cross.agreements'));

  const arithmetic = field('cross.arithmetic');
  for (const g of gold.arithmetic ?? []) {
    if ((predicted.arithmetic ?? []).some((p) => p.document === g.document && p.holds === g.holds)) arithmetic.tp++;
    else {
      arithmetic.fn++;
      arithmetic.misses.push(`${g.document}: holds=${g.holds}`);
    }
  }

  const notConflicts = field('cross.not_conflicts');
  for (const nc of gold.not_conflicts ?? []) {
    // Where the gold names each text's document (parallel to `texts`), a value matches only there:
    // "120 days" in one document is not "about 120 days" in another.
    const texts = (nc.texts ?? []).map((t, k) => ({ text: fold(t), document: nc.documents?.[k] }));
    const bad = (predicted.conflicts ?? []).find((c) => {
      const hit = texts.filter((t) => (c.values ?? []).some((v) => textMatches(v.text, t.text) && (t.document === undefined || v.document === t.document)));
      return hit.length >= 2;
    });
    if (bad) {
      notConflicts.fp++;
      notConflicts.falsePositives.push(`conflict reported among ${nc.texts?.join(' / ')}`);
    } else notConflicts.tp++;
  }
  return scores;
}

/** A gold group is found when one predicted group holds every one of its values (document and text). */
function scoreGroups(gold: Group[], predicted: Group[], score: FieldScore): void {
  const used = new Set<number>();
  for (const g of gold) {
    const i = predicted.findIndex((p, i) => !used.has(i) && (g.values ?? []).every((gv) => (p.values ?? []).some((pv) => valueMatches(pv, gv))));
    if (i >= 0) {
      used.add(i);
      score.tp++;
    } else {
      score.fn++;
      score.misses.push((g.values ?? []).map((v) => `${v.document}: "${v.text}"`).join(' | '));
    }
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    score.fp++;
    score.falsePositives.push((p.values ?? []).map((v) => `${v.document}: "${v.text}"`).join(' | '));
  });
}

function valueMatches(p: Value, g: Value): boolean {
  return p.document === g.document && textMatches(p.text, fold(g.text));
}

/** Predicted texts may be the whole quantity ("24 hours notice") or part of it: overlap in words. */
function textMatches(predicted: string | undefined, goldFolded: string): boolean {
  const p = fold(predicted);
  return p.length > 0 && (p.includes(goldFolded) || goldFolded.includes(p));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
