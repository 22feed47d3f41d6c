// The published API of huawei-trade-news: the checked records, frozen, with lookups and
// the joins analysts need most. Compiled to dist/index.cjs by `npm run build`, which
// also writes the bundle it loads (dist/dataset.json) next to it.
import type { Article, Entity, Event, EventDate, Mention, Quote, RegistryEvent, RegistryRelation, Selector } from '../../types/index.js';
import { dateSpan } from './dates.cjs';
import { SourceText } from './text.cjs';

export type * from '../../types/index.js';
export { dateSpan } from './dates.cjs';

/** A value and everything inside it made read-only, as the published data is. (The
 * published record types are read-only already, so for users this is the type itself.) */
export type Frozen<T> = T extends readonly (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

/** The codebook: every vocabulary's values with their definitions, and each event type's
 * PLOVER category and CAMEO code (as text: leading zeros matter). */
export interface Codebook {
  /** By vocabulary (eventType, sourceIssueKind, mentionForm, ...): each value's definition. */
  vocabularies: Record<string, Record<string, string>>;
  /** By event type: its PLOVER category and CAMEO code, null where none fits. */
  eventTypes: Record<string, { plover: string | null; cameo: string | null }>;
}

/** The bundle `npm run build` writes: every record, its source text, the registry and the codebook. */
export interface Dataset {
  /** The package version the bundle was built for. */
  version: string;
  articles: Article[];
  /** Source texts by article id, verbatim. */
  sources: Record<string, string>;
  entities: Entity[];
  /** The registry of real-world events, each reported by one or more articles. */
  events: RegistryEvent[];
  /** What every vocabulary value means, and the event types' PLOVER and CAMEO codes. */
  codebook: Codebook;
}

// Freshly parsed JSON is a tree (nothing is shared or frozen yet), so no visited check is
// needed; arrays and objects are walked without allocating, since this runs on every load.
function deepFreeze<T>(value: T): Frozen<T> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'object' && v !== null) deepFreeze(v);
    }
  } else {
    const o = value as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (typeof v === 'object' && v !== null) deepFreeze(v);
    }
  }
  return Object.freeze(value) as Frozen<T>;
}

// Loaded once; Node caches the module, so every importer shares one frozen copy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dataset = deepFreeze(require('./dataset.json') as Dataset);

/** The version of the package and of the data in it. */
export const version: string = dataset.version;

/** Every article record, sorted by id. Frozen: the records are shared by all importers. */
export const articles: Frozen<Article[]> = dataset.articles;

/** The entity registry, sorted by id. Frozen. */
export const entities: Frozen<Entity[]> = dataset.entities;

/** The registry of real-world events, sorted by id. Frozen. */
export const registryEvents: Frozen<RegistryEvent[]> = dataset.events;

/** Every vocabulary value with its definition, and each event type's PLOVER and CAMEO codes. Frozen. */
export const codebook: Frozen<Codebook> = dataset.codebook;

const articleById = new Map(articles.map((a) => [a.id, a]));
const registryById = new Map(registryEvents.map((e) => [e.id, e]));
const entityById = new Map(entities.map((e) => [e.id, e]));
const texts = new Map<string, SourceText>();

/** The article with this id, or undefined. */
export function getArticle(id: string): Frozen<Article> | undefined {
  return articleById.get(id);
}

/** The entity with this id, or undefined. */
export function getEntity(id: string): Frozen<Entity> | undefined {
  return entityById.get(id);
}

/** The registry event with this id, or undefined. */
export function getRegistryEvent(id: string): Frozen<RegistryEvent> | undefined {
  return registryById.get(id);
}

/** An article's report of a registry event. */
export interface EventReport {
  article: Frozen<Article>;
  event: Frozen<Event>;
  /** Whether the article reports the registry event itself, or a part of it. */
  relation: RegistryRelation;
}

/** Every article event that reports a registry event, in article order. */
export function reportsOf(registryEventId: string): EventReport[] {
  return articles.flatMap((article) =>
    article.events.filter((event) => event.registry?.event === registryEventId).map((event) => ({ article, event, relation: event.registry!.relation })),
  );
}

