// The fact-checker's report: one self-contained HTML page (inline CSS, a few lines of optional inline
// JS for filtering) rendered from ReportData. Pure: no I/O. Every string from the database is
// document-derived and untrusted, so everything goes through esc() — the only raw HTML here is
// the markup this file writes itself.

import type { ReportData, ReportDocument, ReportEntity, ReportGroup, ReportMention, ReportTimelineEvent, ReportValue } from './queries.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface Span {
  start: number;
  end: number;
  /** Tooltip: what the marked text is ("percent", "total"). */
  label?: string;
}

/** Text with the given spans wrapped in <mark>; spans out of range or overlapping an earlier one are left unmarked. */
export function markSpans(text: string, spans: readonly Span[]): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of ordered) {
    if (s.start < at || s.end <= s.start || s.end > text.length) continue;
    out += esc(text.slice(at, s.start));
    out += `<mark${s.label ? ` title="${esc(s.label)}"` : ''}>${esc(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + esc(text.slice(at));
}

/**
 * The claim's sentence with its figure marked at the stored offsets. When the offsets do not land on
 * the figure (the sentence row was matched by a file name shared with another folder), the first
 * occurrence of the figure is marked instead, and failing that nothing is.
 */
export function quoteHtml(v: ReportValue): string {
  if (v.sentence === null) return `<mark>${esc(v.text)}</mark>`;
  const len = v.end - v.start;
  let rel = v.sentenceStart === null ? -1 : v.start - v.sentenceStart;
  if (rel < 0 || v.sentence.slice(rel, rel + len) !== v.text) rel = v.sentence.indexOf(v.text);
  return rel < 0 ? esc(v.sentence) : markSpans(v.sentence, [{ start: rel, end: rel + v.text.length }]);
}

function num(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function score(n: number): string {
  const cls = n >= 0.75 ? 'hi' : n >= 0.5 ? 'mid' : 'lo';
  return `<span class="score ${cls}" title="score">${n.toFixed(2)}</span>`;
}

/** The interval a value allows, as the comparison sees it. */
function interval(v: { value: number | null; min: number | null; max: number | null; unit: string | null; modifier: string | null }): string {
  const unit = v.unit ? ` ${v.unit}` : '';
  let body: string;
  if (v.min !== null && v.max !== null && v.min !== v.max) body = `${num(v.min)}–${num(v.max)}`;
  else if (v.min !== null && v.max === null) body = `≥ ${num(v.min)}`;
  else body = num(v.value ?? v.min ?? v.max);
  return `${body}${unit}${v.modifier ? ` (${v.modifier})` : ''}`;
}

function source(doc: string, title: string | null, page: number | null): string {
  const t = title ? `<span class="doc-title">${esc(title)}</span> ` : '';
  return `${t}<span class="doc-name">${esc(doc)}</span>${page !== null ? `, p.&nbsp;${esc(page)}` : ''}`;
}

function section(id: string, title: string, count: number | null, body: string, intro = ''): string {
  const n = count === null ? '' : ` <span class="count">${count}</span>`;
  return `<section id="${id}"><h2>${esc(title)}${n}</h2>${intro ? `<p class="intro">${intro}</p>` : ''}${body}</section>`;
}

function none(what: string): string {
  return `<p class="none">No ${esc(what)}.</p>`;
}

function filterBox(target: string, placeholder: string): string {
  return `<input class="filter" type="search" data-target="${target}" placeholder="${esc(placeholder)}" aria-label="${esc(placeholder)}">`;
}

// ---------------------------------------------------------------------------------------------
// Claims: conflicts and agreements

function valueCard(v: ReportValue): string {
  return `<div class="quote">
<div class="value"><strong>${esc(v.text)}</strong> <span class="norm">${esc(interval(v))}</span></div>
<blockquote>${quoteHtml(v)}</blockquote>
<div class="src">${source(v.document, v.title, v.page)}</div>
</div>`;
}

function pairsList(g: ReportGroup): string {
  if (g.pairs.length === 0) return '';
  const items = g.pairs
    .map((p) => `<li>${p.kind ? `<span class="tag">${esc(p.kind)}</span> ` : ''}<strong>${esc(p.comparison)}</strong> ${score(p.score)}<div class="why">${esc(p.reason)}</div></li>`)
    .join('');
  return `<ul class="pairs">${items}</ul>`;
}

function groupHead(g: ReportGroup): string {
  return `<h3>${esc(g.about)}</h3><div class="meta">${esc(g.kind)}${g.unit ? ` · compared in ${esc(g.unit)}` : ''} · ${g.values.length} values · group score ${score(g.score)}</div>`;
}

function conflictCard(g: ReportGroup): string {
  return `<article class="card conflict">${groupHead(g)}
<div class="quotes">${g.values.map(valueCard).join('')}</div>
<div class="grouped"><span class="label">Grouped because</span> ${esc(g.reason)}</div>
${pairsList(g)}</article>`;
}

function agreementCard(g: ReportGroup): string {
  const values = g.values.map((v) => `<li><strong>${esc(v.text)}</strong> — ${source(v.document, v.title, v.page)}</li>`).join('');
  return `<article class="card agreement">${groupHead(g)}
<ul class="values">${values}</ul>
<details><summary>Quotes and reasons</summary>
<div class="quotes">${g.values.map(valueCard).join('')}</div>
<div class="grouped"><span class="label">Grouped because</span> ${esc(g.reason)}</div>
${pairsList(g)}</details></article>`;
}

function arithmeticTable(rows: ReportData['arithmetic']): string {
  if (rows.length === 0) return none('percentage arithmetic to check');
  const body = rows
    .map((a) => {
      const spans = a.values.map((v) => ({ start: v.start - a.start, end: v.end - a.start, label: v.role }));
      return `<tr class="${a.holds ? 'ok' : 'bad'}"><td class="verdict">${a.holds ? '✓ holds' : '✗ does not hold'}</td>
<td><div>${esc(a.statement)} <span class="muted">(tolerance ±${esc(num(Math.round(a.tolerance)))})</span></div>
<blockquote>${markSpans(a.text, spans)}</blockquote></td><td>${esc(a.document)}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Result</th><th>Statement and sentence</th><th>Document</th></tr></thead><tbody>${body}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// Cases

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

function caseCard(c: ReportData['cases'][number]): string {
  const facts = [
    ['Court', c.court],
    ['Docket', c.docket],
    ['Judge', c.judge],
  ]
    .map(([k, v]) => `<dt>${k}</dt><dd>${v ? esc(v) : '<span class="muted">unknown</span>'}</dd>`)
    .join('');
  const parties = [...groupBy(c.parties, (p) => p.role)]
    .map(([role, ps]) => `<dt>${esc(role)}</dt><dd>${ps.map((p) => `${esc(p.name)}${p.title ? ` <span class="muted">(${esc(p.title)})</span>` : ''}${p.source === 'caption' ? ' <span class="tag">caption</span>' : ''}`).join('<br>')}</dd>`)
    .join('');
  const counsel = [...groupBy(c.counsel, (k) => k.side ?? 'side unknown')]
    .map(([side, ks]) => `<dt>for ${esc(side)}</dt><dd>${ks.map((k) => `${esc(k.name)}${k.kind === 'organization' ? ' <span class="tag">organization</span>' : ''}${k.organization ? ` <span class="muted">— ${esc(k.organization)}</span>` : ''}`).join('<br>')}</dd>`)
    .join('');
  const docs = c.placement
    .map((p) => `<li><span class="doc-name">${esc(p.document)}</span> <span class="tag">${esc(p.reason)}</span> ${score(p.score)}${p.detail ? ` <span class="muted">${esc(p.detail)}</span>` : ''}</li>`)
    .join('');
  return `<article class="card case"><h3>${esc(c.canonical)}</h3>
<div class="case-grid">
<div><h4>Case</h4><dl>${facts}</dl></div>
<div><h4>Parties</h4>${parties ? `<dl>${parties}</dl>` : none('parties')}</div>
<div><h4>Counsel</h4>${counsel ? `<dl>${counsel}</dl>` : none('counsel')}</div>
</div>
<h4>Documents (${c.placement.length})</h4><ul class="plain">${docs}</ul></article>`;
}

// ---------------------------------------------------------------------------------------------
// Timeline

function timelineTable(events: readonly ReportTimelineEvent[]): string {
  if (events.length === 0) return none('dated events');
  const rows = events
    .map((t) => {
      const desc =
        t.markStart !== null && t.markEnd !== null ? markSpans(t.description, [{ start: t.markStart, end: t.markEnd }]) : esc(t.description);
      const flags = [
        t.relative ? '<span class="tag">relative</span>' : '',
        t.certainty === 'implied' ? '<span class="tag" title="year or day filled in from the publication date">implied</span>' : '',
      ].join(' ');
      const clash = t.otherDate
        ? `<div class="clash">⚠ dated <strong>${esc(t.otherDate)}</strong> by ${esc(t.otherDocument)}${t.conflictScore !== null ? ` ${score(t.conflictScore)}` : ''}</div>`
        : '';
      const date = `${esc(t.date)}${t.dateEnd ? ` – ${esc(t.dateEnd)}` : ''}`;
      return `<tr${t.otherDate ? ' class="flagged"' : ''}><td class="date">${date}<div class="muted">${esc(t.grain)}</div></td>
<td>${desc}${clash}</td><td class="src">${source(t.document, t.title, t.page)} ${flags}</td></tr>`;
    })
    .join('');
  return `${filterBox('timeline-table', 'Filter events…')}<table id="timeline-table" class="filterable"><thead><tr><th>Date</th><th>Event</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// Entities

function entityRow(e: ReportEntity): string {
  const counts = `<td class="n">${e.mentionCount}</td><td class="n">${e.documentCount}</td>`;
  if (e.aliases.length === 0 && e.merges.length === 0) {
    return `<tr><td>${esc(e.type)}</td><td>${esc(e.canonical)}</td>${counts}<td class="muted">—</td></tr>`;
  }
  const merges = e.merges.length
    ? `<table class="inner"><thead><tr><th>Alias</th><th>Judged same as</th><th>Reason</th><th>Score</th><th>Detail</th></tr></thead><tbody>${e.merges
        .map((m) => `<tr><td>${esc(m.alias)}</td><td>${esc(m.merged_with)}</td><td><span class="tag">${esc(m.reason)}</span></td><td>${score(m.score)}</td><td>${esc(m.detail)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<tr><td>${esc(e.type)}</td><td>${esc(e.canonical)}</td>${counts}<td><details><summary>${e.aliases.length} names, ${e.merges.length} merges</summary>
<ul class="aliases">${e.aliases.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>${merges}</details></td></tr>`;
}

function entitiesSection(data: ReportData): string {
  const table = data.entities.length
    ? `${filterBox('entity-table', 'Filter entities…')}<table id="entity-table" class="filterable"><thead><tr><th>Type</th><th>Entity</th><th class="n">Mentions</th><th class="n">Docs</th><th>Aliases and merge reasons</th></tr></thead><tbody>${data.entities.map(entityRow).join('')}</tbody></table>`
    : none('entities');
  const cands = data.mergeCandidates.length
    ? `<table><thead><tr><th>Name</th><th>Name</th><th>Why they might be one</th><th>Score</th><th>Detail</th></tr></thead><tbody>${data.mergeCandidates
        .map((m) => `<tr><td>${esc(m.a)}</td><td>${esc(m.b)}</td><td><span class="tag">${esc(m.reason)}</span></td><td>${score(m.score)}</td><td>${esc(m.detail)}</td></tr>`)
        .join('')}</tbody></table>`
    : none('merge candidates');
  return `${table}<h3 id="merge-candidates">Merge candidates left unmerged <span class="count">${data.mergeCandidates.length}</span></h3>${cands}`;
}

// ---------------------------------------------------------------------------------------------
// Documents

/** A mention's normalized value in a few words: its key, or the date/figure it stands for, plus role-like attributes. */
export function describeValue(m: Pick<ReportMention, 'kind' | 'key' | 'value'>): string {
  let v: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(m.value);
    if (parsed && typeof parsed === 'object') v = parsed as Record<string, unknown>;
  } catch {
    return m.key ?? m.value;
  }
  const str = (k: string): string | undefined => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const n = (k: string): number | null => (typeof v[k] === 'number' ? (v[k] as number) : null);
  const parts: string[] = [];
  if (m.kind === 'quantity') {
    parts.push(`${str('kind') ?? ''} ${interval({ value: n('value'), min: n('min'), max: n('max'), unit: str('unit') ?? null, modifier: str('modifier') ?? null })}`.trim());
  } else if (m.kind === 'date') {
    const range = v.range as { start?: string; end?: string } | undefined;
    parts.push(str('value') ?? (range ? `${range.start ?? '?'} – ${range.end ?? '?'}` : 'unresolved'));
    for (const k of ['grain', 'modifier', 'season']) if (str(k)) parts.push(str(k)!);
    if (v.relative === true) parts.push('relative');
    if (str('certainty') === 'implied') parts.push('implied');
  } else {
    parts.push(m.key ?? str('display') ?? str('canonical') ?? str('name') ?? '');
    for (const k of ['role', 'represents', 'title', 'organization', 'court']) if (str(k)) parts.push(`${k}: ${str(k)}`);
  }
  return parts.filter(Boolean).join(' · ');
}

function mentionTables(mentions: readonly ReportMention[]): string {
  return [...groupBy(mentions, (m) => m.kind)]
    .map(
      ([kind, ms]) => `<h4>${esc(kind)} <span class="count">${ms.length}</span></h4><table class="inner mentions-of-kind"><colgroup><col class="c-text"><col class="c-norm"><col class="c-page"><col class="c-rule"><col class="c-conf"></colgroup><thead><tr><th>Text</th><th>Normalized</th><th class="n">Page</th><th>Rule</th><th class="n">Conf.</th></tr></thead><tbody>${ms
        .map((m) => `<tr><td>${esc(m.text)}</td><td>${esc(describeValue(m))}</td><td class="n">${m.page}</td><td class="rule">${esc(m.extractor)}/${esc(m.rule)}</td><td class="n">${m.confidence.toFixed(2)}</td></tr>`)
        .join('')}</tbody></table>`,
    )
    .join('');
}

function documentRows(d: ReportDocument): string {
  const status =
    d.status === 'failed'
      ? `<span class="status failed">failed</span>${d.errorCode ? ` <span class="tag">${esc(d.errorCode)}</span>` : ''}<div class="error">${esc(d.error)}</div>`
      : '<span class="status ok">ok</span>';
  const flags = [
    d.needsOcr ? '<span class="tag warn" title="PDF without a text layer">needs OCR</span>' : '',
    ...d.warnings.map((w) => `<div class="warning">${esc(w)}</div>`),
  ].join('');
  const byKind = [...groupBy(d.mentions, (m) => m.kind)].map(([k, ms]) => `${k} ${ms.length}`).join(', ');
  const mentions =
    d.mentions.length > 0
      ? `<tr class="mentions"><td colspan="6"><details><summary>${d.mentions.length} mentions: ${esc(byKind)}</summary>${mentionTables(d.mentions)}</details></td></tr>`
      : '';
  return `<tbody id="doc-${d.id}" class="doc ${d.status}"><tr>
<td>${d.title ? `<div class="doc-title">${esc(d.title)}</div>` : ''}<div class="doc-name" title="${esc(d.path)}">${esc(d.name)}</div>${d.source ? `<div class="muted">${esc(d.source)}</div>` : ''}</td>
<td>${esc(d.kind)}<div class="muted">${esc(d.format)}</div></td><td class="published">${esc(d.published)}</td><td class="n">${esc(d.pageCount)}</td>
<td>${status}</td><td>${flags}</td></tr>${mentions}</tbody>`;
}

function documentsSection(docs: readonly ReportDocument[]): string {
  if (docs.length === 0) return none('documents');
  return `${filterBox('doc-table', 'Filter documents…')}<table id="doc-table" class="filterable docs"><thead><tr><th>Document</th><th>Kind</th><th>Published</th><th class="n">Pages</th><th>Status</th><th>Flags</th></tr></thead>${docs.map(documentRows).join('')}</table>`;
}

// ---------------------------------------------------------------------------------------------
// Page

function header(data: ReportData): string {
  const t = data.totals;
  const stat = (label: string, n: number, href?: string, cls = '', sub = ''): string =>
    `<div class="stat ${cls}">${href ? `<a href="${href}">` : ''}<div class="n">${num(n)}</div><div class="l">${esc(label)}</div>${sub ? `<div class="sub">${esc(sub)}</div>` : ''}${href ? '</a>' : ''}</div>`;
  // The sections list groups of claims (one fact each); the tables hold one row per pair of claims.
  const pairs = (n: number): string => `${num(n)} pair${n === 1 ? '' : 's'}`;
  const mentionTotal = Object.values(t.mentions).reduce((a, b) => a + b, 0);
  const byKind = Object.entries(t.mentions)
    .map(([k, n]) => `<span class="kind">${esc(k)} <strong>${num(n)}</strong></span>`)
    .join(' ');
  const run = data.lastRun
    ? `Last analysis run of <code>${esc(data.lastRun.folder)}</code> ${data.lastRun.finishedAt ? `finished ${esc(data.lastRun.finishedAt)}` : `started ${esc(data.lastRun.startedAt)} (not finished)`}: ${data.lastRun.ingested} ingested, ${data.lastRun.skipped} unchanged, ${data.lastRun.failed} failed.`
    : 'No analysis run recorded.';
  return `<header><h1>Document analysis report</h1>
<p class="meta">Database <code>${esc(data.database)}</code> · report generated ${esc(data.generatedAt)}<br>${run}</p>
<div class="stats">
${stat('documents', t.documents, '#documents')}${stat('failed', t.failedDocuments, '#documents', t.failedDocuments ? 'alert' : '')}${stat('pages', t.pages)}${stat('sentences', t.sentences)}
${stat('mentions', mentionTotal, '#documents')}${stat('claims', t.claims)}${stat('entities', t.entities, '#entities')}${stat('cases', t.cases, '#cases')}
${stat('conflicts', data.conflicts.length, '#conflicts', data.conflicts.length ? 'alert' : '', pairs(t.conflicts))}${stat('agreements', data.agreements.length, '#agreements', '', pairs(t.agreements))}
</div>
<p class="kinds">Mentions by kind: ${byKind || '<span class="muted">none</span>'}</p>
<nav><a href="#conflicts">Conflicts</a><a href="#agreements">Agreements</a><a href="#arithmetic">Arithmetic</a><a href="#cases">Cases</a><a href="#timeline">Timeline</a><a href="#entities">Entities</a><a href="#documents">Documents</a></nav>
</header>`;
}

const CSS = `
:root{--fg:#1d2330;--muted:#667085;--line:#e3e6ec;--bg:#f7f8fa;--card:#fff;--accent:#2356c7;--bad:#b42318;--badbg:#fef3f2;--ok:#067647;--mark:#ffe58a}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
main,header{max-width:1240px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:20px;margin:36px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:16px;margin:0 0 4px}
h4{font-size:13px;margin:12px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
a{color:var(--accent);text-decoration:none}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef0f4;padding:1px 4px;border-radius:3px;word-break:break-all}
.meta,.muted,.intro{color:var(--muted)}
.meta{font-size:13px}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0 8px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:96px}
.stat a{color:inherit}
.stat .n{font-size:20px;font-weight:600}
.stat .l{font-size:12px;color:var(--muted)}
.stat .sub{font-size:11px;color:var(--muted)}
.stat.alert{border-color:#fda29b;background:var(--badbg)}
.stat.alert .n{color:var(--bad)}
.kinds{font-size:13px}
.kind{display:inline-block;margin-right:10px;color:var(--muted)}
.kind strong{color:var(--fg)}
nav{position:sticky;top:0;z-index:2;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line);margin-top:8px}
nav a{margin-right:16px;font-weight:500}
.count{display:inline-block;min-width:22px;padding:0 7px;border-radius:11px;background:#e8ecf4;color:var(--fg);font-size:12px;font-weight:600;text-align:center;vertical-align:middle}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin:0 0 14px}
.card.conflict{border-left:4px solid var(--bad)}
.card.agreement{border-left:4px solid var(--ok)}
.card.case{border-left:4px solid var(--accent)}
.quotes{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin:10px 0}
.quote{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fcfcfd;display:flex;flex-direction:column}
.quote .value strong{font-size:15px}
.norm{color:var(--muted);font-size:12px;margin-left:6px}
blockquote{margin:6px 0;padding:0 0 0 10px;border-left:3px solid var(--line);font-family:Georgia,"Times New Roman",serif;font-size:14.5px;flex:1}
mark{background:var(--mark);padding:0 2px;border-radius:2px;font-weight:600}
.src{font-size:12px;color:var(--muted)}
.doc-title{font-weight:600;color:var(--fg)}
.doc-name{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);word-break:break-all}
.label{font-weight:600}
.grouped{font-size:13px;margin-top:4px}
.pairs{margin:8px 0 0;padding-left:18px;font-size:13px}
.pairs li{margin-bottom:4px}
.why{color:var(--muted)}
.values{margin:6px 0;padding-left:18px}
.values .doc-title{font-weight:400}
.score{display:inline-block;font:600 11px ui-monospace,Menlo,Consolas,monospace;padding:0 5px;border-radius:4px;background:#eef0f4;vertical-align:1px}
.score.hi{background:#dcfae6;color:var(--ok)}
.score.mid{background:#fef0c7;color:#93370d}
.score.lo{background:#f2f4f7;color:var(--muted)}
.tag{display:inline-block;font-size:11px;padding:0 6px;border-radius:4px;background:#eef0f4;color:#344054;vertical-align:1px}
.tag.warn{background:#fef0c7;color:#93370d}
table{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:8px;font-size:13px;margin-bottom:14px}
th,td{text-align:left;vertical-align:top;padding:6px 10px;border-bottom:1px solid var(--line)}
th{background:#f2f4f7;font-weight:600;font-size:12px;color:#344054}
td.n,th.n{text-align:right;white-space:nowrap}
table.inner{margin:4px 0 10px;font-size:12px}
table.inner td,table.inner th{padding:3px 8px}
table.mentions-of-kind{table-layout:fixed}
table.mentions-of-kind td{overflow-wrap:anywhere}
col.c-text{width:30%}col.c-norm{width:40%}col.c-page{width:6%}col.c-rule{width:17%}col.c-conf{width:7%}
td.rule{font:11px ui-monospace,Menlo,Consolas,monospace;color:var(--muted)}
td blockquote{font-size:13.5px}
tr.bad td.verdict{color:var(--bad);font-weight:600;white-space:nowrap}
tr.ok td.verdict{color:var(--ok);font-weight:600;white-space:nowrap}
tr.flagged td{background:var(--badbg)}
.clash{color:var(--bad);font-size:12.5px;margin-top:2px}
td.date{white-space:nowrap;font-weight:600}
td.src{font-size:12px;min-width:200px}
td.src .doc-title{font-weight:400}
td.published{white-space:nowrap}
.case-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px}
dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;font-size:13px}
dt{color:var(--muted);text-transform:capitalize}
dd{margin:0}
ul.plain{list-style:none;padding:0;margin:0;font-size:13px}
ul.plain li{margin-bottom:3px}
ul.aliases{margin:4px 0;padding-left:18px}
details summary{cursor:pointer;color:var(--accent)}
details[open] summary{margin-bottom:6px}
tbody.doc>tr:first-child td{border-top:2px solid var(--line)}
tbody.doc.failed>tr:first-child td{background:var(--badbg)}
tr.mentions td{padding-top:0;border-bottom:none}
.status.failed{color:var(--bad);font-weight:600}
.status.ok{color:var(--ok)}
.error{color:var(--bad);font-size:12.5px}
.warning{color:#93370d;font-size:12px}
.none{color:var(--muted);font-style:italic}
.filter{display:block;width:320px;max-width:100%;padding:6px 10px;margin:0 0 10px;border:1px solid var(--line);border-radius:6px;font:inherit}
footer{max-width:1240px;margin:40px auto;padding:0 24px;color:var(--muted);font-size:12px}
@media print{nav,.filter{display:none}details{display:block}}
`;

// Filters hide rows (or whole per-document tbodies) whose text does not contain the query; without
// JavaScript the boxes do nothing and every row stays visible.
const JS = `
document.querySelectorAll('input.filter').forEach(function (box) {
  var table = document.getElementById(box.dataset.target);
  if (!table) return;
  var units = table.querySelectorAll('tbody.doc').length ? table.querySelectorAll('tbody.doc') : table.querySelectorAll('tbody > tr');
  box.addEventListener('input', function () {
    var q = box.value.trim().toLowerCase();
    units.forEach(function (u) { u.style.display = !q || u.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none'; });
  });
});
`;

export function renderReport(data: ReportData): string {
  const flaggedEvents = data.timeline.filter((t) => t.otherDate !== null).length;
  const body = [
    section(
      'conflicts',
      'Conflicts',
      data.conflicts.length,
      data.conflicts.length ? data.conflicts.map(conflictCard).join('') : none('conflicts between documents'),
      'Claims judged to state one fact with values that cannot both be true. The disputed figure is highlighted in each quote.',
    ),
    section(
      'agreements',
      'Agreements',
      data.agreements.length,
      data.agreements.length ? data.agreements.map(agreementCard).join('') : none('agreements'),
      'Claims from different places that state one fact with compatible values (word-for-word repetitions left out).',
    ),
    section('arithmetic', 'Arithmetic checks', data.arithmetic.length, arithmeticTable(data.arithmetic), 'A percentage of a stated total, compared with the stated part.'),
    section('cases', 'Cases', data.cases.length, data.cases.length ? data.cases.map(caseCard).join('') : none('cases')),
    section(
      'timeline',
      'Timeline',
      data.timeline.length,
      timelineTable(data.timeline),
      flaggedEvents ? `<strong class="clash">${flaggedEvents} event${flaggedEvents === 1 ? ' is' : 's are'} dated differently by another source</strong> (highlighted rows).` : 'No event is dated differently by two sources.',
    ),
    section('entities', 'Entities', data.entities.length, entitiesSection(data)),
    section('documents', 'Documents', data.documents.length, documentsSection(data.documents)),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Analysis report — ${esc(data.database)}</title>
<style>${CSS}</style></head>
<body>
${header(data)}
<main>
${body}
</main>
<footer>Generated by <code>npm run report</code>. Offsets, rules and confidences are as stored in the database.</footer>
<script>${JS}</script>
</body></html>
`;
}
