// The analysis tables: one row per article, entity, role of a person, mention, event, event
// date, event participant, quote, source issue, segment, citation, real-world event of the
// registry with its dates, and vocabulary value (the codebook). Each column says where its
// description comes from in the JSON Schema, so the Frictionless Table Schemas are derived,
// not retyped.
import type { Article, Entity, RegistryEvent } from '../../types/index.d.ts';
import { dateSpan } from '../api/dates.cts';

export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'array';
/** A cell: a list of strings for an `array` column, a YYYY-MM-DD string for a `date` column. */
export type Cell = string | number | boolean | null | string[];

export interface Column {
  name: string;
  type: FieldType;
  /** A schema location ("article.schema.json#/$defs/event/properties/type") or a description. */
  description: string;
  /** True when no row leaves it empty (the Table Schema's `required` constraint). */
  required: boolean;
}

export interface Table {
  name: string;
  title: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; resource: string; reference: string[] }[];
  rows: Cell[][];
}

const A = 'article.schema.json#/$defs/';
const D = 'defs.schema.json#/$defs/';
const E = 'entity.schema.json#/properties/';
const R = 'event.schema.json#/';

const col = (name: string, type: FieldType, description: string, required = false): Column => ({ name, type, description, required });
const req = (name: string, type: FieldType, description: string): Column => col(name, type, description, true);
// Offsets are named start_offset and end_offset: END is a reserved word in SQL.
const offsets = [req('start_offset', 'integer', `defs.schema.json#/$defs/selector/properties/start`), req('end_offset', 'integer', `defs.schema.json#/$defs/selector/properties/end`)];
const articleFk = { fields: ['article_id'], resource: 'articles', reference: ['id'] };
const entityFk = (field: string) => ({ fields: [field], resource: 'entities', reference: ['id'] });

