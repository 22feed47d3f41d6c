// The tables of the articles themselves: one row per article, per mention of an entity,
// and per segment of a text that carries more than one article.
import type { Article } from '../../../types/index.d.ts';
import { dateSpan } from '../../api/dates.cts';
import { A, D, E, col, fk, keyColumn, keyOf, offsets, req, type Table } from './columns.ts';
import { articleCells, articleColumns, type Names } from './context.ts';

/** The segment an article's span lies in, where the text has segments. */
export const segmentOf = (a: Article, start: number) => a.segments?.find((s) => s.span.start <= start && start < s.span.end)?.id ?? null;

export function articlesTable(articles: readonly Article[], nameOf: Names): Table {
  return {
    name: 'articles',
    title: 'Articles',
    columns: [
      req('id', 'string', "The article's id, the name of its record file in data/articles/."),
      col('headline', 'string', "The text of the article's own headline, where the text has one."),
      col('publisher_id', 'string', "The publisher's entity id; empty where it cannot be established."),
      col('publisher_name', 'string', "The publisher's name in the entity registry."),
      col('published', 'string', `${D}dateValue/properties/value`),
      col('published_precision', 'string', 'How precise published is: day, month, year or range.'),
      col('published_resolution', 'string', 'How published was obtained: explicit (printed in the text), relative or inferred (from evidence the record notes).'),
      col('published_first_day', 'date', 'The first day the publication date covers.'),
      col('published_last_day', 'date', 'The last day the publication date covers.'),
      col('url', 'string', "The article's address, only where a page read at that address carries this text; never reconstructed. Empty otherwise."),
      req('language', 'string', `${A}source/properties/language`),
      req('original_name', 'string', `${A}source/properties/originalName`),
      req('sha256', 'string', `${A}source/properties/sha256`),
      req('review_status', 'string', `${A}review/properties/status`),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('publisher_id', 'entities')],
    rows: articles.map((a) => {
      const span = a.source.published ? dateSpan(a.source.published.value) : undefined;
      return [a.id, a.source.headline?.exact ?? null, a.source.publisher.entity, nameOf(a.source.publisher.entity), a.source.published?.value ?? null, a.source.published?.precision ?? null, a.source.published?.resolution ?? null, span?.[0] ?? null, span?.[1] ?? null, a.source.url ?? null, a.source.language, a.source.originalName, a.source.sha256, a.review.status];
    }),
  };
}

export function mentionsTable(articles: readonly Article[], nameOf: Names, kindOf: Names): Table {
  return {
    name: 'mentions',
    title: 'Entity mentions',
    columns: [
      keyColumn('mention_key', 'the article id, the entity id and the offsets (start-end)'),
      ...articleColumns,
      req('entity_id', 'string', `${A}entityMentions/properties/entity`),
      req('entity_name', 'string', "The entity's name in the registry."),
      req('entity_kind', 'string', `${E}kind`),
      ...offsets,
      req('exact', 'string', `${D}selector/properties/exact`),
      req('form', 'string', `${D}mention/properties/form`),
      col('segment_id', 'string', 'The segment of the text the mention lies in, where the text has segments.'),
    ],
    primaryKey: ['mention_key'],
    foreignKeys: [fk('article_id', 'articles'), fk('entity_id', 'entities')],
    rows: articles.flatMap((a) => a.entities.flatMap((e) => e.mentions.map((m) => [keyOf(a.id, e.entity, `${m.start}-${m.end}`), ...articleCells(a, nameOf), e.entity, nameOf(e.entity), kindOf(e.entity), m.start, m.end, m.exact, m.form, segmentOf(a, m.start)]))),
  };
}

export function segmentsTable(articles: readonly Article[], nameOf: Names): Table {
  return {
    name: 'segments',
    title: 'Segments of texts that carry more than one article',
    columns: [
      keyColumn('segment_key', 'the article id and the segment id'),
      ...articleColumns,
      req('segment_id', 'string', `${A}segment/properties/id`),
      req('kind', 'string', `${A}segment/properties/kind`),
      ...offsets,
      col('headline', 'string', "The text of the segment's own headline, where it has one."),
    ],
    primaryKey: ['segment_key'],
    foreignKeys: [fk('article_id', 'articles')],
    rows: articles.flatMap((a) => (a.segments ?? []).map((s) => [keyOf(a.id, s.id), ...articleCells(a, nameOf), s.id, s.kind, s.span.start, s.span.end, s.headline?.exact ?? null])),
  };
}

