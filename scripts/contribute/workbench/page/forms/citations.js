// @ts-check
// The citations of an entity or registry event file, edited inside its form: each a source
// that was read, with the few words that support the values citing it.
import { h, say } from '../dom.js';
import { val } from '../state.js';
import { input, removableList } from './fields.js';

/** The citation from the fields prefixed `prefix`, with only the values given. */
function citationFrom(prefix) {
  const fields = { id: val(`${prefix}-id`), url: val(`${prefix}-url`), publication: val(`${prefix}-pub`), title: val(`${prefix}-title`), published: val(`${prefix}-published`), quote: val(`${prefix}-quote`), note: val(`${prefix}-note`) };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v));
}

/** The inputs of one citation, prefixed `prefix`, filled from `c`. */
function citationInputs(prefix, c = {}) {
  return [
    // No pattern here: these fields are checked when the citation is added, not on Apply.
    input(`${prefix}-id`, 'Id (c- and a few words)', c.id ?? 'c-', {}, 'Values cite the source by this id.'),
    input(`${prefix}-url`, 'Address (URL) of the page you read', c.url ?? '', { type: 'url' }, 'The official document or the original report, not a forum or a copy.'),
    input(`${prefix}-pub`, 'Publication', c.publication ?? ''),
    input(`${prefix}-title`, 'Title', c.title ?? ''),
    input(`${prefix}-published`, 'Published (YYYY-MM-DD)', c.published ?? ''),
    input(`${prefix}-quote`, 'The few words of it that support the values citing it', c.quote ?? ''),
    input(`${prefix}-note`, 'Note on the source', c.note ?? ''),
  ];
}

/** The list of a file's citations, with the fields that add one. */
export function citationsField(prefix, citations) {
  const list = h('ul', {});
  const redraw = () => removableList(list, citations, (c) => `${c.id}: ${c.title ?? c.url ?? c.publication ?? ''}`, redraw);
  redraw();
  return h('fieldset', {}, h('legend', {}, 'Citations: the sources you read for this file'), list, citationInputs(prefix),
    h('button', { type: 'button', onclick: () => {
      const c = citationFrom(prefix);
      if (!/^c-[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id ?? '')) return say('give the citation an id: c- and a few words', true);
      if (!c.url && !c.publication) return say('give the address you read, or the publication', true);
      citations.push(c);
      for (const k of ['id', 'url', 'pub', 'title', 'published', 'quote', 'note']) /** @type {HTMLInputElement} */ (document.getElementById(`${prefix}-${k}`)).value = k === 'id' ? 'c-' : '';
      redraw();
    } }, 'Add the citation'));
}
