import type { Extractor, Findings, Mention, TextDocument } from '../model/types.ts';
import { courtsExtractor } from './courts.ts';
import { docketsExtractor } from './dockets.ts';
import { statutesExtractor } from './statutes.ts';
import { stateStatutesExtractor } from './state-statutes.ts';
import { courtRulesExtractor } from './court-rules.ts';
import { caseCitationsExtractor } from './case-citations.ts';
import { datesExtractor } from './dates.ts';
import { quantitiesExtractor } from './quantities.ts';
import { captionsExtractor } from './captions.ts';
import { organizationsExtractor } from './organizations.ts';
import { partiesExtractor } from './parties.ts';
import { judgesExtractor } from './judges.ts';
import { attorneysExtractor } from './attorneys.ts';
import { peopleExtractor } from './people.ts';
import { buildClaims } from './claims.ts';
import { assertValidSpan, removeOverlaps } from './refine.ts';

/**
 * The extractors, in order. Each sees the mentions of those before it (`prior`):
 * - courts before dockets: a docket links to the court named beside it.
 * - dockets, statutes (federal, state, court rules) and case citations before dates and quantities: their
 *   numbers are not dates or counts ("§ 501.204", "90 Fed. Reg. 12,345").
 * - dates before quantities: "Aug. 7, 2025" holds no count.
 * - captions and organizations before parties: a caption's sides and defined acronyms give roles and names.
 * - parties before judges, attorneys and people: a name already a party is not re-read as counsel.
 */
export const EXTRACTORS: readonly Extractor[] = [
  courtsExtractor,
  docketsExtractor,
  statutesExtractor,
  stateStatutesExtractor,
  courtRulesExtractor,
  caseCitationsExtractor,
  datesExtractor,
  quantitiesExtractor,
  captionsExtractor,
  organizationsExtractor,
  partiesExtractor,
  judgesExtractor,
  attorneysExtractor,
  peopleExtractor,
];

/** Run every extractor over one document, validate spans, merge duplicates, and read claims. */
export function extractAll(doc: TextDocument, extractors: readonly Extractor[] = EXTRACTORS): Findings {
  const found: Mention[] = [];
  for (const ex of extractors) {
    const out = ex.extract({ doc, prior: found });
    for (const m of out) assertValidSpan(doc, m);
    found.push(...out);
  }
  const mentions = removeOverlaps(found);
  const claims = buildClaims(doc, mentions);
  // A negated statement ("no records were shared") is a claim whose zero-valued quantity is made by
  // the claim reader, not found by an extractor: it joins the mentions so every claim points at one.
  const known = new Set<Mention>(mentions);
  for (const c of claims) {
    if (!known.has(c.quantity)) {
      assertValidSpan(doc, c.quantity);
      mentions.push(c.quantity);
      known.add(c.quantity);
    }
  }
  return { mentions, claims };
}
