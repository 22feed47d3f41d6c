// The canonical form of a record: keys in the order the schema lists them, arrays whose
// order carries no meaning sorted by the keys their schema names in `x-orderBy`, two-space
// indentation and a final newline. `npm run fix` writes it; the canonical-form rule checks it.
import { loadAnnotations, loadSchemas, type Annotations, type JsonSchema, type SchemaFile } from './schemas.ts';

export type RecordKind = 'article' | 'entity' | 'event';
const SCHEMA_OF: Record<RecordKind, SchemaFile> = { article: 'article.schema.json', entity: 'entity.schema.json', event: 'event.schema.json' };

type Located = { node: JsonSchema; file: SchemaFile };
interface Shape {
  keys: string[];
  props: Map<string, Located>;
  items: Located | undefined;
  orderBy: string[] | undefined;
}

function define(o: Record<string, unknown>, k: string, value: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
  else o[k] = value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Canonicalizer {
  private readonly schemas: Record<SchemaFile, JsonSchema>;
  /** The sort keys of each array schema node, from schema/annotations.json. */
  private readonly orderBy = new Map<JsonSchema, string[]>();

  constructor(schemas = loadSchemas(), annotations: Annotations = loadAnnotations()) {
    this.schemas = schemas;
    for (const [where, keys] of Object.entries(annotations.orderBy)) {
      const [file, pointer = ''] = where.split('#') as [SchemaFile, string?];
      let node: unknown = schemas[file];
      for (const seg of pointer.split('/').filter(Boolean)) node = (node as JsonSchema | undefined)?.[seg];
      if (typeof node !== 'object' || node === null) throw new Error(`schema/annotations.json: orderBy names ${where}, which is not in the schemas`);
      this.orderBy.set(node as JsonSchema, keys);
    }
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

  /** Key order, property schemas, item schema and sort keys of a schema node, computed once. */
  private readonly shapes = new Map<JsonSchema, Shape>();

  private shape(loc: Located): Shape {
    let s = this.shapes.get(loc.node);
    if (s) return s;
    const r = this.objectBranch(loc);
    const props = (r.node.properties ?? {}) as Record<string, JsonSchema>;
    s = {
      keys: Object.keys(props),
      props: new Map(Object.entries(props).map(([k, node]) => [k, { node, file: r.file }])),
      items: r.node.items ? { node: r.node.items as JsonSchema, file: r.file } : undefined,
      orderBy: this.orderBy.get(loc.node) ?? this.orderBy.get(r.node),
    };
    this.shapes.set(loc.node, s);
    return s;
  }

  canonicalize(value: unknown, loc: Located): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const shape = this.shape(loc);
    if (Array.isArray(value)) {
      const items = shape.items;
      const out = items ? value.map((v) => this.canonicalize(v, items)) : value;
      return shape.orderBy ? sortBy(out, shape.orderBy) : out;
    }
    const obj = value as Record<string, unknown>;
    // defineProperty, not assignment: a "__proto__" key must stay data, never a prototype.
    const out: Record<string, unknown> = {};
    for (const k of shape.keys) if (Object.hasOwn(obj, k)) define(out, k, this.canonicalize(obj[k], shape.props.get(k)!));
    const unknown = Object.keys(obj).filter((k) => !shape.props.has(k)).sort();
    for (const k of unknown) define(out, k, obj[k]);
    return out;
  }

  /**
   * True when a value's keys already follow the schema and its unordered arrays are sorted,
   * so that its plain serialization is canonical. Allocates nothing: the fast path for
   * files that are already in canonical form, which is nearly all of them.
   */
  inOrder(value: unknown, loc: Located): boolean {
    if (typeof value !== 'object' || value === null) return true;
    const shape = this.shape(loc);
    if (Array.isArray(value)) {
      if (shape.orderBy && !isSorted(value, shape.orderBy)) return false;
      const items = shape.items;
      if (items) for (const v of value) if (!this.inOrder(v, items)) return false;
      return true;
    }
    let next = 0;
    for (const k in value) {
      const at = shape.keys.indexOf(k, next);
      if (at === -1) return false;
      next = at + 1;
      if (!this.inOrder((value as Record<string, unknown>)[k], shape.props.get(k)!)) return false;
    }
    return true;
  }

  /** The canonical value of a record of the given kind (the value itself when already canonical). */
  value(value: unknown, kind: RecordKind): unknown {
    const file = SCHEMA_OF[kind];
    const root = { node: this.schemas[file], file };
    return this.inOrder(value, root) ? value : this.canonicalize(value, root);
  }

  /** The canonical text of a record of the given kind. */
  text(value: unknown, kind: RecordKind): string {
    return JSON.stringify(this.value(value, kind), null, 2) + '\n';
  }
}

function get(v: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v);
}

function compare(a: unknown, b: unknown, keys: string[]): number {
  for (const k of keys) {
    const x = get(a, k);
    const y = get(b, k);
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * An item without its sort keys (a selector that `npm run fix` has not placed yet) leaves
 * its array in the order written: it has no place to sort into, and the positions that fix
 * reports for it must still hold in the file it writes.
 */
function sortable(items: unknown[], keys: string[]): boolean {
  for (const item of items) for (const k of keys) if (get(item, k) === undefined) return false;
  return true;
}

function isSorted(items: unknown[], keys: string[]): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i], keys) > 0) return !sortable(items, keys);
  return true;
}

function sortBy(items: unknown[], keys: string[]): unknown[] {
  return sortable(items, keys) ? [...items].sort((a, b) => compare(a, b, keys)) : items;
}

let shared: Canonicalizer | undefined;
const texts = new WeakMap<object, string>();

/** The canonical text of a parsed file, computed once per file and shared by the rules. */
export function canonicalTextOf(file: { value: unknown; kind: RecordKind }): string {
  let text = texts.get(file);
  if (text === undefined) {
    shared ??= new Canonicalizer();
    text = shared.text(file.value, file.kind);
    texts.set(file, text);
  }
  return text;
}
