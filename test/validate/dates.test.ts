import { describe, expect, it } from 'vitest';
import { checkDateValue } from '../../scripts/validate/dates.ts';

describe('checkDateValue', () => {
  it.each([
    ['2019-07-02', 'day'],
    ['2019-07', 'month'],
    ['2019', 'year'],
    ['2019-07-02/2019-07-05', 'range'],
    ['2019-05/2019-06-03', 'range'],
    ['2020-02-29', 'day'],
  ] as const)('accepts %s at precision %s', (value, precision) => {
    expect(checkDateValue(value, precision)).toEqual([]);
  });

  it.each([
    ['2019-02-30', 'day', '2019-02 has 28 days'],
    ['2019-02-29', 'day', '2019-02 has 28 days'],
    ['2019-13-01', 'day', 'no month 13'],
    ['2019-00', 'month', 'no month 00'],
    ['2019-07-05/2019-07-02', 'range', 'ends before it starts'],
    ['2019-07', 'day', 'is a month, but precision says "day"'],
    ['2019-07-02/2019-07-05', 'day', 'precision must be "range"'],
    ['2019/2020/2021', 'range', 'more than one "/"'],
  ] as const)('rejects %s at precision %s', (value, precision, message) => {
    expect(checkDateValue(value, precision)).toEqual([expect.stringContaining(message)]);
  });
});
