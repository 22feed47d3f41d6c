// Generates types/index.d.ts from the JSON Schemas with json-schema-to-typescript.
// `--check` compares instead of writing, and fails when the committed file is stale.
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { loadSchemas } from '../shared/schemas.ts';
import { combineSchemas } from './combined-schema.ts';
import { typesDir } from '../shared/paths.ts';
import { writeOrCheck } from './generated-file.ts';

export const typesFile = path.join(typesDir, 'index.d.ts');

const BANNER = `/* eslint-disable */
/**
 * DO NOT EDIT: generated from schema/*.schema.json by \`npm run gen:types\`.
 * Edit the schemas and run the command again; \`npm test\` fails when this file is stale.
 */`;

export async function generateTypes(): Promise<string> {
  const combined = combineSchemas(loadSchemas());
  return compile(combined as never, 'Article', {
    bannerComment: BANNER,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
    $refOptions: { resolve: { http: false, file: false } } as never,
  });
}

async function main() {
  writeOrCheck(typesFile, await generateTypes(), 'npm run gen:types');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
