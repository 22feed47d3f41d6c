// @ts-check
// A segment: the main story, or another story appended to the same text.
import { say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, val, vocab } from '../state.js';
import { choice, input, panel, spanField } from './fields.js';

export function segmentForm(f) {
  const values = {};
  const s = f.ref ? at(app.st.record, f.ref) : null;
  return panel(f.ref ? `Edit segment ${s.id}` : 'Add a segment', [
    input('f-gid', 'Id (seg- and a few words)', s?.id ?? 'seg-main', { required: true, pattern: 'seg-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    choice('f-gkind', 'Kind', vocab('segmentKind').map(([v, d]) => [v, `${v}: ${d}`]), s?.kind ?? 'main'),
    spanField('Span', 'span', s?.span ?? app.st.sel, values),
    spanField('Its own headline', 'headline', s?.headline ?? null, values),
  ], () => {
    const seg = { id: val('f-gid'), kind: val('f-gkind'), span: values.span, ...(values.headline ? { headline: values.headline } : {}) };
    if (!seg.span) return say('select the span', true);
    change((rec) => { rec.segments ??= []; if (f.ref) rec.segments[f.ref[1]] = seg; else rec.segments.push(seg); }, `segment ${seg.id}`);
  });
}
