import type { EfilingStamp } from '../model/types.ts';
import { matchEfilingStamp, parseEfilingStamp } from './efiling.ts';
import type { Line } from './pdf-layout.ts';

// Removes what the page layout adds around the prose: e-filing stamps, running headers and
// footers, page numbers, and rules/brackets drawn with characters. Works on the lines of the
// whole document at once, since "running" only shows across pages.

/** Share of the frame height, at top and at bottom, where headers and footers live. */
const MARGIN_BAND = 0.12;

export interface CleanupResult {
  pages: Line[][];
  /** The first e-filing stamp seen. */
  efiling?: EfilingStamp;
  removed: { stamps: number; running: number; pageNumbers: number; rules: number };
}

// "3", "Page 3", "Page 3 of 40", "- 3 -", "– 12 –", "iv", "3 | P a g e" are not prose.
const PAGE_NUMBER = /^(?:(?:page|pg\.?)\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[ivxlc]{1,7}$|^\d{1,4}\s*\|\s*P\s?a\s?g\s?e$/i;

// What is left of a stamp when its Page ID wraps to a line of its own: "#:730", "Page ID #:1234", "PageID.345".
// A bankruptcy stamp's second line: "Document Page 1 of 4", "Main Document Page 2 of 7".
const STAMP_REMNANT = /^(?:Page\s*ID\s*)?#\s*:?\s*\d+$|^Page\s*ID[.:]\s*\d+$|^(?:Desc\s+)?(?:Main\s+)?Document\s+Page\s+\d+\s+of\s+\d+$/i;

function inMargin(l: Line): boolean {
  return l.y < l.frameHeight * MARGIN_BAND || l.y > l.frameHeight * (1 - MARGIN_BAND);
}

/** Same text once page numbers are ignored: "Page 3 of 40" and "Page 4 of 40" share a key. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function cleanupPages(pages: readonly Line[][]): CleanupResult {
  const removed = { stamps: 0, running: 0, pageNumbers: 0, rules: 0 };
  let efiling: EfilingStamp | undefined;

  // Stamps first: they also look like running headers, but carry metadata.
  const stage1 = pages.map((lines) =>
    lines.flatMap((l): Line[] => {
      const m = matchEfilingStamp(l.text);
      if (m) {
        const whole = parseEfilingStamp(l.text);
        efiling ??= whole ?? m.stamp;
        removed.stamps++;
        if (whole) return [];
        // Text that shares the stamp's baseline stays, without the stamp.
        const rest = l.text.replace(/\s+/g, ' ').trim().slice(m.end).trim();
        return rest ? [{ ...l, text: rest }] : [];
      }
      if (inMargin(l) && STAMP_REMNANT.test(l.text)) {
        removed.stamps++;
        return [];
      }
      return [l];
    }),
  );

  // Running headers and footers: the same text (numbers aside) in the margin band at about the
  // same height on more than half the pages (both pages of a two-page document).
  const n = stage1.length;
  const repeated = new Set<string>();
  if (n >= 2) {
    const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
    stage1.forEach((lines, p) => {
      for (const l of lines) {
        if (!inMargin(l)) continue;
        const key = `${l.frame}|${runningKey(l.text)}`;
        let e = seen.get(key);
        if (!e) seen.set(key, (e = { pages: new Set(), ys: [] }));
        e.pages.add(p);
        e.ys.push(l.y);
      }
    });
    const needed = n === 2 ? 2 : Math.max(2, Math.floor(n / 2) + 1);
    for (const [key, e] of seen) {
      if (e.pages.size < needed) continue;
      const ys = [...e.ys].sort((a, b) => a - b);
      const mid = ys[Math.floor(ys.length / 2)]!;
      const near = ys.filter((y) => Math.abs(y - mid) <= 8).length;
      if (near >= needed) repeated.add(`${key}|${mid}`);
    }
  }
  const repeatedKeys = new Map<string, number>();
  for (const r of repeated) {
    const i = r.lastIndexOf('|');
    repeatedKeys.set(r.slice(0, i), Number(r.slice(i + 1)));
  }

  const out = stage1.map((lines) => {
    const kept: Line[] = [];
    lines.forEach((l, i) => {
      if (!/[\p{L}\p{N}]/u.test(l.text)) {
        removed.rules++;
        return;
      }
      const mid = repeatedKeys.get(`${l.frame}|${runningKey(l.text)}`);
      if (mid !== undefined && inMargin(l) && Math.abs(l.y - mid) <= 8) {
        removed.running++;
        return;
      }
      const edge = i === 0 || i === lines.length - 1 || inMargin(l);
      if (edge && PAGE_NUMBER.test(l.text.trim()) && (inMargin(l) || !/^[ivxlc]+$/i.test(l.text.trim()))) {
        removed.pageNumbers++;
        return;
      }
      kept.push(l);
    });
    return kept;
  });
  return { pages: out, ...(efiling ? { efiling } : {}), removed };
}
