// A second, independent JSON Schema implementation (@hyperjump/json-schema, draft 2020-12),
// given only the schema folder, resolves every $ref offline by $id and agrees with ajv on
// every record, entity and registry event, and on every file of every invalid fixture case.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSchemas, loadSchemas, schemaFiles } from '../../scripts/shared/schemas.ts';
import { dataLayout, defaultDataDir } from '../../scripts/shared/paths.ts';
import { applyEdits, copyTree, fixturesDir, validFixture, type Case } from '../helpers.ts';

// Loaded by a name TypeScript does not resolve: the package's own declarations do not
// type-check under this project's strict settings (skipLibCheck is off), and only these two
// functions are used.
interface Hyperjump {
  registerSchema(schema: unknown): void;
  validate(schemaId: string, instance: unknown): Promise<{ valid: boolean }>;
}
const HYPERJUMP: string = '@hyperjump/json-schema/draft-2020-12';
const { registerSchema, validate } = (await import(HYPERJUMP)) as Hyperjump;

const schemas = loadSchemas();
for (const f of schemaFiles) registerSchema(schemas[f]);
const ajv = compileSchemas(schemas);
const KINDS = { articles: 'article', entities: 'entity', events: 'event' } as const;
const idOf = (kind: keyof typeof KINDS) => String(schemas[`${KINDS[kind]}.schema.json`].$id);

/** Every JSON file of a tree that parses, with the schema it must match. */
function filesOf(dir: string): { file: string; kind: keyof typeof KINDS; value: unknown }[] {
  const layout = dataLayout(dir);
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).flatMap((kind) => {
    const folder = layout[kind];
    if (!fs.existsSync(folder)) return [];
    return fs.readdirSync(folder).filter((f) => f.endsWith('.json')).flatMap((f) => {
      try {
        return [{ file: path.join(folder, f), kind, value: JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as unknown }];
      } catch {
        return []; // not JSON: no schema applies (the json-syntax rule reports it)
      }
    });
  });
}

async function verdicts(dir: string): Promise<{ file: string; ajv: boolean; hyperjump: boolean }[]> {
  return Promise.all(
    filesOf(dir).map(async ({ file, kind, value }) => ({
      file: path.relative(dir, file),
      ajv: ajv[KINDS[kind]](value) as boolean,
      hyperjump: (await validate(idOf(kind), value)).valid,
    })),
  );
}

describe('a second JSON Schema implementation', () => {
  it.each([['data/', defaultDataDir], ['the valid fixture', validFixture]])('accepts every file of %s, as ajv does', async (_, dir) => {
    const results = await verdicts(dir);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r, r.file).toEqual({ file: r.file, ajv: true, hyperjump: true });
  });

  const cases = fs.readdirSync(path.join(fixturesDir, 'invalid')).flatMap((f) => (JSON.parse(fs.readFileSync(path.join(fixturesDir, 'invalid', f), 'utf8')) as Case[]).map((c) => [`${f}: ${c.name}`, c] as const));

  it('rejects every file the schema-level invalid cases break, as ajv does', async () => {
    const schemaCases = cases.filter(([name]) => name.startsWith('schema.json'));
    expect(schemaCases.length).toBeGreaterThan(0);
    for (const [name, c] of schemaCases) {
      const dir = copyTree(validFixture);
      try {
        applyEdits(dir, c.edits);
        const broken = new Set(c.expect.map((e) => e.file));
        for (const r of await verdicts(dir)) {
          expect(r.hyperjump, `${name}: ${r.file}`).toBe(r.ajv);
          if (broken.has(r.file)) expect(r.hyperjump, `${name}: ${r.file} must be rejected`).toBe(false);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('agrees with ajv on every file of every other invalid case', async () => {
    for (const [name, c] of cases) {
      const dir = copyTree(validFixture);
      try {
        applyEdits(dir, c.edits.filter((e) => e.op !== 'symlink' && e.op !== 'big'));
        for (const r of await verdicts(dir)) expect(r.hyperjump, `${name}: ${r.file}`).toBe(r.ajv);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
