import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';

/** Ids inside a record (events, quotes, source issues) and listed entities are unique. */
const rule: Rule = {
  name: 'unique-ids',
  description: 'Event, quote and source-issue ids are unique within a record, each entity is listed once, and each mention of it once.',
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      const lists: [string, { id: string }[]][] = [
        ['events', r.events],
        ['quotes', r.quotes],
        ['sourceIssues', r.sourceIssues],
        ['entities', r.entities.map((e) => ({ id: e.entity }))],
      ];
      // A place is named once per entity: the same mention twice is a slip (a double click).
      r.entities.forEach((e, i) => {
        const seen = new Map<string, number>();
        e.mentions.forEach((m, j) => {
          const key = `${m.start}:${m.end}`;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, j);
          else report({ file, path: ['entities', i, 'mentions', j], message: `this mention of "${e.entity}" at [${m.start}, ${m.end}) is already listed at /entities/${i}/mentions/${first}; remove one` });
        });
      });
      for (const [field, items] of lists) {
        const seen = new Map<string, number>();
        items.forEach((item, i) => {
          const first = seen.get(item.id);
          if (first === undefined) seen.set(item.id, i);
          else {
            const at = field === 'entities' ? [field, i, 'entity'] : [field, i, 'id'];
            report({ file, path: at, message: `"${item.id}" is already used at /${field}/${first}; give this one its own id or merge the two` });
          }
        });
      }
    }
  },
};
export default rule;
