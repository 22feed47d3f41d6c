// npm run viewer -- [--out <dir>]
// Builds dist/site/: static pages that work from file:// and any static host, with no
// framework. index.html lists the articles and puts every event on one timeline (with
// its date precision); one page per article shows the text with quotes, entity mentions,
// event evidence, source issues and boilerplate highlighted, each linked to a side panel
// entry that says who, what and when (and the correction); one page per registry event
// shows how each article told it.
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Entity, RegistryEvent } from '../../types/index.d.ts';
import { loadCorpus, validRecords } from '../validate/corpus.ts';
import { defaultDataDir, displayPath, repoRoot } from '../shared/paths.ts';
import { SourceText } from '../api/text.cts';
import { dateSpan } from '../api/dates.cts';
import { parse, runMain } from '../shared/cli.ts';
import { speakerRoleAtTime } from './tables/context.ts';

const USAGE = 'usage: npm run viewer -- [--out <dir>]';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Each layer has its own property, so overlapping layers stay distinguishable: a quote is
// a background, a mention a solid underline, evidence a dotted overline, a source issue a
// wavy underline, boilerplate grey italics. Colours meet WCAG AA contrast on white.
const CSS = `:root { font-family: system-ui, sans-serif; line-height: 1.6; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; color: #111; background: #fff; }
a { color: #1d4ed8; }
a:focus, [tabindex]:focus { outline: 3px solid #b45309; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .3rem .6rem; z-index: 2; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
.layout > * { min-width: 0; }
@media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 1.05rem; line-height: 1.9; overflow-wrap: anywhere; }
.legend span { display: inline-block; padding: 0 .4em; margin: 0 .3em .3em 0; font-size: .9rem; }
.quote { background: #fef3c7; }
.mention { text-decoration: underline solid #1d4ed8 2px; text-underline-offset: 3px; }
.evidence { text-decoration: overline dotted #15803d 2px; }
.issue { text-decoration: underline wavy #b91c1c 1px; text-underline-offset: 5px; }
.mention.issue { text-decoration: underline wavy #b91c1c 1px; border-bottom: 2px solid #1d4ed8; }
.mention.evidence { text-decoration: underline solid #1d4ed8 2px; border-top: 2px dotted #15803d; }
.mention.evidence.issue { text-decoration: underline wavy #b91c1c 1px; border-bottom: 2px solid #1d4ed8; border-top: 2px dotted #15803d; }
.evidence.issue { text-decoration: underline wavy #b91c1c 1px; border-top: 2px dotted #15803d; }
.boilerplate { color: #4b5563; font-style: italic; }
.text a.seg { color: inherit; }
.text a.seg .boilerplate { color: #4b5563; }
.panel h2 { font-size: 1.1rem; margin-top: 1.2rem; }
.panel li { margin-bottom: .5rem; }
.panel li:target, .text :target + a { background: #fde68a; }
.badge { display: inline-block; padding: 0 .4em; border-radius: .3em; font-size: .85rem; white-space: nowrap; background: #eef2ff; border: 1px solid #6366f1; color: #1e1b4b; }
.precision-day { background: #dcfce7; } .precision-month { background: #fef9c3; } .precision-year { background: #fee2e2; } .precision-range { background: #e0e7ff; }
.scroll { overflow-x: auto; }
.hint { font-size: .9rem; color: #374151; }
table { border-collapse: collapse; width: 100%; min-width: 36rem; } td, th { border-bottom: 1px solid #d1d5db; padding: .3rem; text-align: left; vertical-align: top; }
.timeline li { margin-bottom: .4rem; }
.back { font-size: .85rem; }
/* On a wide screen the panel stays beside the text and scrolls on its own. */
@media (min-width: 48.01rem) { .panel { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow-y: auto; padding-right: .5rem; } }
/* Where a page carries another article (appended, stitched in), the text says so. */
.segment-start::before { content: "▼ " attr(data-label); display: block; font-family: system-ui, sans-serif; font-size: .85rem; font-weight: bold; color: #7c2d12; border-top: 2px dashed #7c2d12; margin-top: .6rem; }
/* On a phone the articles table becomes one block per article: nothing scrolls sideways. */
@media (max-width: 48rem) {
  table.articles, table.articles tbody, table.articles tr, table.articles td { display: block; min-width: 0; }
  table.articles thead { position: absolute; left: -9999px; }
  table.articles tr { border-bottom: 1px solid #d1d5db; padding: .4rem 0; }
  table.articles td { border: 0; padding: .1rem 0; }
  table.articles td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
}
table.reports { min-width: 0; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<a class="skip" href="#content">Skip to the content</a>
${body}
</body>
</html>
`;
}

