// @ts-check
// Opening, changing, undoing and saving the record with the entity and registry event files
// made or edited with it. Every change is checked by the server with the validator's rules
// before it is taken, one at a time in the order made, and kept as a draft beside the
// record; nothing reaches the data before Save, which writes all of it or none.
import { say } from './dom.js';
import { checkArticle, discardDraft, getArticle, getContext, getDraft, keepDraft, saveArticle } from './server-calls.js';
import { CodePoints } from './text.js';
import { app, at, closeForm, render } from './state.js';
import { author } from './author.js';

/** The change as the server takes it: the record, and the pending files as lists. */
const changeOf = (record, pending) => ({ record, entities: Object.values(pending.entities), events: Object.values(pending.events) });
const snapshotOf = (st) => JSON.stringify({ record: st.record, pending: st.pending });

export async function openArticle(id) {
  const data = await getArticle(id);
  app.st = { id, record: data.record, pending: { entities: {}, events: {} }, saved: '', version: data.version, text: new CodePoints(data.text), problems: data.problems, undo: [], sel: null, form: null, formStack: [], dirty: false, review: null, findHits: [], findAt: -1, kept: data.draft };
  app.st.saved = snapshotOf(app.st);
  /** @type {HTMLElement} */ (document.getElementById('actions')).hidden = false;
  render();
  say(data.draft ? `opened ${id}: unsaved work from ${new Date(data.draft.savedAt).toLocaleString()} was kept; restore it or discard it (above the selection)` : `opened ${id}`);
}

/** Takes a checked change: the canonical values the server returned, and its problems. */
function adopt(st, checked, pending) {
  st.record = checked.record;
  for (const [key, list] of [['entities', checked.entities], ['events', checked.events]]) {
    for (const value of list) pending[key][value.id] = { ...pending[key][value.id], value };
  }
  st.pending = pending;
  st.problems = checked.problems;
  st.dirty = snapshotOf(st) !== st.saved;
}

let queue = Promise.resolve();

/**
 * Applies a change to a copy of the record and of the pending files, then re-checks it with
 * the validator's rules. Changes run one after another, each on the result of the last, and
 * one that returns closes only the form that made it (`form`), never one opened meanwhile.
 * `made` is the id of an entity or registry event it made, for the form that asked for it;
 * `closeParent` closes the form it was opened from too.
 */
export function change(mutate, message, options = {}) {
  const form = app.st?.form;
  queue = queue.then(() => applyChange(mutate, message, form, options));
  return queue;
}

async function applyChange(mutate, message, form, { made = null, closeParent = false }) {
  const st = app.st;
  const before = { record: structuredClone(st.record), pending: structuredClone(st.pending) };
  const next = structuredClone(before);
  mutate(next.record, next.pending);
  try {
    const checked = await checkArticle(st.id, changeOf(next.record, next.pending));
    st.undo.push(before);
    adopt(st, checked, next.pending);
    if (form && st.form === form) {
      closeForm(made);
      // Marking every occurrence settles the mention form it came from as well.
      if (closeParent && st.form) closeForm();
    }
    else {
      st.formStack = st.formStack.filter((f) => f !== form);
      render();
    }
    say(`${message}: not saved yet (Ctrl+S)`);
    keep(st);
  } catch (e) { say(e.message, true); }
}

/** Keeps the unsaved work beside the record; a failure to keep it is said, not hidden. */
function keep(st) {
  if (!st.dirty) return;
  keepDraft(st.id, changeOf(st.record, st.pending), st.version).catch((e) => say(`could not keep the unsaved work: ${e.message}`, true));
}

export async function undo() {
  const st = app.st;
  if (!st || st.undo.length === 0) return say('nothing to undo');
  const prev = st.undo.pop();
  const checked = await checkArticle(st.id, changeOf(prev.record, prev.pending));
  adopt(st, checked, prev.pending);
  render();
  keep(st);
  say(st.dirty ? 'undone: not saved yet' : 'undone: the record is as saved');
}

/** The record with the history entry that signs today's work by `name`, added once a day. */
function signed(record, name) {
  const today = new Date().toISOString().slice(0, 10);
  const out = structuredClone(record);
  const entry = { date: today, change: 'Annotated in the workbench.', by: name };
  if (!out.review.history.some((e) => e.date === entry.date && e.change === entry.change && e.by === name)) out.review.history.push(entry);
  return out;
}

export async function save() {
  const st = app.st;
  if (!st) return;
  const name = author();
  if (!name) return say('write your name in "Your name" first: it signs the record\'s history', true);
  try {
    const record = signed(st.record, name);
    const saved = await saveArticle(st.id, changeOf(record, st.pending), st.version);
    st.record = record;
    const written = Object.keys(saved.versions ?? {}).length;
    st.version = saved.version;
    st.problems = saved.problems;
    st.pending = { entities: {}, events: {} };
    app.ctx = await getContext();
    st.saved = snapshotOf(st);
    st.dirty = false;
    st.kept = null;
    render();
    const regenerated = saved.regenerated?.length ? `; regenerated ${saved.regenerated.join(' and ')} from the data (commit them too)` : '';
    say(`saved data/articles/${st.id}.json${written > 1 ? ` and ${written - 1} entity or registry event file(s)` : ''}${regenerated}`);
  } catch (e) { say(e.message, true); }
}

/** Takes back the unsaved work kept from an earlier visit. */
export async function restoreKept() {
  const st = app.st;
  try {
    const draft = await getDraft(st.id);
    const pending = { entities: {}, events: {} };
    for (const f of draft.change.entities) pending.entities[f.value.id] = f;
    for (const f of draft.change.events) pending.events[f.value.id] = f;
    const checked = await checkArticle(st.id, changeOf(draft.change.record, pending));
    st.undo.push({ record: st.record, pending: st.pending });
    adopt(st, checked, pending);
    st.kept = null;
    render();
    say(`restored the unsaved work from ${new Date(draft.savedAt).toLocaleString()}: not saved yet (Ctrl+S)`);
  } catch (e) { say(e.message, true); }
}

/** Drops the unsaved work kept from an earlier visit. */
export async function discardKept() {
  const st = app.st;
  await discardDraft(st.id);
  st.kept = null;
  render();
  say('discarded the kept unsaved work');
}

/** Deletes one annotation; an entity left with no mention leaves the record too. */
export function remove(kind, ref) {
  change((r) => {
    if (kind === 'mention') {
      const e = r.entities[ref[1]];
      e.mentions.splice(ref[3], 1);
      if (e.mentions.length === 0) r.entities.splice(ref[1], 1);
    } else at(r, ref.slice(0, -1)).splice(ref[ref.length - 1], 1);
  }, `deleted ${ref.join('/')}`);
}
