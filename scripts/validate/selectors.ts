// Finds every selector in a record: any object with numeric start and end and a string
// exact. Walking the value (not a list of known fields) means a new field that holds a
// selector is checked without touching the rules.
import type { Selector } from '../../types/index.d.ts';
import { walk } from './walk.ts';

export interface LocatedSelector {
  selector: Selector;
  path: (string | number)[];
}

export function isSelector(v: unknown): v is Selector {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.exact === 'string';
}

/** Calls `visit` for every selector, with its path (shared, as in walk.ts: copy it to keep it). */
export function forEachSelector(value: unknown, visit: (selector: Selector, path: readonly (string | number)[]) => void): void {
  walk(value, (node, path) => {
    if (!isSelector(node)) return false;
    visit(node, path);
    return true;
  });
}

export function findSelectors(value: unknown): LocatedSelector[] {
  const out: LocatedSelector[] = [];
  forEachSelector(value, (selector, path) => out.push({ selector, path: [...path] }));
  return out;
}
