// Loads the JSON Schemas and compiles them with ajv (draft 2020-12, strict, allErrors).
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

export const schemaFiles = ['defs.schema.json', 'entity.schema.json', 'article.schema.json'] as const;
export type SchemaFile = (typeof schemaFiles)[number];

/** Keywords that only document or steer tooling; ajv must accept them in strict mode. */
export const annotationKeywords = ['enumDescriptions', 'x-plover', 'x-orderBy'] as const;

export type JsonSchema = { [key: string]: unknown };

export function loadSchema(file: SchemaFile): JsonSchema {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')) as JsonSchema;
}

export function loadSchemas(): Record<SchemaFile, JsonSchema> {
  return Object.fromEntries(schemaFiles.map((f) => [f, loadSchema(f)])) as Record<SchemaFile, JsonSchema>;
}

export function createAjv(extra: ConstructorParameters<typeof Ajv2020>[0] = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, ...extra });
  addFormats(ajv, { mode: 'fast' });
  for (const keyword of annotationKeywords) ajv.addKeyword({ keyword });
  return ajv;
}

export interface CompiledSchemas {
  article: ValidateFunction;
  entity: ValidateFunction;
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
  return { article: get('article.schema.json'), entity: get('entity.schema.json') };
}
