// The canonical form of a record: keys in the order the schema lists them, arrays whose
// order carries no meaning sorted by the keys their schema names in `x-orderBy`, two-space
// indentation and a final newline. `npm run fix` writes it; the canonical-form rule checks it.
import { loadSchemas, type JsonSchema, type SchemaFile } from './schemas.ts';

type Located = { node: JsonSchema; file: SchemaFile };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Canonicalizer {
  private readonly schemas: Record<SchemaFile, JsonSchema>;

  constructor(schemas = loadSchemas()) {
    this.schemas = schemas;
  }

  /** Follows `$ref`s (within a file or to another schema file of the set). */
  private resolve(loc: Located): Located {
    let { node, file } = loc;
    for (let guard = 0; typeof node.$ref === 'string' && guard < 50; guard++) {
      const [target, pointer = ''] = node.$ref.split('#');
      if (target) file = target as SchemaFile;
      let next: unknown = this.schemas[file];
      for (const seg of pointer.split('/').filter(Boolean)) next = (next as JsonSchema)[seg];
      node = next as JsonSchema;
    }
    return { node, file };
  }

  /** For `oneOf` between an object and other types, the branch that describes objects. */
  private objectBranch(loc: Located): Located {
    const r = this.resolve(loc);
    const branches = r.node.oneOf as JsonSchema[] | undefined;
    if (!branches) return r;
    for (const b of branches) {
      const rb = this.resolve({ node: b, file: r.file });
      if (rb.node.type === 'object' || rb.node.type === 'array') return rb;
    }
    return r;
  }

  canonicalize(value: unknown, loc: Located): unknown {
    const r = this.objectBranch(loc);
    if (Array.isArray(value)) {
      const items = r.node.items ? { node: r.node.items as JsonSchema, file: r.file } : undefined;
      const out = value.map((v) => (items ? this.canonicalize(v, items) : v));
      const orderBy = (loc.node['x-orderBy'] ?? r.node['x-orderBy']) as string[] | undefined;
      return orderBy ? sortBy(out, orderBy) : out;
    }
    if (!isObject(value)) return value;
    const props = (r.node.properties ?? {}) as Record<string, JsonSchema>;
    const known = Object.keys(props).filter((k) => k in value);
    const unknown = Object.keys(value).filter((k) => !(k in props)).sort();
    // defineProperty, not assignment: a "__proto__" key must stay data, never a prototype.
    const out: Record<string, unknown> = {};
    const put = (k: string, v: unknown) => Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    for (const k of known) put(k, this.canonicalize(value[k], { node: props[k]!, file: r.file }));
    for (const k of unknown) put(k, value[k]);
    return out;
  }

  /** The canonical text of a record of the given kind. */
  text(value: unknown, kind: 'article' | 'entity'): string {
    const file: SchemaFile = kind === 'article' ? 'article.schema.json' : 'entity.schema.json';
    return JSON.stringify(this.canonicalize(value, { node: this.schemas[file], file }), null, 2) + '\n';
  }
}

function get(v: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v);
}

function sortBy(items: unknown[], keys: string[]): unknown[] {
  return [...items].sort((a, b) => {
    for (const k of keys) {
      const x = get(a, k);
      const y = get(b, k);
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}

let shared: Canonicalizer | undefined;
const texts = new WeakMap<object, string>();

/** The canonical text of a parsed file, computed once per file and shared by the rules. */
export function canonicalTextOf(file: { value: unknown; kind: 'article' | 'entity' }): string {
  let text = texts.get(file);
  if (text === undefined) {
    shared ??= new Canonicalizer();
    text = shared.text(file.value, file.kind);
    texts.set(file, text);
  }
  return text;
}
