// @ts-check
// The workbench page: plain DOM, no framework. Article text is only ever inserted as text
// nodes, so a source holding markup stays text. Offsets are Unicode code points throughout:
// every selection is converted from the browser's UTF-16 positions by counting code points.

/** @typedef {{start: number, end: number, exact: string}} Span */
/** @typedef {{file: string, line: number, column: number, severity: string, message: string, pointer: string, rule: string}} Problem */

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const statusEl = /** @type {HTMLElement} */ (document.getElementById('status'));
const actions = /** @type {HTMLElement} */ (document.getElementById('actions'));

/** Creates an element; string children become text nodes (never markup). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') /** @type {HTMLInputElement} */ (el).value = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** At most n characters, with an ellipsis when cut: a cut never looks like the whole span. */
function clip(s, n = 60) {
  const cps = [...s];
  return cps.length > n ? cps.slice(0, n).join('') + '…' : s;
}

function say(message, isError = false) {
  statusEl.textContent = message;
  statusEl.className = isError ? 'error' : '';
}

async function api(method, url, body) {
  const res = await fetch(url, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

/** A text addressed in code points. */
class CodePoints {
  constructor(s) {
    this.s = s;
    const cps = [...s];
    this.n = cps.length;
    this.unit = new Uint32Array(this.n + 1);
    let u = 0;
    cps.forEach((c, i) => {
      this.unit[i] = u;
      u += c.length;
    });
    this.unit[this.n] = u;
  }
  slice(a, b) {
    return this.s.slice(this.unit[a], this.unit[b]);
  }
  /** @returns {Span} */
  span(a, b) {
    return { start: a, end: b, exact: this.slice(a, b) };
  }
  /** Code-point starts of every occurrence of `needle`. */
  find(needle) {
    const out = [];
    if (!needle) return out;
    for (let i = this.s.indexOf(needle); i !== -1; i = this.s.indexOf(needle, i + 1)) out.push([...this.s.slice(0, i)].length);
    return out;
  }
}

const MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB']);

/** @type {any} */
let st = null; // the open record's state
/** @type {any} */
let ctx = null; // entities, registry events and vocabularies

// ---------- routing ----------
let lastHash = location.hash;
window.addEventListener('hashchange', () => {
  // Unsaved changes are never dropped silently: leaving asks first.
  if (st?.dirty && !window.confirm('This record has unsaved changes. Leave without saving?')) {
    history.replaceState(null, '', lastHash);
    return;
  }
  lastHash = location.hash;
  route();
});
window.addEventListener('beforeunload', (ev) => {
  if (st?.dirty) ev.preventDefault();
});
window.addEventListener('DOMContentLoaded', () => void route());

async function route() {
  const m = /^#\/article\/([a-z0-9-]+)$/.exec(location.hash);
  try {
    ctx = await api('GET', '/api/context');
    if (m) await openArticle(m[1]);
    else await showList();
  } catch (e) {
    say(String(/** @type {Error} */ (e).message), true);
  }
}

async function showList() {
  st = null;
  actions.hidden = true;
  const { articles } = await api('GET', '/api/articles');
  const idInput = h('input', { id: 'new-id', name: 'id', required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', placeholder: '2026-01-05-some-words' });
  const textInput = h('textarea', { id: 'new-text', name: 'text', rows: 8, required: true });
  const langInput = h('input', { id: 'new-lang', name: 'language', value: 'en', size: 5 });
  main.replaceChildren(
    h('h2', {}, 'Records'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Record'), h('th', { scope: 'col' }, 'Headline'), h('th', { scope: 'col' }, 'Review'), h('th', { scope: 'col' }, 'Open problems'))),
      h('tbody', {}, articles.map((a) => h('tr', {}, h('td', {}, h('a', { href: `#/article/${a.id}` }, a.id)), h('td', {}, a.headline ?? '(no headline yet)'), h('td', {}, a.status ?? ''), h('td', {}, `${a.errors} error(s), ${a.warnings} warning(s)`))))),
    h('h2', {}, 'Start an article from its text'),
    h('form', { class: 'panel', onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        const made = await api('POST', '/api/articles', { id: idInput.value, text: textInput.value, language: langInput.value });
        location.hash = `#/article/${made.id}`;
      } catch (e) { say(e.message, true); }
    } },
      h('label', { for: 'new-id' }, 'Id: the publication date at the precision known, then a few words'), idInput,
      h('label', { for: 'new-lang' }, 'Language (BCP 47)'), langInput,
      h('label', { for: 'new-text' }, 'The article text, exactly as published (it is kept byte for byte)'), textInput,
      h('button', { type: 'submit', class: 'primary' }, 'Start the draft')),
  );
  say(`${articles.length} record(s)`);
}

// ---------- the editor ----------
async function openArticle(id) {
  const data = await api('GET', `/api/articles/${id}`);
  st = { id, record: data.record, saved: JSON.stringify(data.record), version: data.version, text: new CodePoints(data.text), problems: data.problems, undo: [], sel: null, form: null, dirty: false, review: null, findHits: [], findAt: -1 };
  actions.hidden = false;
  render();
  say(`opened ${id}`);
}

/** Applies a change to a copy of the record, then re-checks it with the validator's rules. */
async function change(mutate, message) {
  const before = structuredClone(st.record);
  const next = structuredClone(st.record);
  mutate(next);
  try {
    const checked = await api('POST', `/api/articles/${st.id}/check`, { record: next });
    st.undo.push(before);
    st.record = checked.record;
    st.problems = checked.problems;
    st.dirty = JSON.stringify(st.record) !== st.saved;
    st.form = null;
    render();
    say(`${message}: not saved yet (Ctrl+S)`);
  } catch (e) { say(e.message, true); }
}

async function undo() {
  if (!st || st.undo.length === 0) return say('nothing to undo');
  const prev = st.undo.pop();
  const checked = await api('POST', `/api/articles/${st.id}/check`, { record: prev });
  st.record = checked.record;
  st.problems = checked.problems;
  st.dirty = JSON.stringify(st.record) !== st.saved;
  render();
  say(st.dirty ? 'undone: not saved yet' : 'undone: the record is as saved');
}

async function save() {
  if (!st) return;
  try {
    const saved = await api('POST', `/api/articles/${st.id}`, { record: st.record, version: st.version });
    st.version = saved.version;
    st.problems = saved.problems;
    st.saved = JSON.stringify(st.record);
    st.dirty = false;
    render();
    say(`saved data/articles/${st.id}.json`);
  } catch (e) { say(e.message, true); }
}

document.getElementById('save')?.addEventListener('click', save);
document.getElementById('undo')?.addEventListener('click', undo);
document.getElementById('review-mode')?.addEventListener('click', () => startReview());

/** Every highlighted span of the record, with the annotation it belongs to. */
function highlights() {
  const r = st.record;
  const out = [];
  const push = (s, cls, ref, label) => s && Number.isInteger(s.start) && out.push({ start: s.start, end: s.end, cls, ref, label });
  (r.entities ?? []).forEach((e, i) => (e.mentions ?? []).forEach((m, j) => push(m, 'mention', ['entities', i, 'mentions', j], `mention of ${e.entity} (${m.form ?? 'no form'})`)));
  (r.quotes ?? []).forEach((q, i) => [q.content, ...(q.continuation ?? [])].forEach((c) => push(c, 'quote', ['quotes', i], `${q.kind} quote ${q.id}`)));
  (r.events ?? []).forEach((ev, i) => (ev.evidence ?? []).forEach((s) => push(s, 'evidence', ['events', i], `evidence of ${ev.id} (${ev.type})`)));
  (r.sourceIssues ?? []).forEach((s, i) => push(s.target, 'issue', ['sourceIssues', i], `source issue ${s.id} (${s.kind})`));
  (r.boilerplate ?? []).forEach((b, i) => push(b.span, 'boilerplate', ['boilerplate', i], `boilerplate (${b.kind})`));
  return out;
}

function renderText() {
  const t = st.text;
  const anns = highlights();
  const cuts = new Set([0, t.n]);
  for (const a of anns) cuts.add(a.start).add(a.end);
  if (st.sel) cuts.add(st.sel.start).add(st.sel.end);
  const points = [...cuts].sort((a, b) => a - b);
  const box = h('div', { class: 'text', id: 'text', tabindex: 0, 'aria-label': 'Article text: select a span with the mouse, or with the find box above', role: 'document' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const over = anns.filter((a) => a.start <= s && e <= a.end);
    const classes = ['seg', ...new Set(over.map((a) => a.cls))];
    if (st.sel && st.sel.start <= s && e <= st.sel.end) classes.push('selected');
    box.append(h('span', { class: classes.join(' '), 'data-s': s, 'data-e': e, title: over.map((a) => a.label).join('\n') || null }, t.slice(s, e)));
  }
  box.addEventListener('mouseup', () => takeSelection());
  box.addEventListener('click', (ev) => {
    if (!window.getSelection()?.isCollapsed) return;
    const seg = /** @type {HTMLElement} */ (ev.target).closest('[data-s]');
    if (!seg) return;
    const at = Number(seg.getAttribute('data-s'));
    const over = anns.filter((a) => a.start <= at && at < a.end);
    if (over.length) showOverlaps(over);
  });
  return box;
}

/** The browser's selection in the text, in code points. */
function takeSelection() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  const point = (node, offset) => {
    const seg = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node)?.closest('[data-s]');
    if (!seg) return null;
    const base = Number(seg.getAttribute('data-s'));
    const text = node.nodeType === Node.TEXT_NODE ? node.textContent.slice(0, offset) : '';
    return base + [...text].length; // UTF-16 units to code points
  };
  const a = point(range.startContainer, range.startOffset);
  const b = point(range.endContainer, range.endOffset);
  if (a === null || b === null || b <= a) return;
  select(a, b);
}

function select(a, b) {
  st.sel = st.text.span(a, b);
  render();
  say(`selected [${a}, ${b}): “${clip(st.sel.exact)}”`);
}

function showOverlaps(over) {
  st.form = { kind: 'overlaps', over };
  render();
}

// ---------- the side panel ----------
function render() {
  if (!st) return;
  const find = h('input', { id: 'find', type: 'text', 'aria-keyshortcuts': '/', placeholder: 'words of the text', value: st.findText ?? '' });
  const findBar = h('form', { class: 'find', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const needle = /** @type {HTMLInputElement} */ (find).value;
    if (!needle) return say('type the words to find first', true);
    if (needle !== st.findText) { st.findText = needle; st.findHits = st.text.find(needle); st.findAt = -1; }
    if (st.findHits.length === 0) return say(`“${needle}” does not occur in the text`, true);
    st.findAt = (st.findAt + 1) % st.findHits.length;
    const start = st.findHits[st.findAt];
    select(start, start + [...needle].length);
    say(`selected occurrence ${st.findAt + 1} of ${st.findHits.length} of “${needle}” (Enter for the next)`);
    document.getElementById('find')?.focus();
  } }, h('label', { for: 'find' }, 'Find and select text', find), h('button', { type: 'submit' }, 'Select next'));
  const fresh = Boolean(st.form && !st.form.el);
  const aside = h('aside', { 'aria-label': 'Annotations' }, st.review ? reviewPanel() : editPanel());
  main.replaceChildren(h('h2', {}, st.id, st.dirty ? ' (unsaved changes)' : ''), /** @type {HTMLTemplateElement} */ (document.getElementById('keys-help')).content.cloneNode(true), h('div', { class: 'layout' }, h('section', { 'aria-label': 'Text' }, findBar, renderText()), aside));
  // A form just opened takes the focus; one being filled keeps its place and its values.
  const focus = fresh && document.querySelector('form.panel [data-autofocus]');
  if (focus) /** @type {HTMLElement} */ (focus).focus();
}

