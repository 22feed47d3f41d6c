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
  if (isSelector(value)) out.push({ selector: value, path });
  else if (Array.isArray(value)) value.forEach((v, i) => findSelectors(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) findSelectors(v, [...path, k], out);
  }
  return out;
}
