// The canonical form of a record: keys in the order the schema lists them, arrays whose
// order carries no meaning sorted by the keys their schema names in `x-orderBy`, two-space
// indentation and a final newline. `npm run fix` writes it; the canonical-form rule checks it.
import { loadAnnotations, loadSchemas, type Annotations, type JsonSchema, type SchemaFile } from '../shared/schemas.ts';

export type RecordKind = 'article' | 'entity' | 'event';
const SCHEMA_OF: Record<RecordKind, SchemaFile> = { article: 'article.schema.json', entity: 'entity.schema.json', event: 'event.schema.json' };

/** A schema node and its file; `shape` caches its shape, found once per location object. */
type Located = { node: JsonSchema; file: SchemaFile; shape?: Shape };
interface Shape {
  keys: string[];
  /** Each property's schema, its place in `keys`, and whether its name is written as it
   * is (letters, digits, underscores; not a number): one lookup per key. */
  props: Map<string, { loc: Located; index: number; plain: boolean }>;
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
    // Locations inside shapes are made once, so the shape found first is kept on them: the
    // matcher asks for it at every object and array of every record.
    if (loc.shape) return loc.shape;
    let s = this.shapes.get(loc.node);
    if (s) return (loc.shape = s);
    const r = this.objectBranch(loc);
    const props = (r.node.properties ?? {}) as Record<string, JsonSchema>;
    s = {
      keys: Object.keys(props),
      props: new Map(Object.entries(props).map(([k, node], index) => [k, { loc: { node, file: r.file }, index, plain: /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) }])),
      items: r.node.items ? { node: r.node.items as JsonSchema, file: r.file } : undefined,
      orderBy: this.orderBy.get(loc.node) ?? this.orderBy.get(r.node),
    };
    this.shapes.set(loc.node, s);
    return (loc.shape = s);
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
    for (const k of shape.keys) if (Object.hasOwn(obj, k)) define(out, k, this.canonicalize(obj[k], shape.props.get(k)!.loc));
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
      const prop = shape.props.get(k);
      if (!prop || prop.index < next) return false;
      next = prop.index + 1;
      if (!this.inOrder((value as Record<string, unknown>)[k], prop.loc)) return false;
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

  /**
   * True when `text` is exactly the canonical text of `value` (its parse), decided by one
   * walk of the value alongside the text that checks key order, sorting and layout without
   * building the canonical text: serializing every record was the validator's largest cost.
   * False means "not proven"; the caller then compares against the full canonical text.
   * `value` must be `JSON.parse(text)`.
   */
  isCanonicalText(text: string, value: unknown, kind: RecordKind, decodedAsUtf8 = false): boolean {
    const file = SCHEMA_OF[kind];
    // A lone surrogate would be written as an escape: such a text is never fast-pathed.
    // Strict UTF-8 decoding already excludes one, so only other texts pay for the scan.
    if (!decodedAsUtf8 && !text.isWellFormed()) return false;
    this.plain = text.indexOf('\\') === -1;
    const end = this.matchValue(text, 0, value, (this.roots[kind] ??= { node: this.schemas[file], file }), 0);
    return end === text.length - 1 && text.charCodeAt(end) === 10;
  }

  /** The root location of each kind of record, kept so that its shape is found once. */
  private readonly roots: Partial<Record<RecordKind, Located>> = {};

  /** The text being matched holds no backslash, so none of its strings has an escape. */
  private plain = false;

  /**
   * Where the canonical serialization of `value` at `indent` ends in `text`, if it starts
   * at `at`; -1 on a mismatch. `value` must be the parse of `text`: then, with every key,
   * number and piece of layout matched exactly, a string value without escapes that takes
   * as many code units as the value is the value itself, and only its length is checked.
   */
  private matchValue(text: string, at: number, value: unknown, loc: Located | undefined, indent: number): number {
    if (typeof value === 'string') {
      // A value with no quote or backslash is written without escapes. Its text then closes
      // just after as many code units as the value has: a quote there could otherwise only
      // be an escaped one, which the value would hold. (A text with no backslash at all has
      // no escape anywhere, so no value in it holds either.) Any other value, and one with a
      // control character, which is written escaped, is compared in full.
      if (!this.plain && (value.includes('"') || value.includes('\\'))) return matchString(text, at, value);
      const close = at + 1 + value.length;
      if (text.charCodeAt(at) === 34 && text.charCodeAt(close) === 34) return close + 1;
      return this.plain ? -1 : matchString(text, at, value);
    }
    if (typeof value !== 'object' || value === null) return matchScalar(text, at, value);
    const shape = loc ? this.shape(loc) : undefined;
    const inner = indent + 2;
    if (Array.isArray(value)) {
      if (value.length === 0) return text.startsWith('[]', at) ? at + 2 : -1;
      if (shape?.orderBy && !isSorted(value, shape.orderBy)) return -1;
      if (text.charCodeAt(at) !== 91) return -1;
      at++;
      for (let i = 0; i < value.length; i++) {
        if ((at = matchBreak(text, at, i > 0, inner)) === -1) return -1;
        if ((at = this.matchValue(text, at, value[i], shape?.items, inner)) === -1) return -1;
      }
      at = matchBreak(text, at, false, indent);
      return at !== -1 && text.charCodeAt(at) === 93 ? at + 1 : -1;
    }
    if (text.charCodeAt(at) !== 123) return -1;
    at++;
    // As canonicalize orders them: the keys the schema lists, in its order, then any
    // others sorted, their values as written; under no schema at all, everything as written.
    let next = 0;
    let lastOther: string | undefined;
    let first = true;
    for (const k in value) {
      const info = shape?.props.get(k);
      if (info) {
        if (info.index < next || lastOther !== undefined) return -1;
        next = info.index + 1;
      } else if (shape) {
        if (lastOther !== undefined && !(lastOther < k)) return -1;
        lastOther = k;
      }
      if ((at = matchBreak(text, at, !first, inner)) === -1) return -1;
      first = false;
      // A plain key the schema lists is matched by its length, as string values are; any
      // other key (one that could need an escape, or that a number-like key moved) in full.
      if (info?.plain) at = text.charCodeAt(at) === 34 && text.charCodeAt(at + 1 + k.length) === 34 ? at + 2 + k.length : -1;
      else at = matchString(text, at, k);
      if (at === -1 || text.charCodeAt(at) !== 58 || text.charCodeAt(at + 1) !== 32) return -1;
      if ((at = this.matchValue(text, at + 2, (value as Record<string, unknown>)[k], info?.loc, inner)) === -1) return -1;
    }
    if (first) return text.charCodeAt(at) === 125 ? at + 1 : -1; // {}, just after its brace
    at = matchBreak(text, at, false, indent);
    return at !== -1 && text.charCodeAt(at) === 125 ? at + 1 : -1;
  }
}

