// Loads the JSON Schemas and compiles them with ajv (draft 2020-12, strict, allErrors).
// The schemas use only standard keywords, so a plain strict Ajv2020 compiles them; what
// tooling needs beyond JSON Schema (canonical order, vocabulary definitions, PLOVER and
// CAMEO codes) is in schema/annotations.json.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { schemaDir } from './paths.ts';

// ajv-formats is CommonJS; Node's ESM default import may give module.exports itself
// (the plugin function) or the `exports` object whose `default` is the plugin.
const formatsExport = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formatsExport.default ?? formatsExport;

export const schemaFiles = ['defs.schema.json', 'entity.schema.json', 'event.schema.json', 'article.schema.json'] as const;
export type SchemaFile = (typeof schemaFiles)[number];

/** What schema/annotations.json holds. */
export interface Annotations {
  /** "<schema file>#<JSON pointer>" of an array schema -> the keys its items sort by. */
  orderBy: Record<string, string[]>;
  /** Vocabulary name -> value -> definition. */
  vocabularies: Record<string, Record<string, string>>;
  /** Event type -> its PLOVER category and CAMEO code (null where there is none). */
  eventTypes: Record<string, { plover: string | null; cameo: string | null }>;
}

export function loadAnnotations(): Annotations {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, 'annotations.json'), 'utf8')) as Annotations;
}

export type JsonSchema = { [key: string]: unknown };

export function loadSchema(file: SchemaFile): JsonSchema {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')) as JsonSchema;
}

export function loadSchemas(): Record<SchemaFile, JsonSchema> {
  return Object.fromEntries(schemaFiles.map((f) => [f, loadSchema(f)])) as Record<SchemaFile, JsonSchema>;
}

export function createAjv(extra: ConstructorParameters<typeof Ajv2020>[0] = {}): Ajv2020 {
  // Strict in everything but strictRequired: a condition's `then: { required: [...] }`
  // names properties its parent schema defines, which that check cannot see.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true, ...extra });
  addFormats(ajv, { mode: 'fast' });
  return ajv;
}

export interface CompiledSchemas {
  article: ValidateFunction;
  entity: ValidateFunction;
  event: ValidateFunction;
}

/**
 * The validators: the precompiled standalone module (npm run gen:validators) when it is
 * there, which saves compiling the schemas at every start; otherwise compiled now.
 */
export function loadValidators(): CompiledSchemas {
  try {
    return createRequire(import.meta.url)('../generated/validators.cjs') as CompiledSchemas;
  } catch {
    return compileSchemas();
  }
}

export function compileSchemas(schemas = loadSchemas()): CompiledSchemas {
  const ajv = createAjv();
  for (const file of schemaFiles) ajv.addSchema(schemas[file]);
  const get = (file: SchemaFile) => {
    const fn = ajv.getSchema(String(schemas[file].$id));
    if (!fn) throw new Error(`schema ${file} did not compile`);
    return fn;
  };
  return { article: get('article.schema.json'), entity: get('entity.schema.json'), event: get('event.schema.json') };
}
