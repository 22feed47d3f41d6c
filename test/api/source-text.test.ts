// Selectors count Unicode code points; JavaScript strings count UTF-16 units.
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../scripts/api/text.cts';

describe('SourceText', () => {
  const text = new SourceText('Acme 🚀 sells Huawei phones\nnext line');

  it('counts an astral character (an emoji) as one code point', () => {
    expect(text.text.length).toBe(37);
    expect(text.length).toBe(36);
  });

  it('slices by code points after a non-BMP character', () => {
    expect(text.slice(13, 19)).toBe('Huawei');
    expect(text.text.slice(13, 19)).not.toBe('Huawei');
  });

  it('converts between code points and UTF-16 units both ways', () => {
    const unit = text.text.indexOf('Huawei');
    expect(text.codePoint(unit)).toBe(13);
    expect(text.unit(13)).toBe(unit);
    expect(text.at(5)).toBe('🚀');
  });

  it('gives 1-based lines and code-point columns', () => {
    expect(text.lineColumn(13)).toEqual({ line: 1, column: 14 });
    expect(text.lineColumn(text.codePoint(text.text.indexOf('next')))).toEqual({ line: 2, column: 1 });
  });

  it('takes the fast path for a text without astral characters', () => {
    const plain = new SourceText('“curly” quotes are in the BMP');
    expect(plain.length).toBe(plain.text.length);
    expect(plain.slice(1, 6)).toBe('curly');
  });
});
