// A source text addressed in Unicode code points, as selectors are. JavaScript strings
// count UTF-16 units, so offsets are converted here; a text without astral characters
// (the usual case) takes the fast path where both counts agree. Shared by the published
// API and the validator, so both read selectors the same way.
const SURROGATE = /[\uD800-\uDFFF]/;

export class SourceText {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 index of each code point, or null when every code point is one unit. */
  private readonly unitIndex: Uint32Array | null;

  constructor(text: string) {
    this.text = text;
    let astral = 0;
    // A text without surrogates (nearly every one) needs no scan: a native search says so.
    const scan = SURROGATE.test(text) ? text.length : 0;
    for (let i = 0; i < scan; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral++;
          i++;
        }
      }
    }
    this.length = text.length - astral;
    if (astral === 0) {
      this.unitIndex = null;
      return;
    }
    const index = new Uint32Array(this.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; cp++) {
      index[cp] = i;
      const c = text.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
    }
    index[this.length] = text.length;
    this.unitIndex = index;
  }

  /** UTF-16 index of a code-point offset (0..length). */
  unit(cp: number): number {
    return this.unitIndex ? this.unitIndex[cp]! : cp;
  }

  /** Code-point offset of a UTF-16 index that starts a code point. */
  codePoint(unit: number): number {
    if (!this.unitIndex) return unit;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.unitIndex[mid]! < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The text between two code-point offsets; the caller keeps them within 0..length. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }

  /** The code point at a code-point offset, or '' past the end. */
  at(cp: number): string {
    return cp >= 0 && cp < this.length ? String.fromCodePoint(this.text.codePointAt(this.unit(cp))!) : '';
  }

  /** 1-based line and column (in code points) of a code-point offset, for messages. */
  lineColumn(cp: number): { line: number; column: number } {
    const before = this.slice(0, Math.min(cp, this.length));
    const lastBreak = before.lastIndexOf('\n');
    const line = before.split('\n').length;
    return { line, column: [...before.slice(lastBreak + 1)].length + 1 };
  }
}
