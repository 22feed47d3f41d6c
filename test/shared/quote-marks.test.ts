// The quotation marks the quote-marks rule accounts for are found at their code-point
// offsets, as selectors count them, also after characters outside the Basic Multilingual
// Plane (one code point, two UTF-16 units).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTE_MARKS, findQuoteMarks } from '../../scripts/shared/quote-marks.ts';

/** The offsets by definition: walk the code points one by one. */
function byCodePoints(text: string): number[] {
  return [...text].flatMap((ch, cp) => (QUOTE_MARKS.has(ch) ? [cp] : []));
}

describe('findQuoteMarks', () => {
  it('gives the code-point offset of every double quotation mark', () => {
    const piece = fc.constantFrom('a', ' ', '\n', '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2019', "'", '\u{1F600}', '\u{20000}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(findQuoteMarks(text)).toEqual(byCodePoints(text));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('finds marks after an astral character at their code-point offsets, not their UTF-16 ones', () => {
    const text = '\u{1F600} said \u201Chello\u201D';
    expect(findQuoteMarks(text)).toEqual(byCodePoints(text));
    expect(findQuoteMarks(text)).not.toEqual([text.indexOf('\u201C'), text.indexOf('\u201D')]);
  });
});
