// The schemas themselves: valid draft 2020-12, compiled by ajv in strict mode, and held to
// the project's conventions (ids, descriptions, closed objects, documented vocabularies).
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compileSchemas, createAjv, loadSchemas, schemaFiles, type JsonSchema } from '../scripts/lib/schemas.ts';

const schemas = loadSchemas();

/** Every subschema with its JSON pointer. */
function walk(node: unknown, path: string, visit: (n: JsonSchema, path: string) => void): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as JsonSchema, path);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'examples' || k === 'enum' || k === 'x-plover' || k === 'enumDescriptions' || k === 'const') continue;
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

  it('declares draft 2020-12 and an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(String(schema.$id)).toMatch(new RegExp(`/schema/${file.replace(/\./g, '\\.')}$`));
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

  it('documents every vocabulary value one by one', () => {
    const problems: string[] = [];
    walk(schema, '', (node, path) => {
      const values = node.enum;
      if (!Array.isArray(values)) return;
      const docs = node.enumDescriptions as unknown[] | undefined;
      if (!Array.isArray(docs) || docs.length !== values.length) problems.push(`${path}: enumDescriptions must give one description per value`);
      else docs.forEach((d, i) => typeof d === 'string' && d.length > 10 ? null : problems.push(`${path}: value ${String(values[i])} has no description`));
    });
    expect(problems).toEqual([]);
  });
});

describe('the schema set', () => {
  it('compiles with ajv in strict mode with all errors', () => {
    const ajv = createAjv();
    expect(ajv.opts.strict).toBe(true);
    expect(ajv.opts.allErrors).toBe(true);
    expect(() => compileSchemas(schemas)).not.toThrow();
  });

  it('maps every event type to a PLOVER category (or null) and a CAMEO code (or null)', () => {
    const eventType = (schemas['defs.schema.json'].$defs as Record<string, JsonSchema>).eventType!;
    const mapping = eventType['x-plover'] as Record<string, { plover: string | null; cameo: string | null }>;
    expect(Object.keys(mapping).sort()).toEqual([...(eventType.enum as string[])].sort());
    const plover = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
    for (const [type, m] of Object.entries(mapping)) {
      expect(m.plover === null || plover.includes(m.plover), `${type}: ${m.plover}`).toBe(true);
      expect(m.cameo === null || /^[0-9]{2,4}$/.test(m.cameo), `${type}: ${m.cameo}`).toBe(true);
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
