// The analysis tables: one row per article, entity, mention, event, event date, event
// participant, quote, source issue, segment, citation, and real-world event of the registry
// with its dates. Each column says where its description comes
// from in the JSON Schema, so the Frictionless Table Schemas are derived, not retyped.
import type { Article, Entity, RegistryEvent } from '../../types/index.d.ts';
import { dateSpan } from '../api/dates.cts';

export type FieldType = 'string' | 'integer' | 'boolean' | 'date';
export type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  type: FieldType;
  /** A schema location ("article.schema.json#/$defs/event/properties/type") or a description. */
  description: string;
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

const col = (name: string, type: FieldType, description: string): Column => ({ name, type, description });
const articleFk = { fields: ['article_id'], resource: 'articles', reference: ['id'] };
const entityFk = (field: string) => ({ fields: [field], resource: 'entities', reference: ['id'] });

export function buildTables(articles: readonly Article[], entities: readonly Entity[], registry: readonly RegistryEvent[], plover: Record<string, { plover: string | null; cameo: string | null }>): Table[] {
  const rows = <T>(f: (a: Article) => T[]) => articles.flatMap(f);
  // The segment an article's span lies in, where the text has segments.
  const segmentOf = (a: Article, start: number) => a.segments?.find((s) => s.span.start <= start && start < s.span.end)?.id ?? null;
  const citationRows = (kind: string, id: string, citations: readonly { id: string; url?: string; publication?: string; title?: string; published?: string; quote?: string }[]) =>
    citations.map((c) => [kind, id, c.id, c.url ?? null, c.publication ?? null, c.title ?? null, c.published ?? null, c.quote ?? null]);
  return [
    {
      name: 'articles',
      title: 'Articles',
      columns: [
        col('id', 'string', 'article.schema.json#/properties/id'),
        col('headline', 'string', `${A}source/properties/headline`),
        col('publisher_id', 'string', `${A}publisher/properties/entity`),
        col('published', 'string', `${D}dateValue/properties/value`),
        col('published_precision', 'string', `${D}dateValue/properties/precision`),
        col('published_resolution', 'string', `${D}dateValue/properties/resolution`),
        col('published_first_day', 'date', 'The first day the publication date covers.'),
        col('published_last_day', 'date', 'The last day the publication date covers.'),
        col('url', 'string', `${A}source/properties/url`),
        col('language', 'string', `${A}source/properties/language`),
        col('original_name', 'string', `${A}source/properties/originalName`),
        col('sha256', 'string', `${A}source/properties/sha256`),
        col('review_status', 'string', `${A}review/properties/status`),
      ],
      primaryKey: ['id'],
      foreignKeys: [entityFk('publisher_id')],
      rows: articles.map((a) => {
        const span = a.source.published ? dateSpan(a.source.published.value) : undefined;
        return [a.id, a.source.headline?.exact ?? null, a.source.publisher.entity, a.source.published?.value ?? null, a.source.published?.precision ?? null, a.source.published?.resolution ?? null, span?.[0] ?? null, span?.[1] ?? null, a.source.url ?? null, a.source.language, a.source.originalName, a.source.sha256, a.review.status];
      }),
    },
    {
      name: 'entities',
      title: 'Entities',
      columns: [
        col('id', 'string', `${E}id`),
        col('name', 'string', `${E}name`),
        col('kind', 'string', `${E}kind`),
        col('aliases', 'string', 'Other names and abbreviations, separated by " | ".'),
        col('wikidata', 'string', `${E}wikidata`),
        col('country', 'string', `${E}country`),
        col('description', 'string', `${E}description`),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: entities.map((e) => [e.id, e.name, e.kind, e.aliases.join(' | '), e.wikidata, e.country, e.description]),
    },
    {
      name: 'mentions',
      title: 'Entity mentions',
      columns: [col('article_id', 'string', 'The id of the article the row belongs to.'), col('entity_id', 'string', `${A}entityMentions/properties/entity`), col('start', 'integer', `${D}selector/properties/start`), col('end', 'integer', `${D}selector/properties/end`), col('exact', 'string', `${D}selector/properties/exact`), col('form', 'string', `${D}mention/properties/form`)],
      primaryKey: ['article_id', 'entity_id', 'start', 'end'],
      foreignKeys: [articleFk, entityFk('entity_id')],
      rows: rows((a) => a.entities.flatMap((e) => e.mentions.map((m) => [a.id, e.entity, m.start, m.end, m.exact, m.form]))),
    },
    {
      name: 'events',
      title: 'Events',
      columns: [
        col('article_id', 'string', 'The id of the article the row belongs to.'),
        col('event_id', 'string', `${A}event/properties/id`),
        col('type', 'string', `${A}event/properties/type`),
        col('plover', 'string', 'The PLOVER category of the event type (from x-plover in the shared definitions), empty where PLOVER has none.'),
        col('cameo', 'string', 'The CAMEO code of the event type, empty where none fits.'),
        col('summary', 'string', `${A}event/properties/summary`),
        col('factuality', 'string', `${A}event/properties/factuality`),
        col('trigger', 'string', `${A}event/properties/trigger`),
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
        col('article_id', 'string', 'The id of the article the row belongs to.'),
        col('event_id', 'string', 'The id of the event, unique within its article.'),
        col('role', 'string', `${D}eventDate/properties/role`),
        col('value', 'string', `${D}eventDate/properties/value`),
        col('precision', 'string', `${D}eventDate/properties/precision`),
        col('resolution', 'string', `${D}eventDate/properties/resolution`),
        col('first_day', 'date', 'The first day the date covers, for putting every event on one timeline.'),
        col('last_day', 'date', 'The last day the date covers.'),
        col('text', 'string', `${D}eventDate/properties/text`),
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
      columns: [col('article_id', 'string', 'The id of the article the row belongs to.'), col('event_id', 'string', 'The id of the event, unique within its article.'), col('entity_id', 'string', `${A}participant/properties/entity`), col('role', 'string', `${A}participant/properties/role`)],
      primaryKey: ['article_id', 'event_id', 'entity_id', 'role'],
      foreignKeys: [articleFk, entityFk('entity_id'), { fields: ['article_id', 'event_id'], resource: 'events', reference: ['article_id', 'event_id'] }],
      rows: rows((a) => a.events.flatMap((e) => e.participants.map((p) => [a.id, e.id, p.entity, p.role]))),
    },
    {
      name: 'quotes',
      title: 'Quotes',
      columns: [
        col('article_id', 'string', 'The id of the article the row belongs to.'),
        col('quote_id', 'string', `${A}quote/properties/id`),
        col('kind', 'string', `${A}quote/properties/kind`),
        col('speaker_id', 'string', `${A}speaker/properties/entity`),
        col('speaker_description', 'string', `${A}speaker/properties/description`),
        col('cue', 'string', `${A}quote/properties/cue`),
        col('via_id', 'string', `${A}quote/properties/via`),
        col('content', 'string', `${A}quote/properties/content`),
        col('start', 'integer', `${D}selector/properties/start`),
        col('end', 'integer', `${D}selector/properties/end`),
        col('continuation', 'string', 'The quoted words of the following paragraphs of the same quotation, separated by " | " (see the schema\'s `continuation`); empty when the quotation is one paragraph.'),
        col('unclosed', 'boolean', `${A}quote/properties/unclosed`),
        col('about', 'string', 'The ids of the events the quote speaks to, separated by " | ".'),
      ],
      primaryKey: ['article_id', 'quote_id'],
      foreignKeys: [articleFk, entityFk('speaker_id'), entityFk('via_id')],
      rows: rows((a) => a.quotes.map((q) => [a.id, q.id, q.kind, q.speaker.entity, q.speaker.description ?? null, q.cue?.exact ?? null, q.via ?? null, q.content.exact, q.content.start, q.content.end, (q.continuation ?? []).map((p) => p.exact).join(' | '), q.unclosed === true, q.about.join(' | ')])),
    },
    {
      name: 'source_issues',
      title: 'Source issues',
      columns: [
        col('article_id', 'string', 'The id of the article the row belongs to.'),
        col('issue_id', 'string', `${A}sourceIssue/properties/id`),
        col('kind', 'string', `${A}sourceIssue/properties/kind`),
        col('as_published', 'string', `${A}sourceIssue/properties/target`),
        col('corrected', 'string', `${A}sourceIssue/properties/corrected`),
        col('explanation', 'string', `${A}sourceIssue/properties/explanation`),
        col('confidence', 'string', `${A}sourceIssue/properties/confidence`),
        col('start', 'integer', `${D}selector/properties/start`),
        col('end', 'integer', `${D}selector/properties/end`),
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
        col('id', 'string', `${R}properties/id`),
        col('type', 'string', `${R}properties/type`),
        col('plover', 'string', 'The PLOVER category of the event type (from schema/annotations.json), empty where PLOVER has none.'),
        col('cameo', 'string', 'The CAMEO code of the event type, empty where none fits.'),
        col('summary', 'string', `${R}properties/summary`),
        col('wikidata', 'string', `${R}properties/wikidata`),
        col('reports', 'integer', 'How many article events report this event (the same event or a part of it).'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: registry.map((r) => [r.id, r.type, plover[r.type]?.plover ?? null, plover[r.type]?.cameo ?? null, r.summary, r.wikidata, articles.reduce((n, a) => n + a.events.filter((e) => e.registry?.event === r.id).length, 0)]),
    },
    {
      name: 'registry_event_dates',
      title: 'Dates of the real-world events, as the sources read give them',
      columns: [
        col('event_id', 'string', 'The id of the registry event.'),
        col('role', 'string', `${R}$defs/registryDate/properties/role`),
        col('value', 'string', `${R}$defs/registryDate/properties/value`),
        col('precision', 'string', `${R}$defs/registryDate/properties/precision`),
        col('first_day', 'date', 'The first day the date covers.'),
        col('last_day', 'date', 'The last day the date covers.'),
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
        col('article_id', 'string', 'The id of the article the row belongs to.'),
        col('segment_id', 'string', `${A}segment/properties/id`),
        col('kind', 'string', `${A}segment/properties/kind`),
        col('start', 'integer', `${D}selector/properties/start`),
        col('end', 'integer', `${D}selector/properties/end`),
        col('headline', 'string', `${A}segment/properties/headline`),
      ],
      primaryKey: ['article_id', 'segment_id'],
      foreignKeys: [articleFk],
      rows: rows((a) => (a.segments ?? []).map((s) => [a.id, s.id, s.kind, s.span.start, s.span.end, s.headline?.exact ?? null])),
    },
    {
      name: 'citations',
      title: 'Sources read for the values the texts do not state',
      columns: [
        col('file_kind', 'string', 'Whose citation it is: article, entity or event (registry).'),
        col('file_id', 'string', 'The id of the article record, entity or registry event that cites it.'),
        col('citation_id', 'string', `${D}citation/properties/id`),
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
  ];
}