interface Ann {
  start: number;
  end: number;
  cls: 'quote' | 'mention' | 'evidence' | 'issue' | 'boilerplate';
  /** The id of the panel entry the highlight opens. */
  entry: string;
  /** The id of this span's marker in the text, which the entry links back to. */
  marker: string;
  label: string;
  data: Record<string, string>;
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '-');
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);
/** The id of an event's entry in its article page's panel: what other pages link to. */
const eventEntry = (eventId: string) => `ann-${slug(eventId)}`;

function annotations(a: Article, entities: Map<string, Entity>): Ann[] {
  const name = (id: string | null) => (id ? (entities.get(id)?.name ?? id) : 'unknown');
  const out: Ann[] = [];
  const add = (s: { start: number; end: number }, cls: Ann['cls'], entry: string, k: number, label: string, data: Record<string, string>) =>
    out.push({ start: s.start, end: s.end, cls, entry, marker: `t-${entry}-${k}`, label, data });
  for (const q of a.quotes) {
    const speaker = q.speaker.entity ? name(q.speaker.entity) : (q.speaker.description ?? 'unnamed');
    // A quotation over several paragraphs is one quote: every part carries its id.
    [q.content, ...(q.continuation ?? [])].forEach((part, k) => add(part, 'quote', `ann-${slug(q.id)}`, k, `${q.kind} quote by ${speaker}`, { quote: q.id, speaker }));
  }
  for (const e of a.entities) e.mentions.forEach((m, i) => add(m, 'mention', `ann-${slug(e.entity)}-${i}`, 0, `mention of ${name(e.entity)} (${m.form})`, { entity: e.entity }));
  for (const ev of a.events) ev.evidence.forEach((s, k) => add(s, 'evidence', eventEntry(ev.id), k, `evidence of ${ev.type}: ${ev.summary}`, { event: ev.id }));
  for (const s of a.sourceIssues) add(s.target, 'issue', `ann-${slug(s.id)}`, 0, `${s.kind}: should read ${s.corrected ?? '(unknown)'}`, { issue: s.id });
  a.boilerplate.forEach((b, i) => add(b.span, 'boilerplate', `ann-boilerplate-${i}`, 0, `not part of the article (${b.kind})`, { boilerplate: b.kind }));
  return out;
}

/** Where annotations overlap: one stretch of the text, its panel entry and its marker. */
interface Overlap {
  entry: string;
  marker: string;
  start: number;
  end: number;
  anns: Ann[];
}

/**
 * The text with its annotations. Each stretch of text that annotations cover (overlapping
 * ones joined) is one link, so no link is shorter than the words it marks: a stretch with
 * one annotation links to its panel entry, one with several to a panel entry that lists
 * them all. Inside a link each layer keeps its own decoration on its own words, and a
 * marker where each annotation starts, which its entry links back to.
 */
