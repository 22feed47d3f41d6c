// Generates types/index.d.ts from the JSON Schemas with json-schema-to-typescript.
// `--check` compares instead of writing, and fails when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from 'json-schema-to-typescript';
import { loadSchemas } from './lib/schemas.ts';
import { combineSchemas } from './lib/combined-schema.ts';
import { displayPath, typesDir } from './lib/paths.ts';

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
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const generated = await generateTypes();
  const shown = displayPath(typesFile);
  if (values.check) {
    const current = fs.existsSync(typesFile) ? fs.readFileSync(typesFile, 'utf8') : '';
    if (current !== generated) {
      console.error(`${shown}:1:1: error: generated types are stale; run \`npm run gen:types\` and commit the result [types-up-to-date]`);
      process.exit(1);
    }
    console.log(`${shown} is up to date`);
    return;
  }
  fs.mkdirSync(typesDir, { recursive: true });
  fs.writeFileSync(typesFile, generated);
  console.log(`wrote ${shown}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
