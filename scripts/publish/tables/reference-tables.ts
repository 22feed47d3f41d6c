// The reference tables: the entity registry with people's roles, every citation read, and
// the codebook of vocabulary values.
import type { Article, Entity, RegistryEvent } from '../../../types/index.d.ts';
import { D, E, col, fk, keyColumn, keyOf, req, type Table } from './columns.ts';
import type { Names } from './context.ts';
import type { Codes } from './event-tables.ts';

export function entitiesTable(entities: readonly Entity[]): Table {
  return {
    name: 'entities',
    title: 'Entities',
    columns: [
      req('id', 'string', "The entity's id, the name of its file in data/entities/."),
      req('name', 'string', `${E}name`),
      req('kind', 'string', `${E}kind`),
      req('aliases', 'array', `${E}aliases`),
      col('wikidata', 'string', 'The Wikidata item (QID) of the entity, given only with a cited basis; empty otherwise, and note says why.'),
      col('country', 'string', "The ISO 3166-1 alpha-2 code of the entity's country (for a person, the country they act for); empty where none applies."),
      req('description', 'string', `${E}description`),
      col('note', 'string', 'Why a field is empty, or how an identification was made; always given where wikidata is empty.'),
    ],
    primaryKey: ['id'],
    foreignKeys: [],
    rows: entities.map((e) => [e.id, e.name, e.kind, [...e.aliases], e.wikidata, e.country, e.description, e.note ?? null]),
  };
}

export function rolesTable(entities: readonly Entity[], nameOf: Names): Table {
  return {
    name: 'roles',
    title: "People's titles, with the organisation and the dates, from the entity registry",
    columns: [
      keyColumn('role_key', "the entity id and the role's place in its list of roles, from 0"),
      req('entity_id', 'string', 'The id of the person (or other entity) holding the title.'),
      req('role_index', 'integer', "The role's place in the entity's list of roles, from 0."),
      req('entity_name', 'string', "The entity's name in the registry."),
      req('title', 'string', 'entity.schema.json#/$defs/role/properties/title'),
      col('organization_id', 'string', 'The entity the title belongs to; empty where it is not in the registry.'),
      col('organization_name', 'string', "The organisation's name in the registry."),
      col('from_date', 'string', 'entity.schema.json#/$defs/role/properties/from'),
      col('to_date', 'string', 'When the person left the role, at the precision known; empty while it is held or when the end is unknown (to_status says which).'),
      req('to_status', 'string', 'How the role ends: ended (to_date gives when), ongoing (still held when the latest source cited was written) or unknown (no source gives its end).'),
      col('note', 'string', 'entity.schema.json#/$defs/role/properties/note'),
    ],
    primaryKey: ['role_key'],
    foreignKeys: [fk('entity_id', 'entities'), fk('organization_id', 'entities')],
    rows: entities.flatMap((e) => e.roles.map((r, i) => [keyOf(e.id, i), e.id, i, e.name, r.title, r.organization, nameOf(r.organization), r.from ?? null, r.to ?? null, r.to ? 'ended' : r.ongoing ? 'ongoing' : 'unknown', r.note ?? null])),
  };
}

type Cited = readonly { id: string; kind: string; url?: string; publication?: string; title?: string; published?: string; quote?: string; original?: { publication: string }; read: { url: string; date: string } }[];

export function citationsTable(articles: readonly Article[], entities: readonly Entity[], registry: readonly RegistryEvent[]): Table {
  const rows = (kind: string, id: string, citations: Cited) =>
    citations.map((c) => [keyOf(kind, id, c.id), kind, id, c.id, c.kind, c.url ?? null, c.publication ?? null, c.title ?? null, c.published ?? null, c.quote ?? null, c.original?.publication ?? null, c.read.url, c.read.date]);
  return {
    name: 'citations',
    title: 'Sources read for the values the texts do not state',
    columns: [
      keyColumn('citation_key', 'whose citation it is (article, entity or event), its id and the citation id'),
      req('file_kind', 'string', 'Whose citation it is: article, entity or event (registry).'),
      req('file_id', 'string', 'The id of the article record, entity or registry event that cites it.'),
      req('citation_id', 'string', `${D}citation/properties/id`),
      req('kind', 'string', `${D}citation/properties/kind`),
      col('url', 'string', `${D}citation/properties/url`),
      col('publication', 'string', `${D}citation/properties/publication`),
      col('title', 'string', `${D}citation/properties/title`),
      col('published', 'string', `${D}citation/properties/published`),
      col('quote', 'string', `${D}citation/properties/quote`),
      col('original_publication', 'string', 'For a copy: the outlet whose report it copies.'),
      req('read_url', 'string', `${D}citationRead/properties/url`),
      req('read_date', 'date', `${D}citationRead/properties/date`),
    ],
    primaryKey: ['citation_key'],
    foreignKeys: [],
    rows: [...articles.flatMap((a) => rows('article', a.id, a.citations)), ...entities.flatMap((e) => rows('entity', e.id, e.citations)), ...registry.flatMap((r) => rows('event', r.id, r.citations))],
  };
}

export function codebookTable(codebook: Record<string, Record<string, string>>, codes: Codes): Table {
  return {
    name: 'codebook',
    title: 'Every vocabulary value with its definition, and the PLOVER and CAMEO codes of the event types',
    columns: [
      keyColumn('codebook_key', 'the vocabulary and the value'),
      req('vocabulary', 'string', 'The vocabulary (eventType, sourceIssueKind, participantRole, datePrecision, mentionForm, ...), as named in the shared definitions.'),
      req('value', 'string', 'The value as it appears in the records and the tables.'),
      req('definition', 'string', 'What the value means (from schema/annotations.json).'),
      col('plover', 'string', 'For an event type: its PLOVER category, empty where PLOVER has none.'),
      col('cameo', 'string', 'For an event type: its CAMEO code, as text (leading zeros matter), empty where none fits.'),
    ],
    primaryKey: ['codebook_key'],
    foreignKeys: [],
    rows: Object.entries(codebook).flatMap(([vocabulary, values]) => Object.entries(values).map(([value, definition]) => [keyOf(vocabulary, value), vocabulary, value, definition, vocabulary === 'eventType' ? (codes[value]?.plover ?? null) : null, vocabulary === 'eventType' ? (codes[value]?.cameo ?? null) : null])),
  };
}
