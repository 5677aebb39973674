import { describe, expect, it } from 'vitest';
import { torontoToday } from './toronto-today';

describe('torontoToday', () => {
  it.each([
    ['2026-12-04T04:59:59Z', '2026-12-03'],
    ['2026-12-04T05:00:00Z', '2026-12-04'],
    ['2026-07-01T03:59:59Z', '2026-06-30'],
    ['2026-07-01T04:00:00Z', '2026-07-01'],
    ['2027-01-01T04:59:59Z', '2026-12-31'],
  ])('at %s it is %s in Ottawa', (instant, date) => {
    expect(torontoToday(new Date(instant))).toBe(date);
  });
});
