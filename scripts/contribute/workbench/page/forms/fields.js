// @ts-check
// The parts every form is built from: labelled inputs and selects (a vocabulary's select
// shows the definition of the value chosen, not of every value), a span field that takes
// the current selection, lists with Remove, citation ids, and the form frame with Apply and
// Close. Typing into a form marks it touched, so that nothing replaces it silently.
import { clip, h, say } from '../dom.js';
import { app, closeForm, entityId, ids, openForm, val, vocab } from '../state.js';

/** A form: its fields, then Apply (which runs `onsubmit`) and Close. */
export function panel(title, fields, onsubmit) {
  const touch = () => { if (app.st.form) app.st.form.touched = true; };
  return h('form', { class: 'panel', 'aria-label': title, oninput: touch, onchange: touch, onsubmit: (ev) => { ev.preventDefault(); onsubmit(); } },
    h('h3', {}, title), app.st.formStack.length ? h('p', { class: 'muted' }, `Opened from the ${app.st.formStack.at(-1).kind} form: Apply or Close returns to it, with its values.`) : null,
    fields, h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'), closeButton()));
}

/** Closes the open form without applying it (and returns to the form it came from). */
export function closeButton() {
  return h('button', { type: 'button', onclick: () => closeForm() }, 'Close ', h('kbd', {}, 'Esc'));
}

const spanText = (s) => `“${clip(s.exact, 50)}” [${s.start}, ${s.end})`;

/** A field for a span: its current value and a button that takes the current selection. */
export function spanField(label, name, value, values) {
  values[name] = value ?? null;
  const shown = h('span', { class: 'muted', id: `f-${name}-shown` }, value ? spanText(value) : 'none');
  return h('fieldset', {}, h('legend', {}, label), shown, ' ',
    h('button', { type: 'button', 'data-field': name, onclick: () => { const sel = app.st.sel; if (!sel) return say('select the text first', true); values[name] = sel; shown.textContent = spanText(sel); } }, 'Use the selection'),
    h('button', { type: 'button', onclick: () => { values[name] = null; shown.textContent = 'none'; } }, 'Clear'));
}

/** A field for a list of spans: each with Remove, and a button that adds the selection. */
export function spansField(label, spans, name) {
  const list = h('ul', {});
  const redraw = () => removableList(list, spans, spanText, redraw);
  redraw();
  const el = h('fieldset', {}, h('legend', {}, label), list, h('button', { type: 'button', 'data-field': name, onclick: () => { if (!app.st.sel) return say('select the text first', true); spans.push(app.st.sel); redraw(); } }, 'Add the selection'));
  // The owner empties `spans` after using them, then draws the list again.
  el.redraw = redraw;
  return el;
}

/** A labelled select of [value, label] options; the label names the field only. */
export function choice(id, label, options, value, attrs = {}) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('select', { id, name: id, ...attrs }, options.map(([v, l]) => h('option', { value: v, selected: v === value }, l))));
}

/** A select of a vocabulary's values, with the definition of the one chosen below it. */
export function vocabChoice(id, label, name, value, attrs = {}) {
  const defs = app.ctx.vocabularies[name] ?? {};
  const entries = vocab(name);
  const chosen = value ?? entries[0]?.[0];
  const def = h('p', { class: 'definition', id: `${id}-def` }, defs[chosen] ?? '');
  const onchange = (e) => { def.textContent = defs[e.target.value] ?? ''; attrs.onchange?.(e); };
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('select', { id, name: id, ...attrs, onchange, 'aria-describedby': `${id}-def` }, entries.map(([v]) => h('option', { value: v, selected: v === chosen }, v))), def);
}

/** A labelled input, with a line of help below it when one is given. */
export function input(id, label, value, attrs = {}, help = null) {
  const described = help ? { 'aria-describedby': `${id}-help` } : {};
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, value: value ?? '', ...described, ...attrs }), help ? h('p', { class: 'definition', id: `${id}-help` }, help) : null);
}

/** A labelled text area for a note. */
export function noteField(id, value, help = 'For a reader of the record: why a value is what it is, where the text alone does not show it. No working shorthand or open questions.') {
  return h('div', { class: 'field' }, h('label', { for: id }, 'Note'), h('textarea', { id, name: id, rows: 2, 'aria-describedby': `${id}-help` }, value ?? ''), h('p', { class: 'definition', id: `${id}-help` }, help));
}

/** A list of items with a Remove button each; `redraw` draws it again after a change. */
export function removableList(list, items, label, redraw) {
  list.replaceChildren(...items.map((x, i) => h('li', {}, label(x), h('button', { type: 'button', onclick: () => { items.splice(i, 1); redraw(); } }, 'Remove'))));
}

/** A button that opens a form for a new entity (or registry event) from inside this one;
 * the id made goes into the field `into` when it returns. */
export function createButton(label, kind, into, seed = {}) {
  // `seed` may be a function, read when the button is pressed (the values typed by then).
  return h('button', { type: 'button', onclick: () => openForm(kind, null, { nested: true, into, ...(typeof seed === 'function' ? seed() : seed) }) }, label);
}

/**
 * A basis from the form's fields: citation ids typed, and the spans of the text chosen;
 * `article` names this record's text for a basis outside the record (an entity's, say).
 */
export function basisOf(citeId, spans, article = null) {
  const cite = ids(val(citeId));
  if (!cite.length && !spans.length) return undefined;
  return { ...(cite.length ? { cite } : {}), ...(spans.length ? { text: [...spans], ...(article ? { article } : {}) } : {}) };
}

/** The participants of an event (fields prefixed `prefix`), and the fields that add one. */
export function participantsField(prefix, participants) {
  const list = h('ul', {});
  const redraw = () => removableList(list, participants, (p) => `${p.role}: ${p.entity}`, redraw);
  redraw();
  return h('fieldset', {}, h('legend', {}, 'Participants'), list,
    h('div', { class: 'row' }, input(`${prefix}-entity`, 'Entity', '', { list: 'entity-list', autocomplete: 'off' }), vocabChoice(`${prefix}-role`, 'Role', 'participantRole', 'agent'),
      h('button', { type: 'button', onclick: () => {
        const id = entityId(val(`${prefix}-entity`));
        if (!id) return say(`"${val(`${prefix}-entity`)}" names no single entity of the registry`, true);
        participants.push({ entity: id, role: val(`${prefix}-role`) });
        /** @type {HTMLInputElement} */ (document.getElementById(`${prefix}-entity`)).value = '';
        redraw();
      } }, 'Add participant')));
}
