import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';

const dur = (text: string, value: number, unit: string): MentionSpec => ({ kind: 'quantity', text, nth: 1, value: { kind: 'duration', value, unit } });

// Two facts about one case, each stated by several sources, that share their words (the agency, the
// data, ICE) and one value: a transfer took "one day" (or "one week"), and the court requires "24
// hours" of notice. One day is 24 hours, but the notice period is not the transfer's speed.
describe('two facts several sources state', () => {
  it('stay two groups: the conflict holds the speed claims only', () => {
    const db = memoryDb();
    const speed = (doc: string, text: string, value: number, unit: string) =>
      addDocument(db, doc, `In ${text}, the agency handed ICE as much taxpayer data as it had given all police agencies in a year.`, [dur(text, value, unit)], [{ quantity: text, predicate: 'hand' }]);
    const notice = (doc: string, sentence: string, text: string) => addDocument(db, doc, sentence, [dur(text, 24, 'hour')], [{ quantity: text, predicate: 'give' }]);
    // Other coverage of the case: its common words (agency, ICE, taxpayer data, court) are everywhere, as in a real corpus.
    for (let k = 0; k < 12; k++) {
      addDocument(db, `coverage-${k}.txt`, `Story ${k}: the agency and ICE argued in court over taxpayer data, and the court heard the groups on the data again.`, [], []);
    }
    speed('release-a.txt', 'one week', 1, 'week');
    speed('release-b.txt', 'one day', 1, 'day');
    speed('story-c.txt', 'one day', 1, 'day');
    notice('order-d.txt', 'The agency must give the court 24 hours of notice before it sends ICE more taxpayer data.', '24 hours');
    notice('story-e.txt', 'Under the order the agency owes the court 24 hours notice before any taxpayer data goes to ICE.', '24 hours');
    notice('release-f.txt', 'The 24 hours of notice lets the groups object before the agency sends ICE more taxpayer data.', '24 hours');
    resolveCorpus(db);
    const conflicts = db.prepare(`SELECT m.text FROM claim_groups g JOIN claim_group_members gm ON gm.group_id = g.id JOIN claims c ON c.id = gm.claim_id JOIN mentions m ON m.id = c.mention_id WHERE g.status = 'conflict' ORDER BY m.text`).all() as { text: string }[];
    expect(conflicts.map((r) => r.text)).toEqual(['one day', 'one day', 'one week']);
  });
});
