// The tables of events: as each article tells them (events, their dates and participants)
// and as the registry records them once (registry events and their dates).
import type { Article, RegistryEvent } from '../../../types/index.d.ts';
import { dateSpan } from '../../api/dates.cts';
import { A, D, R, col, fk, keyColumn, keyOf, req, type Table } from './columns.ts';
import { articleCells, articleColumns, type Names } from './context.ts';
import { segmentOf } from './article-tables.ts';

export type Codes = Record<string, { plover: string | null; cameo: string | null }>;

// Which of an event's dates stands for it on a timeline: when it happened, else when it took
// effect, was announced, is planned, was reported, or expires.
export const DATE_ORDER = ['occurred', 'effective', 'announced', 'planned', 'reported', 'expires'] as const;

/** The date that stands for an event on a timeline, by DATE_ORDER. */
export function timelineDate(e: Article['events'][number]) {
  for (const role of DATE_ORDER) {
    const d = e.dates.find((x) => x.role === role);
    if (d) return d;
  }
  return undefined;
}

const codeColumns = [
  col('plover', 'string', 'The PLOVER category of the event type (from schema/annotations.json), empty where PLOVER has none.'),
  col('cameo', 'string', 'The CAMEO code of the event type, as text (leading zeros matter: 010 is not 10), empty where none fits.'),
];

export function eventsTable(articles: readonly Article[], nameOf: Names, codes: Codes): Table {
  return {
    name: 'events',
    title: 'Events, as each article tells them',
    columns: [
      keyColumn('event_key', 'the article id and the event id'),
      ...articleColumns,
      req('event_id', 'string', `${A}event/properties/id`),
      req('type', 'string', "The event's type; its definition, PLOVER category and CAMEO code are in the codebook table."),
      ...codeColumns,
      req('summary', 'string', `${A}event/properties/summary`),
      req('factuality', 'string', `${A}event/properties/factuality`),
      req('trigger', 'string', "The words of the text that express the event most directly (its trigger selector's exact text)."),
      col('date_role', 'string', `Which of the event's dates stands for it on a timeline: the first it has of ${DATE_ORDER.join(', ')}.`),
      col('date_value', 'string', 'That date, as recorded (a day, a month, a year or a range).'),
      col('date_first_day', 'date', 'The first day that date covers: group by it (by month, say) to count events, one row each.'),
      col('date_last_day', 'date', 'The last day that date covers.'),
      col('place_id', 'string', 'Where the event happened, where the text says so: a place or country (entities.id).'),
      col('place_name', 'string', "The place's name in the registry."),
      col('registry_event_id', 'string', `${A}registryLink/properties/event`),
      col('registry_relation', 'string', `${A}registryLink/properties/relation`),
      col('segment_id', 'string', "The segment of the text the event's first evidence lies in, where the text has segments."),
    ],
    primaryKey: ['event_key'],
    foreignKeys: [fk('article_id', 'articles'), fk('place_id', 'entities'), fk('registry_event_id', 'registry_events')],
    rows: articles.flatMap((a) => a.events.map((e) => {
      const d = timelineDate(e);
      const span = d ? dateSpan(d.value) : undefined;
      return [keyOf(a.id, e.id), ...articleCells(a, nameOf), e.id, e.type, codes[e.type]?.plover ?? null, codes[e.type]?.cameo ?? null, e.summary, e.factuality, e.trigger.exact, d?.role ?? null, d?.value ?? null, span?.[0] ?? null, span?.[1] ?? null, e.place ?? null, nameOf(e.place), e.registry?.event ?? null, e.registry?.relation ?? null, segmentOf(a, e.evidence[0]!.start)];
    })),
  };
}

