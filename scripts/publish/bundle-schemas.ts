// JSON Schemas for the two files that hold many records: the bundle (dist/dataset.json) and
// a line of dist/exports/articles.jsonl (an article record plus its text). Both are made from
// the record schemas at build time, so they never disagree with them.
import type { JsonSchema, SchemaFile } from '../shared/schemas.ts';

const absolute = (node: unknown, base: string): unknown => {
  if (Array.isArray(node)) return node.map((n) => absolute(n, base));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && !v.startsWith('#') && !/^[a-z]+:/.test(v) ? new URL(v, base).href : absolute(v, base)]));
};

/** The schema of dist/dataset.json: the version, every record, the texts and the codebook. */
export function datasetSchema(schemas: Record<SchemaFile, JsonSchema>): JsonSchema {
  const id = (f: SchemaFile) => String(schemas[f].$id);
  const base = id('article.schema.json');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL('../dist/dataset.schema.json', base).href,
    title: 'The huawei-trade-news bundle (dist/dataset.json)',
    description: 'Every record of the package, sorted by id, without the editor-only "$schema"; the verbatim source texts by article id; and the codebook.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'articles', 'sources', 'entities', 'events', 'codebook'],
    properties: {
      version: { type: 'string', description: 'The package version the bundle was built for.' },
      articles: { type: 'array', items: { $ref: id('article.schema.json') }, description: 'Every article record.' },
      sources: { type: 'object', additionalProperties: { type: 'string' }, description: 'The verbatim source text of each article, by article id.' },
      entities: { type: 'array', items: { $ref: id('entity.schema.json') }, description: 'The entity registry.' },
      events: { type: 'array', items: { $ref: id('event.schema.json') }, description: 'The registry of real-world events.' },
      codebook: {
        type: 'object',
        additionalProperties: false,
        required: ['vocabularies', 'eventTypes'],
        description: 'Every vocabulary value with its definition, and each event type\'s PLOVER and CAMEO codes.',
        properties: {
          vocabularies: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } }, description: 'By vocabulary: each value\'s definition.' },
          eventTypes: { type: 'object', additionalProperties: { type: 'object', additionalProperties: false, required: ['plover', 'cameo'], properties: { plover: { type: ['string', 'null'], description: 'The PLOVER category.' }, cameo: { type: ['string', 'null'], description: 'The CAMEO code, as text.' } } }, description: 'By event type: its codes.' },
        },
      },
    },
  };
}

/** The schema of one line of articles.jsonl: an article record, and "text", its source text. */
export function articleLineSchema(schemas: Record<SchemaFile, JsonSchema>): JsonSchema {
  const { $schema, $id, title: _title, examples: _examples, ...article } = schemas['article.schema.json'];
  const base = String($id);
  const record = absolute(article, base) as JsonSchema;
  return {
    $schema,
    $id: new URL('../dist/exports/articles.line.schema.json', base).href,
    title: 'A line of articles.jsonl',
    ...record,
    description: 'An article record as schema/article.schema.json describes it, without "$schema", plus "text": the verbatim source text.',
    required: [...(record.required as string[]), 'text'],
    properties: { ...(record.properties as JsonSchema), text: { type: 'string', description: 'The verbatim source text of the article.' } },
  };
}
