import type { Rule } from '../rule.ts';
import { jsonFiles } from '../corpus.ts';
import { canonicalTextOf, isCanonical } from '../canonical.ts';
import { duplicateKeys } from '../duplicate-keys.ts';
import { lineColumnOf } from '../json-file.ts';

/** Files are byte-for-byte what `npm run fix` writes, so diffs show only real changes. */
const rule: Rule = {
  name: 'canonical-form',
  description: 'Each record and entity file is in canonical form: schema key order, sorted unordered arrays, two-space indentation, final newline.',
  check({ corpus, report }) {
    for (const file of jsonFiles(corpus)) {
      // Unsafe values and duplicate keys are reported by their own rules; fix cannot help.
      if (file.syntaxErrors.length > 0 || file.unsafe.length > 0) continue;
      if (isCanonical(file) || duplicateKeys(file).length > 0) continue;
      const expected = canonicalTextOf(file);
      let i = 0;
      while (i < expected.length && expected[i] === file.text[i]) i++;
      const lineStart = file.text.lastIndexOf('\n', i - 1) + 1;
      const lineEnd = expected.indexOf('\n', lineStart);
      const want = expected.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
      report({
        file: { display: file.display, lineColumn: lineColumnOf(file.text, i) },
        message: `not in canonical form from here (expected: ${want.length > 60 ? want.slice(0, 57) + '...' : want}); run \`npm run fix\``,
      });
    }
  },
};
export default rule;