// The matchers below compare short stretches code unit by code unit: a call into a string
// builtin costs more than the comparison itself for keys, numbers and indentation.

/** Matches an optional comma, then a line break and `indent` spaces; the position after them, or -1. */
function matchBreak(text: string, at: number, comma: boolean, indent: number): number {
  if (comma && text.charCodeAt(at++) !== 44) return -1;
  if (text.charCodeAt(at++) !== 10) return -1;
  for (const end = at + indent; at < end; at++) if (text.charCodeAt(at) !== 32) return -1;
  return text.charCodeAt(at) === 32 ? -1 : at;
}

/** Matches a number, boolean or null as JSON.stringify writes it. */
function matchScalar(text: string, at: number, value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    // Digits without a leading zero whose value is the number: exactly String(value).
    let n = 0;
    let p = at;
    for (let c = text.charCodeAt(p); c >= 48 && c <= 57; c = text.charCodeAt(++p)) n = n * 10 + (c - 48);
    const digits = p - at;
    return digits > 0 && n === value && (digits === 1 || text.charCodeAt(at) !== 48) ? p : -1;
  }
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'null') : String(value);
  return text.startsWith(s, at) ? at + s.length : -1;
}

const HEX = '0123456789abcdef';
const SHORT_ESCAPES: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114, 34: 34, 92: 92 };

/** Matches `\u` and four lowercase hex digits of a code unit, as JSON.stringify writes them. */
function matchUnicodeEscape(text: string, p: number, c: number): number {
  if (text.charCodeAt(p) !== 92 || text.charCodeAt(p + 1) !== 117) return -1;
  for (let k = 0; k < 4; k++) if (text.charCodeAt(p + 2 + k) !== HEX.charCodeAt((c >> (12 - 4 * k)) & 15)) return -1;
  return p + 6;
}

/**
 * Matches a string as JSON.stringify writes it: a quote and a backslash escaped with a
 * backslash, the control characters that have one as \b \t \n \f \r, the others and any
 * lone surrogate as \u with lowercase hex, everything else as it is. Compared code unit by
 * code unit, so that nothing is serialized.
 */
function matchString(text: string, at: number, s: string): number {
  if (text.charCodeAt(at) !== 34) return -1;
  let p = at + 1;
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c >= 0x20 && c !== 34 && c !== 92 && (c < 0xd800 || c > 0xdfff)) {
      if (text.charCodeAt(p++) !== c) return -1;
      continue;
    }
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) {
      if (text.charCodeAt(p) !== 92 || text.charCodeAt(p + 1) !== short) return -1;
      p += 2;
    } else if (c < 0x20) {
      if ((p = matchUnicodeEscape(text, p, c)) === -1) return -1;
    } else if (c <= 0xdbff && j + 1 < s.length && (s.charCodeAt(j + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is a character outside the Basic Multilingual Plane, written as it is.
      if (text.charCodeAt(p) !== c || text.charCodeAt(p + 1) !== s.charCodeAt(j + 1)) return -1;
      p += 2;
      j++;
    } else if ((p = matchUnicodeEscape(text, p, c)) === -1) return -1;
  }
  return text.charCodeAt(p) === 34 ? p + 1 : -1;
}

function get(v: unknown, dotted: string): unknown {
  // Most sort keys are one level deep: no split, no allocation.
  if (!dotted.includes('.')) return isObject(v) ? v[dotted] : undefined;
  return dotted.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v);
}

/**
 * A sort key as String() writes it, without calling anything in the value: in a record that
 * fails its schema a key can be an object with its own "toString", on which String() throws.
 */
function keyText(v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : keyText(x))).join(',');
  return typeof v === 'object' && v !== null ? '[object Object]' : String(v);
}

function compare(a: unknown, b: unknown, keys: string[]): number {
  for (const k of keys) {
    const x = get(a, k);
    const y = get(b, k);
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return keyText(x) < keyText(y) ? -1 : 1;
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
const canonical = new WeakMap<object, boolean>();

/** Whether a parsed file's text is its canonical text, decided once per file and shared by the rules. */
export function isCanonical(file: { text: string; value: unknown; kind: RecordKind; utf8?: true }): boolean {
  let yes = canonical.get(file);
  if (yes === undefined) {
    shared ??= new Canonicalizer();
    yes = shared.isCanonicalText(file.text, file.value, file.kind, file.utf8) || canonicalTextOf(file) === file.text;
    canonical.set(file, yes);
  }
  return yes;
}

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
