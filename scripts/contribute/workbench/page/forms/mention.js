// @ts-check
// A mention: a span of the text naming an entity of the registry, with its form.
import { change } from '../edits.js';
import { app, at, entityId, openForm, val, vocab } from '../state.js';
import { h, say } from '../dom.js';
import { choice, entityOptions, input, panel, spanField } from './fields.js';

export function mentionForm(f) {
  const r = app.st.record;
  const values = {};
  const cur = f.ref ? at(r, f.ref) : null;
  const entity = f.ref ? r.entities[f.ref[1]].entity : '';
  return panel(f.ref ? 'Edit mention' : 'Add a mention', [
    entityOptions(),
    input('f-entity', 'Entity (type a name or alias to search)', entity, { list: 'entity-list', required: true, 'data-autofocus': true, autocomplete: 'off' }),
    choice('f-form', 'Form', vocab('mentionForm').map(([v, d]) => [v, `${v}: ${d}`]), cur?.form ?? 'name'),
    spanField('Span', 'span', cur ? { start: cur.start, end: cur.end, exact: cur.exact } : app.st.sel, values),
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
