// @ts-check
// Every kind of form, by the name the editor opens it with. A new form is a module beside
// this one and a line in FORMS; a new kind of annotation also needs a line in kindOf, its
// button and list in ../panel.js, its highlight in ../text.js, its item in ../review.js
// and, if it has a key, one in ../keys.js.
import { h } from '../dom.js';
import { app, openForm } from '../state.js';
import { boilerplateForm } from './boilerplate.js';
import { citationForm } from './citation.js';
import { detailsForm } from './details.js';
import { entityForm } from './entity.js';
import { eventForm } from './event.js';
import { closeButton } from './fields.js';
import { issueForm } from './issue.js';
import { dismissForm, ignoredForm } from './marks.js';
import { mentionForm } from './mention.js';
import { occurrencesForm } from './occurrences.js';
import { registryEventForm } from './registry-event.js';
import { quoteForm } from './quote.js';
import { segmentForm } from './segment.js';

/** The list of annotations under a clicked place of the text, each with Edit. */
function overlapsForm(f) {
  return h('div', { class: 'panel' }, h('h3', {}, 'Annotations here'), h('ul', {}, f.over.map((a) => h('li', {}, h('span', { class: 'what' }, a.label), h('button', { type: 'button', onclick: () => openForm(kindOf(a.ref), a.ref) }, 'Edit')))), closeButton());
}

const FORMS = {
  overlaps: overlapsForm,
  mention: mentionForm,
  occurrences: occurrencesForm,
  'registry-event': registryEventForm,
  details: detailsForm,
  entity: entityForm,
  quote: quoteForm,
  event: eventForm,
  issue: issueForm,
  boilerplate: boilerplateForm,
  segment: segmentForm,
  citation: citationForm,
  ignored: ignoredForm,
  dismiss: dismissForm,
};

/** The kind of form that edits the item at a path of the record. */
export function kindOf(ref) {
  if (ref[0] === 'quoteMarks') return ref[1] === 'ignored' && ref.length === 3 ? 'ignored' : undefined;
  return { entities: 'mention', quotes: 'quote', events: 'event', sourceIssues: 'issue', boilerplate: 'boilerplate', segments: 'segment', citations: 'citation' }[ref[0]];
}

/** The open form, built once: a new selection re-renders the page around it, not its fields,
 * and a form it opened returns to it with its values. */
export function formPanel() {
  const f = app.st.form;
  if (!f.el) f.el = FORMS[f.kind]?.(f) ?? null;
  return f.el;
}