export function buildTables(articles: readonly Article[], entities: readonly Entity[], registry: readonly RegistryEvent[], plover: Record<string, { plover: string | null; cameo: string | null }>, codebook: Record<string, Record<string, string>>): Table[] {
  const rows = <T>(f: (a: Article) => T[]) => articles.flatMap(f);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const nameOf = (id: string | null) => (id === null ? null : (byId.get(id)?.name ?? null));
  const rolesOf = (id: string | null) => (id === null ? [] : (byId.get(id)?.roles ?? []).map((r) => (r.organization ? `${r.title}, ${nameOf(r.organization) ?? r.organization}` : r.title)));
  // The segment an article's span lies in, where the text has segments.
  const segmentOf = (a: Article, start: number) => a.segments?.find((s) => s.span.start <= start && start < s.span.end)?.id ?? null;
  const citationRows = (kind: string, id: string, citations: readonly { id: string; url?: string; publication?: string; title?: string; published?: string; quote?: string }[]) =>
    citations.map((c) => [kind, id, c.id, c.url ?? null, c.publication ?? null, c.title ?? null, c.published ?? null, c.quote ?? null]);
  return [
    {
      name: 'articles',
      title: 'Articles',
      columns: [
        req('id', 'string', 'article.schema.json#/properties/id'),
        col('headline', 'string', "The text of the article's own headline, where the text has one."),
        col('publisher_id', 'string', `${A}publisher/properties/entity`),
        col('publisher_name', 'string', "The publisher's name in the entity registry."),
        col('published', 'string', `${D}dateValue/properties/value`),
        col('published_precision', 'string', `${D}dateValue/properties/precision`),
        col('published_resolution', 'string', `${D}dateValue/properties/resolution`),
        col('published_first_day', 'date', 'The first day the publication date covers.'),
        col('published_last_day', 'date', 'The last day the publication date covers.'),
        col('url', 'string', `${A}source/properties/url`),
        req('language', 'string', `${A}source/properties/language`),
        req('original_name', 'string', `${A}source/properties/originalName`),
        req('sha256', 'string', `${A}source/properties/sha256`),
        req('review_status', 'string', `${A}review/properties/status`),
      ],
      primaryKey: ['id'],
      foreignKeys: [entityFk('publisher_id')],
      rows: articles.map((a) => {
        const span = a.source.published ? dateSpan(a.source.published.value) : undefined;
        return [a.id, a.source.headline?.exact ?? null, a.source.publisher.entity, nameOf(a.source.publisher.entity), a.source.published?.value ?? null, a.source.published?.precision ?? null, a.source.published?.resolution ?? null, span?.[0] ?? null, span?.[1] ?? null, a.source.url ?? null, a.source.language, a.source.originalName, a.source.sha256, a.review.status];
      }),
    },
    {
      name: 'entities',
      title: 'Entities',
      columns: [
        req('id', 'string', `${E}id`),
        req('name', 'string', `${E}name`),
        req('kind', 'string', `${E}kind`),
        req('aliases', 'array', `${E}aliases`),
        col('wikidata', 'string', `${E}wikidata`),
        col('country', 'string', `${E}country`),
        req('description', 'string', `${E}description`),
        col('note', 'string', `${E}note`),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: entities.map((e) => [e.id, e.name, e.kind, [...e.aliases], e.wikidata, e.country, e.description, e.note ?? null]),
    },
    {
      name: 'mentions',
      title: 'Entity mentions',
      columns: [req('article_id', 'string', 'The id of the article the row belongs to.'), req('entity_id', 'string', `${A}entityMentions/properties/entity`), req('entity_name', 'string', "The entity's name in the registry."), ...offsets, req('exact', 'string', `${D}selector/properties/exact`), req('form', 'string', `${D}mention/properties/form`), col('segment_id', 'string', 'The segment of the text the mention lies in, where the text has segments.')],
      primaryKey: ['article_id', 'entity_id', 'start_offset', 'end_offset'],
      foreignKeys: [articleFk, entityFk('entity_id')],
      rows: rows((a) => a.entities.flatMap((e) => e.mentions.map((m) => [a.id, e.entity, nameOf(e.entity), m.start, m.end, m.exact, m.form, segmentOf(a, m.start)]))),
    },
    {
      name: 'events',
      title: 'Events',
      columns: [
        req('article_id', 'string', 'The id of the article the row belongs to.'),
        req('event_id', 'string', `${A}event/properties/id`),
        req('type', 'string', `${A}event/properties/type`),
        col('plover', 'string', 'The PLOVER category of the event type (from schema/annotations.json), empty where PLOVER has none.'),
        col('cameo', 'string', 'The CAMEO code of the event type, as text (leading zeros matter: 010 is not 10), empty where none fits.'),
        req('summary', 'string', `${A}event/properties/summary`),
        req('factuality', 'string', `${A}event/properties/factuality`),
        req('trigger', 'string', 'The words of the text that express the event most directly (its trigger selector\'s exact text).'),
        col('registry_event_id', 'string', `${A}registryLink/properties/event`),
        col('registry_relation', 'string', `${A}registryLink/properties/relation`),
        col('segment_id', 'string', 'The segment of the text the event\'s first evidence lies in, where the text has segments.'),
      ],
      primaryKey: ['article_id', 'event_id'],
      foreignKeys: [articleFk, { fields: ['registry_event_id'], resource: 'registry_events', reference: ['id'] }],
      rows: rows((a) => a.events.map((e) => [a.id, e.id, e.type, plover[e.type]?.plover ?? null, plover[e.type]?.cameo ?? null, e.summary, e.factuality, e.trigger.exact, e.registry?.event ?? null, e.registry?.relation ?? null, segmentOf(a, e.evidence[0]!.start)])),
    },
    {
      name: 'event_dates',
      title: 'Event dates (one row per date of an event)',
      columns: [
        req('article_id', 'string', 'The id of the article the row belongs to.'),
        req('event_id', 'string', 'The id of the event, unique within its article.'),
        req('role', 'string', `${D}eventDate/properties/role`),
        req('value', 'string', `${D}eventDate/properties/value`),
        req('precision', 'string', `${D}eventDate/properties/precision`),
        req('resolution', 'string', `${D}eventDate/properties/resolution`),
        req('first_day', 'date', 'The first day the date covers, for putting every event on one timeline.'),
        req('last_day', 'date', 'The last day the date covers.'),
        col('text', 'string', 'The words of the text that give the date, where it has them.'),
        col('anchor', 'string', `${D}eventDate/properties/anchor`),
        col('note', 'string', `${D}eventDate/properties/note`),
        col('issue_id', 'string', `${D}eventDate/properties/issue`),
      ],
      primaryKey: ['article_id', 'event_id', 'role', 'value'],
      foreignKeys: [articleFk, { fields: ['article_id', 'event_id'], resource: 'events', reference: ['article_id', 'event_id'] }],
      rows: rows((a) => a.events.flatMap((e) => e.dates.map((d) => {
        const span = dateSpan(d.value);
        return [a.id, e.id, d.role, d.value, d.precision, d.resolution, span?.[0] ?? null, span?.[1] ?? null, d.text?.exact ?? null, d.anchor ?? null, d.note ?? null, d.issue ?? null];
      }))),
    },
    {
      name: 'event_participants',
      title: 'Event participants',
      columns: [req('article_id', 'string', 'The id of the article the row belongs to.'), req('event_id', 'string', 'The id of the event, unique within its article.'), req('entity_id', 'string', `${A}participant/properties/entity`), req('entity_name', 'string', "The entity's name in the registry."), req('role', 'string', `${A}participant/properties/role`)],
      primaryKey: ['article_id', 'event_id', 'entity_id', 'role'],
      foreignKeys: [articleFk, entityFk('entity_id'), { fields: ['article_id', 'event_id'], resource: 'events', reference: ['article_id', 'event_id'] }],
      rows: rows((a) => a.events.flatMap((e) => e.participants.map((p) => [a.id, e.id, p.entity, nameOf(p.entity), p.role]))),
    },
    {
      name: 'quotes',
      title: 'Quotes, with the names of the speaker, the outlet and the publisher beside their ids',
      columns: [
        req('article_id', 'string', 'The id of the article the row belongs to.'),
        req('quote_id', 'string', `${A}quote/properties/id`),
        req('kind', 'string', `${A}quote/properties/kind`),
        col('speaker_id', 'string', `${A}speaker/properties/entity`),
        col('speaker_name', 'string', "The speaker's name in the registry; empty for an unnamed speaker."),
        col('speaker_description', 'string', `${A}speaker/properties/description`),
        req('speaker_roles', 'array', "The speaker's titles with their organisations, from the registry's roles (\"title, organisation\"); the record's date says which applied."),
        col('cue', 'string', 'The attributing words ("said", "told"), where the text has them.'),
        col('via_id', 'string', `${A}quote/properties/via`),
        col('via_name', 'string', "The name of the outlet the quote came through, where the text names one; empty otherwise (the article's own publisher is in publisher_name, not here)."),
        col('publisher_name', 'string', "The name of the article's publisher, where it is known: the outlet that printed the quote."),
        req('content', 'string', 'The quoted words of the first paragraph, without the marks (the content selector\'s exact text).'),
        ...offsets,
        req('continuation', 'array', 'The quoted words of each following paragraph of the same quotation; empty when it is one paragraph.'),
        req('unclosed', 'boolean', 'True when the source never closes the quotation.'),
        req('about', 'array', `${A}quote/properties/about`),
      ],
      primaryKey: ['article_id', 'quote_id'],
      foreignKeys: [articleFk, entityFk('speaker_id'), entityFk('via_id')],
      rows: rows((a) => a.quotes.map((q) => [a.id, q.id, q.kind, q.speaker.entity, nameOf(q.speaker.entity), q.speaker.description ?? null, rolesOf(q.speaker.entity), q.cue?.exact ?? null, q.via ?? null, nameOf(q.via ?? null), nameOf(a.source.publisher.entity), q.content.exact, q.content.start, q.content.end, (q.continuation ?? []).map((p) => p.exact), q.unclosed === true, [...q.about]])),
    },
    {
      name: 'source_issues',
      title: 'Source issues',
      columns: [
        req('article_id', 'string', 'The id of the article the row belongs to.'),
        req('issue_id', 'string', `${A}sourceIssue/properties/id`),
        req('kind', 'string', `${A}sourceIssue/properties/kind`),
        req('as_published', 'string', 'What the text says, word for word (the target selector\'s exact text).'),
        col('corrected', 'string', `${A}sourceIssue/properties/corrected`),
        req('explanation', 'string', `${A}sourceIssue/properties/explanation`),
        req('confidence', 'string', `${A}sourceIssue/properties/confidence`),
        ...offsets,
        col('quote_id', 'string', `${A}sourceIssue/properties/quote`),
      ],
      primaryKey: ['article_id', 'issue_id'],
      foreignKeys: [articleFk],
      rows: rows((a) => a.sourceIssues.map((s) => [a.id, s.id, s.kind, s.target.exact, s.corrected, s.explanation, s.confidence, s.target.start, s.target.end, s.quote ?? null])),
    },
    {
      name: 'registry_events',
      title: 'Real-world events (the registry: one row per event, however many articles report it)',
      columns: [
        req('id', 'string', `${R}properties/id`),
        req('type', 'string', `${R}properties/type`),
        col('plover', 'string', 'The PLOVER category of the event type (from schema/annotations.json), empty where PLOVER has none.'),
        col('cameo', 'string', 'The CAMEO code of the event type, empty where none fits.'),
        req('summary', 'string', `${R}properties/summary`),
        col('wikidata', 'string', `${R}properties/wikidata`),
        req('reports', 'integer', 'How many article events report this event (the same event or a part of it).'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: registry.map((r) => [r.id, r.type, plover[r.type]?.plover ?? null, plover[r.type]?.cameo ?? null, r.summary, r.wikidata, articles.reduce((n, a) => n + a.events.filter((e) => e.registry?.event === r.id).length, 0)]),
    },
    {
      name: 'registry_event_dates',
      title: 'Dates of the real-world events, as the sources read give them',
      columns: [
        req('event_id', 'string', 'The id of the registry event.'),
        req('role', 'string', `${R}$defs/registryDate/properties/role`),
        req('value', 'string', `${R}$defs/registryDate/properties/value`),
        req('precision', 'string', `${R}$defs/registryDate/properties/precision`),
        req('first_day', 'date', 'The first day the date covers.'),
        req('last_day', 'date', 'The last day the date covers.'),
      ],
      primaryKey: ['event_id', 'role', 'value'],
      foreignKeys: [{ fields: ['event_id'], resource: 'registry_events', reference: ['id'] }],
      rows: registry.flatMap((r) => r.dates.map((d) => {
        const span = dateSpan(d.value);
        return [r.id, d.role, d.value, d.precision, span?.[0] ?? null, span?.[1] ?? null];
      })),
    },
    {
      name: 'segments',
      title: 'Segments of texts that carry more than one article',
      columns: [
        req('article_id', 'string', 'The id of the article the row belongs to.'),
        req('segment_id', 'string', `${A}segment/properties/id`),
        req('kind', 'string', `${A}segment/properties/kind`),
        ...offsets,
        col('headline', 'string', "The text of the segment's own headline, where it has one."),
      ],
      primaryKey: ['article_id', 'segment_id'],
      foreignKeys: [articleFk],
      rows: rows((a) => (a.segments ?? []).map((s) => [a.id, s.id, s.kind, s.span.start, s.span.end, s.headline?.exact ?? null])),
    },
    {
      name: 'citations',
      title: 'Sources read for the values the texts do not state',
      columns: [
        req('file_kind', 'string', 'Whose citation it is: article, entity or event (registry).'),
        req('file_id', 'string', 'The id of the article record, entity or registry event that cites it.'),
        req('citation_id', 'string', `${D}citation/properties/id`),
        col('url', 'string', `${D}citation/properties/url`),
        col('publication', 'string', `${D}citation/properties/publication`),
        col('title', 'string', `${D}citation/properties/title`),
        col('published', 'string', `${D}citation/properties/published`),
        col('quote', 'string', `${D}citation/properties/quote`),
      ],
      primaryKey: ['file_kind', 'file_id', 'citation_id'],
      foreignKeys: [],
      rows: [...articles.flatMap((a) => citationRows('article', a.id, a.citations)), ...entities.flatMap((e) => citationRows('entity', e.id, e.citations)), ...registry.flatMap((r) => citationRows('event', r.id, r.citations))],
    },
    {
      name: 'roles',
      title: "People's titles, with the organisation and the dates, from the entity registry",
      columns: [
        req('entity_id', 'string', 'The id of the person (or other entity) holding the title.'),
        req('role_index', 'integer', "The role's place in the entity's list of roles, from 0."),
        req('entity_name', 'string', "The entity's name in the registry."),
        req('title', 'string', 'entity.schema.json#/$defs/role/properties/title'),
        col('organization_id', 'string', 'entity.schema.json#/$defs/role/properties/organization'),
        col('organization_name', 'string', "The organisation's name in the registry."),
        col('from_date', 'string', 'entity.schema.json#/$defs/role/properties/from'),
        col('to_date', 'string', 'entity.schema.json#/$defs/role/properties/to'),
      ],
      primaryKey: ['entity_id', 'role_index'],
      foreignKeys: [entityFk('entity_id'), entityFk('organization_id')],
      rows: entities.flatMap((e) => e.roles.map((r, i) => [e.id, i, e.name, r.title, r.organization, nameOf(r.organization), r.from ?? null, r.to ?? null])),
    },
    {
      name: 'codebook',
      title: 'Every vocabulary value with its definition, and the PLOVER and CAMEO codes of the event types',
      columns: [
        req('vocabulary', 'string', 'The vocabulary (eventType, sourceIssueKind, participantRole, datePrecision, mentionForm, ...), as named in the shared definitions.'),
        req('value', 'string', 'The value as it appears in the records and the tables.'),
        req('definition', 'string', 'What the value means (from schema/annotations.json).'),
        col('plover', 'string', 'For an event type: its PLOVER category, empty where PLOVER has none.'),
        col('cameo', 'string', 'For an event type: its CAMEO code, as text, empty where none fits.'),
      ],
      primaryKey: ['vocabulary', 'value'],
      foreignKeys: [],
      rows: Object.entries(codebook).flatMap(([vocabulary, values]) => Object.entries(values).map(([value, definition]) => [vocabulary, value, definition, vocabulary === 'eventType' ? (plover[value]?.plover ?? null) : null, vocabulary === 'eventType' ? (plover[value]?.cameo ?? null) : null])),
    },
  ];
}
