// Writes dist/exports/: articles.jsonl, one CSV (csv-stringify) and one Parquet file
// (hyparquet-writer) per table, and a Frictionless datapackage.json whose Table Schemas
// are derived from the JSON Schema (types, descriptions, primary and foreign keys).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Article, Entity, RegistryEvent } from '../../types/index.d.ts';
import { loadAnnotations, loadSchemas, type JsonSchema, type SchemaFile } from '../shared/schemas.ts';
import { buildTables, type Cell, type Column, type Table } from './tables/index.ts';

function describe(column: Column, schemas: Record<SchemaFile, JsonSchema>): string {
  const [file, pointer] = column.description.split('#');
  if (!pointer || !(file! in schemas)) return column.description;
  let node: unknown = schemas[file as SchemaFile];
  for (const seg of pointer.split('/').filter(Boolean)) node = (node as JsonSchema)[seg];
  const text = (node as JsonSchema | undefined)?.description;
  if (typeof text !== 'string') throw new Error(`no description at ${column.description}`);
  return text;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day: Parquet's DATE. */
const epochDay = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** The Parquet schema element(s) of a column: real types, not text (DATE, LIST of strings). */
function parquetSchema(c: Column): Record<string, unknown>[] {
  const repetition_type = c.required ? 'REQUIRED' : 'OPTIONAL';
  switch (c.type) {
    case 'string':
      return [{ name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }];
    case 'integer':
      return [{ name: c.name, type: 'INT32', repetition_type }];
    case 'boolean':
      return [{ name: c.name, type: 'BOOLEAN', repetition_type }];
    case 'date':
      return [{ name: c.name, type: 'INT32', converted_type: 'DATE', repetition_type }];
    case 'array':
      return [
        { name: c.name, repetition_type, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      ];
  }
}

/** A CSV cell: lists as JSON arrays (`[]` when empty), nulls as empty cells. */
function csvCell(v: Cell): string | number | boolean {
  if (v === null) return '';
  if (Array.isArray(v)) return JSON.stringify(v);
  return v;
}

export function writeExports(out: string, articles: Article[], sources: Record<string, string>, entities: Entity[], registry: RegistryEvent[], version: string): string[] {
  const schemas = loadSchemas();
  const annotations = loadAnnotations();
  const tables = buildTables(articles, entities, registry, annotations.eventTypes, annotations.vocabularies);
  fs.mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const put = (name: string, data: string | Uint8Array) => {
    fs.writeFileSync(path.join(out, name), data);
    written.push(name);
  };
  put('articles.jsonl', articles.map((a) => JSON.stringify({ ...a, text: sources[a.id] })).join('\n') + '\n');
  for (const t of tables) {
    put(`${t.name}.csv`, stringify([t.columns.map((c) => c.name), ...t.rows.map((r) => r.map(csvCell))], { record_delimiter: '\n', cast: { boolean: (v) => (v ? 'true' : 'false') } }));
    const columnData = t.columns.map((c, i) => ({ name: c.name, data: t.rows.map((r) => (c.type === 'date' && r[i] !== null ? epochDay(r[i] as string) : (r[i] ?? null))) }));
    const schema = [{ name: 'root', num_children: t.columns.length }, ...t.columns.flatMap(parquetSchema)];
    // Each column's description travels with the file too, for readers that never see datapackage.json.
    const descriptions = Object.fromEntries(t.columns.map((c) => [c.name, describe(c, schemas)]));
    put(`${t.name}.parquet`, new Uint8Array(parquetWriteBuffer({ columnData, schema, kvMetadata: [{ key: 'huawei-trade-news:column-descriptions', value: JSON.stringify(descriptions) }, { key: 'huawei-trade-news:version', value: version }] } as never)));
  }
  put('datapackage.json', JSON.stringify(dataPackage(tables, schemas, version, articles, entities), null, 2) + '\n');
  return written;
}

/** The package's metadata: what it is, whose texts it annotates, who made it, and when. */
function packageMetadata(articles: readonly Article[], entities: readonly Entity[], version: string) {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  // The newest day any record changed, so that the same data always builds the same file.
  const created = articles.flatMap((a) => a.review.history.map((h) => h.date)).sort().at(-1);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'huawei-trade-news',
    title: 'huawei-trade-news: events, actors and quotes in news about the US restrictions on Huawei',
    description: 'Hand-checked records of the events, actors, quotes and errors in news articles about the US trade restrictions on Huawei (2018-2021), each span anchored to the hash-pinned text it annotates, with the sources read for every value the texts do not state. One table per kind of row, as CSV and as Parquet; every record, with its text, in articles.jsonl.',
    version,
    ...(created ? { created: `${created}T00:00:00Z` } : {}),
    homepage: 'https://www.npmjs.com/package/huawei-trade-news',
    contributors: [{ title: 'huawei-trade-news contributors', roles: ['creator'] }],
    sources: articles.map((a) => ({
      title: `${a.source.headline?.exact ?? a.id} (${(a.source.publisher.entity && names.get(a.source.publisher.entity)) ?? 'publisher unknown'})`,
      ...(a.source.url ? { path: a.source.url } : {}),
    })),
    licenses: [
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (the annotations and tables)' },
      { name: 'LicenseRef-Article-Texts', title: "The article texts (the \"text\" of articles.jsonl, and the words the tables quote from them) remain their publishers' copyright; they are included only so that every annotation can be checked against them, as section 3 of the package's LICENSE says" },
    ],
  };
}

function dataPackage(tables: Table[], schemas: Record<SchemaFile, JsonSchema>, version: string, articles: readonly Article[], entities: readonly Entity[]) {
  return {
    ...packageMetadata(articles, entities, version),
    resources: [
      ...tables.flatMap((t) => {
        const schema = {
          fields: t.columns.map((c) => ({
            name: c.name,
            type: c.type,
            ...(c.type === 'array' ? { itemType: 'string' } : {}),
            description: describe(c, schemas),
            ...(c.required ? { constraints: { required: true } } : {}),
          })),
          missingValues: [''],
          primaryKey: t.primaryKey,
          foreignKeys: t.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: fk.resource, fields: fk.reference } })),
        };
        return [
          { name: t.name, title: t.title, path: `${t.name}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: { header: true, delimiter: ',', quoteChar: '"' }, description: 'Lists are JSON arrays ([] when empty); empty cells are nulls; dates are YYYY-MM-DD.', schema },
          { name: `${t.name}_parquet`, title: `${t.title} (Parquet)`, path: `${t.name}.parquet`, format: 'parquet', mediatype: 'application/vnd.apache.parquet', description: 'The same table with real types: DATE days, lists of strings, integers and booleans; column descriptions in its key-value metadata.', schema: { ...schema, foreignKeys: schema.foreignKeys.map((k) => ({ ...k, reference: { ...k.reference, resource: `${k.reference.resource}_parquet` } })) } },
        ];
      }),
      {
        name: 'articles_jsonl',
        title: 'Every article record, one JSON object a line, with its source text in "text"',
        path: 'articles.jsonl',
        format: 'jsonl',
        mediatype: 'application/jsonl',
        encoding: 'utf-8',
        description: 'Each line is an article record as schema/article.schema.json describes it (without "$schema"), plus "text", the verbatim source text.',
        jsonSchema: 'articles.line.schema.json',
      },
    ],
  };
}

