// @ts-check
// The workbench page: plain ES modules served as they are, no framework and no bundler.
// This entry routes between the list of records and the editor, and wires the buttons of
// the header; each module beside it holds one concern (see forms/index.js for the forms).
import { say } from './dom.js';
import { openArticle, save, undo } from './edits.js';
import './editor.js';
import './keys.js';
import { showList } from './records.js';
import { startReview } from './review.js';
import { getContext } from './server-calls.js';
import { app } from './state.js';

let lastHash = location.hash;
window.addEventListener('hashchange', () => {
  // Unsaved changes are never dropped silently: leaving asks first.
  if (app.st?.dirty && !window.confirm('This record has unsaved changes. Leave without saving?')) {
    history.replaceState(null, '', lastHash);
    return;
  }
  lastHash = location.hash;
  route();
});
window.addEventListener('beforeunload', (ev) => {
  if (app.st?.dirty) ev.preventDefault();
});
window.addEventListener('DOMContentLoaded', () => void route());

async function route() {
  const m = /^#\/article\/([a-z0-9-]+)$/.exec(location.hash);
  try {
    app.ctx = await getContext();
    if (m) await openArticle(m[1]);
    else await showList();
  } catch (e) {
    say(String(/** @type {Error} */ (e).message), true);
  }
}

document.getElementById('save')?.addEventListener('click', save);
document.getElementById('undo')?.addEventListener('click', undo);
document.getElementById('review-mode')?.addEventListener('click', () => startReview());
