// @ts-check
// The side panel while editing: the selection with the buttons that annotate it, the open
// form, the record's problems, its open items, and every annotation with Edit and Delete.
import { clip, h } from './dom.js';
import { remove } from './edits.js';
import { formPanel } from './forms/index.js';
import { goToProblem } from './problems.js';
import { app, openForm } from './state.js';
import { select } from './text.js';

export function editPanel() {
  const st = app.st;
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
    openItems(),
    annotationLists(),
    h('button', { type: 'button', onclick: () => openForm('citation') }, 'Add a citation'),
    h('button', { type: 'button', onclick: () => openForm('entity') }, 'Create an entity'),
  ];
}

/** Quotation marks not yet recorded as a quote or dismissed. */
function openItems() {
  const unclassified = app.st.record.quoteMarks?.unclassified ?? [];
  // A pair of marks selects the words inside them; a lone mark selects itself.
  const inner = (u) => (u.end - u.start > 1 ? 1 : 0);
  return [h('h2', {}, 'Open items'),
    h('ul', {}, unclassified.map((u, i) => h('li', {}, h('span', { class: 'what' }, `marks at [${u.start}, ${u.end}): ${u.exact.slice(0, 50)}`),
      h('button', { type: 'button', onclick: () => { select(u.start + inner(u), u.end - inner(u)); openForm('quote'); } }, 'Record as quote'),
      h('button', { type: 'button', onclick: () => openForm('dismiss', ['quoteMarks', 'unclassified', i]) }, 'Dismiss'))))];
}

/** Every annotation of the record, by kind. */
function annotationLists() {
  const r = app.st.record;
  return [
    list('Entities and mentions', (r.entities ?? []).flatMap((e, i) => e.mentions.map((m, j) => [['entities', i, 'mentions', j], `${e.entity}: “${clip(m.exact, 40)}” [${m.start}, ${m.end}) (${m.form ?? 'no form'})`, 'mention']))),
    list('Quotes', (r.quotes ?? []).map((q, i) => [['quotes', i], `${q.id} (${q.kind}) ${q.speaker?.entity ?? q.speaker?.description ?? ''}: “${clip(q.content.exact, 50)}”`, 'quote'])),
    list('Events', (r.events ?? []).map((ev, i) => [['events', i], `${ev.id}: ${ev.type}, ${ev.summary}`, 'event'])),
    list('Source issues', (r.sourceIssues ?? []).map((s, i) => [['sourceIssues', i], `${s.id} (${s.kind}): “${clip(s.target.exact, 40)}”`, 'issue'])),
    list('Boilerplate', (r.boilerplate ?? []).map((b, i) => [['boilerplate', i], `${b.kind}: “${clip(b.span.exact, 40)}”`, 'boilerplate'])),
    list('Quotation marks that are not quotes', (r.quoteMarks?.ignored ?? []).map((g, i) => [['quoteMarks', 'ignored', i], `${g.reason}: ${clip(g.span.exact, 40)} [${g.span.start}, ${g.span.end})`, 'ignored'])),
    list('Segments', (r.segments ?? []).map((s, i) => [['segments', i], `${s.id} (${s.kind})`, 'segment'])),
    list('Citations (sources read)', (r.citations ?? []).map((c, i) => [['citations', i], `${c.id}: ${c.title ?? c.url ?? c.publication}`, 'citation'])),
  ];
}

function list(title, items) {
  return [h('h2', {}, `${title} (${items.length})`), h('ul', {}, items.map(([ref, label, kind]) => h('li', {}, h('span', { class: 'what' }, label),
    h('button', { type: 'button', onclick: () => openForm(kind, ref) }, 'Edit'),
    h('button', { type: 'button', onclick: () => remove(kind, ref) }, 'Delete'))))];
}
