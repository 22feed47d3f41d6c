// The double quotation marks the completeness check accounts for. Single quotes are left
// out on purpose: the same character is the apostrophe in "Huawei’s".
export const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB']);

/** Code-point offsets of every double quotation mark in a text. */
export function findQuoteMarks(text: string): number[] {
  const out: number[] = [];
  let cp = 0;
  for (const ch of text) {
    if (QUOTE_MARKS.has(ch)) out.push(cp);
    cp++;
  }
  return out;
}
