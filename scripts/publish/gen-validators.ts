// Generates scripts/generated/validators.cjs: the schema validators as ajv standalone code,
// so that the validator does not compile the schemas at every start. CommonJS, because
// ajv's ESM standalone output still calls require() for formats. `--check` fails when the
// committed file is stale.
import path from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv, loadSchemas, schemaFiles } from '../shared/schemas.ts';
import { repoRoot } from '../shared/paths.ts';
import { writeOrCheck } from './generated-file.ts';

export const validatorsFile = path.join(repoRoot, 'scripts', 'generated', 'validators.cjs');

const BANNER = `/* eslint-disable */
// DO NOT EDIT: generated from schema/*.schema.json by \`npm run gen:validators\`.
// Edit the schemas and run the command again; \`npm test\` fails when this file is stale.
`;

export function generateValidators(): string {
  const schemas = loadSchemas();
  const ajv = createAjv({ code: { source: true, lines: true } });
  for (const f of schemaFiles) ajv.addSchema(schemas[f]);
  const id = (f: keyof typeof schemas) => String(schemas[f].$id);
  // CommonJS default export: under ESM the function may sit one level down.
  type Standalone = (ajv: unknown, refs: Record<string, string>) => string;
  const mod = standaloneCode as unknown as Standalone & { default?: Standalone };
  const code: Standalone = mod.default ?? mod;
  return BANNER + code(ajv, { article: id('article.schema.json'), entity: id('entity.schema.json'), event: id('event.schema.json') });
}

function main() {
  writeOrCheck(validatorsFile, generateValidators(), 'npm run gen:validators');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
