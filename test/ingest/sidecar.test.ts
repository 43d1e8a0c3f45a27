import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSidecar, readSidecar, sidecarPaths } from '../../src/ingest/sidecar.ts';
import { IngestError } from '../../src/model/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sidecar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorOf(fn: () => unknown): IngestError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  return undefined;
}

describe('parseSidecar', () => {
  it('reads and validates every field', () => {
    const meta = parseSidecar(
      JSON.stringify({ title: ' Order on Motion ', published: '2025-08-20', source: 'PACER', url: 'https://ecf.example/doc/45', kind: 'court_order', extra: 1 }),
    );
    expect(meta).toEqual({
      title: 'Order on Motion',
      published: '2025-08-20',
      publishedFrom: 'sidecar',
      source: 'PACER',
      url: 'https://ecf.example/doc/45',
      kind: 'court_order',
    });
  });

  it('accepts an ISO date-time and keeps its day', () => {
    expect(parseSidecar('{"published":"2025-05-12T10:00:00Z"}').published).toBe('2025-05-12');
  });

  it.each<[string, RegExp]>([
    ['{"published":"2025-02-30"}', /field "published" must be an ISO date.*"2025-02-30"/],
    ['{"published":"May 12, 2025"}', /field "published".*"May 12, 2025"/],
    ['{"kind":"memo"}', /field "kind" must be one of .*press_release.*"memo"/],
    ['{"url":"not a url"}', /field "url".*"not a url"/],
    ['{"title":42}', /field "title" must be a string, got 42/],
    ['[1,2]', /expected a JSON object, got an array/],
    ['{"title": "x",}', /not valid JSON/],
  ])('rejects %s', (json, message) => {
    const e = errorOf(() => parseSidecar(json, 'a.pdf.meta.json'));
    expect(e?.code).toBe('bad_sidecar');
    expect(e?.message).toMatch(message);
    expect(e?.message.startsWith('a.pdf.meta.json: ')).toBe(true);
  });
});

describe('readSidecar', () => {
  it('finds "<file>.meta.json" first, then "<stem>.meta.json"', async () => {
    expect(sidecarPaths('/d/order.pdf')).toEqual(['/d/order.pdf.meta.json', '/d/order.meta.json']);
    writeFileSync(path.join(dir, 'order.pdf.meta.json'), '{"kind":"court_order"}');
    writeFileSync(path.join(dir, 'order.meta.json'), '{"kind":"filing"}');
    writeFileSync(path.join(dir, 'release.meta.json'), '{"published":"2025-05-12"}');
    expect(await readSidecar(path.join(dir, 'order.pdf'))).toEqual({ kind: 'court_order' });
    expect(await readSidecar(path.join(dir, 'release.html'))).toEqual({ published: '2025-05-12', publishedFrom: 'sidecar' });
    expect(await readSidecar(path.join(dir, 'none.txt'))).toBeUndefined();
  });
});
