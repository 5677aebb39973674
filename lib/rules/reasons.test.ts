import { describe, expect, it } from 'vitest';
import { REASON_CODES, reasonText } from './reasons';

describe('REASON_CODES', () => {
  it('are literal UPPER_SNAKE strings', () => {
    expect(REASON_CODES.filter((code) => !/^[A-Z0-9]+(_[A-Z0-9]+)*$/.test(code))).toEqual([]);
  });
});

describe('reasonText', () => {
  it.each(REASON_CODES)('%s reads as one plain sentence', (code) => {
    expect(reasonText(code)).toMatch(/^[A-Z].*[.]$/);
  });

  it('explains the tie-break', () => {
    expect(reasonText('ROUND_SUBMITTED_AFTER_TIE_BREAK')).toBe(
      'Your score equalled the cut-off, but your profile was submitted after the tie-break time of this round.',
    );
  });
});
