import type { Rule } from '../rule.ts';
import { jsonFiles } from '../corpus.ts';
import { lineColumnOf, tooDeepAt } from '../json-file.ts';

/**
 * Hostile or broken values are refused before anything recursive touches them: nesting
 * deeper than any record needs, prototype-machinery keys (__proto__, constructor,
 * prototype), and strings that are not text (lone surrogates, control characters).
 */
const rule: Rule = {
  name: 'unsafe-values',
  description: 'No value nests deeper than 32 levels, uses a __proto__, constructor or prototype key, or holds a string that is not well-formed text.',
  check({ corpus, report }) {
    for (const file of jsonFiles(corpus)) {
      for (const u of file.unsafe) {
        const what = u.kind === 'key' ? 'remove the key' : u.kind === 'depth' ? 'remove the nesting' : 'replace the string with plain text';
        const message = `${u.kind === 'key' ? u.detail : `this value ${u.detail}`}; ${what}`;
        // Too deep for the position parser: place it where the text first nests too deep.
        if (u.kind === 'depth') report({ file: { display: file.display, lineColumn: lineColumnOf(file.text, tooDeepAt(file.text)) }, path: u.path, message });
        else report({ file, path: u.path, atKey: u.kind === 'key', message });
      }
    }
  },
};
export default rule;
