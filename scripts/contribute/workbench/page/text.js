// @ts-check
// The article text and the selection in it. Offsets are Unicode code points throughout:
// every selection is converted from the browser's UTF-16 positions by counting code points.
import { clip, h, say } from './dom.js';
import { app, render } from './state.js';

/** A text addressed in code points. */
export class CodePoints {
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
  /** @returns {import('./state.js').Span} */
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

/** Every highlighted span of the record, with the annotation it belongs to. */
function highlights() {
  const r = app.st.record;
  const out = [];
  const push = (s, cls, ref, label) => s && Number.isInteger(s.start) && out.push({ start: s.start, end: s.end, cls, ref, label });
  (r.entities ?? []).forEach((e, i) => (e.mentions ?? []).forEach((m, j) => push(m, 'mention', ['entities', i, 'mentions', j], `mention of ${e.entity} (${m.form ?? 'no form'})`)));
  (r.quotes ?? []).forEach((q, i) => [q.content, ...(q.continuation ?? [])].forEach((c) => push(c, 'quote', ['quotes', i], `${q.kind} quote ${q.id}`)));
  (r.events ?? []).forEach((ev, i) => (ev.evidence ?? []).forEach((s) => push(s, 'evidence', ['events', i], `evidence of ${ev.id} (${ev.type})`)));
  (r.sourceIssues ?? []).forEach((s, i) => push(s.target, 'issue', ['sourceIssues', i], `source issue ${s.id} (${s.kind})`));
  (r.boilerplate ?? []).forEach((b, i) => push(b.span, 'boilerplate', ['boilerplate', i], `boilerplate (${b.kind})`));
  return out;
}

/** The text cut at every edge of an annotation or the selection, each piece a span. */
export function renderText() {
  const st = app.st;
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
    if (over.length) {
      st.form = { kind: 'overlaps', over };
      render();
    }
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

/** Selects [a, b) of the text. */
export function select(a, b) {
  app.st.sel = app.st.text.span(a, b);
  render();
  say(`selected [${a}, ${b}): “${clip(app.st.sel.exact)}”`);
}

/** The find box: each Enter selects the next occurrence of the words typed. */
export function findBar() {
  const st = app.st;
  const find = h('input', { id: 'find', type: 'text', 'aria-keyshortcuts': '/', placeholder: 'words of the text', value: st.findText ?? '' });
  return h('form', { class: 'find', role: 'search', onsubmit: (ev) => {
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
}
