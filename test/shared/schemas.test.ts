// The schemas themselves: valid draft 2020-12 with standard keywords only (a plain strict
// Ajv2020 compiles them), versioned $ids, closed and described objects, and the annotations
// beside them (vocabulary definitions, PLOVER and CAMEO codes, canonical order) complete.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { compileSchemas, createAjv, loadAnnotations, loadSchemas, schemaFiles, type JsonSchema } from '../../scripts/shared/schemas.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';

const schemas = loadSchemas();
const annotations = loadAnnotations();
const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const formats = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formats.default ?? formats;
/** Keywords whose subschemas only state conditions; they describe nothing new. */
const CONDITIONS = new Set(['if', 'then', 'else', 'allOf', 'anyOf', 'not', 'dependentRequired']);

/** Every subschema with its JSON pointer, outside examples, enums and conditions. */
function walk(node: unknown, path: string, visit: (n: JsonSchema, path: string) => void): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as JsonSchema, path);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'examples' || k === 'enum' || k === 'const' || CONDITIONS.has(k)) continue;
      walk(v, `${path}/${k}`, visit);
    }
  }
}

describe.each(schemaFiles.map((f) => [f]))('%s', (file) => {
  const schema = schemas[file];

  it('is valid against the draft 2020-12 meta-schema', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('declares draft 2020-12 and an $id that names the package version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(String(schema.$id)).toBe(`https://cdn.jsdelivr.net/npm/huawei-trade-news@${version}/schema/${file}`);
  });

  it('closes every object and describes every property', () => {
    const problems: string[] = [];
    walk(schema, '', (node, path) => {
      if (node.type === 'object' && node.additionalProperties !== false) problems.push(`${path}: additionalProperties is not false`);
      for (const [name, prop] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) {
        if (typeof prop.description !== 'string' || prop.description.length < 10) problems.push(`${path}/properties/${name}: no description`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('documents every vocabulary value one by one in schema/annotations.json', () => {
    const problems: string[] = [];
    for (const [name, def] of Object.entries((schema.$defs ?? {}) as Record<string, JsonSchema>)) {
      if (!Array.isArray(def.enum)) continue;
      const docs = annotations.vocabularies[name] ?? {};
      expect(Object.keys(docs).sort(), name).toEqual([...(def.enum as string[])].sort());
      for (const v of def.enum as string[]) if (!(typeof docs[v] === 'string' && docs[v]!.length > 10)) problems.push(`${name}: ${v} has no definition`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the schema set', () => {
  it('compiles with a plain strict Ajv2020 and ajv-formats: no keyword outside JSON Schema', () => {
    const ajv = new Ajv2020();
    addFormats(ajv);
    const warnings: unknown[] = [];
    ajv.opts.logger = { log: () => {}, warn: (...w: unknown[]) => warnings.push(w), error: (...e: unknown[]) => warnings.push(e) };
    for (const f of schemaFiles) ajv.addSchema(schemas[f]);
    for (const f of schemaFiles) expect(() => ajv.getSchema(String(schemas[f].$id)), f).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('compiles with the validator\'s ajv, strict with all errors', () => {
    const ajv = createAjv();
    expect(ajv.opts.strict).toBe(true);
    expect(ajv.opts.allErrors).toBe(true);
    expect(() => compileSchemas(schemas)).not.toThrow();
  });

  it('maps every event type to a PLOVER category (or null) and a CAMEO code (or null)', () => {
    const eventType = (schemas['defs.schema.json'].$defs as Record<string, JsonSchema>).eventType!;
    expect(Object.keys(annotations.eventTypes).sort()).toEqual([...(eventType.enum as string[])].sort());
    const plover = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
    for (const [type, m] of Object.entries(annotations.eventTypes)) {
      expect(m.plover === null || plover.includes(m.plover), `${type}: ${m.plover}`).toBe(true);
      expect(m.cameo === null || /^[0-9]{2,4}$/.test(m.cameo), `${type}: ${m.cameo}`).toBe(true);
    }
  });

  it('gives a canonical order only to array schemas, by keys their items have', () => {
    for (const [where, keys] of Object.entries(annotations.orderBy)) {
      const [file, pointer = ''] = where.split('#') as [keyof typeof schemas, string];
      let node: unknown = schemas[file];
      for (const seg of pointer.split('/').filter(Boolean)) node = (node as JsonSchema | undefined)?.[seg];
      expect((node as JsonSchema | undefined)?.type, where).toBe('array');
      expect(keys.length, where).toBeGreaterThan(0);
    }
  });

  it('accepts its own examples', () => {
    const compiled = compileSchemas(schemas);
    const entityExamples = schemas['entity.schema.json'].examples as unknown[];
    for (const example of entityExamples) expect(compiled.entity(example), JSON.stringify(compiled.entity.errors)).toBe(true);
    const ajv = createAjv();
    for (const f of schemaFiles) ajv.addSchema(schemas[f]);
    const defs = schemas['defs.schema.json'];
    for (const [name, def] of Object.entries(defs.$defs as Record<string, JsonSchema>)) {
      const validate = ajv.getSchema(`${String(defs.$id)}#/$defs/${name}`)!;
      for (const example of (def.examples ?? []) as unknown[]) expect(validate(example), `${name}: ${JSON.stringify(example)}`).toBe(true);
    }
  });
});
