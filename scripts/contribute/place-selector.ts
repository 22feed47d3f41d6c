// Places a selector in its source text from what a contributor wrote: its `exact` text,
// optionally narrowed by a `prefix` and `suffix` (the W3C TextQuoteSelector). Offsets are
// code points. Nothing is guessed: a text that occurs more than once, with no context to
// decide, yields every candidate with where it is, and the selector is left alone.
import type { SourceText } from '../api/text.cts';
import { QUOTE_MARKS } from '../shared/quote-marks.ts';

/** A selector as a contributor may write it: offsets optional, context optional. */
export interface DraftSelector {
  start?: unknown;
  end?: unknown;
  exact: string;
  prefix?: unknown;
  suffix?: unknown;
}

export interface Candidate {
  start: number;
  end: number;
  line: number;
  column: number;
  /** The words around the candidate, on one line, with the span in [brackets]. */
  context: string;
  /** A prefix that picks this candidate alone, when a few words before it are enough. */
  prefix: string | undefined;
}

export type Placement =
  | { kind: 'anchored' }
  | { kind: 'placed'; start: number; end: number; line: number; column: number }
  | { kind: 'missing'; reason: string }
  | { kind: 'ambiguous'; candidates: Candidate[] };

/** One line, with line breaks and tabs shown as escapes, as in a JSON string. */
export function oneLine(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

const codePoints = (s: string) => [...s].length;

/** True when the selector's offsets already hold its exact text and its context. */
export function isAnchored(s: DraftSelector, text: SourceText): boolean {
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  const [a, b] = [start as number, end as number];
  if (a < 0 || b <= a || b > text.length || text.slice(a, b) !== s.exact) return false;
  return contextFits(s, text, a, b);
}

function contextFits(s: DraftSelector, text: SourceText, start: number, end: number): boolean {
  if (typeof s.prefix === 'string' && text.slice(Math.max(0, start - codePoints(s.prefix)), start) !== s.prefix) return false;
  if (typeof s.suffix === 'string' && text.slice(end, Math.min(text.length, end + codePoints(s.suffix))) !== s.suffix) return false;
  return true;
}

/** Code-point starts of every occurrence of `exact` in the text. */
function occurrences(exact: string, text: SourceText): number[] {
  const out: number[] = [];
  for (let i = text.text.indexOf(exact); i !== -1; i = text.text.indexOf(exact, i + 1)) out.push(text.codePoint(i));
  return out;
}

/** The shortest run of whole words before `start` that no other candidate shares. */
function distinguishingPrefix(text: SourceText, start: number, others: number[]): string | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  // Cut points: just after each space or line break, nearest first.
  for (let i = before.length - 1; i >= 0; i--) {
    if (i !== 0 && !/\s/.test(before[i - 1]!)) continue;
    const prefix = before.slice(i);
    if (prefix.trim() === '') continue;
    const n = codePoints(prefix);
    if (others.every((o) => text.slice(Math.max(0, o - n), o) !== prefix)) return prefix;
  }
  return undefined;
}

function describe(text: SourceText, start: number, end: number, others: number[]): Candidate {
  const { line, column } = text.lineColumn(start);
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, Math.min(text.length, end + 30));
  const context = `…${oneLine(before)}[${oneLine(text.slice(start, end))}]${oneLine(after)}…`;
  return { start, end, line, column, context, prefix: distinguishingPrefix(text, start, others) };
}

export interface PlaceOptions {
  /** Only a span just after an opening quotation mark will do (a direct or partial quote's words). */
  afterMark?: boolean;
  /** Code-point starts already held by another selector of the same list, which names a place once. */
  taken?: ReadonlySet<number>;
}

/** Where a selector belongs in the text, or why that cannot be decided. */
export function placeSelector(s: DraftSelector, text: SourceText, options: PlaceOptions = {}): Placement {
  // Offsets that already hold the text are the contributor's choice: never moved.
  if (isAnchored(s, text)) return { kind: 'anchored' };
  const length = codePoints(s.exact);
  const all = occurrences(s.exact, text);
  if (all.length === 0) return { kind: 'missing', reason: `"${oneLine(s.exact)}" does not occur in the text; correct exact, character for character` };
  let fits = all.filter((start) => contextFits(s, text, start, start + length));
  if (fits.length === 0) return { kind: 'missing', reason: `"${oneLine(s.exact)}" occurs in the text, but never with the given prefix or suffix; correct them, or remove them` };
  if (options.afterMark) {
    fits = fits.filter((start) => QUOTE_MARKS.has(text.at(start - 1)));
    if (fits.length === 0) return { kind: 'missing', reason: `"${oneLine(s.exact)}" never stands just after an opening quotation mark, as a quote's words must; give the words inside the marks, or make the quote indirect` };
  }
  if (options.taken && options.taken.size > 0) {
    const free = fits.filter((start) => !options.taken!.has(start));
    if (free.length === 0) return { kind: 'missing', reason: `every place where "${oneLine(s.exact)}" occurs${fits.length < all.length ? ' with the given prefix or suffix' : ''} is already held by another entry of the same list; remove this entry, or correct it` };
    fits = free;
  }
  if (fits.length === 1) {
    const start = fits[0]!;
    return { kind: 'placed', start, end: start + length, ...text.lineColumn(start) };
  }
  return { kind: 'ambiguous', candidates: fits.map((start) => describe(text, start, start + length, fits.filter((o) => o !== start))) };
}

/**
 * A quote's words written with their quotation marks: the words inside them. Returns the
 * trimmed text and how many code points went from each end, or undefined when there is
 * nothing to trim (a mark doubled at an end is a nested quotation and is left alone).
 */
export function trimQuoteMarks(exact: string): { exact: string; front: number; back: number } | undefined {
  const cps = [...exact];
  let front = 0;
  let back = 0;
  if (cps.length > 1 && QUOTE_MARKS.has(cps[0]!) && !QUOTE_MARKS.has(cps[1]!)) front = 1;
  if (cps.length - front > 1 && QUOTE_MARKS.has(cps[cps.length - 1]!) && !QUOTE_MARKS.has(cps[cps.length - 2]!)) back = 1;
  if (front === 0 && back === 0) return undefined;
  const inner = cps.slice(front, cps.length - back).join('');
  return inner.trim() === '' ? undefined : { exact: inner, front, back };
}