function highlighted(text: SourceText, anns: Ann[], starts: { at: number; id: string; label: string }[] = []): { html: string; overlaps: Overlap[] } {
  const stretches: { start: number; end: number; anns: Ann[] }[] = [];
  for (const a of [...anns].sort((x, y) => x.start - y.start || y.end - x.end)) {
    const last = stretches.at(-1);
    if (last && a.start < last.end) {
      last.end = Math.max(last.end, a.end);
      last.anns.push(a);
    } else stretches.push({ start: a.start, end: a.end, anns: [a] });
  }
  const stretchAt = new Map(stretches.map((st) => [st.start, st]));
  const overlaps: Overlap[] = stretches.filter((st) => new Set(st.anns.map((a) => a.entry)).size > 1).map((st, i) => ({ ...st, entry: `at-${i + 1}`, marker: `t-at-${i + 1}` }));
  const cuts = new Set<number>([0, text.length]);
  for (const a of anns) cuts.add(a.start).add(a.end);
  for (const st of starts) cuts.add(st.at);
  const points = [...cuts].sort((x, y) => x - y);
  let html = '';
  let open: (typeof stretches)[number] | undefined;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ps, pe] = [points[i]!, points[i + 1]!];
    // A label where another article begins on the page (CSS draws it; the text stays verbatim).
    for (const st of starts) if (st.at === ps) html += `<span class="segment-start" id="${esc(st.id)}" data-label="${esc(st.label)}"></span>`;
    const stretch = stretchAt.get(ps);
    if (stretch) {
      open = stretch;
      const overlap = overlaps.find((o) => o.start === stretch.start);
      const target = overlap ?? stretch.anns[0]!;
      const title = overlap ? `${overlap.anns.length} annotations here: ${overlap.anns.map((a) => a.label).join('; ')}` : stretch.anns[0]!.label;
      html += `<a class="seg" href="#${esc(target.entry)}" title="${esc(title)}">${overlap ? `<span id="${esc(overlap.marker)}"></span>` : ''}`;
    }
    const over = anns.filter((a) => a.start <= ps && pe <= a.end);
    // Markers where a span starts: its panel entry links back here.
    for (const a of over) if (a.start === ps) html += `<span id="${esc(a.marker)}"></span>`;
    const piece = esc(text.slice(ps, pe));
    if (over.length === 0) html += piece;
    else {
      const classes = [...new Set(over.map((a) => a.cls))].sort().join(' ');
      const data = Object.assign({}, ...over.map((a) => a.data)) as Record<string, string>;
      const attrs = Object.entries(data).map(([k, v]) => ` data-${k}="${esc(v)}"`).join('');
      html += `<span class="${classes}" title="${esc(over.map((a) => a.label).join('; '))}"${attrs}>${piece}</span>`;
    }
    if (open && open.end === pe) {
      html += '</a>';
      open = undefined;
    }
  }
  return { html, overlaps };
}

function dateLabel(value: string, precision: string): string {
  return `<span class="badge precision-${precision}">${esc(value.replace('/', ' – '))} · ${precision}</span>`;
}

const SEGMENT_LABEL: Record<string, string> = { main: 'the article', appended: 'another article, appended by the page', stitched: 'another write-up, stitched into the text', furniture: 'page furniture, not an article' };

/** Where each part of the page that is not the main article begins. */
function segmentStarts(a: Article): { at: number; id: string; label: string }[] {
  return (a.segments ?? []).filter((sg) => sg.kind !== 'main').map((sg) => ({ at: sg.span.start, id: `seg-${slug(sg.id)}`, label: `${SEGMENT_LABEL[sg.kind] ?? sg.kind}${sg.headline ? `: ${sg.headline.exact}` : ''}` }));
}

