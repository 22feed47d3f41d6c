// The analysis exports answer real questions in DuckDB, from CSV and from Parquet, with
// the same answers as the typed API computes from the records.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import * as api from '../../dist/index.mjs';
import { repoRoot } from '../../scripts/shared/paths.ts';

const exportsDir = path.join(repoRoot, 'dist', 'exports');
// Every table the build wrote: each CSV has its Parquet twin and its datapackage entry.
const TABLES = fs.readdirSync(exportsDir).filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4)).sort();
// Each table's key, as datapackage.json declares it; and the tables whose rows belong to an article.
const PACKAGE = JSON.parse(fs.readFileSync(path.join(exportsDir, 'datapackage.json'), 'utf8')) as { resources: { name: string; format: string; schema?: { primaryKey: string[]; fields: { name: string }[] } }[] };
const KEYS = Object.fromEntries(PACKAGE.resources.filter((r) => r.format === 'csv').map((r) => [r.name, r.schema!.primaryKey[0]!]));
const ARTICLE_ROWS = new Set(PACKAGE.resources.filter((r) => r.format === 'csv' && r.name !== 'articles' && r.schema!.fields.some((f) => f.name === 'article_id')).map((r) => r.name));
let instance: DuckDBInstance;
let db: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
  for (const t of TABLES) {
    await db.run(`CREATE TABLE csv_${t} AS SELECT * FROM read_csv('${path.join(exportsDir, `${t}.csv`)}', header = true)`);
    await db.run(`CREATE TABLE parquet_${t} AS SELECT * FROM read_parquet('${path.join(exportsDir, `${t}.parquet`)}')`);
  }
});

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

/** Rows of a query as [key, count] pairs, sorted by key. */
async function pairs(sql: string): Promise<[string, number][]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRows().map((r) => [String(r[0]), Number(r[1])] as [string, number]).sort((a, b) => a[0].localeCompare(b[0]));
}

const count = <T>(items: T[], key: (t: T) => string): [string, number][] => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
};

describe.each(['csv', 'parquet'])('the %s exports in DuckDB', (format) => {
  const t = (name: string) => `${format}_${name}`;

  it('have one row per record, entity, quote and source issue', async () => {
    expect(await pairs(`SELECT 'articles', count(*) FROM ${t('articles')}`)).toEqual([['articles', api.articles.length]]);
    expect(await pairs(`SELECT 'entities', count(*) FROM ${t('entities')}`)).toEqual([['entities', api.entities.length]]);
  });

  it('count quotes per speaker as the API does', async () => {
    const expected = api.entities.map((e) => [e.id, api.quotesBySpeaker(e.id).length] as [string, number]).filter(([, n]) => n > 0);
    expect(await pairs(`SELECT speaker_id, count(*) FROM ${t('quotes')} WHERE speaker_id IS NOT NULL GROUP BY 1`)).toEqual(expected.sort((a, b) => a[0].localeCompare(b[0])));
  });

  it('put events on one timeline by month, across articles', async () => {
    const dated = api.eventsBetween('1900', '2100').filter((r) => r.date.precision === 'day' || r.date.precision === 'month');
    const expected = count(dated, (r) => r.span[0].slice(0, 7));
    const got = await pairs(`SELECT substr(CAST(first_day AS VARCHAR), 1, 7) AS month, count(*) FROM ${t('event_dates')} WHERE precision IN ('day', 'month') GROUP BY 1`);
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(5);
  });

  it('find the articles that mention an entity', async () => {
    for (const entity of api.entities.map((e) => e.id)) {
      const got = await pairs(`SELECT article_id, count(*) FROM ${t('mentions')} WHERE entity_id = '${entity}' GROUP BY 1`);
      expect(got).toEqual(api.mentionsOf(entity).map((r) => [r.article.id, r.mentions.length] as [string, number]).sort((a, b) => a[0].localeCompare(b[0])));
    }
  });

  it('show each real-world event once, with the article events that report it', async () => {
    const got = await pairs(`SELECT r.id, count(e.event_id) FROM ${t('registry_events')} r LEFT JOIN ${t('events')} e ON e.registry_event_id = r.id GROUP BY 1`);
    expect(got).toEqual(api.registryEvents.map((r) => [r.id, api.reportsOf(r.id).length] as [string, number]).sort((a, b) => a[0].localeCompare(b[0])));
    expect(await pairs(`SELECT id, reports FROM ${t('registry_events')}`)).toEqual(got);
  });

  it('count events per month by the date that stands for each event: every event once', async () => {
    const got = await pairs(`SELECT strftime(date_first_day, '%Y-%m'), count(*) FROM ${t('events')} WHERE date_first_day IS NOT NULL GROUP BY 1`);
    const events = api.articles.flatMap((a) => a.events);
    expect(got.reduce((n, [, c]) => n + c, 0)).toBe(events.filter((e) => e.dates.length > 0).length);
    expect(await pairs(`SELECT 'events', count(DISTINCT event_key) FROM ${t('events')}`)).toEqual([['events', events.length]]);
  });

  it('key every table by one column, unique and never empty', async () => {
    for (const table of TABLES) {
      const key = KEYS[table]!;
      expect(await pairs(`SELECT '${table}', count(*) - count(DISTINCT "${key}") + count(*) FILTER (WHERE "${key}" IS NULL) FROM ${t(table)}`), `${table}.${key}`).toEqual([[table, 0]]);
    }
  });

  it("give every row that belongs to an article that article's address, outlet and publication days, as the articles table has them", async () => {
    for (const table of TABLES.filter((x) => ARTICLE_ROWS.has(x))) {
      const mismatches = await pairs(`SELECT '${table}', count(*) FROM ${t(table)} r JOIN ${t('articles')} a ON a.id = r.article_id
        WHERE r.article_url IS DISTINCT FROM a.url OR r.publisher_name IS DISTINCT FROM a.publisher_name
          OR r.published_first_day IS DISTINCT FROM a.published_first_day OR r.published_last_day IS DISTINCT FROM a.published_last_day`);
      expect(mismatches, table).toEqual([[table, 0]]);
    }
  });

  it('count source issues per article, and join them to the articles', async () => {
    const got = await pairs(`SELECT a.id, count(s.issue_id) FROM ${t('articles')} a LEFT JOIN ${t('source_issues')} s ON s.article_id = a.id GROUP BY 1`);
    expect(got).toEqual(api.articles.map((a) => [a.id, a.sourceIssues.length] as [string, number]));
  });
});

