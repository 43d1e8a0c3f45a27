import { describe, expect, it } from 'vitest';
import { htmlToText, readHtmlBytes } from '../../src/ingest/html.ts';

const page = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Court Slows Records Deal | Example Gazette</title>
<meta property="og:title" content="Court slows records deal between agencies">
<meta property="og:site_name" content="Example Gazette">
<meta property="og:url" content="https://gazette.example/court-slows">
<meta property="article:published_time" content="2025-08-12T14:05:00-04:00">
<style>p { color: red }</style>
<script>window.track = "Advertisement";</script>
</head>
<body>
<a href="#main">Skip to content</a>
<header><nav><a href="/">Home</a> <a href="/tax">Tax</a></nav><h1>Court slows records deal between agencies</h1></header>
<article>
  <p class="byline">By Jane Roe</p>
  <p>A federal judge on Tuesday ordered the agency to give 24 hours&rsquo; notice before sharing records, a ruling that
     plaintiffs called &ldquo;a first step.&rdquo;</p>
  <div class="ad-slot"><p>Buy now and save 20%</p></div>
  <p>Advertisement</p>
  <p>The order runs until the court rules on the motion &amp; the reply.<br>It binds both agencies.</p>
  <figure><img src="x.jpg" alt="courthouse"><figcaption>The courthouse in 2024.</figcaption></figure>
  <aside>Related: other stories</aside>
  <ul><li>First condition</li><li>Second <em>condition</em></li></ul>
  <div class="social-share">Share this article</div>
  <p>Share this</p>
  <form><input name="email"> Subscribe to our newsletter</form>
  <svg><text>chart label</text></svg>
</article>
<footer>Copyright 2025 Example Gazette</footer>
</body></html>`;

describe('htmlToText', () => {
  it('extracts the article with paragraph breaks, dropping furniture', () => {
    const { text } = htmlToText(page);
    expect(text).toBe(
      [
        'Court slows records deal between agencies',
        'By Jane Roe',
        'A federal judge on Tuesday ordered the agency to give 24 hours’ notice before sharing records, a ruling that plaintiffs called “a first step.”',
        'The order runs until the court rules on the motion & the reply.',
        'It binds both agencies.',
        'The courthouse in 2024.',
        '• First condition',
        '• Second condition',
      ].join('\n'),
    );
  });

  it('reads title, date, source and url from the head', () => {
    expect(htmlToText(page).meta).toEqual({
      title: 'Court slows records deal between agencies',
      published: '2025-08-12',
      publishedFrom: 'html_meta',
      source: 'Example Gazette',
      url: 'https://gazette.example/court-slows',
    });
  });

  it.each<[string, string | undefined]>([
    ['<meta name="date" content="2025-05-12">', '2025-05-12'],
    ['<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2025-06-27T08:00:00Z"}]}</script>', '2025-06-27'],
    ['<script type="application/ld+json">[{"@type":"WebPage"},{"@type":"Article","datePublished":"2024-02-29"}]</script>', '2024-02-29'],
    ['<script type="application/ld+json">{broken</script><time datetime="2025-10-29">Oct. 29</time>', '2025-10-29'],
    ['<meta name="date" content="2025-02-30">', undefined],
    ['<meta name="date" content="yesterday">', undefined],
  ])('publication date from %s', (head, want) => {
    const { meta } = htmlToText(`<html><head>${head}</head><body><p>Text.</p></body></html>`);
    expect(meta.published).toBe(want);
  });

  it('falls back to <title>, then the first <h1>, for the title', () => {
    expect(htmlToText('<html><head><title> Notice  of Filing </title></head><body><p>x</p></body></html>').meta.title).toBe('Notice of Filing');
    expect(htmlToText('<html><body><h1>Order &amp; Opinion</h1><p>x</p></body></html>').meta.title).toBe('Order & Opinion');
  });

  it('prefers <main> when there is no article, and uses the body otherwise', () => {
    const long = 'The agency filed its administrative record with the court. '.repeat(5);
    const html = `<body><div class="menu-links">Menu items here</div><main><p>${long}</p></main><p>Sidebar text</p></body>`;
    expect(htmlToText(html).text).toBe(long.trim());
    expect(htmlToText('<body><p>Short one.</p><p>Two.</p></body>').text).toBe('Short one.\nTwo.');
  });

  it('keeps a body whose class merely contains "ad"', () => {
    expect(htmlToText('<body class="ad-free"><p>Kept text.</p></body>').text).toBe('Kept text.');
  });

  it('survives deeply nested markup', () => {
    const html = '<div>'.repeat(20000) + 'deep text' + '</div>'.repeat(20000);
    expect(htmlToText(html).text).toBe('deep text');
  });

  it('decodes cp1252 bytes with a warning', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><body><p>court'), 0x92, ...new TextEncoder().encode('s order</p></body></html>')]);
    const out = readHtmlBytes(bytes);
    expect(out.pages).toEqual(['court’s order']);
    expect(out.format).toBe('html');
    expect(out.warnings).toHaveLength(1);
  });
});
