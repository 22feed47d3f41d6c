// Where a name stands in a text as a whole word: no letter or digit just before or after it.
// Shared by the rules that look for entities' names in texts and in other mentions.
const WORD = /[\p{L}\p{N}]/u;

/** Whether a code point is a letter or a digit; ASCII (nearly every case) without the regular expression. */
function isWord(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD.test(String.fromCodePoint(c));
}

/** True when the code point that ends just before `i` is a letter or a digit. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return isWord(text.codePointAt(at)!);
}
function wordAt(text: string, i: number): boolean {
  return i < text.length && isWord(text.codePointAt(i)!);
}

/**
 * UTF-16 indexes where `name` occurs as a whole word. A substring search with a check at
 * each end: one regular expression per name over every text cost more than the rule.
 */
export function wholeWords(text: string, name: string): number[] {
  const out: number[] = [];
  if (name === '') return out;
  // Like a global regular expression: the search goes on after the end of each match.
  for (let i = text.indexOf(name); i !== -1; ) {
    const whole = !wordBefore(text, i) && !wordAt(text, i + name.length);
    if (whole) out.push(i);
    i = text.indexOf(name, whole ? i + name.length : i + 1);
  }
  return out;
}
