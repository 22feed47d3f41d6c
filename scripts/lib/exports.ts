// Writes dist/exports/: articles.jsonl, one CSV (csv-stringify) and one Parquet file
// (hyparquet-writer) per table, and a Frictionless datapackage.json whose Table Schemas
// are derived from the JSON Schema (types, descriptions, primary and foreign keys).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Article, Entity, RegistryEvent } from '../../types/index.d.ts';
import { loadAnnotations, loadSchemas, type JsonSchema, type SchemaFile } from './schemas.ts';
import { buildTables, type Column, type Table } from './tables.ts';

function describe(column: Column, schemas: Record<SchemaFile, JsonSchema>): string {
  const [file, pointer] = column.description.split('#');
  if (!pointer || !(file! in schemas)) return column.description;
  let node: unknown = schemas[file as SchemaFile];
  for (const seg of pointer.split('/').filter(Boolean)) node = (node as JsonSchema)[seg];
  const text = (node as JsonSchema | undefined)?.description;
  if (typeof text !== 'string') throw new Error(`no description at ${column.description}`);
  return text;
}

const PARQUET_TYPE = { string: 'STRING', integer: 'INT32', boolean: 'BOOLEAN', date: 'STRING' } as const;

export function writeExports(out: string, articles: Article[], sources: Record<string, string>, entities: Entity[], registry: RegistryEvent[], version: string): string[] {
  const schemas = loadSchemas();
  const plover = loadAnnotations().eventTypes;
  const tables = buildTables(articles, entities, registry, plover);
  fs.mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const put = (name: string, data: string | Uint8Array) => {
    fs.writeFileSync(path.join(out, name), data);
    written.push(name);
  };
  put('articles.jsonl', articles.map((a) => JSON.stringify({ ...a, text: sources[a.id] })).join('\n') + '\n');
  for (const t of tables) {
    put(`${t.name}.csv`, stringify([t.columns.map((c) => c.name), ...t.rows.map((r) => r.map((v) => (v === null ? '' : v)))], { record_delimiter: '\n', cast: { boolean: (v) => (v ? 'true' : 'false') } }));
    const columnData = t.columns.map((c, i) => ({ name: c.name, type: PARQUET_TYPE[c.type], data: t.rows.map((r) => r[i] ?? null) }));
    put(`${t.name}.parquet`, new Uint8Array(parquetWriteBuffer({ columnData } as never)));
  }
  put('datapackage.json', JSON.stringify(dataPackage(tables, schemas, version), null, 2) + '\n');
  return written;
}

function dataPackage(tables: Table[], schemas: Record<SchemaFile, JsonSchema>, version: string) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'huawei-trade-news',
    title: 'huawei-trade-news: events, actors and quotes in news about the US restrictions on Huawei',
    version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (the annotations)' }],
    resources: tables.map((t) => ({
      name: t.name,
      title: t.title,
      path: `${t.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { header: true, delimiter: ',', quoteChar: '"' },
      schema: {
        fields: t.columns.map((c) => ({ name: c.name, type: c.type, description: describe(c, schemas) })),
        missingValues: [''],
        primaryKey: t.primaryKey,
        foreignKeys: t.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: fk.resource, fields: fk.reference } })),
      },
    })),
  };
}

