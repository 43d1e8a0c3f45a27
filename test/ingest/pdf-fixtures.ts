// Hand-written PDFs for the reader tests: a page tree, Helvetica, and content streams we control.
import { createDeflate, deflateSync } from 'node:zlib';

export interface TextRun {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** Content stream that shows each run at its position (PDF y grows upwards from the bottom). */
export function textOps(runs: readonly TextRun[]): string {
  return runs
    .map((r) => `BT /F1 ${r.size ?? 12} Tf 1 0 0 1 ${r.x} ${r.y} Tm (${r.text.replace(/([()\\])/g, '\\$1')}) Tj ET`)
    .join('\n');
}

export interface PdfSpec {
  /** One content stream per page, already encoded (see `flate`) or plain. */
  pages: Array<{ content: Buffer | string; filters?: string[] }>;
  /** What the page tree claims, when it should lie. */
  count?: number;
  info?: { title?: string };
}

export function buildPdf(spec: PdfSpec): Buffer {
  const objects: Buffer[] = [];
  const n = spec.pages.length;
  // 1 catalog, 2 pages, 3 font, then page/content pairs, then info.
  const kids = spec.pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${spec.count ?? n} >>`));
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  spec.pages.forEach((p, i) => {
    const contentRef = 5 + i * 2;
    objects.push(
      Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`),
    );
    const body = typeof p.content === 'string' ? Buffer.from(p.content, 'latin1') : p.content;
    const filter = p.filters?.length ? ` /Filter [${p.filters.map((f) => `/${f}`).join(' ')}]` : '';
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${body.length}${filter} >>\nstream\n`), body, Buffer.from('\nendstream')]));
  });
  let infoRef = '';
  if (spec.info?.title) {
    objects.push(Buffer.from(`<< /Title (${spec.info.title}) >>`));
    infoRef = ` /Info ${objects.length} 0 R`;
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${infoRef} >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

export function flate(content: string | Buffer): Buffer {
  return deflateSync(typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
}

/** Deflates `total` bytes made of `unit` repeated, without holding them in memory. */
export async function flateRepeated(unit: string, total: number): Promise<Buffer> {
  const z = createDeflate({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', () => resolve());
    z.on('error', reject);
  });
  const chunk = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))), 'latin1');
  for (let written = 0; written < total; written += chunk.length) {
    if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}
