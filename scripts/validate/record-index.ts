// One walk over a parsed record that finds, for every rule that needs them, its selectors,
// its bases and its notes: three rules each walked every record on their own, where one walk
// does. The index is built when a rule first asks, and kept on the record file.
import type { Selector } from '../../types/index.d.ts';

/** A path into a record: keys and array indexes. */
export type Path = (string | number)[];

export interface Located<T> {
  value: T;
  /** Where it is in the record. The path of its parent is shared by its siblings (one copy
   * per parent, not per selector: a record has hundreds of selectors, and few are reported). */
  parent: readonly (string | number)[];
  key: string | number;
}

/** The full path of something found by the index. */
export function pathOf(found: Located<unknown>): Path {
  return [...found.parent, found.key];
}

export interface Basis {
  cite?: string[];
  text?: { start: number; end: number; exact: string }[];
  article?: string;
}

export interface RecordIndex {
  /** Every selector: any object with numeric start and end and a string exact, wherever it is. */
  selectors: Located<Selector>[];
  /** Every object under a key that names a basis (not one inside another). */
  bases: Located<Basis>[];
  /** Every string under "note" or "explanation", outside the review and outside selectors. */
  notes: Located<string>[];
}

// Compared as strings, not looked up in a set: the walk asks at every property of a record.
const isBasisKey = (k: string) => k === 'basis' || k === 'urlBasis' || k === 'wikidataBasis';
const isNoteKey = (k: string) => k === 'note' || k === 'explanation';

/** Any object with numeric start and end and a string exact: a selector, wherever it stands. */
function isSelector(v: unknown): v is Selector {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.exact === 'string';
}

/**
 * The index of a record file's record, built on first use and kept on the file (records are
 * never changed in a run; a WeakMap of every record cost the garbage collector more).
 */
export function recordIndex(file: { record: object; index?: RecordIndex }): RecordIndex {
  return (file.index ??= buildIndex(file.record));
}

/** The index of a value as it is now, not kept: for a value that is being changed. */
export function buildIndex(value: unknown): RecordIndex {
  const index: RecordIndex = { selectors: [], bases: [], notes: [] };
  if (typeof value === 'object' && value !== null) visit(value, [], index, false, true);
  return index;
}

/**
 * The walk, with what each rule's own walk did: selectors end the descent (nothing in one is
 * a selector, basis or note); a basis is kept, and its selectors are found, but a basis
 * inside it is not; notes are kept outside the review (whose history is checked apart) and
 * outside anything with an `exact`, such as a selector not yet placed.
 */
function visit(node: object, path: Path, index: RecordIndex, inBasis: boolean, notes: boolean): void {
  // This node's path, copied once for all its children that are kept.
  let here: readonly (string | number)[] | undefined;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const v: unknown = node[i];
      if (typeof v !== 'object' || v === null) continue;
      if (isSelector(v)) index.selectors.push({ value: v, parent: (here ??= [...path]), key: i });
      else {
        path.push(i);
        visit(v, path, index, inBasis, notes);
        path.pop();
      }
    }
    return;
  }
  const withNotes = notes && !(path.length === 1 && path[0] === 'review') && !('exact' in node);
  for (const k in node) {
    const v = (node as Record<string, unknown>)[k];
    if (typeof v !== 'object' || v === null) {
      if (withNotes && typeof v === 'string' && isNoteKey(k)) index.notes.push({ value: v, parent: (here ??= [...path]), key: k });
      continue;
    }
    const basis = !inBasis && isBasisKey(k);
    if (basis) index.bases.push({ value: v as Basis, parent: (here ??= [...path]), key: k });
    if (isSelector(v)) index.selectors.push({ value: v, parent: (here ??= [...path]), key: k });
    else {
      path.push(k);
      visit(v, path, index, inBasis || basis, withNotes);
      path.pop();
    }
  }
}
