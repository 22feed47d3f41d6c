// @ts-check
// A source issue: what the text gets wrong, what is right, and the basis for saying so.
import { h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, ids, val } from '../state.js';
import { choice, vocabChoice, input, panel, spanField } from './fields.js';

export function issueForm(f) {
  const r = app.st.record;
  const values = {};
  const s = f.ref ? at(r, f.ref) : null;
  const basisText = structuredClone(s?.basis?.text ?? []);
  return panel(f.ref ? `Edit source issue ${s.id}` : 'Add a source issue', [
    input('f-sid', 'Id (si- and a few words)', s?.id ?? `si-${(r.sourceIssues?.length ?? 0) + 1}`, { required: true, pattern: 'si-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    vocabChoice('f-skind', 'Kind', 'sourceIssueKind', s?.kind ?? 'typo'),
    spanField('What the text says (the target)', 'target', s?.target ?? app.st.sel, values),
    input('f-corrected', 'What is right (empty where it cannot be known)', s?.corrected ?? '', {}, 'A correction rests on other words of the text or on a source you read, never on the words it corrects.'),
    input('f-explanation', 'Explanation', s?.explanation ?? '', { required: true }, 'Flag what is wrong, not what is merely loose; say how you know.'),
    vocabChoice('f-confidence', 'Confidence', 'confidence', s?.confidence ?? 'confirmed'),
    choice('f-squote', 'The quote it concerns (for an unclosed quote)', [['', '(none)'], ...(r.quotes ?? []).map((q) => [q.id, q.id])], s?.quote ?? ''),
    h('fieldset', {}, h('legend', {}, 'Basis: where the text shows the correction'), h('ul', {}, basisText.map((b) => h('li', {}, `“${b.exact.slice(0, 40)}”`))), h('button', { type: 'button', onclick: () => { if (app.st.sel) { basisText.push(app.st.sel); say('added the selection to the basis'); } } }, 'Add the selection')),
    input('f-scite', 'Basis: citation ids of sources read, comma-separated', (s?.basis?.cite ?? []).join(', ')),
  ], () => {
    if (!values.target) return say('select the target', true);
    const issue = { ...(s ?? {}), id: val('f-sid'), kind: val('f-skind'), target: values.target, corrected: val('f-corrected') || null, explanation: val('f-explanation'), confidence: val('f-confidence') };
    if (val('f-squote')) issue.quote = val('f-squote'); else delete issue.quote;
    const cite = ids(val('f-scite'));
    if (cite.length || basisText.length) issue.basis = { ...(cite.length ? { cite } : {}), ...(basisText.length ? { text: basisText } : {}) }; else delete issue.basis;
    change((rec) => { rec.sourceIssues ??= []; if (f.ref) rec.sourceIssues[f.ref[1]] = issue; else rec.sourceIssues.push(issue); }, `source issue ${issue.id}`);
  });
}
