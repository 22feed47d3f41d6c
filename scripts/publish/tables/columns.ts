// The shape of an analysis table and the helpers that declare its columns. Each column names
// the JSON Schema property that describes it, or describes itself, so the Frictionless
// Table Schemas are derived, not retyped.
export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'array';
/** A cell: a list of strings for an `array` column, a YYYY-MM-DD string for a `date` column. */
export type Cell = string | number | boolean | null | string[];

export interface Column {
  name: string;
  type: FieldType;
  /** A schema location ("article.schema.json#/$defs/event/properties/type") or a description. */
  description: string;
  /** True when no row leaves it empty (the Table Schema's `required` constraint). */
  required: boolean;
}

export interface ForeignKey {
  fields: string[];
  resource: string;
  reference: string[];
}

export interface Table {
  name: string;
  title: string;
  columns: Column[];
  /** Always one column: a key that stays the same from release to release. */
  primaryKey: [string];
  foreignKeys: ForeignKey[];
  rows: Cell[][];
}

export const A = 'article.schema.json#/$defs/';
export const D = 'defs.schema.json#/$defs/';
export const E = 'entity.schema.json#/properties/';
export const R = 'event.schema.json#/';

export const col = (name: string, type: FieldType, description: string, required = false): Column => ({ name, type, description, required });
export const req = (name: string, type: FieldType, description: string): Column => col(name, type, description, true);
// Offsets are named start_offset and end_offset: END is a reserved word in SQL.
export const offsets = [req('start_offset', 'integer', `${D}selector/properties/start`), req('end_offset', 'integer', 'Offset just past the last code point of the span (end-exclusive); greater than start_offset.')];

/** A single-column key built from ids that never change once released (joined by "/"). */
export const keyOf = (...parts: (string | number)[]) => parts.join('/');
export const keyColumn = (name: string, made: string) => req(name, 'string', `The row's key, stable across releases: ${made}, joined by "/".`);

export const fk = (field: string, resource: string, reference = 'id'): ForeignKey => ({ fields: [field], resource, reference: [reference] });
