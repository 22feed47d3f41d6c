// @ts-check
// A mention: a span of the text naming an entity of the registry, with its form; from here
// a new entity is made, every occurrence is marked, and the entity's note in this article
// is written.
import { h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, entityId, openForm, val } from '../state.js';
import { createButton, input, noteField, panel, spanField, vocabChoice } from './fields.js';

export function mentionForm(f) {
  const r = app.st.record;
  const values = {};
  const cur = f.ref ? at(r, f.ref) : null;
  const listing = f.ref ? r.entities[f.ref[1]] : null;
  return panel(f.ref ? 'Edit mention' : 'Add a mention', [
    input('f-entity', 'Entity (type a name or alias to search)', listing?.entity ?? f.entity ?? '', { list: 'entity-list', required: true, 'data-autofocus': true, autocomplete: 'off' }, 'An entity of the registry: its id, or a name or alias that names one entity.'),
    createButton('Create a new entity', 'entity', 'f-entity', { seedName: app.st.sel?.exact }),
    vocabChoice('f-form', 'Form', 'mentionForm', cur?.form ?? 'name'),
    spanField('Span', 'span', cur ? { start: cur.start, end: cur.end, exact: cur.exact } : app.st.sel, values),
    h('button', { type: 'button', onclick: () => markAll(values) }, 'Mark every occurrence…'),
    noteField('f-mnote', listing?.note, 'A note on this entity in this article (on its listing, not on one mention): who exactly "the company" is, say, and how the text shows it.'),
  ], () => {
    const id = entityId(val('f-entity'));
    if (!id) return say(`"${val('f-entity')}" names no single entity of the registry; pick one from the list (by name, alias or id) or create it`, true);
    if (!values.span) return say('select the mention first', true);
    change((rec) => {
      if (f.ref) { const e = rec.entities[f.ref[1]]; e.mentions.splice(f.ref[3], 1); if (!e.mentions.length) rec.entities.splice(f.ref[1], 1); }
      let e = rec.entities.find((x) => x.entity === id);
      if (!e) rec.entities.push((e = { entity: id, mentions: [] }));
      e.mentions.push({ ...values.span, form: val('f-form') });
      if (val('f-mnote')) e.note = val('f-mnote'); else delete e.note;
    }, `mention of ${id}`);
  });
}

/** Opens the list of every occurrence of the span's words and of the entity's names. */
function markAll(values) {
  const id = entityId(val('f-entity'));
  if (!id) return say('name the entity first: its occurrences are marked as its mentions', true);
  openForm('occurrences', null, { nested: true, entity: id, words: values.span?.exact ?? null, form: val('f-form') });
}
