import type { ReaderOutput } from '../model/types.ts';
import { utf16Bom } from './sniff.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed utf-8/windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warnings: string[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x92 comes out as U+0092, not
// "’"), so the 0x80-0x9F block is mapped here. As in WHATWG, the five undefined bytes stay C1
// controls: every byte becomes one character and none is lost.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

/** Windows-1252 bytes to text, one character per byte. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
const cp1252 = { decode: decodeWindows1252 };

/**
 * Bytes to text without silently losing any: UTF-16 by BOM, strict UTF-8, then line by line
 * (UTF-8 where a line is valid, Windows-1252 where not), which also covers whole-file cp1252.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = utf16Bom(bytes);
  if (bom) {
    try {
      return { text: new TextDecoder(bom, { fatal: true }).decode(bytes), encoding: bom, warnings: [] };
    } catch {
      const text = new TextDecoder(bom).decode(bytes);
      return { text, encoding: bom, warnings: [`invalid ${bom} sequences replaced with U+FFFD`] };
    }
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings: [] }; // strips a UTF-8 BOM
  } catch {
    return decodeLineByLine(bytes);
  }
}

function decodeLineByLine(bytes: Uint8Array): DecodedText {
  const parts: string[] = [];
  let utf8NonAscii = 0; // lines that needed UTF-8 to read right
  let cp1252Lines = 0;
  let firstCp1252Line = 0;
  let lineNo = 0;
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.subarray(start, end);
    lineNo++;
    let decoded: string | undefined;
    if (hasHighByte(line)) {
      try {
        decoded = utf8Strict.decode(line);
        utf8NonAscii++;
      } catch {
        decoded = cp1252.decode(line);
        if (cp1252Lines++ === 0) firstCp1252Line = lineNo;
      }
    } else decoded = cp1252.decode(line); // ASCII reads the same in both
    parts.push(decoded);
    if (end === bytes.length) break;
    parts.push('\n');
    start = end + 1;
  }
  const text = parts.join('');
  if (utf8NonAscii > 0) {
    return {
      text,
      encoding: 'mixed utf-8/windows-1252',
      warnings: [`mixed encodings: ${cp1252Lines} line(s) not valid UTF-8 (first: line ${firstCp1252Line}) decoded as Windows-1252`],
    };
  }
  return { text, encoding: 'windows-1252', warnings: ['not valid UTF-8: decoded as Windows-1252'] };
}

function hasHighByte(line: Uint8Array): boolean {
  for (let i = 0; i < line.length; i++) if (line[i]! >= 0x80) return true;
  return false;
}

/** Reader for plain text and Markdown files. */
export function readTextBytes(bytes: Uint8Array, format: 'text' | 'markdown'): ReaderOutput {
  const decoded = decodeText(bytes);
  const text = format === 'markdown' ? markdownToText(decoded.text) : decoded.text;
  return { format, pages: [text], meta: {}, warnings: decoded.warnings };
}

// Markdown is reduced per line, so a line of the file stays a line of the text and block
// structure survives. Only markup that is not prose is removed.
// "# Heading", "## Heading ##"
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)(?<body>.*?)(?:[ \t]+#+)?[ \t]*$/;
// "- item", "* item", "+ item" (bullets become "•" so the segmenter sees a list item)
const BULLET = /^(?<indent>[ \t]*)[-*+][ \t]+(?<body>.*)$/;
// "> quoted"
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;
// "```ts", "~~~"
const FENCE = /^ {0,3}(?:```|~~~)/;
// "---", "***", "___", "===" (rules and setext underlines)
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*$/;
// "[1]: https://example.org/x"
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s+\S+/;
// "![alt](src)" and "[text](url "title")"
const IMAGE_OR_LINK = /!?\[(?<label>[^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
// "[text][ref]"
const REF_LINK = /\[(?<label>[^\]\n]+)\]\[[^\]\n]*\]/g;
// "**bold**", "__bold__", "*em*", "`code`"
// The bounded body keeps a line full of unmatched "**" linear.
const STRONG = /(\*\*|__)(?=\S)(?<body>[^\n]{0,200}?\S)\1/g;
const EMPHASIS = /(?<![\w*])\*(?=\S)(?<body>[^*\n]*?\S)\*(?![\w*])/g;
const INLINE_CODE = /`+(?<body>[^`\n]+)`+/g;
// "<https://example.org>"
const AUTOLINK = /<(?<url>(?:https?:|mailto:)[^>\s]+)>/g;

/** Markdown to prose, line for line: code blocks and rules become empty lines, inline markup is dropped. */
export function markdownToText(md: string): string {
  const lines = md.split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (FENCE.test(line)) {
      inFence = !inFence;
      lines[i] = '';
      continue;
    }
    if (inFence || RULE.test(line) || LINK_DEFINITION.test(line)) {
      lines[i] = '';
      continue;
    }
    line = line.replace(BLOCKQUOTE, '');
    const heading = ATX_HEADING.exec(line);
    if (heading) line = heading.groups!.body!;
    else {
      const bullet = BULLET.exec(line);
      if (bullet) line = `${bullet.groups!.indent}• ${bullet.groups!.body}`;
    }
    if (line.includes('[')) line = line.replace(IMAGE_OR_LINK, '$<label>').replace(REF_LINK, '$<label>');
    if (line.includes('<')) line = line.replace(AUTOLINK, '$<url>');
    if (line.includes('`')) line = line.replace(INLINE_CODE, '$<body>');
    if (line.includes('*') || line.includes('__')) line = line.replace(STRONG, '$<body>').replace(EMPHASIS, '$<body>');
    lines[i] = line;
  }
  return lines.join('\n');
}
