import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';

/**
 * A text that carries several articles is cut into segments that do not overlap, with one
 * main article; a segment's headline lies inside it; and every event's evidence and every
 * quote lies in a news segment (not in page furniture), so nothing reported is dropped.
 */
const rule: Rule = {
  name: 'segments',
  description: 'Segments do not overlap and have one main article; headlines lie in their segments; evidence and quotes lie in news segments.',
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const segments = file.record.segments;
      if (!segments || segments.length === 0) continue;
      const mains = segments.filter((s) => s.kind === 'main').length;
      if (mains !== 1) report({ file, path: ['segments'], message: `a text with segments has exactly one "main" segment, not ${mains}; mark the article the page is about as "main"` });
      segments.forEach((s, i) => {
        const next = segments[i + 1];
        if (next && next.span.start < s.span.end) report({ file, path: ['segments', i + 1, 'span'], message: `segment "${next.id}" overlaps "${s.id}"; segments do not overlap: correct the spans` });
        if (s.headline && (s.headline.start < s.span.start || s.headline.end > s.span.end)) report({ file, path: ['segments', i, 'headline'], message: "a segment's headline lies inside the segment; correct the span or the headline" });
      });
      const news = segments.filter((s) => s.kind !== 'furniture');
      const inNews = (start: number, end: number) => news.some((s) => s.span.start <= start && end <= s.span.end);
      file.record.events.forEach((ev, i) =>
        ev.evidence.forEach((e, j) => {
          if (!inNews(e.start, e.end)) report({ file, path: ['events', i, 'evidence', j], message: 'evidence lies outside every news segment; extend a segment to cover it, or correct the evidence' });
        }),
      );
      file.record.quotes.forEach((q, i) => {
        if (!inNews(q.content.start, q.content.end)) report({ file, path: ['quotes', i, 'content'], message: 'the quote lies outside every news segment; extend a segment to cover it, or correct the quote' });
      });
    }
  },
};
export default rule;
