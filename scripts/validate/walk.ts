// A depth-first walk over every object and array in a parsed record, with one shared path
// that is copied only where a caller keeps it: records hold thousands of nodes, and only a
// few of them (a selector with a problem, a basis) need their path kept.

export type Path = (string | number)[];

/**
 * Calls `visit` for every object and array in `value` (the value itself included), with its
 * path. The path changes as the walk goes on: copy it to keep it. `visit` returns true to
 * skip what lies inside the node.
 */
export function walk(value: unknown, visit: (node: object, path: readonly (string | number)[]) => boolean | void, path: Path = []): void {
  if (typeof value !== 'object' || value === null || visit(value, path)) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], visit, path);
      path.pop();
    }
  } else {
    for (const k in value) {
      path.push(k);
      walk((value as Record<string, unknown>)[k], visit, path);
      path.pop();
    }
  }
}
