// The bundle and every line of articles.jsonl are valid against the JSON Schemas the build
// writes for them, checked with Ajv as a user would, and a broken line is not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv, loadSchemas, schemaFiles } from '../../scripts/shared/schemas.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';

const dist = path.join(repoRoot, 'dist');
const ajv = createAjv();
const schemas = loadSchemas();
for (const f of schemaFiles) ajv.addSchema(schemas[f]);
const bundle = ajv.compile(JSON.parse(fs.readFileSync(path.join(dist, 'dataset.schema.json'), 'utf8')));
const line = ajv.compile(JSON.parse(fs.readFileSync(path.join(dist, 'exports', 'articles.line.schema.json'), 'utf8')));
const lines = fs.readFileSync(path.join(dist, 'exports', 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the schemas of the bundle and of a JSONL line', () => {
  it('accept dist/dataset.json', () => {
    expect(bundle(JSON.parse(fs.readFileSync(path.join(dist, 'dataset.json'), 'utf8'))), JSON.stringify(bundle.errors?.slice(0, 3))).toBe(true);
  });

  it('accept every line of articles.jsonl', () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(line(l), JSON.stringify(line.errors?.slice(0, 3))).toBe(true);
  });

  it('reject a line without its text, a line with an unknown field, and a bundle without its codebook', () => {
    const { text: _t, ...noText } = lines[0]!;
    expect(line(noText)).toBe(false);
    expect(line({ ...lines[0], extra: 1 })).toBe(false);
    const { codebook: _c, ...noCodebook } = JSON.parse(fs.readFileSync(path.join(dist, 'dataset.json'), 'utf8')) as Record<string, unknown>;
    expect(bundle(noCodebook)).toBe(false);
  });
});
