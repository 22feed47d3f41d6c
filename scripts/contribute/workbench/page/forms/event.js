// @ts-check
// An event: type, summary, factuality, trigger (the selection, when the form opens),
// evidence, participants, dates with their basis, and the registry event it reports, which
// can be made from here.
import { h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, entityId, ids, registryEvents, val } from '../state.js';
import { choice, createButton, input, noteField, panel, participantsField, removableList, spanField, spansField, vocabChoice } from './fields.js';

export function eventForm(f) {
  const r = app.st.record;
  const ctx = app.ctx;
  const values = {};
  const ev = f.ref ? at(r, f.ref) : null;
  const types = Object.keys(ctx.eventTypes);
  // A selection of a few words is the trigger; a longer one (a sentence) is the evidence.
  const sel = app.st.sel;
  const short = sel && sel.exact.trim().split(/\s+/).length <= 3;
  const lists = { participants: structuredClone(ev?.participants ?? []), dates: structuredClone(ev?.dates ?? []), evidence: structuredClone(ev?.evidence ?? (sel && !short ? [sel] : [])) };
  return panel(f.ref ? `Edit event ${ev.id}` : 'Add an event', [
    input('f-eid', 'Id (ev- and a few words)', ev?.id ?? `ev-${(r.events?.length ?? 0) + 1}`, { required: true, pattern: 'ev-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    vocabChoice('f-type', 'Type', 'eventType', ev?.type ?? types[0]),
    input('f-summary', 'Summary (one line)', ev?.summary ?? '', { required: true }, 'Who did what to whom, in the words of the record, not of the article.'),
    vocabChoice('f-fact', 'Factuality', 'factuality', ev?.factuality ?? 'actual'),
    spanField('Trigger (the word that expresses it: select it, then use the selection)', 'trigger', ev?.trigger ?? (short ? sel : null), values),
    spansField('Evidence (the sentences that state it)', lists.evidence, 'evidence'),
    participantsField('f-p', lists.participants),
    datesField(lists.dates),
    input('f-place', 'Place (where the text says it happened: a place or country)', ev?.place ?? '', { list: 'entity-list', autocomplete: 'off' }),
    choice('f-registry', 'The real-world event it reports (registry)', [['', '(none)'], ...registryEvents().map((e) => [e.id, `${e.id}: ${e.summary.slice(0, 60)}`])], ev?.registry?.event ?? ''),
    createButton('Create a registry event', 'registry-event', 'f-registry', () => ({ seed: { type: val('f-type'), summary: val('f-summary'), participants: structuredClone(lists.participants), dates: [] } })),
    vocabChoice('f-relation', 'Relation', 'registryRelation', ev?.registry?.relation ?? 'same'),
    noteField('f-enote', ev?.note, 'Required when the event has no dates: say why. Also where a participant differs from the registry event it reports.'),
  ], () => {
    if (!values.trigger) return say('select the trigger', true);
    const event = { ...(ev ?? {}), id: val('f-eid'), type: val('f-type'), summary: val('f-summary'), trigger: values.trigger, participants: lists.participants, dates: lists.dates, factuality: val('f-fact'), evidence: lists.evidence };
    if (val('f-place')) {
      const place = entityId(val('f-place'));
      if (!place) return say(`"${val('f-place')}" names no single entity of the registry`, true);
      event.place = place;
    } else delete event.place;
    if (val('f-registry')) event.registry = { event: val('f-registry'), relation: val('f-relation') }; else delete event.registry;
    if (val('f-enote')) event.note = val('f-enote'); else delete event.note;
    change((rec) => { rec.events ??= []; if (f.ref) rec.events[f.ref[1]] = event; else rec.events.push(event); }, `event ${event.id}`);
  });
}

/** The dates, and the fields that add one; the fields are emptied once it is added. */
function datesField(dates) {
  const list = h('ul', {});
  const dateValues = {};
  const basisSpans = [];
  const basisList = spansField('Basis: the words of the text that establish it', basisSpans, 'dbasis');
  const redraw = () => removableList(list, dates, (d) => `${d.role} ${d.value} (${d.precision}, ${d.resolution})${d.text ? ` from “${d.text.exact}”` : ''}${d.anchor ? `, anchor ${d.anchor}` : ''}${d.basis ? `, basis ${[...(d.basis.cite ?? []), ...(d.basis.text ?? []).map((s) => `“${s.exact}”`)].join(', ')}` : ''}`, redraw);
  redraw();
  const phrase = spanField('The phrase that gives it (explicit or relative)', 'dtext', null, dateValues);
  return h('fieldset', {}, h('legend', {}, 'Dates'), list,
    h('div', { class: 'row' }, vocabChoice('f-d-role', 'Role', 'dateRole', 'occurred'), input('f-d-value', 'Value (2019-05-16, 2019-05, 2019 or a/b)', '')),
    h('div', { class: 'row' }, vocabChoice('f-d-precision', 'Precision', 'datePrecision', 'day'), vocabChoice('f-d-resolution', 'Resolution', 'dateResolution', 'explicit')),
    phrase,
    h('div', { class: 'row' }, input('f-d-anchor', 'Anchor (relative dates: the date resolved against)', ''), input('f-d-note', 'Note (how it was resolved; required when inferred)', '')),
    input('f-d-cite', 'Basis: citation ids of sources read, comma-separated', ''),
    basisList,
    h('button', { type: 'button', onclick: () => {
      if (!val('f-d-value')) return say('give the date', true);
      const d = { role: val('f-d-role'), value: val('f-d-value'), precision: val('f-d-precision'), resolution: val('f-d-resolution') };
      if (dateValues.dtext) d.text = dateValues.dtext;
      if (val('f-d-anchor')) d.anchor = val('f-d-anchor');
      if (val('f-d-note')) d.note = val('f-d-note');
      const cite = ids(val('f-d-cite'));
      if (cite.length || basisSpans.length) d.basis = { ...(cite.length ? { cite } : {}), ...(basisSpans.length ? { text: [...basisSpans] } : {}) };
      dates.push(d);
      // Emptied, so that a second click cannot add the same date twice.
      for (const k of ['value', 'anchor', 'note', 'cite']) /** @type {HTMLInputElement} */ (document.getElementById(`f-d-${k}`)).value = '';
      dateValues.dtext = null;
      /** @type {HTMLElement} */ (phrase.querySelector('#f-dtext-shown')).textContent = 'none';
      basisSpans.length = 0;
      basisList.redraw();
      redraw();
    } }, 'Add date'));
}
