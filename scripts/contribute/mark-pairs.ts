// Pairs the quotation marks of a text for a draft record: “ … ”, « … », „ … “ and
// straight " … " in turn. A mark left without a partner stays a pair of one, so that it
// is listed too.
import { OPENING_MARKS, QUOTE_MARKS } from '../shared/quote-marks.ts';
import type { SourceText } from '../api/text.cts';


const CLOSERS = new Set(['\u201D', '\u00BB', '\u201F']);

/** Spans from each opening mark to its closing mark (both included), in text order. */
export function pairQuoteMarks(text: SourceText): { start: number; end: number }[] {
  const pairs: { start: number; end: number }[] = [];
  let open: number | undefined;
  let cp = 0;
  for (const ch of text.text) {
    if (QUOTE_MARKS.has(ch)) {
      const closes = open !== undefined && (CLOSERS.has(ch) || ch === '"' || (ch === '\u201C' && text.at(open) === '\u201E'));
      if (closes) {
        pairs.push({ start: open!, end: cp + 1 });
        open = undefined;
      } else if (OPENING_MARKS.has(ch)) {
        if (open !== undefined) pairs.push({ start: open, end: open + 1 });
        open = cp;
      } else pairs.push({ start: cp, end: cp + 1 });
    }
    cp++;
  }
  if (open !== undefined) pairs.push({ start: open, end: open + 1 });
  return pairs.sort((a, b) => a.start - b.start);
}
