// @ts-check
// A real-world event of the registry, made or edited here and saved with the record: its
// type, summary, participants, dates each with its basis, Wikidata id, citations and note.
// Every form sees it at once, before it is saved.
import { h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, fileOf, registryEvents, val } from '../state.js';
import { citationsField } from './citations.js';
import { basisOf, choice, input, noteField, panel, participantsField, removableList, spansField, vocabChoice } from './fields.js';

export function registryEventForm(f) {
  const existing = f.id ? fileOf('events', f.id) : null;
  // Made from an event form, it starts from that event's type, summary and participants.
  const ev = structuredClone(existing?.value ?? { id: '', type: Object.keys(app.ctx.eventTypes)[0], summary: '', participants: [], dates: [], wikidata: null, citations: [], ...(f.seed ?? {}) });
  return panel(existing ? `Edit registry event ${ev.id}` : 'Create a registry event', [
    input('f-rid', 'Id: its date at the precision known, then a few words', ev.id, { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true, readonly: Boolean(existing) }, 'One real-world event, however many articles report it: 2019-05-16-huawei-entity-list.'),
    choice('f-rtype', 'Type', Object.keys(app.ctx.eventTypes).map((t) => [t, t]), ev.type),
    input('f-rsummary', 'Summary (one line)', ev.summary, { required: true }),
    participantsField('f-rp', ev.participants),
    datesField(ev.dates),
    input('f-rwikidata', 'Wikidata id (only with a source you read)', ev.wikidata ?? '', { pattern: 'Q[1-9][0-9]*' }),
    input('f-rwdcite', 'Its basis: citation ids', (ev.wikidataBasis?.cite ?? []).join(', ')),
    citationsField('f-rc', ev.citations),
    noteField('f-rnote', ev.note),
  ], () => {
    const id = val('f-rid');
    if (!existing && registryEvents().some((e) => e.id === id)) return say(`registry event "${id}" already exists; pick it, or give this one another id`, true);
    const event = { ...ev, id, type: val('f-rtype'), summary: val('f-rsummary'), wikidata: val('f-rwikidata') || null };
    const basis = basisOf('f-rwdcite', []);
    if (event.wikidata && basis) event.wikidataBasis = basis; else delete event.wikidataBasis;
    if (val('f-rnote')) event.note = val('f-rnote'); else delete event.note;
    change((_, pending) => { pending.events[id] = { value: event, version: existing?.version ?? null }; }, `registry event ${id} (saved with the record)`, { made: id });
  });
}

/** The dates of the event: each rests on a source read or on the words of this article. */
function datesField(dates) {
  const list = h('ul', {});
  const spans = [];
  const spanList = spansField('or the words of this article that give it', spans, 'rdtext');
  const redraw = () => removableList(list, dates, (d) => `${d.role} ${d.value} (${d.precision})`, redraw);
  redraw();
  return h('fieldset', {}, h('legend', {}, 'Dates'), list,
    h('div', { class: 'row' }, vocabChoice('f-rd-role', 'Role', 'dateRole', 'occurred'), input('f-rd-value', 'Value (2019-05-16, 2019-05, 2019 or a/b)', ''), vocabChoice('f-rd-precision', 'Precision', 'datePrecision', 'day')),
    input('f-rd-cite', 'Basis: citation ids', ''), spanList, input('f-rd-note', 'Note on the date', ''),
    h('button', { type: 'button', onclick: () => {
      const basis = basisOf('f-rd-cite', spans, app.st.id);
      if (!val('f-rd-value')) return say('give the date', true);
      if (!basis) return say('give the basis of the date: a citation id, or the words of the text', true);
      dates.push({ role: val('f-rd-role'), value: val('f-rd-value'), precision: val('f-rd-precision'), basis, ...(val('f-rd-note') ? { note: val('f-rd-note') } : {}) });
      for (const k of ['value', 'cite', 'note']) /** @type {HTMLInputElement} */ (document.getElementById(`f-rd-${k}`)).value = '';
      spans.length = 0;
      spanList.redraw();
      redraw();
    } }, 'Add date'));
}
