// @ts-check
// Renaming and deleting a draft record, with its text and its kept work.
import { say } from './dom.js';
import { deleteArticle, renameArticle } from './server-calls.js';
import { app } from './state.js';

export async function renameDraft() {
  const st = app.st;
  if (st.dirty) return say('save or undo your changes before renaming the draft', true);
  const to = window.prompt('The new id: the publication date at the precision known, then a few words', st.id);
  if (!to || to === st.id) return;
  try {
    await renameArticle(st.id, to.trim(), st.version);
    location.hash = `#/article/${to.trim()}`;
    say(`renamed ${st.id} to ${to.trim()}`);
  } catch (e) { say(e.message, true); }
}

export async function deleteDraft() {
  const st = app.st;
  if (!window.confirm(`Delete the draft ${st.id}, its text and any kept work? This cannot be undone here.`)) return;
  try {
    await deleteArticle(st.id, st.version);
    st.dirty = false;
    location.hash = '#/';
    say(`deleted the draft ${st.id}`);
  } catch (e) { say(e.message, true); }
}