function articlePage(a: Article, text: SourceText, entities: Map<string, Entity>): string {
  const anns = annotations(a, entities);
  const name = (id: string | null) => (id ? (entities.get(id)?.name ?? id) : 'unknown');
  const wikidata = (id: string) => {
    const q = entities.get(id)?.wikidata;
    return q ? ` (<a href="https://www.wikidata.org/wiki/${q}">${q}</a>)` : '';
  };
  // Every entry links back to each of its spans in the text.
  const back = (entry: string) => {
    const markers = anns.filter((x) => x.entry === entry).map((x) => x.marker);
    return markers.length ? ` <span class="back">${markers.map((m, k) => `<a href="#${esc(m)}">in the text${markers.length > 1 ? ` (${k + 1})` : ''}</a>`).join(' ')}</span>` : '';
  };
  const li = (entry: string, html: string) => `<li id="${esc(entry)}">${html}${back(entry)}</li>`;
  const marked = highlighted(text, anns, segmentStarts(a));
  // Where annotations overlap, one entry lists them all, with what each says.
  const overlapList = marked.overlaps.map((o) => `<li id="${esc(o.entry)}">“${esc(clip(text.slice(o.start, o.end)))}”<ul>${[...new Map(o.anns.map((x) => [x.entry, x])).values()].map((x) => `<li><a href="#${esc(x.entry)}">${esc(x.label)}</a></li>`).join('')}</ul> <span class="back"><a href="#${esc(o.marker)}">in the text</a></span></li>`).join('');
  const panel = [
    `<h2>Quotes (${a.quotes.length})</h2><ul>${a.quotes.map((q) => li(`ann-${slug(q.id)}`, `<strong>${esc(q.speaker.entity ? name(q.speaker.entity) : (q.speaker.description ?? ''))}</strong>${q.speaker.entity ? wikidata(q.speaker.entity) : ''}, ${q.kind}${q.cue ? `, cue “${esc(q.cue.exact)}”` : ''}${q.via ? `, via ${esc(name(q.via))}` : ''}${q.unclosed ? ', <em>never closed</em>' : ''}: ${[q.content, ...(q.continuation ?? [])].map((p) => `“${esc(p.exact)}`).join(' ')}${q.unclosed ? '' : '”'}`)).join('')}</ul>`,
    `<h2>Events (${a.events.length})</h2><ul>${a.events.map((ev) => li(eventEntry(ev.id), `<strong>${esc(ev.type)}</strong> (${esc(ev.factuality)}): ${esc(ev.summary)} ${ev.dates.map((d) => `${esc(d.role)} ${dateLabel(d.value, d.precision)} <small>${esc(d.resolution)}</small>`).join(' ')}${ev.registry ? ` <small>(reports the registry event <code>${esc(ev.registry.event)}</code>, ${esc(ev.registry.relation)})</small>` : ''}<br><small>${ev.participants.map((p) => `${esc(p.role)}: ${esc(name(p.entity))}`).join('; ')}</small>`)).join('')}</ul>`,
    `<h2>Entities (${a.entities.length})</h2><ul>${a.entities.map((e) => `<li><strong>${esc(name(e.entity))}</strong>${wikidata(e.entity)}, ${esc(entities.get(e.entity)?.kind ?? '')}${e.note ? `<br><small>${esc(e.note)}</small>` : ''}<ul>${e.mentions.map((m, i) => li(`ann-${slug(e.entity)}-${i}`, `“${esc(m.exact)}” <small>(${esc(m.form)})</small>`)).join('')}</ul></li>`).join('')}</ul>`,
    `<h2>Source issues (${a.sourceIssues.length})</h2><ul>${a.sourceIssues.map((s) => li(`ann-${slug(s.id)}`, `<strong>${esc(s.kind)}</strong> (${esc(s.confidence)}): “${esc(s.target.exact)}” → ${s.corrected === null ? '<em>unknown</em>' : `“${esc(s.corrected)}”`}<br><small>${esc(s.explanation)}</small>`)).join('')}</ul>`,
    ...(marked.overlaps.length ? [`<h2>Where annotations overlap (${marked.overlaps.length})</h2><ul>${overlapList}</ul>`] : []),
    ...(segmentStarts(a).length ? [`<h2>Other parts of the page (${segmentStarts(a).length})</h2><ul>${segmentStarts(a).map((st) => `<li><a href="#${esc(st.id)}">${esc(st.label)}</a></li>`).join('')}</ul>`] : []),
    `<h2>Not part of the article (${a.boilerplate.length})</h2><ul>${a.boilerplate.map((b, i) => li(`ann-boilerplate-${i}`, `${esc(b.kind)}: “${esc(b.span.exact.slice(0, 80))}${b.span.exact.length > 80 ? '…' : ''}”`)).join('')}</ul>`,
  ].join('\n');
  const p = a.source.published;
  const head = `<header><nav aria-label="Breadcrumb"><a href="index.html">All articles</a></nav></header>
<main id="content" tabindex="-1">
<h1>${esc(a.source.headline?.exact ?? a.id)}</h1>
<p>${esc(a.source.publisher.entity ? name(a.source.publisher.entity) : 'Publisher unknown')} · ${p ? dateLabel(p.value, p.precision) : 'date unknown'} · <code>${esc(a.id)}</code></p>
<p class="legend">Layers: <span class="quote">quote (background)</span><span class="mention">entity mention (underline)</span><span class="evidence">event evidence (dotted overline)</span><span class="issue">source issue (wavy underline)</span><span class="boilerplate">not the article (grey italics)</span></p>`;
  return page(a.source.headline?.exact ?? a.id, `${head}
<div class="layout">
<section class="text" aria-label="Article text">${marked.html}</section>
<aside class="panel" aria-label="Annotations" tabindex="0">${panel}</aside>
</div>
</main>`);
}

const eventPageFile = (id: string) => `event-${id}.html`;

// A filter for a listing's table: rows whose text does not contain what is typed are hidden.
// Without JavaScript every row simply stays shown.
const FILTER_JS = `for (const input of document.querySelectorAll('input[data-filter]')) {
  const rows = document.querySelectorAll('#' + input.dataset.filter + ' tbody tr');
  const count = document.getElementById(input.dataset.filter + '-count');
  input.addEventListener('input', () => {
    const q = input.value.toLowerCase();
    let shown = 0;
    for (const row of rows) { const hit = row.textContent.toLowerCase().includes(q); row.hidden = !hit; if (hit) shown++; }
    count.textContent = shown + ' of ' + rows.length + ' shown';
  });
}
`;

