// The tables of what an article says others said, and of what it gets wrong: quotes with
// their speaker as the article appeared, and source issues.
import type { Article, Entity } from '../../../types/index.d.ts';
import { A, col, fk, keyColumn, keyOf, offsets, req, type Table } from './columns.ts';
import { articleCells, articleColumns, speakerRoleAtTime, type Names } from './context.ts';

export function quotesTable(articles: readonly Article[], byId: ReadonlyMap<string, Entity>, nameOf: Names): Table {
  return {
    name: 'quotes',
    title: 'Quotes, with the speaker as the article appeared, the outlet and the publisher',
    columns: [
      keyColumn('quote_key', 'the article id and the quote id'),
      ...articleColumns,
      req('quote_id', 'string', `${A}quote/properties/id`),
      req('kind', 'string', `${A}quote/properties/kind`),
      col('speaker_id', 'string', "The speaker's entity id (entities.id); empty for an unnamed speaker."),
      col('speaker_name', 'string', "The speaker's name in the registry; empty for an unnamed speaker."),
      col('speaker_wikidata', 'string', "The speaker's Wikidata id, where the registry has one."),
      col('speaker_country', 'string', "The speaker's country (ISO 3166-1 alpha-2), where the registry gives one."),
      col('speaker_description', 'string', 'How the text describes an unnamed speaker ("one Verizon partner that asked not to be named"); given where speaker_id is empty.'),
      col('speaker_role_at_time', 'string', 'The role the speaker held when the article appeared ("title, organisation"): the registry role whose dates cover the publication range, else the title the text gives the speaker; empty where neither says.'),
      col('speaker_role_source', 'string', 'Where speaker_role_at_time comes from: "registry" (a role whose known start precedes the publication range and which had not ended by its end, or whose basis is this article\'s own words) or "text" (the first title the article gives the speaker).'),
      col('cue', 'string', 'The attributing words ("said", "told"), where the text has them.'),
      col('via_id', 'string', 'The outlet the quote reached the article through (a report by Nikkei, Reuters), where the text names it (entities.id).'),
      col('via_name', 'string', "The name of the outlet the quote came through, where the text names one; empty otherwise (the article's own publisher is in publisher_name)."),
      req('content', 'string', "The quoted words of the first paragraph, without the marks (the content selector's exact text)."),
      ...offsets,
      req('continuation', 'array', 'The quoted words of each following paragraph of the same quotation; empty when it is one paragraph.'),
      req('unclosed', 'boolean', 'True when the source never closes the quotation.'),
      req('about', 'array', `${A}quote/properties/about`),
    ],
    primaryKey: ['quote_key'],
    foreignKeys: [fk('article_id', 'articles'), fk('speaker_id', 'entities'), fk('via_id', 'entities')],
    rows: articles.flatMap((a) => a.quotes.map((q) => {
      const speaker = q.speaker.entity ? byId.get(q.speaker.entity) : undefined;
      const [role, source] = speakerRoleAtTime(a, q, speaker, nameOf);
      return [keyOf(a.id, q.id), ...articleCells(a, nameOf), q.id, q.kind, q.speaker.entity, nameOf(q.speaker.entity), speaker?.wikidata ?? null, speaker?.country ?? null, q.speaker.description ?? null, role, source, q.cue?.exact ?? null, q.via ?? null, nameOf(q.via), q.content.exact, q.content.start, q.content.end, (q.continuation ?? []).map((p) => p.exact), q.unclosed === true, [...q.about]];
    })),
  };
}

export function sourceIssuesTable(articles: readonly Article[], nameOf: Names): Table {
  return {
    name: 'source_issues',
    title: 'Source issues: what the articles get wrong, with the correction and its confidence',
    columns: [
      keyColumn('issue_key', 'the article id and the issue id'),
      ...articleColumns,
      req('issue_id', 'string', `${A}sourceIssue/properties/id`),
      req('kind', 'string', `${A}sourceIssue/properties/kind`),
      req('as_published', 'string', "What the text says, word for word (the target selector's exact text)."),
      col('corrected', 'string', 'What the span should say; empty where the right wording cannot be known (garbled text).'),
      req('explanation', 'string', `${A}sourceIssue/properties/explanation`),
      req('confidence', 'string', `${A}sourceIssue/properties/confidence`),
      ...offsets,
      col('quote_id', 'string', 'The quote the issue concerns (quotes.quote_id, same article); always given for an unclosed-quote issue.'),
      col('quote_key', 'string', 'The key of that quote in the quotes table.'),
    ],
    primaryKey: ['issue_key'],
    foreignKeys: [fk('article_id', 'articles'), fk('quote_key', 'quotes', 'quote_key')],
    rows: articles.flatMap((a) => a.sourceIssues.map((s) => [keyOf(a.id, s.id), ...articleCells(a, nameOf), s.id, s.kind, s.target.exact, s.corrected, s.explanation, s.confidence, s.target.start, s.target.end, s.quote ?? null, s.quote ? keyOf(a.id, s.quote) : null])),
  };
}
