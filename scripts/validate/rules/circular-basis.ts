import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';

/**
 * A correction rests on something other than the words it corrects: a source read, or other
 * words of the text. A source issue whose only basis is text lying inside its own target
 * proves nothing (the target says what it says), so it is an error.
 */
const rule: Rule = {
  name: 'circular-basis',
  description: "A source issue's correction never rests only on the words of its own target: it needs a source read or other words of the text.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      file.record.sourceIssues.forEach((s, i) => {
        const basis = s.basis;
        if (!basis || basis.cite?.length || !basis.text?.length) return;
        const inside = basis.text.every((t) => t.start >= s.target.start && t.end <= s.target.end);
        if (inside) report({ file, path: ['sourceIssues', i, 'basis'], message: `the only basis of "${s.id}" is the words it corrects, which prove nothing; cite a source you read, or point at other words of the text that show the correction, or drop the correction (null) with a note` });
      });
    }
  },
};
export default rule;