/** The verbatim source text of an article (throws for an unknown id). */
export function sourceText(articleId: string): string {
  const text = dataset.sources[articleId];
  if (text === undefined) throw new RangeError(`no article "${articleId}" in huawei-trade-news ${version}`);
  return text;
}

/**
 * The text a selector points at in an article's source: its code points from `start`
 * to `end`. For a valid record this equals `selector.exact`; use it to read context
 * around a span (`{ start: s.start - 40, end: s.end + 40 }`). Offsets are clamped to
 * the text.
 */
export function selectorText(articleId: string, selector: Pick<Selector, 'start' | 'end'>): string {
  let text = texts.get(articleId);
  if (!text) texts.set(articleId, (text = new SourceText(sourceText(articleId))));
  const clamp = (n: number) => Math.max(0, Math.min(text!.length, n));
  return text.slice(clamp(selector.start), clamp(selector.end));
}

/** A quote together with the article it is in. */
export interface QuoteInArticle {
  article: Frozen<Article>;
  quote: Frozen<Quote>;
}

/** Every quote attributed to an entity, across all articles, in article and text order. */
export function quotesBySpeaker(entityId: string): QuoteInArticle[] {
  return articles.flatMap((article) => article.quotes.filter((q) => q.speaker.entity === entityId).map((quote) => ({ article, quote })));
}

/** An event date together with its event and article. */
export interface DatedEvent {
  article: Frozen<Article>;
  event: Frozen<Event>;
  date: Frozen<EventDate>;
  /** The first and last day the date covers (see {@link dateSpan}). */
  span: [first: string, last: string];
}

/** Options for {@link eventsBetween}. */
export interface EventsBetweenOptions {
  /**
   * `overlaps` (the default) keeps a date whose span meets the range at all, so a date
   * known only to the month counts for a range inside that month; `within` keeps only
   * dates whose whole span lies inside the range, the dates known to be in it.
   */
  match?: 'overlaps' | 'within';
  /** Keep only dates with these roles (`occurred`, `announced`, `expires`...). */
  roles?: readonly EventDate['role'][];
}

/**
 * Event dates in a date range, respecting each date's precision: a date is the span
 * of days it covers (a day, a month, a year, or an interval), compared with the range
 * from the first day of `from` to the last day of `to`. `from` and `to` take the same
 * forms as the data (`2019`, `2019-05`, `2019-05-16`). Sorted by span start.
 *
 * @example eventsBetween('2019-05', '2019-05') // everything dated in May 2019, or spanning it
 */
export function eventsBetween(from: string, to: string, options: EventsBetweenOptions = {}): DatedEvent[] {
  const lo = dateSpan(from)?.[0];
  const hi = dateSpan(to)?.[1];
  if (lo === undefined || hi === undefined) throw new RangeError(`eventsBetween needs dates of the form YYYY, YYYY-MM or YYYY-MM-DD, not "${from}" and "${to}"`);
  const match = options.match ?? 'overlaps';
  const out: DatedEvent[] = [];
  for (const article of articles) {
    for (const event of article.events) {
      for (const date of event.dates) {
        if (options.roles && !options.roles.includes(date.role)) continue;
        const span = dateSpan(date.value);
        if (!span) continue;
        const keep = match === 'within' ? lo <= span[0] && span[1] <= hi : span[0] <= hi && lo <= span[1];
        if (keep) out.push({ article, event, date, span });
      }
    }
  }
  return out.sort((a, b) => (a.span[0] < b.span[0] ? -1 : a.span[0] > b.span[0] ? 1 : 0));
}

/** The mentions of an entity in one article. */
export interface MentionsInArticle {
  article: Frozen<Article>;
  mentions: Frozen<Mention[]>;
}

/** Every article that mentions an entity, with the mentions, in article order. */
export function mentionsOf(entityId: string): MentionsInArticle[] {
  return articles.flatMap((article) => {
    const listed = article.entities.find((e) => e.entity === entityId);
    return listed ? [{ article, mentions: listed.mentions }] : [];
  });
}
