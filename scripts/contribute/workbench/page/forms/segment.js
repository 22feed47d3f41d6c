// @ts-check
// A segment: the main story, or another story appended to the same text.
import { say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, val } from '../state.js';
import { input, noteField, panel, spanField, vocabChoice } from './fields.js';

export function segmentForm(f) {
  const values = {};
  const s = f.ref ? at(app.st.record, f.ref) : null;
  return panel(f.ref ? `Edit segment ${s.id}` : 'Add a segment', [
    input('f-gid', 'Id (seg- and a few words)', s?.id ?? 'seg-main', { required: true, pattern: 'seg-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    vocabChoice('f-gkind', 'Kind', 'segmentKind', s?.kind ?? 'main'),
    spanField('Span', 'span', s?.span ?? app.st.sel, values),
    spanField('Its own headline', 'headline', s?.headline ?? null, values),
    noteField('f-gnote', s?.note, 'What this part of the page is, where its kind does not say it.'),
  ], () => {
    const seg = { id: val('f-gid'), kind: val('f-gkind'), span: values.span, ...(values.headline ? { headline: values.headline } : {}), ...(val('f-gnote') ? { note: val('f-gnote') } : {}) };
    if (!seg.span) return say('select the span', true);
    change((rec) => { rec.segments ??= []; if (f.ref) rec.segments[f.ref[1]] = seg; else rec.segments.push(seg); }, `segment ${seg.id}`);
  });
}
