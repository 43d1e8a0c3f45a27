import { parseDocument } from 'htmlparser2';
import type { DocumentMeta, ReaderOutput } from '../model/types.ts';
import { isoDayOf } from './dateline.ts';
import { decodeText } from './text.ts';

// HTML to article text: a real parser (htmlparser2) builds the tree; the article (or main)
// element is preferred over the whole body; page furniture (navigation, scripts, ads, share
// bars) is dropped; block elements become line breaks so paragraphs stay blocks.

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument['children'][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

/** Elements whose content is never article prose. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'iframe', 'template',
  'button', 'select', 'option', 'textarea', 'input', 'canvas', 'video', 'audio', 'object', 'embed', 'map',
  'dialog', 'menu', 'head', 'title', 'link', 'meta', 'base',
]);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'figure', 'figcaption',
  'hr', 'address', 'details', 'summary', 'center', 'body', 'html', 'fieldset', 'legend', 'hgroup',
]);
/** Landmark roles of page furniture. */
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'alertdialog']);
// class/id tokens of ad slots and widgets: "ad", "ad-slot", "advertisement", "sponsored-post",
// "social-share", "newsletter-signup", "cookie-banner", "related-articles", "promo"
const SKIP_CLASS = /^(?:ads?|ad[-_].*|.*[-_]ads?|advert.*|.*advertisement.*|sponsor.*|promo.*|.*[-_]promo|social[-_]?share.*|share[-_]?(?:bar|buttons?|tools|links)|newsletter.*|cookie.*|consent.*|gdpr.*|related[-_].*|paywall.*|subscribe.*|outbrain.*|taboola.*)$/i;

// Lines that are page furniture, not prose: "Advertisement", "Listen to this article",
// "Share this article", "Subscribe", "Skip to content", cookie notices, a "0:00" audio timer.
const BOILERPLATE_LINE = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`advertisement|advertisment|ad|sponsored(?: content)?|story continues below(?: advertisement)?`,
      String.raw`listen to (?:this )?(?:article|story)(?: \d+ min(?:utes?)?)?|listen`,
      String.raw`share(?: this)?(?: article| story| page| post)?(?: on \w+)?|share via \w+|copy link|print|email`,
      String.raw`subscribe(?: now| today| for \S+.{0,40}| to .{0,60})?|sign up(?: for| to) .{0,60}|newsletter sign[- ]?up`,
      String.raw`skip to (?:main )?(?:content|navigation|footer)`,
      String.raw`(?:we|this (?:web)?site) uses? cookies.{0,300}|accept(?: all)?(?: cookies)?|reject all|cookie (?:settings|preferences|policy|notice)|manage (?:cookies|preferences)`,
      String.raw`(?:read|see|load) more|continue reading|related(?: articles| stories| content| coverage)?|most (?:read|popular)|trending(?: now)?`,
      String.raw`follow us(?: on .{0,40})?|\d{1,2}:\d{2}(?: \/ \d{1,2}:\d{2})?`,
    ].join('|') +
    String.raw`)[.:!]?$`,
  'i',
);

const MIN_ARTICLE_CHARS = 200;
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

/** Reader for HTML files. */
export function readHtmlBytes(bytes: Uint8Array): ReaderOutput {
  const decoded = decodeText(bytes);
  const { text, meta } = htmlToText(decoded.text);
  return { format: 'html', pages: [text], meta, warnings: decoded.warnings };
}

/** Article text (blocks on their own lines) and what the page says about itself. */
export function htmlToText(html: string): { text: string; meta: DocumentMeta } {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const els = indexElements(doc);
  const meta = readMeta(els);
  const root = chooseRoot(doc, els);
  const lines = blockLines(root).filter((l) => !BOILERPLATE_LINE.test(l));
  // The headline often sits in a <header> (skipped, or outside <article>): keep it as the first line.
  const headline = firstH1(els) ?? meta.title;
  if (headline && !lines.includes(headline)) lines.unshift(headline);
  return { text: lines.join('\n'), meta };
}

/** Elements by tag name, in document order, from one iterative walk (htmlparser2's DomUtils recurses). */
type ElementIndex = Map<string, DomElement[]>;

function indexElements(doc: DomDocument): ElementIndex {
  const index: ElementIndex = new Map();
  const stack: DomNode[] = [...doc.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const key = node.attribs.role === 'main' && node.name !== 'main' ? 'role=main' : node.name;
    const list = index.get(key);
    if (list) list.push(node);
    else index.set(key, [node]);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return index;
}

function chooseRoot(doc: DomDocument, els: ElementIndex): DomDocument | DomElement {
  const byText = (list: DomElement[]) => list.map((e) => ({ e, n: textLength(e) })).sort((a, b) => b.n - a.n)[0];
  const article = byText(els.get('article') ?? []);
  if (article && article.n >= MIN_ARTICLE_CHARS) return article.e;
  const main = byText([...(els.get('main') ?? []), ...(els.get('role=main') ?? [])]);
  if (main && main.n >= MIN_ARTICLE_CHARS) return main.e;
  return els.get('body')?.[0] ?? doc;
}

function textLength(el: DomElement): number {
  return blockLines(el).reduce((n, l) => n + l.length, 0);
}

function isSkipped(el: DomElement): boolean {
  if (SKIP.has(el.name)) return true;
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.role && SKIP_ROLES.has(a.role)) return true;
  if (CONTAINERS.has(el.name)) return false; // a class like "ad-free" on <body> must not drop the page
  if (/display\s*:\s*none/i.test(a.style ?? '')) return true;
  const tokens = `${a.class ?? ''} ${a.id ?? ''}`.split(/\s+/);
  return tokens.some((t) => t !== '' && SKIP_CLASS.test(t));
}

