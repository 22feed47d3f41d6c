// @ts-check
// A quote: its words, kind, speaker, cue, continuation paragraphs, outlet and events.
import { h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, entityId, val } from '../state.js';
import { createButton, input, noteField, panel, removableList, spanField, vocabChoice } from './fields.js';

const MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB']);

export function quoteForm(f) {
  const r = app.st.record;
  const values = {};
  const q = f.ref ? at(r, f.ref) : null;
  const events = (r.events ?? []).map((e) => e.id);
  const continuation = structuredClone(q?.continuation ?? []);
  const contList = h('ul', {});
  const redrawCont = () => removableList(contList, continuation, (s) => `“${s.exact.slice(0, 50)}”`, redrawCont);
  redrawCont();
  return panel(f.ref ? `Edit quote ${q.id}` : 'Add a quote', [
    input('f-qid', 'Id (q- and a few words)', q?.id ?? `q-${(r.quotes?.length ?? 0) + 1}`, { required: true, pattern: 'q-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    vocabChoice('f-qkind', 'Kind', 'quoteKind', q?.kind ?? 'direct'),
    spanField('Words (inside the marks; marks selected with them are trimmed)', 'content', q?.content ?? app.st.sel, values),
    input('f-speaker', 'Speaker: an entity of the registry', q?.speaker?.entity ?? '', { list: 'entity-list', autocomplete: 'off' }, 'Who said it. A speaker needs a mention in this article: record it once the quote is in.'),
    createButton('Create the speaker as a new entity', 'entity', 'f-speaker'),
    input('f-speaker-desc', 'or, for an unnamed speaker, the description the text gives', q?.speaker?.description ?? ''),
    spanField('Cue (the attributing words: select them, then use the selection)', 'cue', q?.cue ?? null, values),
    h('p', { class: 'definition' }, 'The cue is the attributing verb or phrase of this quote (said, told, according to), not another "said" of the same paragraph.'),
    h('fieldset', {}, h('legend', {}, 'Continuation: the words of each next paragraph of the same quotation'), contList, h('button', { type: 'button', onclick: () => { if (app.st.sel) { continuation.push(app.st.sel); redrawCont(); } } }, 'Add the selection as the next paragraph')),
    h('label', {}, h('input', { type: 'checkbox', id: 'f-unclosed', checked: Boolean(q?.unclosed) }), ' The source never closes this quotation (record an unclosed-quote source issue too)'),
    input('f-via', 'Via (the outlet it came through, if the text names one)', q?.via ?? '', { list: 'entity-list', autocomplete: 'off' }, 'Only where the text names the outlet the words reached it through ("according to a report by …"); the publisher itself is never a via.'),
    h('fieldset', {}, h('legend', {}, 'About the events'), events.map((id) => h('label', {}, h('input', { type: 'checkbox', name: 'about', value: id, checked: q?.about?.includes(id) }), ' ', id))),
    noteField('f-qnote', q?.note, 'Who exactly the speaker is where the text is loose, why a quote is partial, or what is odd about it.'),
  ], () => applyQuote(f, q, values, continuation));
}

/** The quote from the form's values, put into the record; its quotation marks are accounted for. */
function applyQuote(f, q, values, continuation) {
  let content = values.content;
  if (!content) return say('select the quoted words first', true);
  // Marks selected with the words are trimmed: the content is what stands inside them.
  if (val('f-qkind') !== 'indirect' && MARKS.has(content.exact[0])) content = app.st.text.span(content.start + 1, content.end);
  if (val('f-qkind') !== 'indirect' && MARKS.has([...content.exact].at(-1))) content = app.st.text.span(content.start, content.end - 1);
  const about = [...document.querySelectorAll('input[name=about]:checked')].map((x) => /** @type {HTMLInputElement} */ (x).value);
  const speaker = val('f-speaker') ? { entity: entityId(val('f-speaker')) ?? val('f-speaker') } : { entity: null, description: val('f-speaker-desc') };
  const quote = { ...(q ?? {}), id: val('f-qid'), kind: val('f-qkind'), content, speaker, about };
  if (values.cue) quote.cue = values.cue; else delete quote.cue;
  if (continuation.length) quote.continuation = continuation; else delete quote.continuation;
  if (/** @type {HTMLInputElement} */ (document.getElementById('f-unclosed')).checked) quote.unclosed = true; else delete quote.unclosed;
  if (val('f-qnote')) quote.note = val('f-qnote'); else delete quote.note;
  if (val('f-via')) quote.via = entityId(val('f-via')) ?? val('f-via'); else delete quote.via;
  change((rec) => {
    rec.quotes ??= [];
    if (f.ref) rec.quotes[f.ref[1]] = quote; else rec.quotes.push(quote);
    if (!f.ref) {
      // The marks around the words are accounted for now: their open item is closed.
      rec.quoteMarks.unclassified = (rec.quoteMarks.unclassified ?? []).filter((u) => !(u.start < content.end && content.start < u.end));
      if (rec.quoteMarks.unclassified.length === 0) delete rec.quoteMarks.unclassified;
    }
  }, `quote ${quote.id}`);
}
