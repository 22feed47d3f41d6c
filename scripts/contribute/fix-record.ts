// What `npm run fix` does to one file: place every selector from its text where that is
// certain (offsets filled in, drifted offsets re-anchored, a quote's marks trimmed from its
// words), then write canonical form. It never changes what a record says: a selector it
// cannot place for certain is left as it is and reported with its candidates.
import { randomUUID } from 'node:crypto';
import type { Canonicalizer, RecordKind } from '../validate/canonical.ts';
import type { SourceText } from '../api/text.cts';
import { toPointer } from '../shared/problems.ts';
import { isAnchored, oneLine, placeSelector, trimQuoteMarks, type Candidate, type DraftSelector } from './place-selector.ts';

export interface Unplaced {
  pointer: string;
  reason: string;
  candidates: Candidate[];
}

/** An unplaced selector with the object it is, until its pointer in the written file is known. */
interface Left extends Unplaced {
  selector: DraftSelector;
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
  /** The list the selector is an entry of (the mentions of one entity, say), if any. */
  list: unknown[] | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object with a string `exact`: a selector, with or without its offsets yet; `at` is
 * where `record` stands in its file. */
function draftSelectors(record: unknown, at: (string | number)[]): Found[] {
  const out: Found[] = [];
  const quotes = isObject(record) && Array.isArray(record.quotes) ? record.quotes : [];
  const walk = (v: unknown, path: (string | number)[], list?: unknown[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], v));
    else if (isObject(v)) {
      if (typeof v.exact === 'string' && v.exact !== '') {
        const quote = path[0] === 'quotes' && (path[2] === 'content' || path[2] === 'continuation') ? quotes[path[1] as number] : undefined;
        out.push({ selector: v as unknown as DraftSelector, path, quoteWords: isObject(quote) && quote.kind !== 'indirect', list });
        return;
      }
      for (const k of Object.keys(v)) walk(v[k], [...path, k]);
    }
  };
  walk(record, at);
  return out;
}

/** Places the selectors of a parsed record (or of a part of a file, at `at`) in a text. Mutates `record`. */
export function placeSelectors(record: unknown, text: SourceText, at: (string | number)[] = []): { changes: string[]; unplaced: Left[] } {
  const changes: string[] = [];
  let unplaced: Left[] = [];
  let pending = draftSelectors(record, at);
  // Entries of one list name different places: a place another entry holds is not a
  // candidate. Placing one entry can so decide another, whatever their order: repeat
  // until a round places nothing more.
  for (let progress = true; progress && pending.length > 0; ) {
    const left = placeRound(pending, text, changes);
    progress = left.length < pending.length;
    pending = left.map((l) => l.found);
    unplaced = left.map((l) => ({ ...l.unplaced, selector: l.found.selector }));
  }
  return { changes, unplaced };
}

/** Where the other entries of a selector's list already stand. */
function takenBy(found: Found, text: SourceText): Set<number> {
  const taken = new Set<number>();
  for (const other of found.list ?? []) {
    if (other === found.selector || !isObject(other) || typeof other.exact !== 'string') continue;
    if (isAnchored(other as unknown as DraftSelector, text)) taken.add(other.start as number);
  }
  return taken;
}

function placeRound(pending: Found[], text: SourceText, changes: string[]): { found: Found; unplaced: Unplaced }[] {
  const left: { found: Found; unplaced: Unplaced }[] = [];
  for (const found of pending) {
    const { selector, path, quoteWords } = found;
    const pointer = toPointer(path);
    const trim = quoteWords ? trimQuoteMarks(selector.exact) : undefined;
    const shift = (v: unknown, by: number) => (Number.isInteger(v) ? (v as number) + by : undefined);
    const draft: DraftSelector = trim ? { ...selector, exact: trim.exact, start: shift(selector.start, trim.front), end: shift(selector.end, -trim.back) } : selector;
    const placement = isAnchored(draft, text) ? ({ kind: 'anchored' } as const) : placeSelector(draft, text, { afterMark: quoteWords, taken: takenBy(found, text) });
    if (placement.kind === 'missing' || placement.kind === 'ambiguous') {
      const reason = placement.kind === 'missing' ? placement.reason : `"${oneLine(draft.exact)}" occurs ${placement.candidates.length} times where no other entry of this list stands; add a "prefix" (the words just before it) or a "suffix" (just after it) to choose one`;
      left.push({ found, unplaced: { pointer, reason, candidates: placement.kind === 'ambiguous' ? placement.candidates : [] } });
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
  return left;
}

/** The selectors of every basis in an entity or registry event file, each placed in the text
 * of the article the basis names. */
function placeBasisSelectors(value: unknown, sourceOf: (articleId: string) => SourceText | undefined): { changes: string[]; unplaced: Left[] } {
  const out = { changes: [] as string[], unplaced: [] as Left[] };
  const visit = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (isObject(v)) {
      const text = typeof v.article === 'string' && Array.isArray(v.text) ? sourceOf(v.article) : undefined;
      // A basis whose article has no text here is left to the validator, which names it.
      if (text) {
        const placed = placeSelectors({ text: v.text }, text, path);
        out.changes.push(...placed.changes);
        out.unplaced.push(...placed.unplaced);
        return;
      }
      for (const k of Object.keys(v)) visit(v[k], [...path, k]);
    }
  };
  visit(value, []);
  return out;
}

/**
 * Fixes one parsed record, entity or registry event. `source` is an article's own text;
 * `sourceOf` gives the text of the article an entity's or registry event's basis names.
 */
export function fixRecord(value: unknown, kind: RecordKind, canonicalizer: Canonicalizer, original: string, source?: SourceText, sourceOf?: (articleId: string) => SourceText | undefined): FixResult {
  const copy = structuredClone(value);
  const none = { changes: [], unplaced: [] };
  const placed = kind === 'article' ? (source ? placeSelectors(copy, source) : none) : sourceOf ? placeBasisSelectors(copy, sourceOf) : none;
  // Canonical order can move an entry within its list: tag each unplaced selector, so that
  // the pointer reported is the one it has in the file written.
  placed.unplaced.forEach((u, i) => ((u.selector as unknown as Record<string, unknown>)[TAG] = i));
  const canonical = canonicalizer.value(copy, kind);
  const unplaced = [...placed.unplaced];
  for (const { value: tagged, path } of tagged_(canonical)) {
    const i = tagged[TAG] as number;
    delete tagged[TAG];
    unplaced[i] = { ...unplaced[i]!, pointer: toPointer(path) };
  }
  const text = JSON.stringify(canonical, null, 2) + '\n';
  const changes = [...placed.changes];
  if (text !== original) changes.push('rewritten in canonical form');
  return { text, changes, unplaced: unplaced.map(({ pointer, reason, candidates }) => ({ pointer, reason, candidates })) };
}

/** A key no record has (new each run), for tagging values in flight. */
const TAG = `\u0000unplaced-${randomUUID()}`;

function tagged_(v: unknown, path: (string | number)[] = [], out: { value: Record<string, unknown>; path: (string | number)[] }[] = []) {
  if (Array.isArray(v)) v.forEach((x, i) => tagged_(x, [...path, i], out));
  else if (isObject(v)) {
    if (Object.hasOwn(v, TAG)) out.push({ value: v, path });
    for (const k of Object.keys(v)) if (k !== TAG) tagged_(v[k], [...path, k], out);
  }
  return out;
}