/** The visible prose under `root`, one line per block, whitespace collapsed. */
function blockLines(root: DomDocument | DomElement): string[] {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    const t = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  // Iterative walk: deeply nested markup must not exhaust the call stack.
  const stack: { node: DomNode; exit: boolean; pre: boolean }[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, exit: false, pre: false });
  while (stack.length) {
    const { node, exit, pre } = stack.pop()!;
    if (isText(node)) {
      if (!pre) line += node.data;
      else {
        const parts = node.data.split('\n');
        parts.forEach((p, i) => {
          if (i > 0) breakLine();
          line += p;
        });
      }
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    if (exit) {
      if (BLOCK.has(el.name)) breakLine();
      else if (el.name === 'td' || el.name === 'th') line += ' ';
      continue;
    }
    if (isSkipped(el)) continue;
    if (el.name === 'br') {
      breakLine();
      continue;
    }
    if (BLOCK.has(el.name)) breakLine();
    if (el.name === 'li') line += '• ';
    stack.push({ node: el, exit: true, pre });
    const inPre = pre || el.name === 'pre';
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]!, exit: false, pre: inPre });
  }
  breakLine();
  return lines;
}

function isText(node: DomNode): node is Extract<DomNode, { type: 'text' }> {
  return node.type === 'text';
}

function isElement(node: DomNode): node is DomElement {
  return 'attribs' in node && 'children' in node;
}

function firstH1(els: ElementIndex): string | undefined {
  const h1 = els.get('h1')?.[0];
  return h1 ? clean(textOf(h1)) : undefined;
}

/** All text under a node, markup ignored. */
function textOf(root: DomNode): string {
  let out = '';
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) out += node.data;
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

function clean(s: string): string | undefined {
  const t = s.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

// ---------------------------------------------------------------------------------------------
// Metadata

/** meta names/properties that carry the publication date, best first. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publish-date',
  'publishdate', 'publication_date', 'citation_publication_date', 'dc.date.issued', 'dc.date',
  'dcterms.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published',
];

function readMeta(els: ElementIndex): DocumentMeta {
  const metas = new Map<string, string>();
  for (const el of els.get('meta') ?? []) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
    const content = el.attribs.content;
    if (key && content && !metas.has(key)) metas.set(key, content.trim());
  }
  const jsonLd = readJsonLd(els);
  const meta: DocumentMeta = {};

  const titleEl = els.get('title')?.[0];
  const title = clean(metas.get('og:title') ?? '') ?? clean(metas.get('twitter:title') ?? '') ?? (titleEl ? clean(textOf(titleEl)) : undefined) ?? firstH1(els);
  if (title) meta.title = title;

  let published: string | undefined;
  for (const key of DATE_META) {
    published = isoDayOf(metas.get(key) ?? '');
    if (published) break;
  }
  published ??= jsonLd.datePublished;
  if (!published) {
    for (const t of els.get('time') ?? []) {
      published = isoDayOf(t.attribs.datetime ?? '');
      if (published) break;
    }
  }
  if (published) {
    meta.published = published;
    meta.publishedFrom = 'html_meta';
  }

  const source = clean(metas.get('og:site_name') ?? '') ?? jsonLd.publisher;
  if (source) meta.source = source;
  const canonical = (els.get('link') ?? []).find((e) => (e.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const url = metas.get('og:url') ?? canonical?.attribs.href;
  if (url && URL.canParse(url)) meta.url = url;
  return meta;
}

/** datePublished and publisher name from JSON-LD blocks (objects, arrays, @graph). */
function readJsonLd(els: ElementIndex): { datePublished?: string; publisher?: string } {
  const found: { datePublished?: string; publisher?: string } = {};
  const scripts = (els.get('script') ?? []).filter((e) => (e.attribs.type ?? '').toLowerCase() === 'application/ld+json');
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(textOf(s));
    } catch {
      continue; // broken JSON-LD is common and not the document's fault
    }
    const queue: unknown[] = [data];
    for (let n = 0; queue.length && n < 1000; n++) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (!found.datePublished && typeof o.datePublished === 'string') found.datePublished = isoDayOf(o.datePublished);
        const pub = o.publisher as Record<string, unknown> | undefined;
        if (!found.publisher && pub && typeof pub === 'object' && typeof pub.name === 'string') found.publisher = clean(pub.name);
        if (Array.isArray(o['@graph'])) queue.push(o['@graph']);
      }
    }
  }
  return found;
}
