// The double quotation marks the completeness check accounts for. Single quotes are left
// out on purpose: the same character is the apostrophe in "Huawei’s".
export const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB']);

const MARK = /["\u00AB\u00BB\u201C-\u201F]/g;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Code-point offsets of every double quotation mark in a text. */
export function findQuoteMarks(text: string): number[] {
  // A native search finds the marks; only a text with astral characters needs its
  // offsets counted again in code points.
  const units = [...text.matchAll(MARK)].map((m) => m.index);
  if (!HIGH_SURROGATE.test(text)) return units;
  const out: number[] = [];
  let cp = 0;
  let i = 0;
  for (const unit of units) {
    for (; i < unit; i++, cp++) {
      const c = text.charCodeAt(i);
      // A surrogate pair (an astral character) is one code point.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < unit && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
    out.push(cp);
  }
  return out;
}

/** Marks that can open a quotation (the straight mark opens as well as closes). */
export const OPENING_MARKS = new Set(['"', '\u201C', '\u201E', '\u00AB']);
