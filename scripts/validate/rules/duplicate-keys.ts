// The rule that reports a key given twice in one object; the search itself is ../duplicate-keys.ts,
// which `npm run fix` uses too, to leave such a file alone.
import type { Rule } from '../rule.ts';
import { jsonFiles } from '../corpus.ts';
import { duplicateKeys } from '../duplicate-keys.ts';
import { lineColumnOf } from '../json-file.ts';

/** No object repeats a key: JSON.parse would silently keep only the last value. */
const rule: Rule = {
  name: 'duplicate-keys',
  description: 'No JSON object has the same key twice (JSON.parse would keep only the last value, silently).',
  check({ corpus, report }) {
    for (const file of jsonFiles(corpus)) {
      if (file.unsafe.some((u) => u.kind === 'depth')) continue;
      for (const d of duplicateKeys(file)) {
        const first = lineColumnOf(file.text, d.first);
        report({
          file: { display: file.display, lineColumn: lineColumnOf(file.text, d.repeat) },
          message: `key "${d.key}" appears twice in one object (first at line ${first.line}, column ${first.column}), and JSON keeps only the last value; remove one of them`,
        });
      }
    }
  },
};
export default rule;
