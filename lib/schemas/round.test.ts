import { describe, expect, it } from 'vitest';
import { EMPTY_ROUND_FORM, newRoundSchema, roundFieldErrors, roundFormSchema, roundFormValues, type RoundFormValues } from './round';

const valid: RoundFormValues = {
  ...EMPTY_ROUND_FORM,
  number: ' 91a ',
  date: '2018-05-30',
  drawAt: '2018-05-30T14:52',
  tieBreakAt: '2017-06-07T20:11:13',
  category: 'none',
  programs: ['fst'],
  cutoff: '288',
  invitations: '1,500',
};

describe('newRoundSchema', () => {
  it('reads the form: trimmed number, calendar date as written, UTC instants, numbers with separators', () => {
    expect(newRoundSchema.parse(valid)).toEqual({
      number: '91a',
      date: '2018-05-30',
      drawAt: '2018-05-30T14:52:00.000Z',
      tieBreakAt: '2017-06-07T20:11:13.000Z',
      category: null,
      programs: ['fst'],
      cutoff: 288,
      invitations: 1500,
      name: null,
      url: null,
    });
  });

  it.each([
    ['number', { number: '91-a' }, 'Enter the round number IRCC gave it: digits, optionally followed by one letter (e.g. 274 or 91a).'],
    ['number', { number: '0' }, 'Enter the round number IRCC gave it: digits, optionally followed by one letter (e.g. 274 or 91a).'],
    ['date', { date: '2023-02-29' }, 'Enter the date of the round as a calendar date (YYYY-MM-DD).'],
    ['date', { date: '2014-12-31', drawAt: '', tieBreakAt: '2014-12-01T10:00' }, 'Express Entry opened on January 1, 2015: a round cannot be dated before it.'],
    ['tieBreakAt', { tieBreakAt: '2018-05-30T14:52:01' }, 'The tie-break time comes before the round: it cannot be after the round.'],
    ['tieBreakAt', { drawAt: '', tieBreakAt: '2018-06-01T00:00' }, 'The tie-break time comes before the round: it cannot be after the round.'],
    ['drawAt', { drawAt: '2023-12-08 03:02' }, 'Enter the round time as a UTC date and time, e.g. 2023-12-08 03:02:52.'],
    ['tieBreakAt', { tieBreakAt: '' }, 'Enter the tie-break time (UTC) published with the round.'],
    ['category', { category: 'it' }, 'Choose a category, or "None" for a general or program-specific round.'],
    ['programs', { programs: [] }, 'Choose at least one program the round invited from.'],
    ['programs', { programs: ['xyz'] }, 'Choose programs among CEC, FSW, FST and PNP.'],
    ['cutoff', { cutoff: '48x' }, 'Enter the CRS cutoff as a whole number.'],
    ['cutoff', { cutoff: '1300' }, 'The CRS cutoff must be between 0 and 1,200.'],
    ['invitations', { invitations: '0' }, 'The number of invitations must be between 1 and 100,000.'],
    ['url', { url: 'http://example.com' }, 'Enter the link to the Ministerial Instruction as an https:// address.'],
  ] as const)('refuses a bad %s with a clear message (%j)', (field, change, message) => {
    const result = newRoundSchema.safeParse({ ...valid, ...change });

    expect(result.success).toBe(false);
    if (!result.success) expect(roundFieldErrors(result.error)[field]?.[0]).toBe(message);
  });
});

describe('roundFormSchema', () => {
  it('accepts a round without a tie-break time when editing (rounds #1-#76 have none)', () => {
    expect(roundFormSchema.parse({ ...valid, tieBreakAt: '' }).tieBreakAt).toBeNull();
  });
});

describe('roundFormValues', () => {
  it('reads every field of the form, with the ticked programs as a list', () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...valid, programs: undefined })) if (value !== undefined) form.set(key, value as string);
    form.append('programs', 'cec');
    form.append('programs', 'fsw');

    expect(roundFormValues(form)).toEqual({ ...valid, programs: ['cec', 'fsw'] });
  });
});
