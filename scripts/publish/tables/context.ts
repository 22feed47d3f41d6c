// What every row that belongs to an article carries, so that an analyst needs no join to
// know where a row comes from: the article, its address, its outlet and the days it may
// have been published on; and, for a quote, the role its speaker held when the article
// appeared.
import type { Article, Entity } from '../../../types/index.d.ts';
import { dateSpan } from '../../api/dates.cts';
import { col, req, type Cell, type Column } from './columns.ts';

export const articleColumns: Column[] = [
  req('article_id', 'string', 'The id of the article the row belongs to.'),
  col('article_url', 'string', "The article's address, where it is known."),
  col('publisher_name', 'string', "The name of the article's publisher (the outlet), where it is known."),
  col('published_first_day', 'date', 'The first day the article may have been published on.'),
  col('published_last_day', 'date', 'The last day the article may have been published on.'),
];

export type Names = (id: string | null | undefined) => string | null;

/** The article-context cells of a row, in the order of `articleColumns`. */
export function articleCells(a: Article, nameOf: Names): Cell[] {
  const span = a.source.published ? dateSpan(a.source.published.value) : undefined;
  return [a.id, a.source.url ?? null, nameOf(a.source.publisher.entity), span?.[0] ?? null, span?.[1] ?? null];
}

/** A role as one string: "title, organisation", unless the title names the organisation already. */
export function roleText(r: Entity['roles'][number], nameOf: Names): string {
  const org = r.organization ? (nameOf(r.organization) ?? r.organization) : null;
  return org && !r.title.includes(org) ? `${r.title}, ${org}` : r.title;
}

/**
 * The role a speaker held when the article appeared: the one registry role that began
 * before the first day the article may have appeared and had not ended by the last (a role
 * with no end counts only where it is marked `ongoing`: an unknown end says nothing), else
 * the one registry role whose basis is this
 * article's own words, else the first title the text itself gives the
 * speaker (a mention of form "title"); with where it came from ("registry" or "text"), or
 * nulls where neither says. A role that began on an unknown day is never taken: whether it
 * was held then is unknown.
 */
export function roleAtTime(a: Article, speaker: Entity | undefined, textTitle: string | null, nameOf: Names): [string | null, string | null] {
  const span = a.source.published ? dateSpan(a.source.published.value) : undefined;
  if (speaker && span) {
    const held = speaker.roles.filter((r) => {
      const from = r.from ? dateSpan(r.from) : undefined;
      const to = r.to ? dateSpan(r.to) : undefined;
      // Held through the last day: it ended after it, or a source says it was still held.
      return from !== undefined && from[1] <= span[0] && (to !== undefined ? span[1] < to[0] : r.ongoing === true);
    });
    if (held.length === 1) return [roleText(held[0]!, nameOf), 'registry'];
  }
  // A role whose basis is this article's own words was held when the article appeared.
  const attested = speaker?.roles.filter((r) => r.basis.article === a.id && r.basis.text?.length) ?? [];
  if (attested.length === 1) return [roleText(attested[0]!, nameOf), 'registry'];
  return textTitle ? [textTitle, 'text'] : [null, null];
}

/** A quote's speaker as the article appeared: role at the time and where it comes from. */
export function speakerRoleAtTime(a: Article, q: Article['quotes'][number], speaker: Entity | undefined, nameOf: Names): [string | null, string | null] {
  const title = a.entities.find((e) => e.entity === q.speaker.entity)?.mentions.find((m) => m.form === 'title')?.exact ?? null;
  return roleAtTime(a, speaker, title, nameOf);
}
