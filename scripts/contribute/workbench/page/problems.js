// @ts-check
// Going to a problem: the annotation it is about opens in its form, or the place in the
// text it names is selected with the form that would record it.
import { say } from './dom.js';
import { kindOf } from './forms/index.js';
import { app, at, openForm, render } from './state.js';

/** Opens the annotation a problem points at, and its span; focuses the field named. */
export function goToProblem(i) {
  const st = app.st;
  const p = st.problems[i];
  if (!p) return;
  // A problem in an entity or registry event file opens that file's form.
  const other = /(entities|events)\/([a-z0-9-]+)\.json$/.exec(p.file);
  if (other) {
    openForm(other[1] === 'entities' ? 'entity' : 'registry-event', null, { id: other[2] });
    return say(`${p.severity}: ${p.file}: ${p.pointer}: ${p.message}`, p.severity === 'error');
  }
  if (st.form?.touched && !window.confirm('The open form has values not applied yet. Discard them?')) return;
  st.formStack = [];
  const segs = p.pointer.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const depth = segs[0] === 'entities' && segs[2] === 'mentions' ? 4 : segs[0] === 'quoteMarks' ? 3 : 2;
  // A problem about one annotation opens it; one about a place in the text (an unrecorded
  // name, an unaccounted mark) selects that place, and offers the form that would record it.
  const ref = segs.length >= depth && Number.isInteger(segs[depth - 1]) ? segs.slice(0, depth) : null;
  const item = ref ? at(st.record, ref) : null;
  const span = item && (item.start !== undefined ? item : item.content ?? item.target ?? item.span ?? item.trigger ?? item.evidence?.[0]);
  const range = /at \[(\d+), (\d+)\)/.exec(p.message);
  const mark = /at code point (\d+)/.exec(p.message);
  if (span && Number.isInteger(span.start)) st.sel = st.text.span(span.start, span.end);
  else if (range) st.sel = st.text.span(Number(range[1]), Number(range[2]));
  else if (mark) st.sel = st.text.span(Number(mark[1]), Number(mark[1]) + 1);
  st.form = ref && kindOf(ref) ? { kind: kindOf(ref), ref } : range && segs[0] === 'entities' ? { kind: 'mention', ref: null, entity: st.record.entities[segs[1]]?.entity } : null;
  render();
  if (st.form?.entity) /** @type {HTMLInputElement} */ (document.getElementById('f-entity')).value = st.form.entity;
  document.querySelector('.seg.selected')?.scrollIntoView({ block: 'center' });
  const field = segs[depth];
  const target = field && document.querySelector(`form.panel [data-field="${field}"], form.panel #f-${field}`);
  if (target) /** @type {HTMLElement} */ (target).focus();
  say(`${p.severity}: ${p.message}`, p.severity === 'error');
}