interface Resource {
  name: string;
  path: string;
  format: string;
  schema?: { fields: { name: string; type: string; description: string; constraints?: { required?: boolean } }[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}
const DUCKDB_TYPE: Record<string, string> = { string: 'VARCHAR', integer: 'INTEGER', boolean: 'BOOLEAN', date: 'DATE', array: 'VARCHAR[]' };

describe('the Parquet files, against their descriptions', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(exportsDir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };

  it('names no column with a word SQL reserves (DuckDB\'s own list)', async () => {
    const reserved = new Set((await db.runAndReadAll(`SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'`)).getRows().map((r) => String(r[0]).toLowerCase()));
    expect(reserved.has('end')).toBe(true);
    const columns = pkg.resources.flatMap((r) => (r.schema?.fields ?? []).map((f) => `${r.name}.${f.name}`));
    expect(columns.filter((c) => reserved.has(c.split('.')[1]!))).toEqual([]);
  });

  it('describes every file of dist/exports/ but itself', () => {
    // A JSON resource's schema is named by the resource ("jsonSchema"), not a resource itself.
    const schemas = pkg.resources.map((r) => (r as { jsonSchema?: string }).jsonSchema).filter(Boolean);
    expect(schemas.length).toBeGreaterThan(0);
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(fs.readdirSync(exportsDir).filter((f) => f !== 'datapackage.json' && !schemas.includes(f)).sort());
  });

  it.each(TABLES)('%s: every column has the name, the type and the nullability its description says', async (table) => {
    const resource = pkg.resources.find((r) => r.path === `${table}.parquet`)!;
    const columns = await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path.join(exportsDir, `${table}.parquet`)}')`);
    const got = columns.getRows().map((r) => [String(r[0]), String(r[1])]);
    expect(got).toEqual(resource.schema!.fields.map((f) => [f.name, DUCKDB_TYPE[f.type]]));
    for (const f of resource.schema!.fields.filter((x) => x.constraints?.required)) {
      expect(await pairs(`SELECT '${f.name}', count(*) FROM parquet_${table} WHERE "${f.name}" IS NULL`), `${table}.${f.name}`).toEqual([[f.name, 0]]);
    }
  });

  it.each(TABLES)('%s: the CSV, read with the types its description gives, holds what the Parquet holds', async (table) => {
    const resource = pkg.resources.find((r) => r.path === `${table}.csv`)!;
    const types = Object.fromEntries(resource.schema!.fields.map((f) => [f.name, f.type === 'array' ? 'VARCHAR' : DUCKDB_TYPE[f.type]]));
    const list = resource.schema!.fields.map((f) => (f.type === 'array' ? `CAST(from_json("${f.name}", '["VARCHAR"]') AS VARCHAR[]) AS "${f.name}"` : `"${f.name}"`)).join(', ');
    const csv = `SELECT ${list} FROM read_csv('${path.join(exportsDir, `${table}.csv`)}', header = true, types = ${JSON.stringify(types).replace(/"/g, "'")})`;
    const diff = await db.runAndReadAll(`SELECT count(*) FROM ((${csv}) EXCEPT ALL (SELECT * FROM parquet_${table}))`);
    expect(Number(diff.getRows()[0]![0]), table).toBe(0);
  });

  it('keeps leading zeros in CAMEO codes, and answers "every quote, with its speaker, the outlet and the publisher" from one table', async () => {
    const cameo = await pairs(`SELECT cameo, count(*) FROM parquet_codebook WHERE vocabulary = 'eventType' AND cameo LIKE '0%' GROUP BY 1`);
    expect(cameo.length).toBeGreaterThan(0);
    const got = await db.runAndReadAll(`SELECT article_id, quote_id, coalesce(speaker_name, speaker_description), via_name, publisher_name FROM parquet_quotes ORDER BY 1, 2`);
    const expected = api.articles.flatMap((a) => a.quotes.map((q) => [a.id, q.id, q.speaker.entity ? api.getEntity(q.speaker.entity)!.name : q.speaker.description!, q.via ? api.getEntity(q.via)!.name : null, a.source.publisher.entity ? api.getEntity(a.source.publisher.entity)!.name : null]));
    expect(got.getRows().map((r) => r.map((v) => (v === null ? null : String(v))))).toEqual(expected.sort((x, y) => (x[0]! + x[1]!).localeCompare(y[0]! + y[1]!)));
  });
});

