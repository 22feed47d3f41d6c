import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { dateSpan } from '../../api/dates.cts';

/**
 * A relative date ("on Tuesday", "this year") is resolved against the day the words were
 * written, which is the publication date unless the record says otherwise. An anchor outside
 * the publication range is either a slip or a deliberate choice (a stitched-in report of an
 * earlier day), and only a note can tell which: a warning where there is none.
 */
const rule: Rule = {
  name: 'relative-anchors',
  description: "Warns where a relative date's anchor lies outside the article's publication range and no note says why.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      const published = r.source.published ? dateSpan(r.source.published.value) : undefined;
      if (!published) continue;
      r.events.forEach((e, i) => e.dates.forEach((d, j) => {
        if (d.resolution !== 'relative' || !d.anchor || d.note) return;
        const anchor = dateSpan(d.anchor);
        if (!anchor || (published[0] <= anchor[0] && anchor[1] <= published[1])) return;
        report({ file, path: ['events', i, 'dates', j, 'anchor'], severity: 'warning', message: `"${e.id}" resolves "${d.text?.exact ?? d.value}" against ${d.anchor}, outside the publication range ${r.source.published!.value}; anchor it at the publication date, or add a note to the date saying why the words were written on another day` });
      }));
    }
  },
};
export default rule;
