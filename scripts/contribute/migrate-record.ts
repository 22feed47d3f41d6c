// Upgrades one record or entity file written for record model 1 to model 2: fills in what
// can be derived (empty citation lists, the form of a mention whose text is the entity's
// name or an alias) and lists what only a person can add (the basis of every outside value,
// the form of other mentions). It never invents a value: what it cannot derive it reports.
import { toPointer } from '../shared/problems.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

export interface Migration {
  /** What was filled in, one line each, JSON pointer first. */
  derived: string[];
  /** What a person must add, one line each, JSON pointer first. */
  todo: string[];
}

interface EntityNames {
  name: string;
  aliases: string[];
}

/** Migrates a parsed article record in place. `entities` gives each entity's name and aliases. */
export function migrateArticle(record: Json, entities: Map<string, EntityNames>): Migration {
  const derived: string[] = [];
  const todo: string[] = [];
  const at = (...path: (string | number)[]) => toPointer(path);
  if (!Array.isArray(record.citations)) {
    record.citations = [];
    derived.push(`${at('citations')}: added an empty list; add each source read for the values below`);
  }
  const source = isObject(record.source) ? record.source : {};
  if (typeof source.url === 'string' && source.urlBasis === undefined) todo.push(`${at('source', 'url')}: cite the page read at this address in "urlBasis" (or remove the address)`);
  const publisher = isObject(source.publisher) ? source.publisher : undefined;
  if (publisher && typeof publisher.entity === 'string' && publisher.basis === undefined) todo.push(`${at('source', 'publisher')}: add "basis": where the text names the publisher, or a source read`);
  const needsBasis = (d: unknown, path: (string | number)[]) => {
    if (isObject(d) && d.resolution === 'inferred' && d.basis === undefined) todo.push(`${toPointer(path)}: an inferred date needs "basis": the source read, or the words of the text it was inferred from`);
  };
  needsBasis(source.published, ['source', 'published']);
  list(record.events).forEach((ev, i) => list(ev.dates).forEach((d, j) => needsBasis(d, ['events', i, 'dates', j])));
  list(record.sourceIssues).forEach((s, i) => {
    if (['factual-error', 'wrong-name', 'wrong-title', 'wrong-date'].includes(String(s.kind)) && typeof s.corrected === 'string' && s.basis === undefined) {
      todo.push(`${at('sourceIssues', i)}: the correction needs "basis": the words of the text that show it, or the sources read`);
    }
  });
  list(record.entities).forEach((listed, i) => {
    const names = entities.get(String(listed.entity));
    list(listed.mentions).forEach((m, j) => {
      if (m.form !== undefined) return;
      const form = names && m.exact === names.name ? 'name' : names?.aliases.includes(String(m.exact)) ? 'alias' : undefined;
      if (form) {
        m.form = form;
        derived.push(`${at('entities', i, 'mentions', j)}: form "${form}" ("${String(m.exact)}" is the entity's ${form}); make it "modifier" where the name is used as an adjective ("US carriers")`);
      } else todo.push(`${at('entities', i, 'mentions', j)}: give the form of the mention "${String(m.exact)}": title, description, pronoun, modifier, name or alias`);
    });
  });
  return { derived, todo };
}

/** Migrates a parsed entity file in place. */
export function migrateEntity(entity: Json): Migration {
  const derived: string[] = [];
  const todo: string[] = [];
  if (!Array.isArray(entity.citations)) {
    entity.citations = [];
    derived.push('/citations: added an empty list; add each source read for the Wikidata id and the roles');
  }
  if (typeof entity.wikidata === 'string' && entity.wikidataBasis === undefined) todo.push('/wikidata: cite the item page you read in "wikidataBasis", or set it to null with a note');
  list(entity.roles).forEach((role, i) => {
    if (role.basis === undefined) todo.push(`/roles/${i}: add "basis": the sources read for the title and its dates, or the article and words of its text that state it`);
  });
  return { derived, todo };
}
