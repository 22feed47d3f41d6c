// @ts-check
// Citations: each a source that was read, with what kind of source it is, the few words
// that support the values citing it, and how it was read (the address and the day). The
// same fields serve the record's citation form and the citation lists of entity and
// registry event files.
import { h, say } from '../dom.js';
import { val } from '../state.js';
import { input, removableList, vocabChoice } from './fields.js';

const today = () => new Date().toISOString().slice(0, 10);
const given = (fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v));

/** The citation from the fields prefixed `prefix`, with only the values given. The address
 * read defaults to the page's own address, and the day to today. */
export function citationFrom(prefix) {
  const f = (k) => val(`${prefix}-${k}`).trim();
  const kind = f('kind');
  const original = kind === 'copy' ? given({ publication: f('orig-pub'), published: f('orig-published'), url: f('orig-url') }) : {};
  const readUrl = f('read-url') || f('url');
  return given({
    id: f('id'), kind, url: f('url'), publication: f('pub'), title: f('title'), published: f('published'), quote: f('quote'),
    original: Object.keys(original).length ? original : undefined,
    read: readUrl ? { url: readUrl, date: f('read-date') || today() } : undefined,
    note: f('note'),
  });
}

/** The inputs of one citation, prefixed `prefix`, filled from `c`. */
export function citationInputs(prefix, c = {}, idAttrs = {}) {
  return [
    // No pattern on the address fields: they are checked with the record, not on Apply.
    input(`${prefix}-id`, 'Id (c- and a few words)', c.id ?? 'c-', idAttrs, 'Values cite the source by this id.'),
    vocabChoice(`${prefix}-kind`, 'What the source is', 'citationKind', c.kind ?? 'report'),
    input(`${prefix}-url`, 'Address (URL) of the page', c.url ?? '', { type: 'url' }, 'The official document or the original report; never a forum thread, or an SEO, proxy or spam copy.'),
    input(`${prefix}-pub`, 'Publication', c.publication ?? ''),
    input(`${prefix}-title`, 'Title', c.title ?? ''),
    input(`${prefix}-published`, 'Published (YYYY-MM-DD)', c.published ?? ''),
    input(`${prefix}-quote`, 'The few words of it that support the values citing it', c.quote ?? '', {}, 'Exactly as the page reads; they must contain the value.'),
    h('fieldset', {}, h('legend', {}, 'For a copy: the report it copies'),
      input(`${prefix}-orig-pub`, 'Outlet of the original', c.original?.publication ?? ''),
      input(`${prefix}-orig-published`, 'Its date (YYYY-MM-DD)', c.original?.published ?? ''),
      input(`${prefix}-orig-url`, 'Its address, where known', c.original?.url ?? '', { type: 'url' })),
    input(`${prefix}-read-url`, 'Address you read (if not the page\'s own)', c.read?.url && c.read.url !== c.url ? c.read.url : '', { type: 'url' }, 'An archived or stored copy of the page, say.'),
    input(`${prefix}-read-date`, 'Day you read it (YYYY-MM-DD; today if empty)', c.read?.date ?? ''),
    input(`${prefix}-note`, 'Note on the source', c.note ?? ''),
  ];
}

const FIELDS = ['id', 'url', 'pub', 'title', 'published', 'quote', 'orig-pub', 'orig-published', 'orig-url', 'read-url', 'read-date', 'note'];

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
      if (!c.read) return say('give the address you read', true);
      citations.push(c);
      for (const k of FIELDS) /** @type {HTMLInputElement} */ (document.getElementById(`${prefix}-${k}`)).value = k === 'id' ? 'c-' : '';
      redraw();
    } }, 'Add the citation'));
}
