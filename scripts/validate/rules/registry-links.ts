import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { nearest } from '../did-you-mean.ts';
import { loadAnnotations } from '../../shared/schemas.ts';
import { dateSpan } from '../../api/dates.cts';

const plover = loadAnnotations().eventTypes;

/** Two event types can describe one event: the same type, or the same PLOVER category. */
function compatible(a: string, b: string): boolean {
  const [pa, pb] = [plover[a]?.plover, plover[b]?.plover];
  return a === b || (pa !== null && pa !== undefined && pa === pb);
}

function overlap(a: string, b: string): boolean {
  const [x, y] = [dateSpan(a), dateSpan(b)];
  return !x || !y || (x[0] <= y[1] && y[0] <= x[1]);
}

/**
 * One real-world event, one registry entry: an article's link goes to an existing registry
 * event of a compatible type, and an article date that contradicts the registry's date of
 * the same role is recorded as a wrong-date source issue of that article, or is an error.
 */
const rule: Rule = {
  name: 'registry-links',
  description: "Each article event's registry link names an existing event of a compatible type, and its dates agree with the registry's unless a wrong-date source issue records the article's.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const issues = new Map(file.record.sourceIssues.map((s) => [s.id, s]));
      file.record.events.forEach((ev, i) => {
        ev.dates.forEach((d, j) => {
          if (d.issue === undefined) return;
          const issue = issues.get(d.issue);
          if (issue?.kind !== 'wrong-date') report({ file, path: ['events', i, 'dates', j, 'issue'], message: `"${d.issue}" is not a wrong-date source issue of this record; name the issue that records this date as the article gives it` });
        });
        if (!ev.registry) return;
        const at = ['events', i, 'registry', 'event'];
        const target = corpus.eventRegistry.get(ev.registry.event)?.record;
        if (!corpus.eventRegistry.has(ev.registry.event)) {
          const near = nearest(ev.registry.event, corpus.eventRegistry.keys());
          report({ file, path: at, message: `registry event "${ev.registry.event}" does not exist; ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? ` : ''}add data/events/${ev.registry.event}.json or correct the id` });
          return;
        }
        if (!target) return; // the registry file itself is invalid, and reported
        if (!compatible(ev.type, target.type)) {
          report({ file, path: ['events', i, 'type'], message: `a ${ev.type} event cannot report the ${target.type} event "${target.id}" (neither the same type nor the same PLOVER category); correct the type or the link` });
        }
        if (ev.registry.relation !== 'same') return;
        ev.dates.forEach((d, j) => {
          for (const rd of target.dates) {
            if (rd.role !== d.role || overlap(d.value, rd.value) || d.issue !== undefined) continue;
            report({
              file,
              path: ['events', i, 'dates', j, 'value'],
              message: `${d.role} ${d.value} contradicts the registry's ${rd.value} for "${target.id}"; if the article gives the wrong date, record a wrong-date source issue and name it in "issue", otherwise correct the date`,
            });
          }
        });
      });
    }
    for (const file of validRecords(corpus.events)) {
      file.record.participants.forEach((p, i) => {
        if (corpus.registry.has(p.entity)) return;
        const near = nearest(p.entity, corpus.registry.keys());
        report({ file, path: ['participants', i, 'entity'], message: `entity "${p.entity}" does not exist; ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? ` : ''}correct the id, or add data/entities/${p.entity}.json` });
      });
    }
  },
};
export default rule;
