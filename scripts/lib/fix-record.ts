// What `npm run fix` does to one file: place every selector from its text where that is
// certain (offsets filled in, drifted offsets re-anchored, a quote's marks trimmed from its
// words), then write canonical form. It never changes what a record says: a selector it
// cannot place for certain is left as it is and reported with its candidates.
import type { Canonicalizer } from './canonical.ts';
import type { SourceText } from '../api/text.cts';
import { toPointer } from './problems.ts';
import { oneLine, placeSelector, trimQuoteMarks, type Candidate, type DraftSelector } from './place-selector.ts';

export interface Unplaced {
  pointer: string;
  reason: string;
  candidates: Candidate[];
}

export interface FixResult {
  /** The fixed file text. */
  text: string;
  /** What was changed, one line each (JSON pointer first). */
  changes: string[];
  /** Selectors that could not be placed for certain, with their candidates. */
  unplaced: Unplaced[];
}

interface Found {
  selector: DraftSelector;
  path: (string | number)[];
  /** A direct or partial quote's words: they sit just inside quotation marks. */
  quoteWords: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object with a string `exact`: a selector, with or without its offsets yet. */
function draftSelectors(record: unknown): Found[] {
  const out: Found[] = [];
  const quotes = isObject(record) && Array.isArray(record.quotes) ? record.quotes : [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (isObject(v)) {
      if (typeof v.exact === 'string' && v.exact !== '') {
        const quote = path[0] === 'quotes' && (path[2] === 'content' || path[2] === 'continuation') ? quotes[path[1] as number] : undefined;
        out.push({ selector: v as unknown as DraftSelector, path, quoteWords: isObject(quote) && quote.kind !== 'indirect' });
        return;
      }
      for (const k of Object.keys(v)) walk(v[k], [...path, k]);
    }
  };
  walk(record, []);
  return out;
}

/** Places the selectors of a parsed record in its text. Mutates `record`. */
export function placeSelectors(record: unknown, text: SourceText): { changes: string[]; unplaced: Unplaced[] } {
  const changes: string[] = [];
  const unplaced: Unplaced[] = [];
  for (const { selector, path, quoteWords } of draftSelectors(record)) {
    const pointer = toPointer(path);
    const trim = quoteWords ? trimQuoteMarks(selector.exact) : undefined;
    const shift = (v: unknown, by: number) => (Number.isInteger(v) ? (v as number) + by : undefined);
    const draft: DraftSelector = trim ? { ...selector, exact: trim.exact, start: shift(selector.start, trim.front), end: shift(selector.end, -trim.back) } : selector;
    const placement = placeSelector(draft, text, { afterMark: quoteWords });
    if (placement.kind === 'missing' || placement.kind === 'ambiguous') {
      const reason = placement.kind === 'missing' ? placement.reason : `"${oneLine(draft.exact)}" occurs ${placement.candidates.length} times; add a "prefix" (the words just before it) or a "suffix" (just after it) to choose one`;
      unplaced.push({ pointer, reason, candidates: placement.kind === 'ambiguous' ? placement.candidates : [] });
      continue;
    }
    const target = selector as unknown as Record<string, unknown>;
    if (trim) {
      target.exact = draft.exact;
      changes.push(`${pointer}: trimmed the quotation marks from the quote's words: "${oneLine(draft.exact).slice(0, 60)}"`);
    }
    const [start, end] = placement.kind === 'placed' ? [placement.start, placement.end] : [draft.start, draft.end];
    if (target.start !== start || target.end !== end) {
      const where = placement.kind === 'placed' ? ` (source line ${placement.line}, column ${placement.column})` : '';
      const verb = Number.isInteger(target.start) && Number.isInteger(target.end) ? 're-anchored' : 'placed';
      target.start = start;
      target.end = end;
      changes.push(`${pointer}: ${verb} "${oneLine(draft.exact).slice(0, 40)}" at [${start}, ${end})${where}`);
    }
  }
  return { changes, unplaced };
}

/** Fixes one parsed record or entity; `source` is the article's text, for placing selectors. */
export function fixRecord(value: unknown, kind: 'article' | 'entity', canonicalizer: Canonicalizer, original: string, source?: SourceText): FixResult {
  // Canonical order first, so that the pointers reported for unplaced selectors are those
  // of the file written (an array that holds one is not re-sorted: see canonical.ts).
  const copy = JSON.parse(canonicalizer.text(value, kind)) as unknown;
  const { changes, unplaced } = source ? placeSelectors(copy, source) : { changes: [], unplaced: [] };
  const text = canonicalizer.text(copy, kind);
  if (text !== original) changes.push('rewritten in canonical form');
  return { text, changes, unplaced };
}
