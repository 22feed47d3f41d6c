// ISO 8601 dates at day, month or year precision, and intervals of them: checks that each
// day exists and that the form agrees with the stated precision.
import { dateSpan, daysInMonth } from '../api/dates.cts';

export type Precision = 'day' | 'month' | 'year' | 'range';

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
}

/** A problem with one date (not an interval), or undefined when it is a real date. */
export function checkDate(s: string): { date?: ParsedDate; problem?: string } {
  const m = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(s);
  if (!m) return { problem: `"${s}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return { problem: `"${s}" has no month ${m[2]}; months run from 01 to 12` };
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { problem: `"${s}" is not a calendar day: ${m[1]}-${m[2]} has ${daysInMonth(year, month)} days` };
  }
  return { date: { year, month, day } };
}

export function precisionOf(d: ParsedDate): Exclude<Precision, 'range'> {
  return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

/** Problems with a date value and its stated precision; empty when both are right. */
export function checkDateValue(value: string, precision?: Precision): string[] {
  // One date, the usual case: no split and no lists.
  if (!value.includes('/')) {
    const one = checkDate(value);
    return one.problem !== undefined ? [one.problem] : precisionProblems(value, one.date!, precision);
  }
  const parts = value.split('/');
  if (parts.length > 2) return [`"${value}" has more than one "/"; an interval is start/end`];
  const problems = parts.map(checkDate).flatMap((p) => (p.problem ? [p.problem] : []));
  if (problems.length > 0) return problems;
  const [first, last] = [dateSpan(parts[0]!)!, dateSpan(parts[1]!)!];
  if (first[0] > last[1]) return [`interval "${value}" ends before it starts; swap its ends`];
  if (precision !== undefined && precision !== 'range') return [`"${value}" is an interval, so precision must be "range", not "${precision}"`];
  return [];
}

function precisionProblems(value: string, date: ParsedDate, precision: Precision | undefined): string[] {
  const actual = precisionOf(date);
  return precision !== undefined && precision !== actual ? [`"${value}" is a ${actual}, but precision says "${precision}"; make them agree`] : [];
}