function editPanel() {
  const r = st.record;
  const sel = st.sel;
  const errors = st.problems.filter((p) => p.severity === 'error').length;
  const add = (key, label, kind) => h('button', { type: 'button', 'aria-keyshortcuts': key.toUpperCase(), disabled: !sel, onclick: () => openForm(kind) }, label, ' ', h('kbd', {}, key.toUpperCase()));
  return [
    h('h2', {}, 'Selection'),
    h('p', { class: 'muted' }, sel ? `[${sel.start}, ${sel.end}) “${clip(sel.exact, 80)}”` : 'Select text in the article, or use the find box.'),
    h('div', { class: 'row' }, add('m', 'Mention', 'mention'), add('q', 'Quote', 'quote'), add('e', 'Event', 'event'), add('i', 'Source issue', 'issue'), add('b', 'Boilerplate', 'boilerplate'), add('g', 'Segment', 'segment')),
    h('button', { type: 'button', 'aria-keyshortcuts': 'D', onclick: () => openForm('details') }, 'Article details: headline, publisher, date ', h('kbd', {}, 'D')),
    st.form ? formPanel() : null,
    h('h2', {}, `Problems: ${errors} error(s), ${st.problems.length - errors} warning(s)`),
    h('ul', { class: 'problems' }, st.problems.map((p, i) => h('li', {}, h('button', { type: 'button', onclick: () => goToProblem(i) }, `${p.severity} ${i + 1}`), h('span', { class: `what ${p.severity}` }, `${p.pointer || '/'}: ${p.message}`)))),
    h('h2', {}, 'Open items'),
    h('ul', {}, (r.quoteMarks?.unclassified ?? []).map((u, i) => h('li', {}, h('span', { class: 'what' }, `marks at [${u.start}, ${u.end}): ${u.exact.slice(0, 50)}`),
      h('button', { type: 'button', onclick: () => { select(u.start + (u.end - u.start > 1 ? 1 : 0), u.end - (u.end - u.start > 1 ? 1 : 0)); openForm('quote'); } }, 'Record as quote'),
      h('button', { type: 'button', onclick: () => openForm('dismiss', ['quoteMarks', 'unclassified', i]) }, 'Dismiss')))),
    list('Entities and mentions', (r.entities ?? []).flatMap((e, i) => e.mentions.map((m, j) => [['entities', i, 'mentions', j], `${e.entity}: “${clip(m.exact, 40)}” [${m.start}, ${m.end}) (${m.form ?? 'no form'})`, 'mention']))),
    list('Quotes', (r.quotes ?? []).map((q, i) => [['quotes', i], `${q.id} (${q.kind}) ${q.speaker?.entity ?? q.speaker?.description ?? ''}: “${clip(q.content.exact, 50)}”`, 'quote'])),
    list('Events', (r.events ?? []).map((ev, i) => [['events', i], `${ev.id}: ${ev.type}, ${ev.summary}`, 'event'])),
    list('Source issues', (r.sourceIssues ?? []).map((s, i) => [['sourceIssues', i], `${s.id} (${s.kind}): “${clip(s.target.exact, 40)}”`, 'issue'])),
    list('Boilerplate', (r.boilerplate ?? []).map((b, i) => [['boilerplate', i], `${b.kind}: “${clip(b.span.exact, 40)}”`, 'boilerplate'])),
    list('Quotation marks that are not quotes', (r.quoteMarks?.ignored ?? []).map((g, i) => [['quoteMarks', 'ignored', i], `${g.reason}: ${clip(g.span.exact, 40)} [${g.span.start}, ${g.span.end})`, 'ignored'])),
    list('Segments', (r.segments ?? []).map((s, i) => [['segments', i], `${s.id} (${s.kind})`, 'segment'])),
    list('Citations (sources read)', (r.citations ?? []).map((c, i) => [['citations', i], `${c.id}: ${c.title ?? c.url ?? c.publication}`, 'citation'])),
    h('button', { type: 'button', onclick: () => openForm('citation') }, 'Add a citation'),
    h('button', { type: 'button', onclick: () => openForm('entity') }, 'Create an entity'),
  ];
}

