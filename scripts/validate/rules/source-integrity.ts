import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { displayPath } from '../../shared/paths.ts';
import path from 'node:path';

/** The source text exists and has the sha256 and length the record pins. */
const rule: Rule = {
  name: 'source-integrity',
  description: "Each record's source text exists, is UTF-8, and matches the record's sha256 and code-point length.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const src = corpus.sources.get(file.name);
      if (!src || src.problem) {
        report({ file, path: ['source'], message: src?.problem ?? `the source text of "${file.name}" is missing; add data/sources/${file.name}.txt` });
        continue;
      }
      const { sha256, length } = file.record.source;
      if (src.sha256 !== sha256) {
        report({
          file,
          path: ['source', 'sha256'],
          message: `${src.display} has sha256 ${src.sha256}, not the pinned ${sha256}; a source text is never edited: restore the original bytes (git checkout -- ${src.display} once it is committed, or copy the original file back); if this record was written for another text, add that text with npm run new`,
        });
      }
      if (src.text && src.text.length !== length) {
        report({ file, path: ['source', 'length'], message: `${src.display} has ${src.text.length} code points, not the pinned ${length}; restore the original text (git checkout -- ${src.display} once it is committed, or copy the original file back)` });
      }
    }
    if (!corpus.complete) return;
    for (const id of corpus.sourceIds) {
      if (!corpus.articleIds.has(id)) {
        const shown = displayPath(path.join(corpus.dataDir, 'sources', id + '.txt'));
        report({ file: { display: shown }, severity: 'warning', message: `no record uses this source text; add data/articles/${id}.json or remove the text` });
      }
    }
  },
};
export default rule;
