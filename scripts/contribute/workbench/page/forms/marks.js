// @ts-check
// Quotation marks that enclose no quote: editing why a pair is ignored, and dismissing an
// open item of unclassified marks with its reason.
import { clip } from '../dom.js';
import { change } from '../edits.js';
import { app, at, val } from '../state.js';
import { vocabChoice, input, panel } from './fields.js';

export function ignoredForm(f) {
  const g = at(app.st.record, f.ref);
  return panel(`Marks ${clip(g.span.exact, 40)} that are not a quote`, [
    vocabChoice('f-reason', 'Why they do not enclose a quote', 'ignoredMarkReason', g.reason, { 'data-autofocus': true }),
    input('f-dnote', 'Note (required for "other")', g.note ?? ''),
  ], () => change((rec) => { rec.quoteMarks.ignored[f.ref[2]] = { span: g.span, reason: val('f-reason'), ...(val('f-dnote') ? { note: val('f-dnote') } : {}) }; }, 'marks updated'));
}

export function dismissForm(f) {
  const u = at(app.st.record, f.ref);
  return panel(`Dismiss the marks “${u.exact.slice(0, 40)}”`, [
    vocabChoice('f-reason', 'Why they do not enclose a quote', 'ignoredMarkReason', 'name', { 'data-autofocus': true }),
    input('f-dnote', 'Note (required for "other")', ''),
  ], () => {
    change((rec) => {
      rec.quoteMarks.unclassified.splice(f.ref[2], 1);
      if (rec.quoteMarks.unclassified.length === 0) delete rec.quoteMarks.unclassified;
      rec.quoteMarks.ignored.push({ span: { start: u.start, end: u.end, exact: u.exact }, reason: val('f-reason'), ...(val('f-dnote') ? { note: val('f-dnote') } : {}) });
    }, 'marks dismissed');
  });
}