function list(title, items) {
  return [h('h2', {}, `${title} (${items.length})`), h('ul', {}, items.map(([ref, label, kind]) => h('li', {}, h('span', { class: 'what' }, label),
    h('button', { type: 'button', onclick: () => openForm(kind, ref) }, 'Edit'),
    h('button', { type: 'button', onclick: () => remove(kind, ref) }, 'Delete'))))];
}

function at(record, ref) {
  return ref.reduce((o, k) => o?.[k], record);
}

function remove(kind, ref) {
  change((r) => {
    if (kind === 'mention') {
      const e = r.entities[ref[1]];
      e.mentions.splice(ref[3], 1);
      if (e.mentions.length === 0) r.entities.splice(ref[1], 1);
    } else at(r, ref.slice(0, -1)).splice(ref[ref.length - 1], 1);
  }, `deleted ${ref.join('/')}`);
}

// ---------- forms ----------
function openForm(kind, ref = null) {
  if (!st) return;
  st.form = { kind, ref };
  render();
}

const vocab = (name) => Object.entries(ctx.vocabularies[name] ?? {});
const entityOptions = () => h('datalist', { id: 'entity-list' }, ctx.entities.map((e) => h('option', { value: e.id }, `${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`)));

/** A field for a span: its current value and a button that takes the current selection. */
function spanField(label, name, value, values) {
  values[name] = value ?? null;
  const shown = h('span', { class: 'muted', id: `f-${name}-shown` }, value ? `“${clip(value.exact, 50)}” [${value.start}, ${value.end})` : 'none');
  return h('fieldset', {}, h('legend', {}, label), shown, ' ',
    h('button', { type: 'button', 'data-field': name, onclick: () => { if (!st.sel) return say('select the text first', true); values[name] = st.sel; shown.textContent = `“${clip(st.sel.exact, 50)}” [${st.sel.start}, ${st.sel.end})`; } }, 'Use the selection'),
    h('button', { type: 'button', onclick: () => { values[name] = null; shown.textContent = 'none'; } }, 'Clear'));
}

function select_(id, label, options, value, attrs = {}) {
  return h('label', { for: id }, label, h('select', { id, name: id, ...attrs }, options.map(([v, l]) => h('option', { value: v, selected: v === value }, l))));
}
function input(id, label, value, attrs = {}) {
  return h('label', { for: id }, label, h('input', { id, name: id, value: value ?? '', ...attrs }));
}
const val = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id))?.value ?? '';

