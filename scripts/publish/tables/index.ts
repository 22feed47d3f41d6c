// The analysis tables, in the order the README lists them: one row per article, entity,
// role of a person, mention, event, event date, event participant, quote, source issue,
// real-world event of the registry and its dates, segment, citation, and vocabulary value.
// Every table has a one-column key that stays the same from release to release, and every
// row that belongs to an article carries the article's address, outlet and publication days.
import type { Article, Entity, RegistryEvent } from '../../../types/index.d.ts';
import type { Table } from './columns.ts';
import { articlesTable, mentionsTable, segmentsTable } from './article-tables.ts';
import { eventDatesTable, eventsTable, participantsTable, registryDatesTable, registryEventsTable, type Codes } from './event-tables.ts';
import { quotesTable, sourceIssuesTable } from './quote-tables.ts';
import { citationsTable, codebookTable, entitiesTable, rolesTable } from './reference-tables.ts';

export type { Cell, Column, FieldType, Table } from './columns.ts';

export function buildTables(articles: readonly Article[], entities: readonly Entity[], registry: readonly RegistryEvent[], codes: Codes, codebook: Record<string, Record<string, string>>): Table[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const nameOf = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? null) : null);
  const kindOf = (id: string | null | undefined) => (id ? (byId.get(id)?.kind ?? null) : null);
  return [
    articlesTable(articles, nameOf),
    entitiesTable(entities),
    rolesTable(entities, nameOf),
    mentionsTable(articles, nameOf, kindOf),
    eventsTable(articles, nameOf, codes),
    eventDatesTable(articles, nameOf),
    participantsTable(articles, nameOf),
    quotesTable(articles, byId, nameOf),
    sourceIssuesTable(articles, nameOf),
    registryEventsTable(registry, articles, codes),
    registryDatesTable(registry),
    segmentsTable(articles, nameOf),
    citationsTable(articles, entities, registry),
    codebookTable(codebook, codes),
  ];
}
