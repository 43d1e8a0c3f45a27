import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/ingest/sniff.ts';
import { IngestError } from '../../src/model/types.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e.code;
    throw e;
  }
  return undefined;
}

describe('sniffFormat', () => {
  it.each([
    ['%PDF-1.7\n%âãÏÓ\n1 0 obj', 'order.pdf', 'pdf'],
    ['%PDF-1.4 renamed', 'order.txt', 'pdf'],
    ['\n\n   junk header then %PDF-1.5', 'scan.bin', 'pdf'],
    ['<!DOCTYPE html><html><body>x</body></html>', 'story.txt', 'html'],
    ['\ufeff  \n<html lang="en"><head>', 'page', 'html'],
    ['<!-- saved page -->\n<head><title>x</title></head>', 'a.dat', 'html'],
    ['<p>fragment</p>', 'frag.html', 'html'],
    ['# Title\n\nBody', 'notes.md', 'markdown'],
    ['Body', 'notes.markdown', 'markdown'],
    ['Plain words.', 'release.txt', 'text'],
    ['Plain words.', 'README', 'text'],
    ['Plain words.', 'release.docket', 'text'],
    ['<html> in a sentence is not markup at the start? It is.', 'x.txt', 'html'],
    ['The tag <html> appears mid-text.', 'x.txt', 'text'],
  ])('%j named %s -> %s', (content, name, want) => {
    expect(sniffFormat(enc(content), name)).toBe(want);
  });

  it('reads a UTF-16 file with BOM as text despite its NUL bytes', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(sniffFormat(le, 'a.txt')).toBe('text');
  });

  it.each([
    [new Uint8Array([]), 'empty'],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary'],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'binary'],
    [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'binary'],
    [new Uint8Array([0x1f, 0x8b, 0x08, 0x00]), 'binary'],
    [enc('hello\u0000world'), 'binary'],
    [new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary'],
  ])('rejects %j as %s', (bytes, code) => {
    expect(codeOf(() => sniffFormat(bytes, 'junk.txt'))).toBe(code);
  });

  it('tolerates a few stray control bytes in real text', () => {
    const text = 'A line of text\u0007 with a bell and an ESC\u001b[0m colour code.\n'.repeat(20);
    expect(sniffFormat(enc(text), 'log.txt')).toBe('text');
  });
});
