// @ts-check
// A citation of the record: a source the contributor read, cited by id from the values it
// supports. Its fields are those of every citation (citations.js).
import { change } from '../edits.js';
import { app, at } from '../state.js';
import { panel } from './fields.js';
import { citationFrom, citationInputs } from './citations.js';

export function citationForm(f) {
  const c = f.ref ? at(app.st.record, f.ref) : null;
  return panel(f.ref ? `Edit citation ${c.id}` : 'Add a citation (a source you read)', citationInputs('f-c', c ?? {}, { required: true, pattern: 'c-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }), () => {
    const cit = citationFrom('f-c');
    change((rec) => { rec.citations ??= []; if (f.ref) rec.citations[f.ref[1]] = cit; else rec.citations.push(cit); }, `citation ${cit.id}`);
  });
}
