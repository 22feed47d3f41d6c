// Finds every selector in a record: any object with numeric start and end and a string
// exact. Walking the value (not a list of known fields) means a new field that holds a
// selector is checked without touching the rules.
import type { Selector } from '../../types/index.d.ts';

export interface LocatedSelector {
  selector: Selector;
  path: (string | number)[];
}

export function isSelector(v: unknown): v is Selector {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.exact === 'string';
}

/**
 * Calls `visit` for every selector, with its path. The path is shared and changes as the
 * walk goes on: copy it to keep it. Records hold thousands of nodes and hundreds of
 * selectors, and only a selector with a problem needs its path kept.
 */
export function forEachSelector(value: unknown, visit: (selector: Selector, path: readonly (string | number)[]) => void, path: (string | number)[] = []): void {
  if (isSelector(value)) visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      forEachSelector(value[i], visit, path);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const k in value) {
      path.push(k);
      forEachSelector((value as Record<string, unknown>)[k], visit, path);
      path.pop();
    }
  }
}

export function findSelectors(value: unknown): LocatedSelector[] {
  const out: LocatedSelector[] = [];
  forEachSelector(value, (selector, path) => out.push({ selector, path: [...path] }));
  return out;
}
