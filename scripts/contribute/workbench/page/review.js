// @ts-check
// The review pass: a second reader confirms or flags each annotation in turn, then writes
// the pass into the record's history, marking it checked only with no error and no flag.
import { h, say } from './dom.js';
import { openArticle } from './edits.js';
import { writeReview } from './server-calls.js';
import { app, render } from './state.js';

function annotationsToReview() {
  const r = app.st.record;
  return [
    ...(r.entities ?? []).flatMap((e, i) => e.mentions.map((m, j) => ({ ref: ['entities', i, 'mentions', j], label: `Mention of ${e.entity} (${m.form}): “${m.exact}”`, span: m }))),
    ...(r.quotes ?? []).map((q, i) => ({ ref: ['quotes', i], label: `Quote ${q.id} (${q.kind}) by ${q.speaker.entity ?? q.speaker.description}: “${q.content.exact}”`, span: q.content })),
    ...(r.events ?? []).map((ev, i) => ({ ref: ['events', i], label: `Event ${ev.id}: ${ev.type}, ${ev.summary} Trigger “${ev.trigger.exact}”; participants ${ev.participants.map((p) => `${p.role} ${p.entity}`).join(', ') || 'none'}; dates ${ev.dates.map((d) => `${d.role} ${d.value} (${d.precision}, ${d.resolution})`).join(', ') || 'none'}${ev.registry ? `; reports ${ev.registry.event} (${ev.registry.relation})` : ''}.`, span: ev.evidence[0] })),
    ...(r.sourceIssues ?? []).map((s, i) => ({ ref: ['sourceIssues', i], label: `Source issue ${s.id} (${s.kind}): “${s.target.exact}” → ${s.corrected ?? 'unknown'}`, span: s.target })),
    ...(r.boilerplate ?? []).map((b, i) => ({ ref: ['boilerplate', i], label: `Boilerplate (${b.kind}): “${b.span.exact.slice(0, 60)}”`, span: b.span })),
    ...(r.segments ?? []).map((s, i) => ({ ref: ['segments', i], label: `Segment ${s.id} (${s.kind})`, span: s.span })),
  ];
}

export function startReview() {
  const st = app.st;
  if (!st) return;
  if (st.dirty) return say('save your changes before a review pass', true);
  st.review = { items: annotationsToReview(), at: 0, confirmed: 0, flagged: [] };
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
  return [h('h2', {}, `Review: ${rv.at + 1} of ${rv.items.length}`),
    h('div', { class: 'review-card' }, h('p', {}, item.label),
      h('div', { class: 'row' }, h('button', { type: 'button', id: 'confirm', class: 'primary', 'aria-keyshortcuts': 'C', onclick: () => { rv.confirmed++; next(); } }, 'Confirm ', h('kbd', {}, 'C')),
        h('label', { for: 'flag-comment' }, 'What is wrong', comment),
        h('button', { type: 'button', id: 'flag', 'aria-keyshortcuts': 'F', onclick: () => { rv.flagged.push({ pointer: '/' + item.ref.join('/'), comment: /** @type {HTMLInputElement} */ (comment).value }); next(); } }, 'Flag ', h('kbd', {}, 'F')))),
    leave('Stop reviewing')];
}

/** The end of the pass: the reviewer's name, and whether the record is now checked. */
function passDone(rv) {
  const st = app.st;
  const who = h('input', { id: 'reviewer', name: 'reviewer', required: true, 'data-autofocus': true });
  const errorsLeft = st.problems.filter((p) => p.severity === 'error').length;
  const blocked = errorsLeft > 0 || rv.flagged.length > 0;
  const checked = h('input', { type: 'checkbox', id: 'mark-checked', disabled: blocked });
  return [h('h2', {}, 'Review pass done'), h('p', {}, `${rv.confirmed} confirmed, ${rv.flagged.length} flagged.`),
    h('form', { class: 'panel', onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        const saved = await writeReview(st.id, { version: st.version, reviewer: /** @type {HTMLInputElement} */ (who).value, confirmed: rv.confirmed, flagged: rv.flagged, checked: /** @type {HTMLInputElement} */ (checked).checked });
        st.review = null;
        await openArticle(st.id);
        say(`review pass written to review.history (${saved.problems.length} problem(s))`);
      } catch (e) { say(e.message, true); }
    } }, h('label', { for: 'reviewer' }, 'Your name', who),
      h('label', { for: 'mark-checked' }, checked, blocked ? ' Mark the record as checked (only with no error and nothing flagged)' : ' Mark the record as checked: it has no error, and you read all of it against the text'),
      h('button', { type: 'submit', class: 'primary' }, 'Write the review pass')),
    leave('Leave without writing')];
}
