// Inspects a parsed JSON value without recursion, so that hostile input cannot overflow
// the stack: nesting depth, keys that name JavaScript prototype machinery, and strings
// that are not well-formed Unicode text. Recursive code (canonical form, fix) runs only
// on values this passes.
import { MAX_DEPTH } from './json-file.ts';

export interface UnsafeValue {
  kind: 'depth' | 'key' | 'string';
  path: (string | number)[];
  detail: string;
}

/** Keys that JavaScript treats specially; a record never needs them. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Control characters other than tab and line feed (a selector's exact may span lines).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_FINDINGS = 20;

export function inspectValue(root: unknown): UnsafeValue[] {
  const out: UnsafeValue[] = [];
  // Parallel arrays: the node, its parent's index and its key, to rebuild paths on demand.
  const values: unknown[] = [root];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [''];
  const depths: number[] = [0];
  const pathOf = (i: number) => {
    const p: (string | number)[] = [];
    for (let j = i; parents[j]! !== -1; j = parents[j]!) p.push(keys[j]!);
    return p.reverse();
  };
  for (let i = 0; i < values.length && out.length < MAX_FINDINGS; i++) {
    const v = values[i];
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) out.push({ kind: 'string', path: pathOf(i), detail: 'contains a lone surrogate (half of a UTF-16 pair), which is not text' });
      else if (CONTROL.test(v)) out.push({ kind: 'string', path: pathOf(i), detail: 'contains a control character (such as NUL) other than tab or line feed' });
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    const depth = depths[i]! + 1;
    if (depth > MAX_DEPTH) {
      out.push({ kind: 'depth', path: pathOf(i), detail: `is nested deeper than ${MAX_DEPTH} levels, far more than any record needs` });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, k) => [k, x]) : Object.entries(v);
    for (const [k, x] of entries) {
      if (typeof k === 'string' && FORBIDDEN_KEYS.has(k)) out.push({ kind: 'key', path: [...pathOf(i), k], detail: `"${k}" is not an allowed key: it names JavaScript prototype machinery` });
      values.push(x);
      parents.push(i);
      keys.push(k);
      depths.push(depth);
    }
  }
  return out.slice(0, MAX_FINDINGS);
}
