// @ts-check
// Draws the open record: its id, the keys, the text with the find box, and the side panel
// (editing, or the review pass).
import { h } from './dom.js';
import { editPanel } from './panel.js';
import { reviewPanel } from './review.js';
import { app, setRenderer } from './state.js';
import { findBar, renderText } from './text.js';

function drawEditor() {
  const st = app.st;
  const fresh = Boolean(st.form && !st.form.el);
  const aside = h('aside', { 'aria-label': 'Annotations' }, st.review ? reviewPanel() : editPanel());
  const keys = /** @type {HTMLTemplateElement} */ (document.getElementById('keys-help')).content.cloneNode(true);
  /** @type {HTMLElement} */ (document.getElementById('main')).replaceChildren(h('h2', {}, st.id, st.dirty ? ' (unsaved changes)' : ''), keys, h('div', { class: 'layout' }, h('section', { 'aria-label': 'Text' }, findBar(), renderText()), aside));
  // A form just opened takes the focus; one being filled keeps its place and its values.
  const focus = fresh && document.querySelector('form.panel [data-autofocus]');
  if (focus) /** @type {HTMLElement} */ (focus).focus();
}

setRenderer(drawEditor);
