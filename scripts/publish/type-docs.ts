// Finishes the generated declarations for a reader on hover: every property is documented,
// those whose type is a named type included (the generator documents the type, not the
// property, and drops the property's own description), and the generator's "This interface
// was referenced by ..." lines, which say nothing to a user, are removed.
import type { JsonSchema } from '../shared/schemas.ts';

/** Descriptions of properties whose schema is a `$ref` with a description beside it, by type and property. */
export function refPropertyDocs(types: Record<string, JsonSchema>): Map<string, Map<string, string>> {
  const docs = new Map<string, Map<string, string>>();
  for (const [typeName, schema] of Object.entries(types)) {
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [prop, p] of Object.entries(props)) {
      if (typeof p.$ref !== 'string' || typeof p.description !== 'string') continue;
      if (!docs.has(typeName)) docs.set(typeName, new Map());
      docs.get(typeName)!.set(prop, p.description);
    }
  }
  return docs;
}

const REFERENCED = /\n \*\n \* This (?:interface|type) was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\.(?=\n \*\/)/g;
// A doc comment left with nothing in it once those lines are gone.
const EMPTY = /\/\*\*\n \* This (?:interface|type) was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\.\n \*\/\n/g;

/** The generated text with the generator's reference lines removed and every named-type property documented. */
export function finishDocs(text: string, docs: Map<string, Map<string, string>>): string {
  const lines = text.replace(EMPTY, '').replace(REFERENCED, '').split('\n');
  const out: string[] = [];
  let current: string | undefined;
  for (const line of lines) {
    const open = /^export interface (\w+) \{$/.exec(line);
    if (open) current = open[1];
    else if (line === '}') current = undefined;
    const prop = current && /^ {2}(\w+)\??: /.exec(line);
    const doc = prop ? docs.get(current!)?.get(prop[1]!) : undefined;
    // Only where the generator wrote no comment of its own just above.
    if (doc && !out.at(-1)?.trimEnd().endsWith('*/')) out.push('  /**', ...doc.split('\n').map((l) => `   * ${l}`.trimEnd()), '   */');
    out.push(line);
  }
  return out.join('\n');
}
