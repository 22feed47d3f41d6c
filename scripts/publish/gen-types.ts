// Generates types/index.d.ts from the JSON Schemas with json-schema-to-typescript.
// `--check` compares instead of writing, and fails when the committed file is stale.
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { loadSchemas, type JsonSchema } from '../shared/schemas.ts';
import { combineSchemas } from './combined-schema.ts';
import { typesDir } from '../shared/paths.ts';
import { writeOrCheck } from './generated-file.ts';
import { finishDocs, refPropertyDocs } from './type-docs.ts';

export const typesFile = path.join(typesDir, 'index.d.ts');

const BANNER = `/* eslint-disable */
/**
 * DO NOT EDIT: generated from schema/*.schema.json by \`npm run gen:types\`.
 * Edit the schemas and run the command again; \`npm test\` fails when this file is stale.
 */`;

/** Each named type's schema before the $refs are folded, keyed by its TypeScript name. */
function namedTypes(schemas: ReturnType<typeof loadSchemas>): Record<string, JsonSchema> {
  const types: Record<string, JsonSchema> = { Article: schemas['article.schema.json'], Entity: schemas['entity.schema.json'], RegistryEvent: schemas['event.schema.json'] };
  for (const s of Object.values(schemas)) for (const [key, def] of Object.entries((s.$defs ?? {}) as Record<string, JsonSchema>)) types[key.charAt(0).toUpperCase() + key.slice(1)] = def;
  return types;
}

export async function generateTypes(): Promise<string> {
  const schemas = loadSchemas();
  const combined = combineSchemas(schemas);
  const text = await compile(combined as never, 'Article', {
    bannerComment: BANNER,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
    $refOptions: { resolve: { http: false, file: false } } as never,
  });
  return finishDocs(text, refPropertyDocs(namedTypes(schemas)));
}

async function main() {
  writeOrCheck(typesFile, await generateTypes(), 'npm run gen:types');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
