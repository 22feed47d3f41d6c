// The analysis tables: one row per article, entity, mention, event, event date, event
// participant, quote and source issue. Each column says where its description comes
// from in the JSON Schema, so the Frictionless Table Schemas are derived, not retyped.
import type { Article, Entity } from '../../types/index.d.ts';
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

const col = (name: string, type: FieldType, description: string): Column => ({ name, type, description });
const articleFk = { fields: ['article_id'], resource: 'articles', reference: ['id'] };
const entityFk = (field: string) => ({ fields: [field], resource: 'entities', reference: ['id'] });

export function buildTables(articles: readonly Article[], entities: readonly Entity[], plover: Record<string, { plover: string | null; cameo: string | null }>): Table[] {
  const rows = <T>(f: (a: Article) => T[]) => articles.flatMap(f);
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
      columns: [col('article_id', 'string', 'The id of the article the row belongs to.'), col('entity_id', 'string', `${A}entityMentions/properties/entity`), col('start', 'integer', `${D}selector/properties/start`), col('end', 'integer', `${D}selector/properties/end`), col('exact', 'string', `${D}selector/properties/exact`)],
      primaryKey: ['article_id', 'entity_id', 'start', 'end'],
      foreignKeys: [articleFk, entityFk('entity_id')],
      rows: rows((a) => a.entities.flatMap((e) => e.mentions.map((m) => [a.id, e.entity, m.start, m.end, m.exact]))),
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
      ],
      primaryKey: ['article_id', 'event_id'],
      foreignKeys: [articleFk],
      rows: rows((a) => a.events.map((e) => [a.id, e.id, e.type, plover[e.type]?.plover ?? null, plover[e.type]?.cameo ?? null, e.summary, e.factuality, e.trigger.exact])),
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
      ],
      primaryKey: ['article_id', 'event_id', 'role', 'value'],
      foreignKeys: [articleFk, { fields: ['article_id', 'event_id'], resource: 'events', reference: ['article_id', 'event_id'] }],
      rows: rows((a) => a.events.flatMap((e) => e.dates.map((d) => {
        const span = dateSpan(d.value);
        return [a.id, e.id, d.role, d.value, d.precision, d.resolution, span?.[0] ?? null, span?.[1] ?? null, d.text?.exact ?? null, d.anchor ?? null, d.note ?? null];
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
  ];
}
