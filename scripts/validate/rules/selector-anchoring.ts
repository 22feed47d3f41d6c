import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { pathOf, recordIndex } from '../record-index.ts';

function preview(s: string): string {
  const one = s.replace(/\n/g, '\\n');
  return one.length > 50 ? one.slice(0, 47) + '...' : one;
}

/** Every selector's `exact` is the text at its code-point offsets. */
const rule: Rule = {
  name: 'selector-anchoring',
  description: "Every selector's exact text equals the source text between its code-point offsets, and its prefix and suffix, where given, surround it.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const text = corpus.sources.get(file.name)?.text;
      // A missing or altered text is reported by source-integrity; anchoring against an
      // altered text would only repeat that error at every selector.
      if (!text || corpus.sources.get(file.name)?.sha256 !== file.record.source.sha256) continue;
      for (const found of recordIndex(file).selectors) {
        const { value: selector } = found;
        const { start, end, exact } = selector;
        if (end <= start) {
          report({ file, path: [...pathOf(found), 'end'], message: `end (${end}) must be greater than start (${start}); correct the offsets` });
          continue;
        }
        if (end > text.length) {
          report({ file, path: [...pathOf(found), 'end'], message: `end (${end}) is past the end of the text (${text.length} code points); correct the offsets, or run \`npm run fix\` to place it from its exact text` });
          continue;
        }
        const actual = text.slice(start, end);
        // The optional context must still sit where the span does (W3C TextQuoteSelector).
        const { prefix, suffix } = selector;
        if (prefix !== undefined) {
          const before = text.slice(Math.max(0, start - [...prefix].length), start);
          if (before !== prefix) report({ file, path: [...pathOf(found), 'prefix'], message: `prefix "${preview(prefix)}" is not the text just before the span, which is "${preview(before)}"; correct the prefix (or remove it)` });
        }
        if (suffix !== undefined) {
          const after = text.slice(end, Math.min(text.length, end + [...suffix].length));
          if (after !== suffix) report({ file, path: [...pathOf(found), 'suffix'], message: `suffix "${preview(suffix)}" is not the text just after the span, which is "${preview(after)}"; correct the suffix (or remove it)` });
        }
        if (actual !== exact) {
          const { line, column } = text.lineColumn(start);
          report({
            file,
            path: [...pathOf(found), 'exact'],
            message: `exact "${preview(exact)}" is not the text at [${start}, ${end}) (source line ${line}, column ${column}), which is "${preview(actual)}"; correct exact or the offsets, or run \`npm run fix\` to place it from its exact text (add a "prefix" or "suffix" where that text occurs more than once)`,
          });
        }
      }
    }
  },
};
export default rule;