export function eventDatesTable(articles: readonly Article[], nameOf: Names): Table {
  return {
    name: 'event_dates',
    title: 'Event dates (one row per date of an event)',
    columns: [
      keyColumn('event_date_key', 'the article id, the event id, the role and the value'),
      req('event_key', 'string', 'The key of the event in the events table.'),
      ...articleColumns,
      req('event_id', 'string', 'The id of the event, unique within its article.'),
      req('role', 'string', `${D}eventDate/properties/role`),
      req('value', 'string', `${D}eventDate/properties/value`),
      req('precision', 'string', 'How precise value is: day, month, year or range.'),
      req('resolution', 'string', 'How value was obtained: explicit (the text gives the full date), relative (resolved from "on Tuesday" against anchor) or inferred (from sources the note names).'),
      req('first_day', 'date', 'The first day the date covers, for putting every date on one timeline.'),
      req('last_day', 'date', 'The last day the date covers.'),
      col('text', 'string', 'The words of the text that give the date, where it has them.'),
      col('anchor', 'string', 'The date a relative phrase was resolved against; given where resolution is relative.'),
      col('note', 'string', 'How the date was resolved or inferred; given where resolution is inferred.'),
      col('issue_id', 'string', 'The wrong-date source issue (source_issues.issue_id, same article) that records the date as the article gives it, where that contradicts the registry event\'s date.'),
    ],
    primaryKey: ['event_date_key'],
    foreignKeys: [fk('article_id', 'articles'), fk('event_key', 'events', 'event_key')],
    rows: articles.flatMap((a) => a.events.flatMap((e) => e.dates.map((d) => {
      const span = dateSpan(d.value);
      return [keyOf(a.id, e.id, d.role, d.value), keyOf(a.id, e.id), ...articleCells(a, nameOf), e.id, d.role, d.value, d.precision, d.resolution, span?.[0] ?? null, span?.[1] ?? null, d.text?.exact ?? null, d.anchor ?? null, d.note ?? null, d.issue ?? null];
    }))),
  };
}

export function participantsTable(articles: readonly Article[], nameOf: Names): Table {
  return {
    name: 'event_participants',
    title: 'Event participants',
    columns: [
      keyColumn('participant_key', 'the article id, the event id, the entity id and the role'),
      req('event_key', 'string', 'The key of the event in the events table.'),
      ...articleColumns,
      req('event_id', 'string', 'The id of the event, unique within its article.'),
      req('entity_id', 'string', 'The participating entity (entities.id).'),
      req('entity_name', 'string', "The entity's name in the registry."),
      req('role', 'string', `${A}participant/properties/role`),
    ],
    primaryKey: ['participant_key'],
    foreignKeys: [fk('article_id', 'articles'), fk('entity_id', 'entities'), fk('event_key', 'events', 'event_key')],
    rows: articles.flatMap((a) => a.events.flatMap((e) => e.participants.map((p) => [keyOf(a.id, e.id, p.entity, p.role), keyOf(a.id, e.id), ...articleCells(a, nameOf), e.id, p.entity, nameOf(p.entity), p.role]))),
  };
}

export function registryEventsTable(registry: readonly RegistryEvent[], articles: readonly Article[], codes: Codes): Table {
  return {
    name: 'registry_events',
    title: 'Real-world events (the registry: one row per event, however many articles report it)',
    columns: [
      req('id', 'string', "The registry event's id, the name of its file in data/events/."),
      req('type', 'string', `${R}properties/type`),
      ...codeColumns,
      req('summary', 'string', `${R}properties/summary`),
      col('wikidata', 'string', 'The Wikidata item of the event, only where certain; empty otherwise.'),
      req('reports', 'integer', 'How many article events report this event (the same event or a part of it).'),
      req('articles', 'integer', 'How many articles report this event.'),
    ],
    primaryKey: ['id'],
    foreignKeys: [],
    rows: registry.map((r) => {
      const reporting = articles.filter((a) => a.events.some((e) => e.registry?.event === r.id));
      return [r.id, r.type, codes[r.type]?.plover ?? null, codes[r.type]?.cameo ?? null, r.summary, r.wikidata, articles.reduce((n, a) => n + a.events.filter((e) => e.registry?.event === r.id).length, 0), reporting.length];
    }),
  };
}

export function registryDatesTable(registry: readonly RegistryEvent[]): Table {
  return {
    name: 'registry_event_dates',
    title: 'Dates of the real-world events, as the sources read give them',
    columns: [
      keyColumn('registry_date_key', 'the registry event id, the role and the value'),
      req('event_id', 'string', 'The id of the registry event.'),
      req('role', 'string', `${R}$defs/registryDate/properties/role`),
      req('value', 'string', `${R}$defs/registryDate/properties/value`),
      req('precision', 'string', 'How precise value is: day, month, year or range.'),
      req('first_day', 'date', 'The first day the date covers.'),
      req('last_day', 'date', 'The last day the date covers.'),
    ],
    primaryKey: ['registry_date_key'],
    foreignKeys: [fk('event_id', 'registry_events')],
    rows: registry.flatMap((r) => r.dates.map((d) => {
      const span = dateSpan(d.value);
      return [keyOf(r.id, d.role, d.value), r.id, d.role, d.value, d.precision, span?.[0] ?? null, span?.[1] ?? null];
    })),
  };
}