/** An entity id from what was typed: the id itself, or a name or alias that names one entity. */
function entityId(typed) {
  const t = typed.trim();
  if (ctx.entities.some((e) => e.id === t)) return t;
  const lower = t.toLowerCase();
  const hits = ctx.entities.filter((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
  return hits.length === 1 ? hits[0].id : null;
}

/** The open form, built once: a new selection re-renders the page around it, not its fields. */
function formPanel() {
  if (!st.form.el) st.form.el = buildForm();
  return st.form.el;
}

function buildForm() {
  const f = st.form;
  const r = st.record;
  const values = {};
  const close = h('button', { type: 'button', onclick: () => { st.form = null; render(); } }, 'Close ', h('kbd', {}, 'Esc'));
  const panel = (title, fields, onsubmit) => h('form', { class: 'panel', 'aria-label': title, onsubmit: (ev) => { ev.preventDefault(); onsubmit(); } }, h('h3', {}, title), fields, h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'), close));
  const sel = st.sel;
  if (f.kind === 'overlaps') {
    return h('div', { class: 'panel' }, h('h3', {}, 'Annotations here'), h('ul', {}, f.over.map((a) => h('li', {}, h('span', { class: 'what' }, a.label), h('button', { type: 'button', onclick: () => openForm(kindOf(a.ref), a.ref) }, 'Edit')))), close);
  }
  if (f.kind === 'mention') {
    const cur = f.ref ? at(r, f.ref) : null;
    const entity = f.ref ? r.entities[f.ref[1]].entity : '';
    return panel(f.ref ? 'Edit mention' : 'Add a mention', [
      entityOptions(),
      input('f-entity', 'Entity (type a name or alias to search)', entity, { list: 'entity-list', required: true, 'data-autofocus': true, autocomplete: 'off' }),
      select_('f-form', 'Form', vocab('mentionForm').map(([v, d]) => [v, `${v}: ${d}`]), cur?.form ?? 'name'),
      spanField('Span', 'span', cur ? { start: cur.start, end: cur.end, exact: cur.exact } : sel, values),
      h('button', { type: 'button', onclick: () => openForm('entity') }, 'Create a new entity'),
    ], () => {
      const id = entityId(val('f-entity'));
      if (!id) return say(`"${val('f-entity')}" names no single entity of the registry; pick one from the list (by name, alias or id) or create it`, true);
      if (!values.span) return say('select the mention first', true);
      change((rec) => {
        if (f.ref) { const e = rec.entities[f.ref[1]]; e.mentions.splice(f.ref[3], 1); if (!e.mentions.length) rec.entities.splice(f.ref[1], 1); }
        let e = rec.entities.find((x) => x.entity === id);
        if (!e) rec.entities.push((e = { entity: id, mentions: [] }));
        e.mentions.push({ ...values.span, form: val('f-form') });
      }, `mention of ${id}`);
    });
  }
  if (f.kind === 'details') {
    const s = r.source;
    const p = s.published ?? {};
    return panel('Article details', [
      entityOptions(),
      spanField('Headline (the text’s own headline)', 'headline', s.headline ?? null, values),
      input('f-publisher', 'Publisher: an entity (empty when it cannot be established)', s.publisher.entity ?? '', { list: 'entity-list', autocomplete: 'off', 'data-autofocus': true }),
      input('f-pubnote', 'How the publisher was identified, or why it is unknown', s.publisher.note ?? ''),
      spanField('Where the text names the publisher (its basis)', 'pubtext', s.publisher.basis?.text?.[0] ?? null, values),
      input('f-pubcite', 'or the citation ids of sources read, comma-separated', (s.publisher.basis?.cite ?? []).join(', ')),
      h('fieldset', {}, h('legend', {}, 'Publication date'),
        h('div', { class: 'row' }, input('f-pvalue', 'Value (2019-05-16, 2019-05, 2019 or a/b; empty while unknown in a draft)', p.value ?? ''), select_('f-pprecision', 'Precision', vocab('datePrecision').map(([v]) => [v, v]), p.precision ?? 'day'),
          select_('f-presolution', 'Resolution', vocab('dateResolution').map(([v, d]) => [v, `${v}: ${d}`]), p.resolution ?? 'explicit')),
        spanField('The date line or phrase that gives it', 'ptext', p.text ?? null, values),
        h('div', { class: 'row' }, input('f-panchor', 'Anchor (relative)', p.anchor ?? ''), input('f-pnote', 'Note (how it was inferred)', p.note ?? ''), input('f-pcite', 'Basis: citation ids', (p.basis?.cite ?? []).join(', ')))),
      input('f-url', 'Address of a page you read that carries this text (optional)', s.url ?? '', { type: 'url' }),
      input('f-urlcite', 'Its citation id (required with an address)', (s.urlBasis?.cite ?? []).join(', ')),
      input('f-lang', 'Language (BCP 47)', s.language),
    ], () => {
      const ids = (v) => v.split(',').map((x) => x.trim()).filter(Boolean);
      change((rec) => {
        const src = rec.source;
        src.headline = values.headline ?? null;
        const entity = val('f-publisher').trim() ? (entityId(val('f-publisher')) ?? val('f-publisher').trim()) : null;
        src.publisher = { entity, ...(val('f-pubnote') ? { note: val('f-pubnote') } : {}) };
        const basis = { ...(ids(val('f-pubcite')).length ? { cite: ids(val('f-pubcite')) } : {}), ...(values.pubtext ? { text: [values.pubtext] } : {}) };
        if (Object.keys(basis).length) src.publisher.basis = basis;
        if (val('f-pvalue')) {
          const d = { value: val('f-pvalue'), precision: val('f-pprecision'), resolution: val('f-presolution') };
          if (values.ptext) d.text = values.ptext;
          if (val('f-panchor')) d.anchor = val('f-panchor');
          if (val('f-pnote')) d.note = val('f-pnote');
          if (ids(val('f-pcite')).length) d.basis = { cite: ids(val('f-pcite')) };
          src.published = d;
        } else src.published = null;
        if (val('f-url')) { src.url = val('f-url'); src.urlBasis = { cite: ids(val('f-urlcite')) }; } else { delete src.url; delete src.urlBasis; }
        src.language = val('f-lang') || 'en';
      }, 'article details');
    });
  }
  if (f.kind === 'entity') {
    return panel('Create an entity', [
      input('f-id', 'Id (lower-case words joined by hyphens)', '', { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
      input('f-name', 'Name', sel?.exact ?? '', { required: true }),
      select_('f-kind', 'Kind', vocab('entityKind').map(([v, d]) => [v, `${v}: ${d}`]), 'company'),
      input('f-aliases', 'Aliases (comma-separated)', ''),
      input('f-country', 'Country (ISO 3166-1 alpha-2, or empty)', '', { pattern: '[A-Z]{2}' }),
      input('f-description', 'Description (one sentence)', '', { required: true }),
      input('f-note', 'Why there is no Wikidata id (a QID goes in only with a source you read)', 'Not linked: no source showing its Wikidata item was read.', { required: true }),
    ], async () => {
      const entity = { id: val('f-id'), name: val('f-name'), kind: val('f-kind'), aliases: val('f-aliases').split(',').map((s) => s.trim()).filter(Boolean), wikidata: null, country: val('f-country') || null, description: val('f-description'), roles: [], note: val('f-note') };
      try {
        await api('POST', '/api/entities', { entity });
        ctx = await api('GET', '/api/context');
        st.form = { kind: 'mention', ref: null };
        render();
        /** @type {HTMLInputElement} */ (document.getElementById('f-entity')).value = entity.id;
        say(`created data/entities/${entity.id}.json; now add its mention`);
      } catch (e) { say(e.message, true); }
    });
  }
  if (f.kind === 'quote') {
    const q = f.ref ? at(r, f.ref) : null;
    const events = (r.events ?? []).map((e) => e.id);
    const continuation = structuredClone(q?.continuation ?? []);
    const contList = h('ul', {});
    const redrawCont = () => contList.replaceChildren(...continuation.map((s, i) => h('li', {}, `“${s.exact.slice(0, 50)}”`, h('button', { type: 'button', onclick: () => { continuation.splice(i, 1); redrawCont(); } }, 'Remove'))));
    redrawCont();
    return panel(f.ref ? `Edit quote ${q.id}` : 'Add a quote', [
      entityOptions(),
      input('f-qid', 'Id (q- and a few words)', q?.id ?? `q-${(r.quotes?.length ?? 0) + 1}`, { required: true, pattern: 'q-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
      select_('f-qkind', 'Kind', vocab('quoteKind').map(([v, d]) => [v, `${v}: ${d}`]), q?.kind ?? 'direct'),
      spanField('Words (inside the marks; marks selected with them are trimmed)', 'content', q?.content ?? sel, values),
      input('f-speaker', 'Speaker: an entity of this record', q?.speaker?.entity ?? '', { list: 'entity-list', autocomplete: 'off' }),
      input('f-speaker-desc', 'or, for an unnamed speaker, the description the text gives', q?.speaker?.description ?? ''),
      spanField('Cue (the attributing words: select them, then use the selection)', 'cue', q?.cue ?? null, values),
      h('fieldset', {}, h('legend', {}, 'Continuation: the words of each next paragraph of the same quotation'), contList, h('button', { type: 'button', onclick: () => { if (st.sel) { continuation.push(st.sel); redrawCont(); } } }, 'Add the selection as the next paragraph')),
      h('label', {}, h('input', { type: 'checkbox', id: 'f-unclosed', checked: Boolean(q?.unclosed) }), ' The source never closes this quotation (record an unclosed-quote source issue too)'),
      input('f-via', 'Via (the outlet it came through, if the text names one)', q?.via ?? '', { list: 'entity-list', autocomplete: 'off' }),
      h('fieldset', {}, h('legend', {}, 'About the events'), events.map((id) => h('label', {}, h('input', { type: 'checkbox', name: 'about', value: id, checked: q?.about?.includes(id) }), ' ', id))),
    ], () => {
      let content = values.content;
      if (!content) return say('select the quoted words first', true);
      if (val('f-qkind') !== 'indirect' && MARKS.has(content.exact[0])) content = st.text.span(content.start + 1, content.end);
      if (val('f-qkind') !== 'indirect' && MARKS.has([...content.exact].at(-1))) content = st.text.span(content.start, content.end - 1);
      const about = [...document.querySelectorAll('input[name=about]:checked')].map((x) => /** @type {HTMLInputElement} */ (x).value);
      const speaker = val('f-speaker') ? { entity: entityId(val('f-speaker')) ?? val('f-speaker') } : { entity: null, description: val('f-speaker-desc') };
      const quote = { ...(q ?? {}), id: val('f-qid'), kind: val('f-qkind'), content, speaker, about };
      if (values.cue) quote.cue = values.cue; else delete quote.cue;
      if (continuation.length) quote.continuation = continuation; else delete quote.continuation;
      if (/** @type {HTMLInputElement} */ (document.getElementById('f-unclosed')).checked) quote.unclosed = true; else delete quote.unclosed;
      if (val('f-via')) quote.via = entityId(val('f-via')) ?? val('f-via'); else delete quote.via;
      change((rec) => {
        rec.quotes ??= [];
        if (f.ref) rec.quotes[f.ref[1]] = quote; else rec.quotes.push(quote);
        if (!f.ref) {
          // The marks around the words are accounted for now: their open item is closed.
          rec.quoteMarks.unclassified = (rec.quoteMarks.unclassified ?? []).filter((u) => !(u.start < content.end && content.start < u.end));
          if (rec.quoteMarks.unclassified.length === 0) delete rec.quoteMarks.unclassified;
        }
      }, `quote ${quote.id}`);
    });
  }
  if (f.kind === 'event') {
    const ev = f.ref ? at(r, f.ref) : null;
    const types = Object.keys(ctx.eventTypes);
    const def = h('p', { class: 'definition', id: 'f-type-def' }, ctx.vocabularies.eventType?.[ev?.type ?? types[0]] ?? '');
    const participants = structuredClone(ev?.participants ?? []);
    const dates = structuredClone(ev?.dates ?? []);
    const evidence = structuredClone(ev?.evidence ?? (sel ? [sel] : []));
    const pList = h('ul', {});
    const dList = h('ul', {});
    const eList = h('ul', {});
    const redraw = () => {
      pList.replaceChildren(...participants.map((p, i) => h('li', {}, `${p.role}: ${p.entity}`, h('button', { type: 'button', onclick: () => { participants.splice(i, 1); redraw(); } }, 'Remove'))));
      dList.replaceChildren(...dates.map((d, i) => h('li', {}, `${d.role} ${d.value} (${d.precision}, ${d.resolution})`, h('button', { type: 'button', onclick: () => { dates.splice(i, 1); redraw(); } }, 'Remove'))));
      eList.replaceChildren(...evidence.map((s, i) => h('li', {}, `“${s.exact.slice(0, 50)}”`, h('button', { type: 'button', onclick: () => { evidence.splice(i, 1); redraw(); } }, 'Remove'))));
    };
    redraw();
    const dateValues = {};
    return panel(f.ref ? `Edit event ${ev.id}` : 'Add an event', [
      entityOptions(),
      input('f-eid', 'Id (ev- and a few words)', ev?.id ?? `ev-${(r.events?.length ?? 0) + 1}`, { required: true, pattern: 'ev-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
      select_('f-type', 'Type', types.map((t) => [t, t]), ev?.type ?? types[0], { onchange: (e) => { def.textContent = ctx.vocabularies.eventType?.[e.target.value] ?? ''; } }),
      def,
      input('f-summary', 'Summary (one line)', ev?.summary ?? '', { required: true }),
      select_('f-fact', 'Factuality', vocab('factuality').map(([v, d]) => [v, `${v}: ${d}`]), ev?.factuality ?? 'actual'),
      spanField('Trigger (the word that expresses it: select it, then use the selection)', 'trigger', ev?.trigger ?? null, values),
      h('fieldset', {}, h('legend', {}, 'Evidence (the sentences that state it)'), eList, h('button', { type: 'button', onclick: () => { if (st.sel) { evidence.push(st.sel); redraw(); } } }, 'Add the selection')),
      h('fieldset', {}, h('legend', {}, 'Participants'), pList,
        h('div', { class: 'row' }, input('f-p-entity', 'Entity', '', { list: 'entity-list', autocomplete: 'off' }), select_('f-p-role', 'Role', vocab('participantRole').map(([v, d]) => [v, `${v}: ${d}`]), 'agent'),
          h('button', { type: 'button', onclick: () => {
            const id = entityId(val('f-p-entity'));
            if (!id) return say(`"${val('f-p-entity')}" names no single entity of the registry`, true);
            participants.push({ entity: id, role: val('f-p-role') });
            /** @type {HTMLInputElement} */ (document.getElementById('f-p-entity')).value = '';
            redraw();
          } }, 'Add participant'))),
      h('fieldset', {}, h('legend', {}, 'Dates'), dList,
        h('div', { class: 'row' }, select_('f-d-role', 'Role', vocab('dateRole').map(([v]) => [v, v]), 'occurred'), input('f-d-value', 'Value (2019-05-16, 2019-05, 2019 or a/b)', ''),
          select_('f-d-precision', 'Precision', vocab('datePrecision').map(([v]) => [v, v]), 'day'), select_('f-d-resolution', 'Resolution', vocab('dateResolution').map(([v, d]) => [v, `${v}: ${d}`]), 'explicit')),
        spanField('The phrase that gives it (explicit or relative)', 'dtext', null, dateValues),
        h('div', { class: 'row' }, input('f-d-anchor', 'Anchor (relative dates: the date resolved against)', ''), input('f-d-note', 'Note (how it was resolved; required when inferred)', '')),
        input('f-d-cite', 'Basis for an inferred date: citation ids, comma-separated', ''),
        h('button', { type: 'button', onclick: () => {
          const d = { role: val('f-d-role'), value: val('f-d-value'), precision: val('f-d-precision'), resolution: val('f-d-resolution') };
          if (dateValues.dtext) d.text = dateValues.dtext;
          if (val('f-d-anchor')) d.anchor = val('f-d-anchor');
          if (val('f-d-note')) d.note = val('f-d-note');
          const cite = val('f-d-cite').split(',').map((s) => s.trim()).filter(Boolean);
          if (cite.length) d.basis = { cite };
          dates.push(d);
          redraw();
        } }, 'Add date')),
      select_('f-registry', 'The real-world event it reports (registry)', [['', '(none)'], ...ctx.events.map((e) => [e.id, `${e.id}: ${e.summary.slice(0, 60)}`])], ev?.registry?.event ?? ''),
      select_('f-relation', 'Relation', vocab('registryRelation').map(([v, d]) => [v, `${v}: ${d}`]), ev?.registry?.relation ?? 'same'),
      input('f-enote', 'Note (required when it has no dates: say why)', ev?.note ?? ''),
    ], () => {
      if (!values.trigger) return say('select the trigger', true);
      const event = { ...(ev ?? {}), id: val('f-eid'), type: val('f-type'), summary: val('f-summary'), trigger: values.trigger, participants, dates, factuality: val('f-fact'), evidence };
      if (val('f-registry')) event.registry = { event: val('f-registry'), relation: val('f-relation') }; else delete event.registry;
      if (val('f-enote')) event.note = val('f-enote'); else delete event.note;
      change((rec) => { rec.events ??= []; if (f.ref) rec.events[f.ref[1]] = event; else rec.events.push(event); }, `event ${event.id}`);
    });
  }
  if (f.kind === 'issue') {
    const s = f.ref ? at(r, f.ref) : null;
    const basisText = structuredClone(s?.basis?.text ?? []);
    return panel(f.ref ? `Edit source issue ${s.id}` : 'Add a source issue', [
      input('f-sid', 'Id (si- and a few words)', s?.id ?? `si-${(r.sourceIssues?.length ?? 0) + 1}`, { required: true, pattern: 'si-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
      select_('f-skind', 'Kind', vocab('sourceIssueKind').map(([v, d]) => [v, `${v}: ${d}`]), s?.kind ?? 'typo'),
      spanField('What the text says (the target)', 'target', s?.target ?? sel, values),
      input('f-corrected', 'What is right (empty where it cannot be known)', s?.corrected ?? ''),
      input('f-explanation', 'Explanation', s?.explanation ?? '', { required: true }),
      select_('f-confidence', 'Confidence', vocab('confidence').map(([v, d]) => [v, `${v}: ${d}`]), s?.confidence ?? 'confirmed'),
      select_('f-squote', 'The quote it concerns (for an unclosed quote)', [['', '(none)'], ...(r.quotes ?? []).map((q) => [q.id, q.id])], s?.quote ?? ''),
      h('fieldset', {}, h('legend', {}, 'Basis: where the text shows the correction'), h('ul', {}, basisText.map((b) => h('li', {}, `“${b.exact.slice(0, 40)}”`))), h('button', { type: 'button', onclick: () => { if (st.sel) { basisText.push(st.sel); say('added the selection to the basis'); } } }, 'Add the selection')),
      input('f-scite', 'Basis: citation ids of sources read, comma-separated', (s?.basis?.cite ?? []).join(', ')),
    ], () => {
      if (!values.target) return say('select the target', true);
      const issue = { ...(s ?? {}), id: val('f-sid'), kind: val('f-skind'), target: values.target, corrected: val('f-corrected') || null, explanation: val('f-explanation'), confidence: val('f-confidence') };
      if (val('f-squote')) issue.quote = val('f-squote'); else delete issue.quote;
      const cite = val('f-scite').split(',').map((x) => x.trim()).filter(Boolean);
      if (cite.length || basisText.length) issue.basis = { ...(cite.length ? { cite } : {}), ...(basisText.length ? { text: basisText } : {}) }; else delete issue.basis;
      change((rec) => { rec.sourceIssues ??= []; if (f.ref) rec.sourceIssues[f.ref[1]] = issue; else rec.sourceIssues.push(issue); }, `source issue ${issue.id}`);
    });
  }
  if (f.kind === 'boilerplate') {
    const b = f.ref ? at(r, f.ref) : null;
    return panel(f.ref ? 'Edit boilerplate' : 'Mark boilerplate', [
      select_('f-bkind', 'Kind', vocab('boilerplateKind').map(([v, d]) => [v, `${v}: ${d}`]), b?.kind ?? 'navigation', { 'data-autofocus': true }),
      spanField('Span', 'span', b?.span ?? sel, values),
      input('f-bnote', 'Note (required for "other")', b?.note ?? ''),
    ], () => {
      const item = { span: values.span, kind: val('f-bkind'), ...(val('f-bnote') ? { note: val('f-bnote') } : {}) };
      if (!item.span) return say('select the span', true);
      change((rec) => { if (f.ref) rec.boilerplate[f.ref[1]] = item; else rec.boilerplate.push(item); }, 'boilerplate');
    });
  }
  if (f.kind === 'segment') {
    const s = f.ref ? at(r, f.ref) : null;
    return panel(f.ref ? `Edit segment ${s.id}` : 'Add a segment', [
      input('f-gid', 'Id (seg- and a few words)', s?.id ?? 'seg-main', { required: true, pattern: 'seg-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
      select_('f-gkind', 'Kind', vocab('segmentKind').map(([v, d]) => [v, `${v}: ${d}`]), s?.kind ?? 'main'),
      spanField('Span', 'span', s?.span ?? sel, values),
      spanField('Its own headline', 'headline', s?.headline ?? null, values),
    ], () => {
      const seg = { id: val('f-gid'), kind: val('f-gkind'), span: values.span, ...(values.headline ? { headline: values.headline } : {}) };
      if (!seg.span) return say('select the span', true);
      change((rec) => { rec.segments ??= []; if (f.ref) rec.segments[f.ref[1]] = seg; else rec.segments.push(seg); }, `segment ${seg.id}`);
    });
  }
  if (f.kind === 'citation') {
    const c = f.ref ? at(r, f.ref) : null;
    return panel(f.ref ? `Edit citation ${c.id}` : 'Add a citation (a source you read)', [
      input('f-cid', 'Id (c- and a few words)', c?.id ?? 'c-', { required: true, pattern: 'c-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
      input('f-url', 'Address (URL)', c?.url ?? '', { type: 'url' }),
      input('f-pub', 'Publication', c?.publication ?? ''),
      input('f-title', 'Title', c?.title ?? ''),
      input('f-published', 'Published (YYYY-MM-DD)', c?.published ?? ''),
      input('f-cquote', 'The words of it that support the values citing it', c?.quote ?? ''),
    ], () => {
      const cit = Object.fromEntries(Object.entries({ id: val('f-cid'), url: val('f-url'), publication: val('f-pub'), title: val('f-title'), published: val('f-published'), quote: val('f-cquote') }).filter(([, v]) => v));
      change((rec) => { rec.citations ??= []; if (f.ref) rec.citations[f.ref[1]] = cit; else rec.citations.push(cit); }, `citation ${cit.id}`);
    });
  }
  if (f.kind === 'ignored') {
    const g = at(r, f.ref);
    return panel(`Marks ${clip(g.span.exact, 40)} that are not a quote`, [
      select_('f-reason', 'Why they do not enclose a quote', vocab('ignoredMarkReason').map(([v, d]) => [v, `${v}: ${d}`]), g.reason, { 'data-autofocus': true }),
      input('f-dnote', 'Note (required for "other")', g.note ?? ''),
    ], () => change((rec) => { rec.quoteMarks.ignored[f.ref[2]] = { span: g.span, reason: val('f-reason'), ...(val('f-dnote') ? { note: val('f-dnote') } : {}) }; }, 'marks updated'));
  }
  if (f.kind === 'dismiss') {
    const u = at(r, f.ref);
    return panel(`Dismiss the marks “${u.exact.slice(0, 40)}”`, [
      select_('f-reason', 'Why they do not enclose a quote', vocab('ignoredMarkReason').map(([v, d]) => [v, `${v}: ${d}`]), 'name', { 'data-autofocus': true }),
      input('f-dnote', 'Note (required for "other")', ''),
    ], () => {
      change((rec) => {
        rec.quoteMarks.unclassified.splice(f.ref[2], 1);
        if (rec.quoteMarks.unclassified.length === 0) delete rec.quoteMarks.unclassified;
        rec.quoteMarks.ignored.push({ span: { start: u.start, end: u.end, exact: u.exact }, reason: val('f-reason'), ...(val('f-dnote') ? { note: val('f-dnote') } : {}) });
      }, 'marks dismissed');
    });
  }
  return null;
}

function kindOf(ref) {
  if (ref[0] === 'quoteMarks') return ref[1] === 'ignored' && ref.length === 3 ? 'ignored' : undefined;
  return { entities: 'mention', quotes: 'quote', events: 'event', sourceIssues: 'issue', boilerplate: 'boilerplate', segments: 'segment', citations: 'citation' }[ref[0]];
}

/** Opens the annotation a problem points at, and its span; focuses the field named. */
function goToProblem(i) {
  const p = st.problems[i];
  if (!p) return;
  const segs = p.pointer.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const depth = segs[0] === 'entities' && segs[2] === 'mentions' ? 4 : segs[0] === 'quoteMarks' ? 3 : 2;
  // A problem about one annotation opens it; one about a place in the text (an unrecorded
  // name, an unaccounted mark) selects that place, and offers the form that would record it.
  const ref = segs.length >= depth && Number.isInteger(segs[depth - 1]) ? segs.slice(0, depth) : null;
  const item = ref ? at(st.record, ref) : null;
  const span = item && (item.start !== undefined ? item : item.content ?? item.target ?? item.span ?? item.trigger ?? item.evidence?.[0]);
  const range = /at \[(\d+), (\d+)\)/.exec(p.message);
  const mark = /at code point (\d+)/.exec(p.message);
  if (span && Number.isInteger(span.start)) st.sel = st.text.span(span.start, span.end);
  else if (range) st.sel = st.text.span(Number(range[1]), Number(range[2]));
  else if (mark) st.sel = st.text.span(Number(mark[1]), Number(mark[1]) + 1);
  st.form = ref && kindOf(ref) ? { kind: kindOf(ref), ref } : range && segs[0] === 'entities' ? { kind: 'mention', ref: null, entity: st.record.entities[segs[1]]?.entity } : null;
  render();
  if (st.form?.entity) /** @type {HTMLInputElement} */ (document.getElementById('f-entity')).value = st.form.entity;
  document.querySelector('.seg.selected')?.scrollIntoView({ block: 'center' });
  const field = segs[depth];
  const target = field && document.querySelector(`form.panel [data-field="${field}"], form.panel #f-${field}`);
  if (target) /** @type {HTMLElement} */ (target).focus();
  say(`${p.severity}: ${p.message}`, p.severity === 'error');
}

// ---------- review ----------
function annotationsToReview() {
  const r = st.record;
  return [
    ...(r.entities ?? []).flatMap((e, i) => e.mentions.map((m, j) => ({ ref: ['entities', i, 'mentions', j], label: `Mention of ${e.entity} (${m.form}): “${m.exact}”`, span: m }))),
    ...(r.quotes ?? []).map((q, i) => ({ ref: ['quotes', i], label: `Quote ${q.id} (${q.kind}) by ${q.speaker.entity ?? q.speaker.description}: “${q.content.exact}”`, span: q.content })),
    ...(r.events ?? []).map((ev, i) => ({ ref: ['events', i], label: `Event ${ev.id}: ${ev.type}, ${ev.summary} Trigger “${ev.trigger.exact}”; participants ${ev.participants.map((p) => `${p.role} ${p.entity}`).join(', ') || 'none'}; dates ${ev.dates.map((d) => `${d.role} ${d.value} (${d.precision}, ${d.resolution})`).join(', ') || 'none'}${ev.registry ? `; reports ${ev.registry.event} (${ev.registry.relation})` : ''}.`, span: ev.evidence[0] })),
    ...(r.sourceIssues ?? []).map((s, i) => ({ ref: ['sourceIssues', i], label: `Source issue ${s.id} (${s.kind}): “${s.target.exact}” → ${s.corrected ?? 'unknown'}`, span: s.target })),
    ...(r.boilerplate ?? []).map((b, i) => ({ ref: ['boilerplate', i], label: `Boilerplate (${b.kind}): “${b.span.exact.slice(0, 60)}”`, span: b.span })),
    ...(r.segments ?? []).map((s, i) => ({ ref: ['segments', i], label: `Segment ${s.id} (${s.kind})`, span: s.span })),
  ];
}

function startReview() {
  if (!st) return;
  if (st.dirty) return say('save your changes before a review pass', true);
  st.review = { items: annotationsToReview(), at: 0, confirmed: 0, flagged: [] };
  showReviewItem();
}

function showReviewItem() {
  const item = st.review.items[st.review.at];
  st.sel = item?.span ? st.text.span(item.span.start, item.span.end) : null;
  render();
  document.querySelector('.seg.selected')?.scrollIntoView({ block: 'center' });
  document.getElementById('confirm')?.focus();
}

function reviewPanel() {
  const rv = st.review;
  const item = rv.items[rv.at];
  if (!item) {
    const who = h('input', { id: 'reviewer', name: 'reviewer', required: true, 'data-autofocus': true });
    const errorsLeft = st.problems.filter((p) => p.severity === 'error').length;
    const checked = h('input', { type: 'checkbox', id: 'mark-checked', disabled: errorsLeft > 0 || rv.flagged.length > 0 });
    return [h('h2', {}, 'Review pass done'), h('p', {}, `${rv.confirmed} confirmed, ${rv.flagged.length} flagged.`),
      h('form', { class: 'panel', onsubmit: async (ev) => {
        ev.preventDefault();
        try {
          const saved = await api('POST', `/api/articles/${st.id}/review`, { version: st.version, reviewer: /** @type {HTMLInputElement} */ (who).value, confirmed: rv.confirmed, flagged: rv.flagged, checked: /** @type {HTMLInputElement} */ (checked).checked });
          st.review = null;
          await openArticle(st.id);
          say(`review pass written to review.history (${saved.problems.length} problem(s))`);
        } catch (e) { say(e.message, true); }
      } }, h('label', { for: 'reviewer' }, 'Your name', who),
        h('label', { for: 'mark-checked' }, checked, errorsLeft > 0 || rv.flagged.length > 0 ? ' Mark the record as checked (only with no error and nothing flagged)' : ' Mark the record as checked: it has no error, and you read all of it against the text'),
        h('button', { type: 'submit', class: 'primary' }, 'Write the review pass')),
      h('button', { type: 'button', onclick: () => { st.review = null; render(); } }, 'Leave without writing')];
  }
  const comment = h('input', { id: 'flag-comment', name: 'comment' });
  const next = () => { rv.at++; showReviewItem(); };
  return [h('h2', {}, `Review: ${rv.at + 1} of ${rv.items.length}`),
    h('div', { class: 'review-card' }, h('p', {}, item.label),
      h('div', { class: 'row' }, h('button', { type: 'button', id: 'confirm', class: 'primary', 'aria-keyshortcuts': 'C', onclick: () => { rv.confirmed++; next(); } }, 'Confirm ', h('kbd', {}, 'C')),
        h('label', { for: 'flag-comment' }, 'What is wrong', comment),
        h('button', { type: 'button', id: 'flag', 'aria-keyshortcuts': 'F', onclick: () => { rv.flagged.push({ pointer: '/' + item.ref.join('/'), comment: /** @type {HTMLInputElement} */ (comment).value }); next(); } }, 'Flag ', h('kbd', {}, 'F')))),
    h('button', { type: 'button', onclick: () => { st.review = null; render(); } }, 'Stop reviewing')];
}

// ---------- keys ----------
document.addEventListener('keydown', (ev) => {
  if (!st) return;
  const typing = /** @type {HTMLElement} */ (ev.target).closest('input, textarea, select');
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 's') { ev.preventDefault(); save(); return; }
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 'z' && !typing) { ev.preventDefault(); undo(); return; }
  if (ev.key === 'Escape') {
    // From the find box, Esc only leaves it (a form being filled stays open); elsewhere it
    // closes the form. Either way the keys act on the selection again.
    if (/** @type {HTMLElement} */ (ev.target).id !== 'find' && !st.review) { st.form = null; render(); }
    document.getElementById('text')?.focus({ preventScroll: true });
    return;
  }
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (st.review) {
    if (ev.key === 'c') document.getElementById('confirm')?.click();
    if (ev.key === 'f') document.getElementById('flag')?.click();
    return;
  }
  if (ev.key === 'd') { ev.preventDefault(); openForm('details'); return; }
  const forms = { m: 'mention', q: 'quote', e: 'event', i: 'issue', b: 'boilerplate', g: 'segment' };
  if (forms[ev.key] && st.sel) { ev.preventDefault(); openForm(forms[ev.key]); }
  else if (ev.key === '/') { ev.preventDefault(); document.getElementById('find')?.focus(); }
  else if (ev.key === 'n' && st.problems.length) { st.nextProblem = ((st.nextProblem ?? -1) + 1) % st.problems.length; goToProblem(st.nextProblem); }
  else if (ev.key === 'r') startReview();
});
