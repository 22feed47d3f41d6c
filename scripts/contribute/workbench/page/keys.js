// @ts-check
// The keyboard: Ctrl+S, Ctrl+Z and Esc everywhere; one letter a form, a problem or the
// review while the focus is not in a field.
import { save, undo } from './edits.js';
import { goToProblem } from './problems.js';
import { startReview } from './review.js';
import { app, closeForm, openForm } from './state.js';

const FORM_KEYS = { m: 'mention', q: 'quote', e: 'event', i: 'issue', b: 'boilerplate', g: 'segment' };

function onKey(ev) {
  const st = app.st;
  if (!st) return;
  const typing = /** @type {HTMLElement} */ (ev.target).closest('input, textarea, select');
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 's') { ev.preventDefault(); save(); return; }
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 'z' && !typing) { ev.preventDefault(); undo(); return; }
  if (ev.key === 'Escape') {
    // From the find box, Esc only leaves it (a form being filled stays open); elsewhere it
    // closes the form. Either way the keys act on the selection again.
    if (/** @type {HTMLElement} */ (ev.target).id !== 'find' && !st.review && st.form) {
      if (st.form.touched && !window.confirm('The open form has values not applied yet. Discard them?')) return;
      closeForm();
    }
    document.getElementById('text')?.focus({ preventScroll: true });
    return;
  }
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (st.review) {
    if (ev.key === 'c') document.getElementById('confirm')?.click();
    if (ev.key === 'f') document.getElementById('flag')?.click();
    return;
  }
  if (ev.key === 'd') { ev.preventDefault(); openForm('details'); return; }
  if (FORM_KEYS[ev.key] && st.sel) { ev.preventDefault(); openForm(FORM_KEYS[ev.key]); }
  else if (ev.key === '/') { ev.preventDefault(); document.getElementById('find')?.focus(); }
  else if (ev.key === 'n' && st.problems.length) { st.nextProblem = ((st.nextProblem ?? -1) + 1) % st.problems.length; goToProblem(st.nextProblem); }
  else if (ev.key === 'r') startReview();
}

document.addEventListener('keydown', onKey);
