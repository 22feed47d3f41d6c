// @ts-check
// The side panel while editing: kept unsaved work to restore, who you are, the selection
// with the buttons that annotate it, the open form, the problems of the whole change, the
// suggested mentions, and every annotation, entity file and registry event with Edit.
import { clip, h } from './dom.js';
import { discardKept, remove, restoreKept } from './edits.js';
import { formPanel } from './forms/index.js';
import { candidates } from './forms/occurrences.js';
import { goToProblem } from './problems.js';
import { annotationLists } from './lists.js';
import { deleteDraft, renameDraft } from './draft-actions.js';
import { app, entities, openForm, registryEvents } from './state.js';
import { author, setAuthor } from './author.js';

export function editPanel() {
  const st = app.st;
  const sel = st.sel;
  const add = (key, label, kind) => h('button', { type: 'button', 'aria-keyshortcuts': key.toUpperCase(), disabled: !sel, onclick: () => openForm(kind) }, label, ' ', h('kbd', {}, key.toUpperCase()));
  return [
    st.kept ? keptWork() : null,
    whoAmI(),
    h('h2', {}, 'Selection'),
    h('p', { class: 'muted' }, sel ? `[${sel.start}, ${sel.end}) “${clip(sel.exact, 80)}”` : 'Select text in the article, or use the find box.'),
    h('div', { class: 'row' }, add('m', 'Mention', 'mention'), add('q', 'Quote', 'quote'), add('e', 'Event', 'event'), add('i', 'Source issue', 'issue'), add('b', 'Boilerplate', 'boilerplate'), add('g', 'Segment', 'segment')),
    h('button', { type: 'button', 'aria-keyshortcuts': 'D', onclick: () => openForm('details') }, 'Article details: headline, publisher, date ', h('kbd', {}, 'D')),
    st.form ? formPanel() : null,
    problemList(),
    suggestions(),
    annotationLists(remove),
    registryLists(),
    st.record.review?.status === 'draft' ? h('div', { class: 'row' }, h('button', { type: 'button', onclick: renameDraft }, 'Rename this draft'), h('button', { type: 'button', onclick: deleteDraft }, 'Delete this draft')) : null,
  ];
}

/** Unsaved work kept from an earlier visit: restored or discarded, never applied unasked. */
function keptWork() {
  const kept = app.st.kept;
  const when = new Date(kept.savedAt).toLocaleString();
  if (!kept.current) return h('div', { class: 'panel notice', role: 'region', 'aria-label': 'Kept work' }, h('p', {}, `Unsaved work from ${when} is kept in data/.drafts/${app.st.id}.json, but the record changed on disk since; it cannot be restored here.`), h('button', { type: 'button', onclick: discardKept }, 'Discard it'));
  return h('div', { class: 'panel notice', role: 'region', 'aria-label': 'Kept work' }, h('p', {}, `Unsaved work from ${when} was kept.`), h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary', onclick: restoreKept }, 'Restore it'), h('button', { type: 'button', onclick: discardKept }, 'Discard it')));
}

/** The name that signs the history entry of one's work (kept in this browser). */
function whoAmI() {
  const name = h('input', { id: 'author', name: 'author', value: author(), autocomplete: 'name', oninput: (e) => setAuthor(e.target.value), 'aria-describedby': 'author-help' });
  return h('div', { class: 'field' }, h('label', { for: 'author' }, 'Your name'), name, h('p', { class: 'definition', id: 'author-help' }, 'It signs the history entry of your work when you save; a second reader under another name marks the record checked.'));
}

/** The problems of the record and of every entity, registry event and text the change touches. */
function problemList() {
  const st = app.st;
  const errors = st.problems.filter((p) => p.severity === 'error').length;
  const mine = `articles/${st.id}.json`;
  return [h('h2', {}, `Problems: ${errors} error(s), ${st.problems.length - errors} warning(s)`),
    h('ul', { class: 'problems' }, st.problems.map((p, i) => h('li', {}, h('button', { type: 'button', onclick: () => goToProblem(i) }, `${p.severity} ${i + 1}`), h('span', { class: `what ${p.severity}` }, `${p.file.endsWith(mine) ? '' : `${p.file.split('/').slice(-2).join('/')} `}${p.pointer || '/'}: ${p.message}`))))];
}

/** Entities whose names or aliases stand in the text where no mention holds them. */
function suggestions() {
  const found = entities().map((e) => [e, candidates(e.id, null).filter((c) => !c.inBoilerplate)]).filter(([, cs]) => cs.length > 0);
  return [h('h2', {}, `Suggested mentions (${found.length})`),
    h('ul', {}, found.map(([e, cs]) => h('li', {}, h('span', { class: 'what' }, `${e.id}: ${cs.length} place(s) where “${e.name}”${e.aliases.length ? ' or an alias' : ''} stands unmarked`), h('button', { type: 'button', onclick: () => openForm('occurrences', null, { entity: e.id, words: null, form: 'name' }) }, 'Review and mark'))))];
}

/** The entity files this record uses and the registry events it links to, with Edit. */
function registryLists() {
  const r = app.st.record;
  const used = new Set(r.entities.map((l) => l.entity));
  const linked = new Set(r.events.map((e) => e.registry?.event).filter(Boolean));
  const pending = app.st.pending;
  const mark = (kind, id) => (pending[kind][id] ? ' (not saved yet)' : '');
  return [
    h('h2', {}, 'Entity files of this record'),
    h('ul', {}, entities().filter((e) => used.has(e.id) || pending.entities[e.id]).map((e) => h('li', {}, h('span', { class: 'what' }, `${e.id}: ${e.name} (${e.kind})${e.wikidata ? `, ${e.wikidata}` : ''}${mark('entities', e.id)}`), h('button', { type: 'button', onclick: () => openForm('entity', null, { id: e.id }) }, 'Edit entity')))),
    h('button', { type: 'button', onclick: () => openForm('entity') }, 'Create an entity'),
    h('h2', {}, 'Registry events it reports'),
    h('ul', {}, registryEvents().filter((e) => linked.has(e.id) || pending.events[e.id]).map((e) => h('li', {}, h('span', { class: 'what' }, `${e.id}: ${e.summary}${mark('events', e.id)}`), h('button', { type: 'button', onclick: () => openForm('registry-event', null, { id: e.id }) }, 'Edit registry event')))),
    h('button', { type: 'button', onclick: () => openForm('registry-event') }, 'Create a registry event'),
  ];
}