describe('dist/exports/datapackage.json', () => {
  it('says what the package is, whose texts it holds, who made it and when, under which licences', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(exportsDir, 'datapackage.json'), 'utf8')) as Record<string, unknown> & { sources: unknown[]; contributors: unknown[]; licenses: { name: string }[] };
    expect(String(pkg.description).length).toBeGreaterThan(50);
    expect(String(pkg.created)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(pkg.sources).toHaveLength(api.articles.length);
    expect(pkg.contributors.length).toBeGreaterThan(0);
    const license = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { license: string }).license;
    for (const l of pkg.licenses) expect(license).toContain(l.name);
  });

  it('gives the Parquet tables the keys of their CSV twins, pointing at Parquet tables', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(exportsDir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
    for (const r of pkg.resources.filter((x) => x.format === 'parquet')) {
      const csv = pkg.resources.find((x) => x.path === r.path.replace(/\.parquet$/, '.csv'))!;
      expect(r.schema!.primaryKey).toEqual(csv.schema!.primaryKey);
      expect(r.schema!.foreignKeys.map((k) => k.reference.resource)).toEqual(csv.schema!.foreignKeys.map((k) => `${k.reference.resource}_parquet`));
    }
  });

  it('describes every CSV with its header, field descriptions from the schema, and keys that resolve', async () => {
    const fs = await import('node:fs');
    const pkg = JSON.parse(fs.readFileSync(path.join(exportsDir, 'datapackage.json'), 'utf8')) as { resources: (Resource & { schema: NonNullable<Resource['schema']> })[] };
    const csvs = pkg.resources.filter((r) => r.format === 'csv');
    expect(csvs.map((r) => r.name).sort()).toEqual([...TABLES].sort());
    const byName = new Map(csvs.map((r) => [r.name, r]));
    for (const r of csvs) {
      const header = fs.readFileSync(path.join(exportsDir, r.path), 'utf8').split('\n')[0]!.split(',');
      expect(r.schema.fields.map((f) => f.name)).toEqual(header);
      for (const f of r.schema.fields) expect(f.description.length, `${r.name}.${f.name}`).toBeGreaterThan(10);
      // In table terms: no schema property in backquotes, and empty cells, not nulls.
      for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).not.toMatch(/`|\bnull\b/);
      expect(r.schema.primaryKey, r.name).toHaveLength(1);
      for (const k of r.schema.primaryKey) expect(header).toContain(k);
      for (const fk of r.schema.foreignKeys) {
        const target = byName.get(fk.reference.resource)!;
        for (const f of fk.reference.fields) expect(target.schema.fields.map((x) => x.name)).toContain(f);
        // Every foreign key value exists in the referenced table (DuckDB anti-join).
        const cols = fk.fields.map((f, i) => `s.${f} = t.${fk.reference.fields[i]}`).join(' AND ');
        const nonNull = fk.fields.map((f) => `s.${f} IS NOT NULL`).join(' AND ');
        const orphans = await pairs(`SELECT 'orphans', count(*) FROM csv_${r.name} s WHERE ${nonNull} AND NOT EXISTS (SELECT 1 FROM csv_${fk.reference.resource} t WHERE ${cols})`);
        expect(orphans, `${r.name} -> ${fk.reference.resource}`).toEqual([['orphans', 0]]);
      }
    }
  });
});
