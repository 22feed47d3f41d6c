// @ts-check
// Boilerplate: a part of the page that is not the story (navigation, a byline, ads).
import { say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, val } from '../state.js';
import { vocabChoice, input, panel, spanField } from './fields.js';

export function boilerplateForm(f) {
  const values = {};
  const b = f.ref ? at(app.st.record, f.ref) : null;
  return panel(f.ref ? 'Edit boilerplate' : 'Mark boilerplate', [
    vocabChoice('f-bkind', 'Kind', 'boilerplateKind', b?.kind ?? 'navigation', { 'data-autofocus': true }),
    spanField('Span', 'span', b?.span ?? app.st.sel, values),
    input('f-bnote', 'Note (required for "other")', b?.note ?? ''),
  ], () => {
    const item = { span: values.span, kind: val('f-bkind'), ...(val('f-bnote') ? { note: val('f-bnote') } : {}) };
    if (!item.span) return say('select the span', true);
    change((rec) => { if (f.ref) rec.boilerplate[f.ref[1]] = item; else rec.boilerplate.push(item); }, 'boilerplate');
  });
}
