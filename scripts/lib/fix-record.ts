// What `npm run fix` does to one file: re-anchor selectors that drifted where the fix is
// certain, then write canonical form. It never changes what a record says.
import type { Canonicalizer } from './canonical.ts';
import { findSelectors } from './selectors.ts';
import type { SourceText } from '../api/text.cts';

export interface FixResult {
  /** The fixed file text. */
  text: string;
  /** What was changed, one line each (JSON pointer first). */
  changes: string[];
  /** What could not be fixed and needs a person, one line each. */
  unfixed: string[];
}

/**
 * Re-anchors every selector whose `exact` no longer matches its offsets but occurs exactly
 * once in the text; a selector whose text occurs twice or not at all is left alone and
 * reported. Mutates `record`.
 */
export function reanchor(record: unknown, text: SourceText): { changes: string[]; unfixed: string[] } {
  const changes: string[] = [];
  const unfixed: string[] = [];
  for (const { selector, path } of findSelectors(record)) {
    const { start, end, exact } = selector;
    if (start < end && end <= text.length && text.slice(start, end) === exact) continue;
    const pointer = '/' + path.join('/');
    const first = exact === '' ? -1 : text.text.indexOf(exact);
    if (first === -1) unfixed.push(`${pointer}: "${exact}" does not occur in the text; correct it by hand`);
    else if (text.text.indexOf(exact, first + 1) !== -1) unfixed.push(`${pointer}: "${exact}" occurs more than once; set its offsets by hand`);
    else {
      selector.start = text.codePoint(first);
      selector.end = selector.start + [...exact].length;
      changes.push(`${pointer}: re-anchored to [${selector.start}, ${selector.end})`);
    }
  }
  return { changes, unfixed };
}

/** Fixes one parsed record or entity; `source` is the article's text, for re-anchoring. */
export function fixRecord(value: unknown, kind: 'article' | 'entity', canonicalizer: Canonicalizer, original: string, source?: SourceText): FixResult {
  const copy = structuredClone(value);
  const { changes, unfixed } = source ? reanchor(copy, source) : { changes: [], unfixed: [] };
  const text = canonicalizer.text(copy, kind);
  if (text !== original) changes.push('rewritten in canonical form');
  return { text, changes, unfixed };
}
