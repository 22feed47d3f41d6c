import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { checkDateValue, type Precision } from '../dates.ts';
import type { DateValue } from '../../../types/index.d.ts';

/** Dates are real calendar dates, intervals run forwards, and precision agrees with form. */
const rule: Rule = {
  name: 'calendar-dates',
  description: 'Every date exists in the calendar, every interval ends on or after its start, and each precision agrees with its value.',
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const check = (value: string, precision: Precision | undefined, path: (string | number)[]) => {
        for (const problem of checkDateValue(value, precision)) report({ file, path, message: problem });
      };
      const checkDated = (d: DateValue, path: (string | number)[]) => {
        check(d.value, d.precision, [...path, 'value']);
        if (d.anchor !== undefined) check(d.anchor, undefined, [...path, 'anchor']);
      };
      if (file.record.source.published !== null) checkDated(file.record.source.published, ['source', 'published']);
      file.record.events.forEach((ev, i) => ev.dates.forEach((d, j) => checkDated(d, ['events', i, 'dates', j])));
      file.record.review.history.forEach((h, i) => check(h.date, 'day', ['review', 'history', i, 'date']));
    }
    for (const file of validRecords(corpus.entities)) {
      file.record.roles.forEach((role, i) => {
        for (const key of ['from', 'to'] as const) {
          const v = role[key];
          if (v !== undefined) for (const problem of checkDateValue(v)) report({ file, path: ['roles', i, key], message: problem });
        }
        if (role.from && role.to && role.to < role.from) {
          report({ file, path: ['roles', i, 'to'], message: `the role ends (${role.to}) before it starts (${role.from}); swap or correct the dates` });
        }
      });
    }
  },
};
export default rule;
