// @ts-check
// Every annotation of the record, by kind, each with Edit and Delete.
import { clip, h } from './dom.js';
import { app, openForm } from './state.js';

export function annotationLists(remove) {
  const r = app.st.record;
  const list = (title, items) => [h('h2', {}, `${title} (${items.length})`), h('ul', {}, items.map(([ref, label, kind]) => h('li', {}, h('span', { class: 'what' }, label),
    h('button', { type: 'button', onclick: () => openForm(kind, ref) }, 'Edit'),
    h('button', { type: 'button', onclick: () => remove(kind, ref) }, 'Delete'))))];
  return [
    openItems(),
    list('Entities and mentions', (r.entities ?? []).flatMap((e, i) => e.mentions.map((m, j) => [['entities', i, 'mentions', j], `${e.entity}: “${clip(m.exact, 40)}” [${m.start}, ${m.end}) (${m.form ?? 'no form'})`, 'mention']))),
    list('Quotes', (r.quotes ?? []).map((q, i) => [['quotes', i], `${q.id} (${q.kind}) ${q.speaker?.entity ?? q.speaker?.description ?? ''}: “${clip(q.content.exact, 50)}”`, 'quote'])),
    list('Events', (r.events ?? []).map((ev, i) => [['events', i], `${ev.id}: ${ev.type}, ${ev.summary}`, 'event'])),
    list('Source issues', (r.sourceIssues ?? []).map((s, i) => [['sourceIssues', i], `${s.id} (${s.kind}): “${clip(s.target.exact, 40)}”`, 'issue'])),
    list('Boilerplate', (r.boilerplate ?? []).map((b, i) => [['boilerplate', i], `${b.kind}: “${clip(b.span.exact, 40)}”`, 'boilerplate'])),
    list('Quotation marks that are not quotes', (r.quoteMarks?.ignored ?? []).map((g, i) => [['quoteMarks', 'ignored', i], `${g.reason}: ${clip(g.span.exact, 40)} [${g.span.start}, ${g.span.end})`, 'ignored'])),
    list('Segments', (r.segments ?? []).map((s, i) => [['segments', i], `${s.id} (${s.kind})`, 'segment'])),
    list('Citations (sources read)', (r.citations ?? []).map((c, i) => [['citations', i], `${c.id}: ${c.title ?? c.url ?? c.publication}`, 'citation'])),
    h('button', { type: 'button', onclick: () => openForm('citation') }, 'Add a citation'),
  ];
}

/** Quotation marks not yet recorded as a quote or dismissed. */
function openItems() {
  const unclassified = app.st.record.quoteMarks?.unclassified ?? [];
  // A pair of marks selects the words inside them; a lone mark selects itself.
  const inner = (u) => (u.end - u.start > 1 ? 1 : 0);
  return [h('h2', {}, 'Open items'),
    h('ul', {}, unclassified.map((u, i) => h('li', {}, h('span', { class: 'what' }, `marks at [${u.start}, ${u.end}): ${u.exact.slice(0, 50)}`),
      h('button', { type: 'button', onclick: () => { app.st.sel = app.st.text.span(u.start + inner(u), u.end - inner(u)); openForm('quote'); } }, 'Record as quote'),
      h('button', { type: 'button', onclick: () => openForm('dismiss', ['quoteMarks', 'unclassified', i]) }, 'Dismiss'))))];
}
