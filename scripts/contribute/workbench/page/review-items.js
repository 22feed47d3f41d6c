// @ts-check
// What a review pass goes through: every part of the record in the order of the text (the
// article's details first), every field of each shown; the mentions of one entity as one
// group; then the record's citations, the entity files it uses and the registry events it
// reports, each whole.
import { app, entities, registryEvents } from './state.js';

const isSpan = (v) => v && typeof v === 'object' && Number.isInteger(v.start) && typeof v.exact === 'string';

/** One value as a reader checks it: spans with their words and place, lists item by item. */
function shown(v) {
  if (isSpan(v)) return `“${v.exact}” [${v.start}, ${v.end})`;
  if (Array.isArray(v)) return v.length ? v.map(shown).join('; ') : '(none)';
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${shown(x)}`).join(', ');
  return v === null ? 'null' : String(v);
}

/** Every field of an object, one line each. */
const fieldsOf = (obj) => Object.entries(obj).filter(([k]) => k !== '$schema').map(([k, v]) => `${k}: ${shown(v)}`);

/** @returns {{ref: (string|number)[], title: string, lines: string[], span?: any, count: number}[]} */
export function reviewItems() {
  const r = app.st.record;
  const inText = [
    ...(r.entities ?? []).map((e, i) => ({ ref: ['entities', i], title: `Every mention of ${e.entity} (${e.mentions.length})`, lines: [...e.mentions.map((m) => `${m.form}: ${shown(m)}`), ...(e.note ? [`note: ${e.note}`] : [])], span: e.mentions[0], count: e.mentions.length })),
    ...(r.quotes ?? []).map((q, i) => ({ ref: ['quotes', i], title: `Quote ${q.id}`, lines: fieldsOf(q), span: q.content, count: 1 })),
    ...(r.events ?? []).map((ev, i) => ({ ref: ['events', i], title: `Event ${ev.id}`, lines: fieldsOf(ev), span: ev.evidence[0] ?? ev.trigger, count: 1 })),
    ...(r.sourceIssues ?? []).map((s, i) => ({ ref: ['sourceIssues', i], title: `Source issue ${s.id}`, lines: fieldsOf(s), span: s.target, count: 1 })),
    ...(r.boilerplate ?? []).map((b, i) => ({ ref: ['boilerplate', i], title: `Boilerplate (${b.kind})`, lines: fieldsOf(b), span: b.span, count: 1 })),
    ...(r.segments ?? []).map((s, i) => ({ ref: ['segments', i], title: `Segment ${s.id}`, lines: fieldsOf(s), span: s.span, count: 1 })),
    ...(r.quoteMarks?.ignored ?? []).map((g, i) => ({ ref: ['quoteMarks', 'ignored', i], title: 'Quotation marks that are not a quote', lines: fieldsOf(g), span: g.span, count: 1 })),
  ].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  const used = new Set(r.entities.map((l) => l.entity));
  const linked = new Set(r.events.map((e) => e.registry?.event).filter(Boolean));
  return [
    { ref: ['source'], title: 'The article details', lines: fieldsOf(r.source), span: r.source.headline ?? undefined, count: 1 },
    ...inText,
    ...(r.citations ?? []).map((c, i) => ({ ref: ['citations', i], title: `Citation ${c.id}`, lines: fieldsOf(c), count: 1 })),
    ...entities().filter((e) => used.has(e.id)).map((e) => ({ ref: ['entity-file', e.id], title: `Entity file ${e.id}`, lines: fieldsOf(e), count: 1 })),
    ...registryEvents().filter((e) => linked.has(e.id)).map((e) => ({ ref: ['registry-event-file', e.id], title: `Registry event ${e.id}`, lines: fieldsOf(e), count: 1 })),
  ];
}
