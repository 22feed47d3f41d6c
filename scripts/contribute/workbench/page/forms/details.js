// @ts-check
// The article's details: headline, publisher with its basis, publication date, address
// and language.
import { h } from '../dom.js';
import { change } from '../edits.js';
import { app, entityId, ids, val } from '../state.js';
import { createButton, input, panel, spanField, vocabChoice } from './fields.js';

export function detailsForm() {
  const s = app.st.record.source;
  const p = s.published ?? {};
  const values = {};
  return panel('Article details', [
    spanField('Headline (the text’s own headline)', 'headline', s.headline ?? null, values),
    input('f-publisher', 'Publisher: an entity (empty when it cannot be established)', s.publisher.entity ?? '', { list: 'entity-list', autocomplete: 'off', 'data-autofocus': true }),
    createButton('Create the publisher as a new entity', 'entity', 'f-publisher'),
    input('f-pubnote', 'How the publisher was identified, or why it is unknown', s.publisher.note ?? ''),
    spanField('Where the text names the publisher (its basis)', 'pubtext', s.publisher.basis?.text?.[0] ?? null, values),
    input('f-pubcite', 'or the citation ids of sources read, comma-separated', (s.publisher.basis?.cite ?? []).join(', ')),
    h('fieldset', {}, h('legend', {}, 'Publication date'),
      h('div', { class: 'row' }, input('f-pvalue', 'Value (2019-05-16, 2019-05, 2019 or a/b; empty while unknown in a draft)', p.value ?? ''), vocabChoice('f-pprecision', 'Precision', 'datePrecision', p.precision ?? 'day'),
        vocabChoice('f-presolution', 'Resolution', 'dateResolution', p.resolution ?? 'explicit')),
      spanField('The date line or phrase that gives it', 'ptext', p.text ?? null, values),
      h('div', { class: 'row' }, input('f-panchor', 'Anchor (relative)', p.anchor ?? ''), input('f-pnote', 'Note (how it was inferred)', p.note ?? '', {}, 'A date the text does not print rests on a source you read; give the precision the evidence supports, no finer.'), input('f-pcite', 'Basis: citation ids', (p.basis?.cite ?? []).join(', ')))),
    input('f-url', 'Address of a page you read that carries this text (optional)', s.url ?? '', { type: 'url' }),
    input('f-urlcite', 'Its citation id (required with an address)', (s.urlBasis?.cite ?? []).join(', ')),
    input('f-lang', 'Language (BCP 47)', s.language),
  ], () => change((rec) => applyDetails(rec.source, values), 'article details'));
}

/** Writes the form's values into the record's `source`. */
function applyDetails(src, values) {
  src.headline = values.headline ?? null;
  const entity = val('f-publisher').trim() ? (entityId(val('f-publisher')) ?? val('f-publisher').trim()) : null;
  src.publisher = { entity, ...(val('f-pubnote') ? { note: val('f-pubnote') } : {}) };
  const basis = { ...(ids(val('f-pubcite')).length ? { cite: ids(val('f-pubcite')) } : {}), ...(values.pubtext ? { text: [values.pubtext] } : {}) };
  if (Object.keys(basis).length) src.publisher.basis = basis;
  if (val('f-pvalue')) {
    const d = { value: val('f-pvalue'), precision: val('f-pprecision'), resolution: val('f-presolution') };
    if (values.ptext) d.text = values.ptext;
    if (val('f-panchor')) d.anchor = val('f-panchor');
    if (val('f-pnote')) d.note = val('f-pnote');
    if (ids(val('f-pcite')).length) d.basis = { cite: ids(val('f-pcite')) };
    src.published = d;
  } else src.published = null;
  if (val('f-url')) { src.url = val('f-url'); src.urlBasis = { cite: ids(val('f-urlcite')) }; } else { delete src.url; delete src.urlBasis; }
  src.language = val('f-lang') || 'en';
}
