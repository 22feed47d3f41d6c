import type { Rule } from '../lib/rule.ts';
import { validRecords } from '../lib/corpus.ts';
import type { DateValue } from '../../types/index.d.ts';

/**
 * Fields one value makes necessary: a null needs a note saying why, a relative date needs
 * the phrase and the anchor it was resolved from, an inferred date says how.
 */
const rule: Rule = {
  name: 'conditional-fields',
  description: 'A null publisher, Wikidata id or speaker says why; dates carry the text, anchor or note their resolution needs; "other" kinds are explained.',
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      const need = (ok: boolean, path: (string | number)[], message: string) => {
        if (!ok) report({ file, path, message });
      };
      const dated = (d: DateValue, path: (string | number)[]) => {
        if (d.resolution !== 'inferred') need(d.text !== undefined, path, `a ${d.resolution} date needs "text", the selector of the phrase that gives it; add it`);
        if (d.resolution === 'relative') need(d.anchor !== undefined, path, 'a relative date needs "anchor", the date it was resolved against; add it');
        if (d.resolution === 'inferred') need(d.note !== undefined, path, 'an inferred date needs a "note" that says from what it was inferred; add it');
      };
      need(r.source.publisher.entity !== null || r.source.publisher.note !== undefined, ['source', 'publisher'], 'an unknown publisher needs a "note" that says why it is unknown; add it');
      if (r.source.published !== null) dated(r.source.published, ['source', 'published']);
      else need(r.review.status === 'draft', ['source', 'published'], 'a checked record needs its publication date, at whatever precision the evidence supports; add it (or set review.status to "draft")');
      r.events.forEach((ev, i) => {
        ev.dates.forEach((d, j) => dated(d, ['events', i, 'dates', j]));
        need(ev.dates.length > 0 || ev.note !== undefined, ['events', i, 'dates'], 'an event without dates needs a "note" that says why it cannot be dated; add it');
      });
      r.quotes.forEach((q, i) => need(q.speaker.entity !== null || q.speaker.description !== undefined, ['quotes', i, 'speaker'], 'an unnamed speaker needs a "description" as the text gives it; add it'));
      r.sourceIssues.forEach((s, i) => {
        if (s.kind === 'unclosed-quote') need(s.quote !== undefined, ['sourceIssues', i], 'an unclosed-quote issue needs "quote", the id of the quote left open; add it');
      });
      r.boilerplate.forEach((b, i) => need(b.kind !== 'other' || b.note !== undefined, ['boilerplate', i], 'boilerplate of kind "other" needs a "note" that says what it is; add it'));
      r.quoteMarks.ignored.forEach((m, i) => need(m.reason !== 'other' || m.note !== undefined, ['quoteMarks', 'ignored', i], 'marks ignored for reason "other" need a "note" that says why; add it'));
    }
    for (const file of validRecords(corpus.entities)) {
      if (file.record.wikidata === null && file.record.note === undefined) {
        report({ file, path: ['wikidata'], message: 'an entity without a Wikidata id needs a "note" that says why (no item, or not sure which); add it' });
      }
    }
  },
};
export default rule;
