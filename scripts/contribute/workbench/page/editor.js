// @ts-check
// Draws the open record: its id, the keys, the text with the find box, and the side panel
// (editing, or the review pass).
import { h } from './dom.js';
import { editPanel } from './panel.js';
import { reviewPanel } from './review.js';
import { app, entities, setRenderer } from './state.js';
import { findBar, renderText } from './text.js';

function drawEditor() {
  const st = app.st;
  const fresh = Boolean(st.form && !st.form.el);
  const aside = h('aside', { 'aria-label': 'Annotations' }, st.review ? reviewPanel() : editPanel());
  const keys = /** @type {HTMLTemplateElement} */ (document.getElementById('keys-help')).content.cloneNode(true);
  // One list of entities for every form's entity fields, drawn anew, so it always holds
  // the entities made since a form opened.
  const list = h('datalist', { id: 'entity-list' }, entities().map((e) => h('option', { value: e.id }, `${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`)));
  /** @type {HTMLElement} */ (document.getElementById('main')).replaceChildren(h('h2', {}, st.id, st.dirty ? ' (unsaved changes)' : ''), keys, list, h('div', { class: 'layout' }, h('section', { 'aria-label': 'Text' }, findBar(), renderText()), aside));
  // A form just opened takes the focus; one being filled keeps its place and its values.
  const focus = fresh && document.querySelector('form.panel [data-autofocus]');
  if (focus) /** @type {HTMLElement} */ (focus).focus();
}

setRenderer(drawEditor);
