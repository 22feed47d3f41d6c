// @ts-check
// An entity of the registry, made or edited here and saved with the record: its names, kind,
// country, description, Wikidata id with the source that shows it, roles with their dates
// and basis, citations and note.
import { h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, entityId, fileOf, ids, val } from '../state.js';
import { citationsField } from './citations.js';
import { basisOf, choice, input, noteField, panel, removableList, spansField, vocabChoice } from './fields.js';

export function entityForm(f) {
  const existing = f.id ? fileOf('entities', f.id) : null;
  const slug = (s) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const e = structuredClone(existing?.value ?? { id: slug(f.seedName ?? ''), name: f.seedName ?? '', kind: 'company', aliases: [], wikidata: null, country: null, description: '', roles: [], citations: [], note: 'Not linked: no source showing its Wikidata item was read.' });
  const wikidataSpans = structuredClone(e.wikidataBasis?.text ?? []);
  return panel(existing ? `Edit entity ${e.id}` : 'Create an entity', [
    input('f-id', 'Id (lower-case words joined by hyphens)', e.id, { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true, readonly: Boolean(existing) }, existing ? 'An entity keeps its id.' : 'The name in lower case, words joined by hyphens: jane-roe, us-department-of-commerce.'),
    input('f-name', 'Name', e.name, { required: true }, 'The name as the entity uses it; a mention with exactly these words has the form "name".'),
    vocabChoice('f-kind', 'Kind', 'entityKind', e.kind),
    input('f-aliases', 'Aliases (comma-separated)', e.aliases.join(', '), {}, 'Other names the texts use for it (IIJ, US); a mention with one of them has the form "alias".'),
    input('f-country', 'Country (ISO 3166-1 alpha-2, or empty)', e.country ?? '', { pattern: '[A-Z]{2}' }),
    input('f-description', 'Description (one sentence)', e.description, { required: true }),
    h('fieldset', {}, h('legend', {}, 'Wikidata'),
      input('f-wikidata', 'Wikidata id (Q and digits), only with a source you read', e.wikidata ?? '', { pattern: 'Q[1-9][0-9]*' }, 'Never guess a QID: cite the item page (or the source) that shows it is this entity.'),
      input('f-wdcite', 'Its basis: citation ids, comma-separated', (e.wikidataBasis?.cite ?? []).join(', ')),
      spansField('or the words of this article that establish it', wikidataSpans, 'wdtext')),
    rolesField(e.roles),
    citationsField('f-ec', e.citations),
    noteField('f-note', e.note, 'Why a field is null, or how the entity was identified. Required while there is no Wikidata id.'),
  ], () => applyEntity(e, existing, wikidataSpans));
}

function applyEntity(e, existing, wikidataSpans) {
  const id = val('f-id');
  if (!existing && entityId(id) === id) return say(`entity "${id}" already exists; pick it, or give this one another id`, true);
  const entity = { ...e, id, name: val('f-name'), kind: val('f-kind'), aliases: ids(val('f-aliases')), wikidata: val('f-wikidata') || null, country: val('f-country') || null, description: val('f-description') };
  const basis = basisOf('f-wdcite', wikidataSpans, app.st.id);
  if (entity.wikidata && basis) entity.wikidataBasis = basis; else delete entity.wikidataBasis;
  if (val('f-note')) entity.note = val('f-note'); else delete entity.note;
  change((_, pending) => { pending.entities[id] = { value: entity, version: existing?.version ?? null }; }, `entity ${id} (saved with the record)`, { made: id });
}

/** The roles of a person, and the fields that add one with its dates and basis. */
function rolesField(roles) {
  const list = h('ul', {});
  const spans = [];
  const spanList = spansField('or the words of this article that give the title', spans, 'rtext');
  const redraw = () => removableList(list, roles, (r) => `${r.title}${r.organization ? `, ${r.organization}` : ''} ${r.from ?? '?'} to ${r.to ?? (r.ongoing ? 'now (still held)' : '(end unknown)')}; basis ${[...(r.basis.cite ?? []), ...(r.basis.text ?? []).map((s) => `“${s.exact}”`)].join(', ')}`, redraw);
  redraw();
  return h('fieldset', {}, h('legend', {}, 'Roles: titles the person held'), list,
    h('div', { class: 'row' }, input('f-r-title', 'Title', ''), input('f-r-org', 'Organization (an entity)', '', { list: 'entity-list', autocomplete: 'off' })),
    h('div', { class: 'row' }, input('f-r-from', 'From (2019, 2019-05 or 2019-05-16)', ''), input('f-r-to', 'To (empty while held or unknown)', ''),
      choice('f-r-ongoing', 'With no end given', [['', 'the end is unknown'], ['yes', 'still held, as the sources say']], '')),
    input('f-r-cite', 'Basis: citation ids, comma-separated', ''),
    spanList,
    input('f-r-note', 'Note on the role', ''),
    h('button', { type: 'button', onclick: () => {
      const basis = basisOf('f-r-cite', spans, app.st.id);
      if (!val('f-r-title')) return say('give the title', true);
      if (!basis) return say('give the basis of the role: a citation id, or the words of the text', true);
      const org = val('f-r-org') ? entityId(val('f-r-org')) : null;
      if (val('f-r-org') && !org) return say(`"${val('f-r-org')}" names no single entity of the registry`, true);
      const role = { title: val('f-r-title'), organization: org, ...(val('f-r-from') ? { from: val('f-r-from') } : {}), ...(val('f-r-to') ? { to: val('f-r-to') } : val('f-r-ongoing') ? { ongoing: true } : {}), basis, ...(val('f-r-note') ? { note: val('f-r-note') } : {}) };
      roles.push(role);
      for (const k of ['title', 'org', 'from', 'to', 'cite', 'note']) /** @type {HTMLInputElement} */ (document.getElementById(`f-r-${k}`)).value = '';
      spans.length = 0;
      spanList.redraw();
      redraw();
    } }, 'Add the role'));
}
