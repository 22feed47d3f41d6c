import type { Rule } from '../rule.ts';
import { jsonFiles } from '../corpus.ts';
import { lineColumnOf } from '../json-file.ts';

/** Every record and entity file can be read as UTF-8 and parsed as JSON. */
const rule: Rule = {
  name: 'json-syntax',
  description: 'Record and entity files are readable UTF-8 JSON without comments or trailing commas.',
  check({ corpus, report }) {
    for (const file of jsonFiles(corpus)) {
      // Only the first syntax error: the ones after it mostly follow from it.
      for (const e of file.syntaxErrors.slice(0, 1)) {
        report({ file: { display: file.display, lineColumn: lineColumnOf(file.text, e.offset) }, message: `${e.message}; correct the JSON at this position` });
      }
    }
  },
};
export default rule;
