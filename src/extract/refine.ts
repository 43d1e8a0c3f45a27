import type { Mention, TextDocument } from '../model/types.ts';

/** A span that does not point at its text is a bug in an extractor: fail loudly, at once. */
export function assertValidSpan(doc: TextDocument, m: Mention): void {
  if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > doc.text.length || m.start >= m.end) {
    throw new RangeError(`${m.extractor}/${m.rule}: invalid span [${m.start}, ${m.end}) for "${m.text}" in a text of length ${doc.text.length}`);
  }
  const actual = doc.text.slice(m.start, m.end);
  if (actual !== m.text) {
    throw new RangeError(`${m.extractor}/${m.rule}: span [${m.start}, ${m.end}) holds "${actual}", not "${m.text}"`);
  }
  if (!(m.confidence >= 0 && m.confidence <= 1)) {
    throw new RangeError(`${m.extractor}/${m.rule}: confidence ${m.confidence} outside 0..1 for "${m.text}"`);
  }
}

/**
 * Within one kind, overlapping mentions are one fact found twice: keep the longer span, then the
 * more confident one. Different kinds may overlap (a party inside a caption).
 */
export function removeOverlaps(mentions: readonly Mention[]): Mention[] {
  const byKind = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKind.get(m.kind);
    if (list) list.push(m);
    else byKind.set(m.kind, [m]);
  }
  const kept: Mention[] = [];
  for (const list of byKind.values()) {
    const ranked = [...list].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
    const taken: Mention[] = [];
    for (const m of ranked) {
      if (!taken.some((t) => t.start < m.end && m.start < t.end)) taken.push(m);
    }
    kept.push(...taken);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}
