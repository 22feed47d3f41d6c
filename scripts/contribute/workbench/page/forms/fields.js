// @ts-check
// The parts every form is built from: labelled inputs and selects, a span field that takes
// the current selection, the entity list, and the form frame with Apply and Close.
import { clip, h, say } from '../dom.js';
import { app, render } from '../state.js';

/** A form: its fields, then Apply (which runs `onsubmit`) and Close. */
export function panel(title, fields, onsubmit) {
  return h('form', { class: 'panel', 'aria-label': title, onsubmit: (ev) => { ev.preventDefault(); onsubmit(); } }, h('h3', {}, title), fields, h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'), closeButton()));
}

/** Closes the open form without applying it. */
export function closeButton() {
  return h('button', { type: 'button', onclick: () => { app.st.form = null; render(); } }, 'Close ', h('kbd', {}, 'Esc'));
}

/** A field for a span: its current value and a button that takes the current selection. */
export function spanField(label, name, value, values) {
  values[name] = value ?? null;
  const shown = h('span', { class: 'muted', id: `f-${name}-shown` }, value ? `“${clip(value.exact, 50)}” [${value.start}, ${value.end})` : 'none');
  return h('fieldset', {}, h('legend', {}, label), shown, ' ',
    h('button', { type: 'button', 'data-field': name, onclick: () => { const sel = app.st.sel; if (!sel) return say('select the text first', true); values[name] = sel; shown.textContent = `“${clip(sel.exact, 50)}” [${sel.start}, ${sel.end})`; } }, 'Use the selection'),
    h('button', { type: 'button', onclick: () => { values[name] = null; shown.textContent = 'none'; } }, 'Clear'));
}

/** A labelled select of [value, label] options. */
export function choice(id, label, options, value, attrs = {}) {
  return h('label', { for: id }, label, h('select', { id, name: id, ...attrs }, options.map(([v, l]) => h('option', { value: v, selected: v === value }, l))));
}

/** A labelled input. */
export function input(id, label, value, attrs = {}) {
  return h('label', { for: id }, label, h('input', { id, name: id, value: value ?? '', ...attrs }));
}

/** The registry's entities, offered by id with their names and aliases. */
export function entityOptions() {
  return h('datalist', { id: 'entity-list' }, app.ctx.entities.map((e) => h('option', { value: e.id }, `${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`)));
}

/** A list of items with a Remove button each; `redraw` draws it again after a change. */
export function removableList(list, items, label, redraw) {
  list.replaceChildren(...items.map((x, i) => h('li', {}, label(x), h('button', { type: 'button', onclick: () => { items.splice(i, 1); redraw(); } }, 'Remove'))));
}
