// Duplicate keys in one JSON object: JSON.parse silently keeps the last, so a record could
// say two things and show one. A file in canonical form cannot have any (the canonical
// text is re-serialized from the parsed value), so only other files pay for the search.
import type { RecordKind } from './canonical.ts';
import type { Node } from 'jsonc-parser';
import { treeOf, type JsonFile } from './json-file.ts';
import { isCanonical } from './canonical.ts';

export interface DuplicateKey {
  key: string;
  /** UTF-16 offsets of the first and the repeated key. */
  first: number;
  repeat: number;
}

const found = new WeakMap<object, DuplicateKey[]>();

export function duplicateKeys(file: JsonFile & { kind: RecordKind }): DuplicateKey[] {
  if (file.syntaxErrors.length > 0) return [];
  const cached = found.get(file);
  if (cached) return cached;
  const out: DuplicateKey[] = [];
  if (!isCanonical(file)) {
    const stack: Node[] = [treeOf(file)!];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'object') {
        const seen = new Map<string, number>();
        for (const prop of node.children ?? []) {
          const keyNode = prop.children?.[0];
          if (!keyNode) continue;
          const key = String(keyNode.value);
          const first = seen.get(key);
          if (first === undefined) seen.set(key, keyNode.offset);
          else out.push({ key, first, repeat: keyNode.offset });
        }
      }
      for (const child of node.children ?? []) stack.push(child);
    }
  }
  out.sort((a, b) => a.repeat - b.repeat);
  found.set(file, out);
  return out;
}
