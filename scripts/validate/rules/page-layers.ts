import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';

type Span = { start: number; end: number; exact: string };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Each layer holds only its own parts of the page. The headline, the date line that
 * `source.published` points at, and every counted mention belong to the story, so none of
 * them lies in boilerplate; and a span the record itself classes as a description of an
 * entity is not, at the same time, a wrong name of it.
 */
const rule: Rule = {
  name: 'page-layers',
  description: 'The headline, the date line and every mention lie outside boilerplate, and no "wrong-name" issue sits on a description mention.',
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      const boilerplateAt = (s: Span) => r.boilerplate.find((b) => overlaps(b.span, s));
      const story = (what: string, s: Span | null | undefined, path: (string | number)[]) => {
        const b = s && boilerplateAt(s);
        if (s && b) report({ file, path, message: `${what} "${s.exact}" lies in the ${b.kind} boilerplate "${b.span.exact}"; it belongs to the story: shrink the boilerplate span to the page's own words around it (a label such as "Newspaper headline: "), or correct the selector` });
      };
      story('the headline', r.source.headline, ['source', 'headline']);
      story('the date line', r.source.published?.text, ['source', 'published', 'text']);
      (r.segments ?? []).forEach((s, i) => story(`the headline of segment "${s.id}"`, s.headline, ['segments', i, 'headline']));
      r.entities.forEach((e, i) => e.mentions.forEach((m, j) => story(`the mention of "${e.entity}"`, m, ['entities', i, 'mentions', j])));
      r.sourceIssues.forEach((s, i) => {
        if (s.kind !== 'wrong-name') return;
        for (const e of r.entities) {
          const m = e.mentions.find((m) => m.form === 'description' && overlaps(m, s.target));
          if (m) report({ file, path: ['sourceIssues', i, 'kind'], message: `"${s.id}" calls "${s.target.exact}" a wrong name, but the record classes "${m.exact}" as a description of "${e.entity}"; a description names no one wrongly: choose the issue kind that fits, or the mention form` });
        }
      });
    }
  },
};
export default rule;