/** A listing page: a table of every item across the articles, with a filter. */
function listingPage(title: string, intro: string, id: string, headers: string[], rows: string[][]): string {
  const body = rows.map((cells) => `<tr>${cells.map((c, i) => `<td data-label="${esc(headers[i]!)}">${c}</td>`).join('')}</tr>`).join('');
  return page(title, `<header><nav aria-label="Breadcrumb"><a href="index.html">All articles</a></nav></header>
<main id="content" tabindex="-1">
<h1>${esc(title)}</h1>
<p>${intro}</p>
<p><label for="${id}-filter">Filter</label> <input id="${id}-filter" type="search" data-filter="${id}"> <span id="${id}-count" role="status">${rows.length} of ${rows.length} shown</span></p>
<table class="articles" id="${id}"><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>
<script src="filter.js"></script>
</main>`);
}

/** The listings across articles: every quote, every source issue, every entity with its mentions. */
function listingPages(articles: Article[], entities: Map<string, Entity>): Record<string, string> {
  const name = (id: string | null | undefined) => (id ? (entities.get(id)?.name ?? id) : null);
  const outlet = (a: Article) => esc(name(a.source.publisher.entity) ?? 'publisher unknown');
  const at = (a: Article, entry: string, label: string) => `<a href="article-${esc(a.id)}.html#${esc(entry)}">${esc(label)}</a>`;
  const quotes = articles.flatMap((a) => a.quotes.map((q) => {
    const speaker = q.speaker.entity ? entities.get(q.speaker.entity) : undefined;
    const [role, source] = speakerRoleAtTime(a, q, speaker, name);
    return [esc(name(q.speaker.entity) ?? q.speaker.description ?? 'unnamed'), role ? `${esc(role)} <small>(${esc(source!)})</small>` : '<small>unknown</small>', outlet(a), `“${esc([q.content, ...(q.continuation ?? [])].map((x) => x.exact).join(' '))}${q.unclosed ? '' : '”'}`, at(a, `ann-${slug(q.id)}`, a.id)];
  }));
  const issues = articles.flatMap((a) => a.sourceIssues.map((si) => [outlet(a), esc(si.kind), `“${esc(si.target.exact)}” → ${si.corrected === null ? '<em>unknown</em>' : `“${esc(si.corrected)}”`}`, esc(si.confidence), at(a, `ann-${slug(si.id)}`, a.id)]));
  const people = [...entities.values()].filter((e) => articles.some((a) => a.entities.some((x) => x.entity === e.id))).map((e) => {
    const mentions = articles.flatMap((a) => a.entities.filter((x) => x.entity === e.id).flatMap((x) => x.mentions.map((m, i) => `${at(a, `ann-${slug(e.id)}-${i}`, `“${m.exact}”`)} <small>(${esc(m.form)}, ${esc(a.id)})</small>`)));
    return [esc(e.name), esc(e.kind), e.wikidata ? `<a href="https://www.wikidata.org/wiki/${e.wikidata}">${e.wikidata}</a>` : '', mentions.join('<br>')];
  });
  return {
    'quotes.html': listingPage('Every quote', 'Each quote with its speaker, the role the speaker held when the article appeared (from the registry, or the title the text gives), and the outlet.', 'quotes', ['Speaker', 'Role at the time', 'Outlet', 'Quote', 'Article'], quotes),
    'issues.html': listingPage('Every source issue', 'What each article gets wrong, with the correction and how sure it is.', 'issues', ['Outlet', 'Kind', 'As published → corrected', 'Confidence', 'Article'], issues),
    'entities.html': listingPage('Every entity, with its mentions', 'Each entity the articles name, with every mention and its form.', 'entities', ['Entity', 'Kind', 'Wikidata', 'Mentions'], people),
  };
}

/**
 * One real-world event and its reports side by side: for each article that reports it, the
 * outlet, when the article appeared, and how it told the event (its dates, factuality and
 * summary), the quotes about it and the source issues on its words or dates.
 */
