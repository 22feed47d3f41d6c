import type { Rule } from '../rule.ts';

/** The tree's folders are real folders: a symbolic link could lead outside the tree. */
const rule: Rule = {
  name: 'data-layout',
  description: 'The articles, entities and sources folders are real folders inside the data tree, never symbolic links.',
  check({ corpus, report }) {
    for (const p of corpus.layoutProblems) report({ file: { display: p.display }, message: p.message });
  },
};
export default rule;
