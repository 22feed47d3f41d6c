// @ts-check
// A new entity of the registry, written to data/entities/ at once; its mention comes next.
import { say } from '../dom.js';
import { createEntity, getContext } from '../server-calls.js';
import { app, render, val, vocab } from '../state.js';
import { choice, input, panel } from './fields.js';

export function entityForm() {
  return panel('Create an entity', [
    input('f-id', 'Id (lower-case words joined by hyphens)', '', { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', 'data-autofocus': true }),
    input('f-name', 'Name', app.st.sel?.exact ?? '', { required: true }),
    choice('f-kind', 'Kind', vocab('entityKind').map(([v, d]) => [v, `${v}: ${d}`]), 'company'),
    input('f-aliases', 'Aliases (comma-separated)', ''),
    input('f-country', 'Country (ISO 3166-1 alpha-2, or empty)', '', { pattern: '[A-Z]{2}' }),
    input('f-description', 'Description (one sentence)', '', { required: true }),
    input('f-note', 'Why there is no Wikidata id (a QID goes in only with a source you read)', 'Not linked: no source showing its Wikidata item was read.', { required: true }),
  ], async () => {
    const entity = { id: val('f-id'), name: val('f-name'), kind: val('f-kind'), aliases: val('f-aliases').split(',').map((s) => s.trim()).filter(Boolean), wikidata: null, country: val('f-country') || null, description: val('f-description'), roles: [], note: val('f-note') };
    try {
      await createEntity(entity);
      app.ctx = await getContext();
      app.st.form = { kind: 'mention', ref: null };
      render();
      /** @type {HTMLInputElement} */ (document.getElementById('f-entity')).value = entity.id;
      say(`created data/entities/${entity.id}.json; now add its mention`);
    } catch (e) { say(e.message, true); }
  });
}
