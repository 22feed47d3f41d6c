// @ts-check
// An event: type, summary, factuality, trigger, evidence, participants, dates and the
// registry event it reports.
import { h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, at, entityId, ids, val, vocab } from '../state.js';
import { choice, entityOptions, input, panel, removableList, spanField } from './fields.js';

export function eventForm(f) {
  const r = app.st.record;
  const ctx = app.ctx;
  const values = {};
  const ev = f.ref ? at(r, f.ref) : null;
  const types = Object.keys(ctx.eventTypes);
  const def = h('p', { class: 'definition', id: 'f-type-def' }, ctx.vocabularies.eventType?.[ev?.type ?? types[0]] ?? '');
  const lists = {
    participants: structuredClone(ev?.participants ?? []),
    dates: structuredClone(ev?.dates ?? []),
    evidence: structuredClone(ev?.evidence ?? (app.st.sel ? [app.st.sel] : [])),
  };
  const pList = h('ul', {});
  const dList = h('ul', {});
  const eList = h('ul', {});
  const redraw = () => {
    removableList(pList, lists.participants, (p) => `${p.role}: ${p.entity}`, redraw);
    removableList(dList, lists.dates, (d) => `${d.role} ${d.value} (${d.precision}, ${d.resolution})`, redraw);
    removableList(eList, lists.evidence, (s) => `“${s.exact.slice(0, 50)}”`, redraw);
  };
  redraw();
  return panel(f.ref ? `Edit event ${ev.id}` : 'Add an event', [
    entityOptions(),
    input('f-eid', 'Id (ev- and a few words)', ev?.id ?? `ev-${(r.events?.length ?? 0) + 1}`, { required: true, pattern: 'ev-[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    choice('f-type', 'Type', types.map((t) => [t, t]), ev?.type ?? types[0], { onchange: (e) => { def.textContent = ctx.vocabularies.eventType?.[e.target.value] ?? ''; } }),
    def,
    input('f-summary', 'Summary (one line)', ev?.summary ?? '', { required: true }),
    choice('f-fact', 'Factuality', vocab('factuality').map(([v, d]) => [v, `${v}: ${d}`]), ev?.factuality ?? 'actual'),
    spanField('Trigger (the word that expresses it: select it, then use the selection)', 'trigger', ev?.trigger ?? null, values),
    h('fieldset', {}, h('legend', {}, 'Evidence (the sentences that state it)'), eList, h('button', { type: 'button', onclick: () => { if (app.st.sel) { lists.evidence.push(app.st.sel); redraw(); } } }, 'Add the selection')),
    participantsField(pList, lists.participants, redraw),
    datesField(dList, lists.dates, redraw),
    choice('f-registry', 'The real-world event it reports (registry)', [['', '(none)'], ...ctx.events.map((e) => [e.id, `${e.id}: ${e.summary.slice(0, 60)}`])], ev?.registry?.event ?? ''),
    choice('f-relation', 'Relation', vocab('registryRelation').map(([v, d]) => [v, `${v}: ${d}`]), ev?.registry?.relation ?? 'same'),
    input('f-enote', 'Note (required when it has no dates: say why)', ev?.note ?? ''),
  ], () => applyEvent(f, ev, values, lists));
}

/** The participants, and the fields that add one. */
function participantsField(list, participants, redraw) {
  return h('fieldset', {}, h('legend', {}, 'Participants'), list,
    h('div', { class: 'row' }, input('f-p-entity', 'Entity', '', { list: 'entity-list', autocomplete: 'off' }), choice('f-p-role', 'Role', vocab('participantRole').map(([v, d]) => [v, `${v}: ${d}`]), 'agent'),
      h('button', { type: 'button', onclick: () => {
        const id = entityId(val('f-p-entity'));
        if (!id) return say(`"${val('f-p-entity')}" names no single entity of the registry`, true);
        participants.push({ entity: id, role: val('f-p-role') });
        /** @type {HTMLInputElement} */ (document.getElementById('f-p-entity')).value = '';
        redraw();
      } }, 'Add participant')));
}

/** The dates, and the fields that add one. */
function datesField(list, dates, redraw) {
  const dateValues = {};
  return h('fieldset', {}, h('legend', {}, 'Dates'), list,
    h('div', { class: 'row' }, choice('f-d-role', 'Role', vocab('dateRole').map(([v]) => [v, v]), 'occurred'), input('f-d-value', 'Value (2019-05-16, 2019-05, 2019 or a/b)', ''),
      choice('f-d-precision', 'Precision', vocab('datePrecision').map(([v]) => [v, v]), 'day'), choice('f-d-resolution', 'Resolution', vocab('dateResolution').map(([v, d]) => [v, `${v}: ${d}`]), 'explicit')),
    spanField('The phrase that gives it (explicit or relative)', 'dtext', null, dateValues),
    h('div', { class: 'row' }, input('f-d-anchor', 'Anchor (relative dates: the date resolved against)', ''), input('f-d-note', 'Note (how it was resolved; required when inferred)', '')),
    input('f-d-cite', 'Basis for an inferred date: citation ids, comma-separated', ''),
    h('button', { type: 'button', onclick: () => {
      const d = { role: val('f-d-role'), value: val('f-d-value'), precision: val('f-d-precision'), resolution: val('f-d-resolution') };
      if (dateValues.dtext) d.text = dateValues.dtext;
      if (val('f-d-anchor')) d.anchor = val('f-d-anchor');
      if (val('f-d-note')) d.note = val('f-d-note');
      const cite = ids(val('f-d-cite'));
      if (cite.length) d.basis = { cite };
      dates.push(d);
      redraw();
    } }, 'Add date'));
}

/** The event from the form's values, put into the record. */
function applyEvent(f, ev, values, lists) {
  if (!values.trigger) return say('select the trigger', true);
  const event = { ...(ev ?? {}), id: val('f-eid'), type: val('f-type'), summary: val('f-summary'), trigger: values.trigger, participants: lists.participants, dates: lists.dates, factuality: val('f-fact'), evidence: lists.evidence };
  if (val('f-registry')) event.registry = { event: val('f-registry'), relation: val('f-relation') }; else delete event.registry;
  if (val('f-enote')) event.note = val('f-enote'); else delete event.note;
  change((rec) => { rec.events ??= []; if (f.ref) rec.events[f.ref[1]] = event; else rec.events.push(event); }, `event ${event.id}`);
}
