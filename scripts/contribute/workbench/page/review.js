// @ts-check
// The review pass: a second reader confirms or flags each item in the order of the text
// (a group, such as every mention of one entity, at once), then writes the pass into the
// record's history; the record is marked checked only with no error, no flag, and a
// reviewer who is none of its authors.
import { h, say } from './dom.js';
import { openArticle } from './edits.js';
import { writeReview } from './server-calls.js';
import { app, render } from './state.js';
import { reviewItems } from './review-items.js';

export function startReview() {
  const st = app.st;
  if (!st) return;
  if (st.dirty) return say('save your changes before a review pass', true);
  st.review = { items: reviewItems(), at: 0, confirmed: 0, flagged: [] };
  showReviewItem();
}

function showReviewItem() {
  const st = app.st;
  const item = st.review.items[st.review.at];
  st.sel = item?.span ? st.text.span(item.span.start, item.span.end) : null;
  render();
  document.querySelector('.seg.selected')?.scrollIntoView({ block: 'center' });
  document.getElementById('confirm')?.focus();
}

const leave = (label) => h('button', { type: 'button', onclick: () => { app.st.review = null; render(); } }, label);

export function reviewPanel() {
  const rv = app.st.review;
  const item = rv.items[rv.at];
  if (!item) return passDone(rv);
  const comment = h('input', { id: 'flag-comment', name: 'comment' });
  const next = () => { rv.at++; showReviewItem(); };
  return [h('h2', {}, `Review: item ${rv.at + 1} of ${rv.items.length}`),
    h('div', { class: 'review-card' }, h('h3', {}, item.title), h('ul', { class: 'fields' }, item.lines.map((l) => h('li', {}, l))),
      h('div', { class: 'row' }, h('button', { type: 'button', id: 'confirm', class: 'primary', 'aria-keyshortcuts': 'C', onclick: () => { rv.confirmed += item.count; next(); } }, item.count > 1 ? `Confirm all ${item.count} ` : 'Confirm ', h('kbd', {}, 'C')),
        h('label', { for: 'flag-comment' }, 'What is wrong', comment),
        h('button', { type: 'button', id: 'flag', 'aria-keyshortcuts': 'F', onclick: () => { rv.flagged.push({ pointer: '/' + item.ref.join('/'), comment: /** @type {HTMLInputElement} */ (comment).value }); next(); } }, 'Flag ', h('kbd', {}, 'F')))),
    leave('Stop reviewing')];
}

/** The end of the pass: the reviewer's name, and whether the record is now checked. */
function passDone(rv) {
  const st = app.st;
  const authors = [...new Set(st.record.review.history.map((e) => e.by).filter(Boolean))];
  const who = h('input', { id: 'reviewer', name: 'reviewer', required: true, 'data-autofocus': true });
  const errorsLeft = st.problems.filter((p) => p.severity === 'error').length;
  const blocked = errorsLeft > 0 || rv.flagged.length > 0;
  const checked = h('input', { type: 'checkbox', id: 'mark-checked', disabled: blocked });
  const why = h('p', { class: 'definition', id: 'mark-checked-help' }, blocked ? 'Only with no error and nothing flagged.' : `Only by a reader who is none of its authors${authors.length ? ` (${authors.join(', ')})` : ''}, and who read all of it against the text.`);
  return [h('h2', {}, 'Review pass done'), h('p', {}, `${rv.items.length} items read: ${rv.confirmed} annotation(s) confirmed (the mentions of one entity count one each), ${rv.flagged.length} item(s) flagged.`),
    h('form', { class: 'panel', onsubmit: async (ev) => {
      ev.preventDefault();
      const reviewer = /** @type {HTMLInputElement} */ (who).value.trim();
      const check = /** @type {HTMLInputElement} */ (checked).checked;
      if (check && authors.some((a) => a.toLowerCase() === reviewer.toLowerCase())) return say(`${reviewer} is among the authors of this record; a second reader marks it checked`, true);
      try {
        const saved = await writeReview(st.id, { version: st.version, reviewer, confirmed: rv.confirmed, flagged: rv.flagged, checked: check });
        st.review = null;
        await openArticle(st.id);
        say(`review pass written to review.history (${saved.problems.length} problem(s))`);
      } catch (e) { say(e.message, true); }
    } }, h('label', { for: 'reviewer' }, 'Your name (the reviewer)', who),
      h('label', { for: 'mark-checked', class: 'check' }, checked, ' Mark the record as checked'), why,
      h('button', { type: 'submit', class: 'primary' }, 'Write the review pass')),
    leave('Leave without writing')];
}