function eventPage(r: RegistryEvent, articles: Article[], entities: Map<string, Entity>): string {
  const name = (id: string | null) => (id ? (entities.get(id)?.name ?? id) : 'unknown');
  const inside = (x: { start: number; end: number }, spans: readonly { start: number; end: number }[]) => spans.some((e) => e.start <= x.start && x.end <= e.end);
  const reports = articles.flatMap((a) => a.events.filter((ev) => ev.registry?.event === r.id).map((ev) => ({ a, ev })));
  const rows = reports.map(({ a, ev }) => {
    const quotes = a.quotes.filter((q) => q.about.includes(ev.id));
    const issues = a.sourceIssues.filter((si) => ev.dates.some((d) => d.issue === si.id) || inside(si.target, ev.evidence));
    const p = a.source.published;
    return `<tr><td data-label="Outlet"><a href="article-${esc(a.id)}.html#${esc(eventEntry(ev.id))}">${esc(a.source.publisher.entity ? name(a.source.publisher.entity) : a.id)}</a><br><small>${p ? dateLabel(p.value, p.precision) : 'date unknown'}</small></td>`
      + `<td data-label="How it tells it">${esc(ev.summary)} <small>(${esc(ev.factuality)}${ev.registry?.relation === 'part' ? ', a part of it' : ''})</small><br>${ev.dates.map((d) => `${esc(d.role)} ${dateLabel(d.value, d.precision)} <small>${esc(d.resolution)}</small>`).join(' ') || '<small>no date</small>'}</td>`
      + `<td data-label="Quotes">${quotes.map((q) => `<strong>${esc(q.speaker.entity ? name(q.speaker.entity) : (q.speaker.description ?? ''))}</strong>: “${esc(q.content.exact)}”`).join('<br>') || '<small>none</small>'}</td>`
      + `<td data-label="Source issues">${issues.map((si) => `${esc(si.kind)}: “${esc(si.target.exact)}” → ${si.corrected === null ? '<em>unknown</em>' : `“${esc(si.corrected)}”`}`).join('<br>') || '<small>none</small>'}</td></tr>`;
  });
  return page(r.summary, `<header><nav aria-label="Breadcrumb"><a href="index.html">All articles</a></nav></header>
<main id="content" tabindex="-1">
<h1>${esc(r.summary)}</h1>
<p><strong>${esc(r.type)}</strong> · ${r.dates.map((d) => `${esc(d.role)} ${dateLabel(d.value, d.precision)}`).join(' · ')} · <code>${esc(r.id)}</code></p>
<p>${r.participants.map((x) => `${esc(x.role)}: ${esc(name(x.entity))}`).join('; ')}</p>
<h2>How each article tells it (${reports.length})</h2>
<table class="articles reports"><thead><tr><th>Outlet</th><th>How it tells it</th><th>Quotes</th><th>Source issues</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</main>`);
}

