// The days a date value covers. Shared by the published API (events in a date range)
// and the validator (an interval must not end before it starts).

/** An ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) or an interval of two joined by `/`. */
export type DateString = string;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The first and last calendar day a date value covers, as `YYYY-MM-DD` strings, which
 * compare correctly as strings. A month covers all its days, a year all of its, an
 * interval everything from the first day of its start to the last day of its end.
 * Returns undefined for a value that is not of that form.
 *
 * @example dateSpan('2019-05') // ['2019-05-01', '2019-05-31']
 */
export function dateSpan(value: DateString): [first: string, last: string] | undefined {
  const parts = value.split('/');
  if (parts.length > 2) return undefined;
  const spans = parts.map(singleSpan);
  if (spans.some((s) => s === undefined)) return undefined;
  return [spans[0]![0], spans[spans.length - 1]![1]];
}

function singleSpan(s: string): [string, string] | undefined {
  const m = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const y = pad(year, 4);
  if (m[2] === undefined) return [`${y}-01-01`, `${y}-12-31`];
  const month = Number(m[2]);
  if (m[3] === undefined) return [`${y}-${m[2]}-01`, `${y}-${m[2]}-${pad(daysInMonth(year, month))}`];
  return [`${y}-${m[2]}-${m[3]}`, `${y}-${m[2]}-${m[3]}`];
}

export { daysInMonth };
