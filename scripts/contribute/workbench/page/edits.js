// @ts-check
// Opening, changing, undoing and saving the record. Every change is checked by the server
// with the validator's rules before it is taken, and nothing reaches the disk before Save.
import { say } from './dom.js';
import { checkArticle, getArticle, saveArticle } from './server-calls.js';
import { CodePoints } from './text.js';
import { app, at, render } from './state.js';

export async function openArticle(id) {
  const data = await getArticle(id);
  app.st = { id, record: data.record, saved: JSON.stringify(data.record), version: data.version, text: new CodePoints(data.text), problems: data.problems, undo: [], sel: null, form: null, dirty: false, review: null, findHits: [], findAt: -1 };
  /** @type {HTMLElement} */ (document.getElementById('actions')).hidden = false;
  render();
  say(`opened ${id}`);
}

/** Applies a change to a copy of the record, then re-checks it with the validator's rules. */
export async function change(mutate, message) {
  const st = app.st;
  const before = structuredClone(st.record);
  const next = structuredClone(st.record);
  mutate(next);
  try {
    const checked = await checkArticle(st.id, next);
    st.undo.push(before);
    st.record = checked.record;
    st.problems = checked.problems;
    st.dirty = JSON.stringify(st.record) !== st.saved;
    st.form = null;
    render();
    say(`${message}: not saved yet (Ctrl+S)`);
  } catch (e) { say(e.message, true); }
}

export async function undo() {
  const st = app.st;
  if (!st || st.undo.length === 0) return say('nothing to undo');
  const prev = st.undo.pop();
  const checked = await checkArticle(st.id, prev);
  st.record = checked.record;
  st.problems = checked.problems;
  st.dirty = JSON.stringify(st.record) !== st.saved;
  render();
  say(st.dirty ? 'undone: not saved yet' : 'undone: the record is as saved');
}

export async function save() {
  const st = app.st;
  if (!st) return;
  try {
    const saved = await saveArticle(st.id, st.record, st.version);
    st.version = saved.version;
    st.problems = saved.problems;
    st.saved = JSON.stringify(st.record);
    st.dirty = false;
    render();
    say(`saved data/articles/${st.id}.json`);
  } catch (e) { say(e.message, true); }
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