function indexPage(articles: Article[], entities: Map<string, Entity>, registry: RegistryEvent[]): string {
  const name = (id: string | null) => (id ? (entities.get(id)?.name ?? id) : 'unknown');
  const rows = articles.map((a) => `<tr><td><a href="article-${esc(a.id)}.html">${esc(a.source.headline?.exact ?? a.id)}</a></td><td data-label="Publisher">${esc(name(a.source.publisher.entity))}</td><td data-label="Published">${a.source.published ? dateLabel(a.source.published.value, a.source.published.precision) : ''}</td><td data-label="Entities">${a.entities.length}</td><td data-label="Events">${a.events.length}</td><td data-label="Quotes">${a.quotes.length}</td><td data-label="Source issues">${a.sourceIssues.length}</td></tr>`);
  // One real-world event is one row, with the articles that report it; an article's event
  // that is the same as a registry event is shown there, not again on its own.
  const reports = new Map(registry.map((r) => [r.id, articles.flatMap((a) => a.events.filter((ev) => ev.registry?.event === r.id).map((ev) => ({ a, ev })))]));
  const folded = (ev: Article['events'][number]) => ev.registry?.relation === 'same' && reports.has(ev.registry.event);
  type Row = { first: string; id: string; html: string };
  const rowsOf: Row[] = [];
  const link = (a: Article, ev: Article['events'][number]) => `<a data-event="${esc(a.id)}/${esc(ev.id)}" href="article-${esc(a.id)}.html#${esc(eventEntry(ev.id))}">${esc(a.id)}</a>${ev.registry?.relation === 'part' ? ' (a part of it)' : ''}${ev.dates.some((d) => d.issue) ? ' (gives a wrong date: see its source issue)' : ''}`;
  for (const r of registry) {
    const by = reports.get(r.id)!.map(({ a, ev }) => link(a, ev)).join(', ');
    for (const d of r.dates) {
      rowsOf.push({ first: dateSpan(d.value)![0], id: r.id, html: `<li data-registry-event="${esc(r.id)}">${dateLabel(d.value, d.precision)} <small>${esc(d.role)}</small> <strong>${esc(r.type)}</strong>: <a href="${esc(eventPageFile(r.id))}">${esc(r.summary)}</a> <small>(reported by ${by || 'no article yet'})</small></li>` });
    }
  }
  for (const a of articles) for (const ev of a.events) {
    if (folded(ev)) continue;
    for (const d of ev.dates) rowsOf.push({ first: dateSpan(d.value)![0], id: `${a.id}/${ev.id}`, html: item(a, ev, `${dateLabel(d.value, d.precision)} <small>${esc(d.role)}</small>`) });
  }
  rowsOf.sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : x.id.localeCompare(y.id)));
  const undated = articles.flatMap((a) => a.events.filter((ev) => ev.dates.length === 0 && !folded(ev)).map((ev) => ({ a, ev })));
  function item(a: Article, ev: Article['events'][number], when: string): string {
    return `<li data-event="${esc(a.id)}/${esc(ev.id)}">${when} <strong>${esc(ev.type)}</strong>: ${esc(ev.summary)} <small>(<a href="article-${esc(a.id)}.html#${esc(eventEntry(ev.id))}">${esc(a.id)}</a>)</small></li>`;
  }
  return page('huawei-trade-news', `<main id="content" tabindex="-1">
<h1>huawei-trade-news</h1>
<p>Hand-checked events, actors and quotes in news articles about the US trade restrictions on Huawei.</p>
<nav aria-label="Listings"><p>Across the articles: <a href="quotes.html">every quote</a> · <a href="issues.html">every source issue</a> · <a href="entities.html">every entity, with its mentions</a></p></nav>
<h2>Articles</h2>
<table class="articles"><thead><tr><th>Headline</th><th>Publisher</th><th>Published</th><th>Entities</th><th>Events</th><th>Quotes</th><th>Source issues</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<h2>Timeline of every event</h2>
<p>Each date shows its precision: a day, a month, a year, or a range of days. A real-world event that several articles report is one row, with the articles that report it.</p>
<ol class="timeline">${rowsOf.map((r) => r.html).join('')}</ol>
<h2>Events the text does not date</h2>
<ul class="timeline">${undated.map(({ a, ev }) => item(a, ev, '')).join('')}</ul>
</main>`);
}

export function buildSite(out: string, dataDir = defaultDataDir): string[] {
  const corpus = loadCorpus(dataDir);
  const articles = validRecords(corpus.articles).map((f) => f.record).sort((x, y) => x.id.localeCompare(y.id));
  const entities = new Map(validRecords([...corpus.registry.values()]).map((e) => [e.record.id, e.record]));
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const files = ['index.html', 'style.css'];
  fs.writeFileSync(path.join(out, 'style.css'), CSS);
  const registry = validRecords(corpus.events).map((f) => f.record).sort((x, y) => x.id.localeCompare(y.id));
  fs.writeFileSync(path.join(out, 'index.html'), indexPage(articles, entities, registry));
  fs.writeFileSync(path.join(out, 'filter.js'), FILTER_JS);
  files.push('filter.js');
  for (const [file, html] of Object.entries(listingPages(articles, entities))) {
    fs.writeFileSync(path.join(out, file), html);
    files.push(file);
  }
  for (const r of registry) {
    fs.writeFileSync(path.join(out, eventPageFile(r.id)), eventPage(r, articles, entities));
    files.push(eventPageFile(r.id));
  }
  for (const a of articles) {
    const file = `article-${a.id}.html`;
    fs.writeFileSync(path.join(out, file), articlePage(a, corpus.sources.get(a.id)!.text!, entities));
    files.push(file);
  }
  return files;
}

async function main(): Promise<number> {
  const { values } = parse({ options: { out: { type: 'string' } } });
  const out = path.resolve(values.out ?? path.join(repoRoot, 'dist', 'site'));
  const files = buildSite(out);
  console.log(`wrote ${files.length} files to ${displayPath(out)}; open ${displayPath(path.join(out, 'index.html'))}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('viewer', USAGE, main);
