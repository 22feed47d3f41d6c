// Folds the schema files into one self-contained schema whose $defs hold every
// named type, for the type generator. Each $defs entry becomes one named TypeScript type.
import type { JsonSchema, SchemaFile } from '../shared/schemas.ts';

const DEFS_FILE = 'defs.schema.json';
const CONDITIONS = new Set(['allOf', 'anyOf', 'if', 'then', 'else', 'dependentRequired', 'not']);

function isObject(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Upper camel case: `entityMentions` -> `EntityMentions`. */
function typeName(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * Rewrites `$ref`s to point into the combined `$defs`. A `$ref` with sibling keywords
 * (a property-specific `description`) would make the generator mint a numbered copy of
 * the type (`Note1`, `Note2`); so primitive definitions without an enum are inlined with
 * the sibling description kept, and references to named types drop their siblings.
 */
function rewrite(node: unknown, file: SchemaFile, defs: Record<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, file, defs));
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$defs' || k === '$id' || k === '$schema' || k === 'examples') continue;
    // Conditions only make optional fields required in some cases; they do not change a
    // type's shape, and the generator would turn them into loose index signatures.
    if (CONDITIONS.has(k)) continue;
    out[k] = k === 'properties' ? mapValues(v as JsonSchema, (p) => rewrite(p, file, defs)) : rewrite(v, file, defs);
  }
  if (typeof node.$ref !== 'string') return out;
  const [target, pointer] = node.$ref.split('#');
  const key = (pointer ?? '').replace('/$defs/', '');
  // $defs names are unique across the files (checked in combineSchemas), so the key alone resolves.
  const def = defs[key];
  if (!def) throw new Error(`unresolved $ref ${node.$ref} in ${target || file}`);
  const { $ref: _ref, ...siblings } = out;
  const primitive = def.type !== 'object' && def.type !== 'array' && !('enum' in def) && !('oneOf' in def);
  if (primitive && Object.keys(siblings).length > 0) {
    const { title: _title, ...inlined } = rewrite(def, DEFS_FILE, defs) as JsonSchema;
    return { ...inlined, ...siblings };
  }
  return { $ref: `#/$defs/${key}` };
}

function mapValues(obj: JsonSchema, fn: (v: unknown) => unknown): JsonSchema {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}

/** One schema with the article record at its root and every other type in `$defs`. */
export function combineSchemas(schemas: Record<SchemaFile, JsonSchema>): JsonSchema {
  const raw: Record<string, JsonSchema> = {};
  const origin: Record<string, SchemaFile> = {};
  for (const file of Object.keys(schemas) as SchemaFile[]) {
    for (const [key, def] of Object.entries((schemas[file].$defs ?? {}) as Record<string, JsonSchema>)) {
      if (raw[key]) throw new Error(`$defs name ${key} is used by two schema files`);
      raw[key] = { title: typeName(key), ...def };
      origin[key] = file;
    }
  }
  const { $defs: _a, ...article } = schemas['article.schema.json'];
  const { $defs: _e, ...entity } = schemas['entity.schema.json'];
  raw.entity = entity;
  origin.entity = 'entity.schema.json';
  const { $defs: _r, ...registryEvent } = schemas['event.schema.json'];
  raw.registryEvent = registryEvent;
  origin.registryEvent = 'event.schema.json';
  const $defs = mapValues(raw, (def) => def);
  for (const key of Object.keys(raw)) $defs[key] = rewrite(raw[key], origin[key]!, raw);
  return { ...(rewrite(article, 'article.schema.json', raw) as JsonSchema), $defs };
}
