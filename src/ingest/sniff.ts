import path from 'node:path';
import { IngestError, type SourceFormat } from '../model/types.ts';

// Content decides before the extension: files get renamed, mail clients append ".txt", and a
// PDF saved as "order.txt" is still a PDF. The extension only chooses among text flavours.

/** Known binary signatures; a file starting with one of these is never text. */
const BINARY_MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP archive (or DOCX/XLSX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'BZIP2 archive', bytes: [0x42, 0x5a, 0x68] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'OLE document (DOC/XLS)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PDF_MAGIC_WINDOW = 1024;
/** How much of the file the binary test looks at: enough to judge, bounded for huge files. */
const BINARY_WINDOW = 64 * 1024;
/** Share of control bytes above which a file is not text (tabs, newlines, form feeds excluded). */
const MAX_CONTROL_SHARE = 0.1;
// "<!doctype html", "<html", "<head", "<body": looked for near the start of the text.
const HTML_START = /^(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const HTML_WINDOW = 1024;

/** Which reader a file needs, judged from its bytes first and its name second. */
export function sniffFormat(bytes: Uint8Array, filePath: string): SourceFormat {
  if (bytes.length === 0) throw new IngestError('empty', 'file is empty (0 bytes)');
  if (indexOfBytes(bytes, PDF_MAGIC, PDF_MAGIC_WINDOW) >= 0) return 'pdf';
  const magic = BINARY_MAGIC.find((m) => startsWithBytes(bytes, m.bytes));
  if (magic) throw new IngestError('binary', `not a text document: content is a ${magic.name}`);
  const utf16 = utf16Bom(bytes);
  if (!utf16) {
    const why = binaryReason(bytes);
    if (why) throw new IngestError('binary', `not a text document: ${why}`);
  }
  if (looksLikeHtml(bytes, utf16)) return 'html';
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.pdf') return 'pdf'; // no "%PDF-" header: the PDF reader reports it as corrupt
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function binaryReason(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, BINARY_WINDOW);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return `contains NUL bytes (offset ${i})`;
    // TAB LF VT FF CR and ESC appear in real text files; other C0 bytes do not.
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) control++;
  }
  if (control / n > MAX_CONTROL_SHARE) return `${Math.round((100 * control) / n)}% control bytes`;
  return undefined;
}

function looksLikeHtml(bytes: Uint8Array, utf16: 'utf-16le' | 'utf-16be' | undefined): boolean {
  const head = bytes.subarray(0, HTML_WINDOW * (utf16 ? 2 : 1));
  const text = new TextDecoder(utf16 ?? 'windows-1252').decode(head);
  return HTML_START.test(text.replace(/^[\ufeff\u00ef\u00bb\u00bf\s]+/, ''));
}

function startsWithBytes(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

function indexOfBytes(bytes: Uint8Array, sig: readonly number[], window: number): number {
  const end = Math.min(bytes.length, window) - sig.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < sig.length; j++) if (bytes[i + j] !== sig[j]) continue outer;
    return i;
  }
  return -1;
}
