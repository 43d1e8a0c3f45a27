// Arithmetic inside a document: a percentage of a stated total against a stated count in the same
// or an adjacent sentence ("4.2% of 900,000 records" against "about 37,800 records"). The
// tolerance comes from how the numbers are written: the percentage's last digit, the total's
// rounding, and the count's hedge ("about" allows 5%).

import type { Db } from '../store/db.ts';
import type { Corpus, MentionRow } from './corpus.ts';
import type { QuantityValue } from '../model/types.ts';

export interface ArithmeticCheck {
  documentId: number;
  sentenceId: number | null;
  percent: MentionRow<'quantity'>;
  total: MentionRow<'quantity'>;
  part: MentionRow<'quantity'>;
  statement: string;
  computed: number;
  stated: number;
  tolerance: number;
  holds: boolean;
}

const HEDGED = new Set(['approx', 'vague']);
const HEDGE_TOLERANCE = 0.05;
const ROUNDING = 0.005;
// A count this far from the computed share is not read as that share at all (another figure).
const MAX_RELATIVE_GAP = 0.5;

/** Half a unit of the last written decimal: "3.7%" -> 0.05, "12%" -> 0.5. */
function percentRounding(p: MentionRow<'quantity'>): number {
  const m = /(\d+)(?:\.(\d+))?/.exec(p.text);
  const decimals = m?.[2]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

export function checkArithmetic(corpus: Corpus): ArithmeticCheck[] {
  const checks: ArithmeticCheck[] = [];
  const byDoc = new Map<number, MentionRow<'quantity'>[]>();
  for (const m of corpus.mentions) {
    if (m.kind !== 'quantity') continue;
    let l = byDoc.get(m.documentId);
    if (!l) byDoc.set(m.documentId, (l = []));
    l.push(m as MentionRow<'quantity'>);
  }
  for (const [docId, qs] of byDoc) {
    const sentIdx = (m: { sentenceId: number | null }): number | undefined => (m.sentenceId !== null ? corpus.sentences.get(m.sentenceId)?.idx : undefined);
    /** sentence index -> positions in qs of the quantities in that sentence */
    const bySentence = new Map<number, number[]>();
    qs.forEach((m, k) => {
      const i = sentIdx(m);
      if (i === undefined) return;
      let l = bySentence.get(i);
      if (!l) bySentence.set(i, (l = []));
      l.push(k);
    });
    for (const p of qs) {
      const pv = p.value as QuantityValue;
      if (pv.kind !== 'percent' || pv.value === undefined || pv.value <= 0 || pv.value >= 100) continue;
      const pi = sentIdx(p);
      if (pi === undefined) continue;
      // Only the three sentences around it, in document order: scanning every quantity of the
      // document for every percentage was quadratic in the document's length.
      const around = [...(bySentence.get(pi - 1) ?? []), ...(bySentence.get(pi) ?? []), ...(bySentence.get(pi + 1) ?? [])].sort((x, y) => x - y);
      const near = around.map((k) => qs[k]!).filter((m) => {
        const v = m.value as QuantityValue;
        return m !== p && (v.kind === 'count' || v.kind === 'money') && v.value !== undefined && v.value > 0;
      });
      let best: ArithmeticCheck | null = null;
      let bestGap = Infinity;
      for (const total of near) {
        const tv = total.value as QuantityValue;
        for (const part of near) {
          const cv = part.value as QuantityValue;
          if (part === total || cv.kind !== tv.kind || cv.value! >= tv.value!) continue;
          if (tv.kind === 'money' && (tv.currency ?? tv.unit) !== (cv.currency ?? cv.unit)) continue;
          const computed = (pv.value / 100) * tv.value!;
          const gap = Math.abs(computed - cv.value!) / cv.value!;
          if (gap > MAX_RELATIVE_GAP || gap >= bestGap) continue;
          const tolerance =
            (percentRounding(p) / 100) * tv.value! +
            (HEDGED.has(tv.modifier ?? '') ? HEDGE_TOLERANCE : ROUNDING) * computed +
            (HEDGED.has(cv.modifier ?? '') ? HEDGE_TOLERANCE : ROUNDING) * cv.value!;
          bestGap = gap;
          best = {
            documentId: docId,
            sentenceId: p.sentenceId,
            percent: p,
            total,
            part,
            statement: `${p.text} of ${total.text} = ${fmt(computed)}; stated ${part.text}`,
            computed,
            stated: cv.value!,
            tolerance,
            holds: Math.abs(computed - cv.value!) <= tolerance,
          };
        }
      }
      if (best) checks.push(best);
    }
  }
  return checks;
}

export function writeArithmetic(db: Db, checks: ArithmeticCheck[]): void {
  const ins = db.prepare(
    `INSERT INTO arithmetic_checks (document_id, sentence_id, percent_mention_id, total_mention_id, part_mention_id, statement,
       computed, stated, tolerance, holds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of checks) {
    ins.run(c.documentId, c.sentenceId, c.percent.id, c.total.id, c.part.id, c.statement, c.computed, c.stated, c.tolerance, c.holds ? 1 : 0);
  }
}
