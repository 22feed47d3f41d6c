// The double quotation marks the completeness check accounts for. Single quotes are left
// out on purpose: the same character is the apostrophe in "Huawei’s".
export const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB']);

/** Code-point offsets of every double quotation mark in a text. */
export function findQuoteMarks(text: string): number[] {
  const out: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f)) out.push(cp);
    else if (c >= 0xd800 && c <= 0xdbff) i++; // an astral character is one code point
  }
  return out;
}

/** Marks that can open a quotation (the straight mark opens as well as closes). */
export const OPENING_MARKS = new Set(['"', '\u201C', '\u201E', '\u00AB']);
