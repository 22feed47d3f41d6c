// @ts-check
// A citation: a source the contributor read, cited by id from the values it supports.
import { change } from '../edits.js';
import { app, at, val } from '../state.js';
import { input, panel } from './fields.js';

export function citationForm(f) {
  const c = f.ref ? at(app.st.record, f.ref) : null;
  return panel(f.ref ? `Edit citation ${c.id}` : 'Add a citation (a source you read)', [
    input('f-cid', 'Id (c- and a few words)', c?.id ?? 'c-', { required: true, pattern: 'c-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    input('f-url', 'Address (URL)', c?.url ?? '', { type: 'url' }),
    input('f-pub', 'Publication', c?.publication ?? ''),
    input('f-title', 'Title', c?.title ?? ''),
    input('f-published', 'Published (YYYY-MM-DD)', c?.published ?? ''),
    input('f-cquote', 'The words of it that support the values citing it', c?.quote ?? ''),
  ], () => {
    const cit = Object.fromEntries(Object.entries({ id: val('f-cid'), url: val('f-url'), publication: val('f-pub'), title: val('f-title'), published: val('f-published'), quote: val('f-cquote') }).filter(([, v]) => v));
    change((rec) => { rec.citations ??= []; if (f.ref) rec.citations[f.ref[1]] = cit; else rec.citations.push(cit); }, `citation ${cit.id}`);
  });
}
