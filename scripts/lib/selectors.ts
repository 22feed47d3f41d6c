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

export function findSelectors(value: unknown, path: (string | number)[] = [], out: LocatedSelector[] = []): LocatedSelector[] {
  // One shared path, copied only where a selector is found: records hold thousands of nodes.
  if (isSelector(value)) out.push({ selector: value, path: [...path] });
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findSelectors(value[i], path, out);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const k in value) {
      path.push(k);
      findSelectors((value as Record<string, unknown>)[k], path, out);
      path.pop();
    }
  }
  return out;
}
