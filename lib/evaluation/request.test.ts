import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { evaluate, type RoundInput } from '@/lib/rules';
import { profileSchema } from '@/lib/schemas/profile';
import { CLI_FIELD_NAMES, evaluateRequest, parseEvaluateRequest } from './request';

// P1: single, 29, master's, CLB 9 x4, three years of foreign work as a software engineer (21232).
const profile = profileSchema.parse(JSON.parse(readFileSync('tests/cases/crs/P1.json', 'utf8')).profile);
const ROUND_NUMBER = 'must be the round number as text, e.g. "274" or "91a"';
const CUTOFF = 'must be the CRS cut-off, a whole number from 0 to 1200';
const stemDraw: RoundInput = { number: '274', date: '2023-12-08', category: 'stem', cutoff: 481, tieBreakAt: '2023-09-07T09:24:49Z' };

describe('parseEvaluateRequest', () => {
  it.each<[string, unknown, { path: string; message: string }[]]>([
    ['a body that is not an object', [], [{ path: '(root)', message: 'must be a JSON object with the fields profile, asOf, round, draw' }]],
    ['null', null, [{ path: '(root)', message: 'must be a JSON object with the fields profile, asOf, round, draw' }]],
    ['no profile', {}, [{ path: 'profile', message: 'is required' }]],
    ['a profile that is not an object', { profile: 'P1' }, [{ path: 'profile', message: 'must be a JSON object holding a profile' }]],
    ['an unknown field', { profile, as_of: '2026-01-01' }, [{ path: 'as_of', message: 'is not a field of the request (profile, asOf, round, draw)' }]],
    [
      'profile problems, each under "profile."',
      { profile: { ...profile, dateOfBirth: '1997-02-29', workHistory: [{ ...profile.workHistory[0], hoursPerWeek: 0 }] } },
      [
        { path: 'profile.dateOfBirth', message: 'must be a calendar date YYYY-MM-DD' },
        { path: 'profile.workHistory[0].hoursPerWeek', message: 'must be a number of paid hours per week from 1 to 168' },
      ],
    ],
    [
      'a score both above the scale and off its steps, once',
      { profile: { ...profile, languageTests: [{ ...profile.languageTests[0], test: 'ielts_general', listening: 9.7 }] } },
      [{ path: 'profile.languageTests[0].listening', message: 'must be an IELTS band from 0 to 9 in steps of 0.5' }],
    ],
    ['a date that does not exist', { profile, asOf: '2026-02-30' }, [{ path: 'asOf', message: 'must be a calendar date YYYY-MM-DD' }]],
    ['a date as a number', { profile, asOf: 20260101 }, [{ path: 'asOf', message: 'must be a calendar date YYYY-MM-DD' }]],
    ['a date before Express Entry', { profile, asOf: '2014-12-31' }, [{ path: 'asOf', message: 'must be on or after 2015-01-01' }]],
    [
      'asOf with a round',
      { profile, asOf: '2026-01-01', round: '274' },
      [{ path: 'asOf', message: "cannot be combined with round or draw (the round's date is used)" }],
    ],
    ['round with a draw', { profile, round: '274', draw: stemDraw }, [{ path: 'round', message: 'cannot be combined with draw' }]],
    ['a round number as a number', { profile, round: 274 }, [{ path: 'round', message: ROUND_NUMBER }]],
    ['an empty round number', { profile, round: '' }, [{ path: 'round', message: ROUND_NUMBER }]],
    ['a draw that is not an object', { profile, draw: [] }, [{ path: 'draw', message: 'must be a JSON object describing a draw' }]],
    [
      'a draw with wrong fields',
      { profile, draw: { number: 274, date: '2023-12-08', category: 'science', cutoff: 481.5 } },
      [
        { path: 'draw.number', message: ROUND_NUMBER },
        {
          path: 'draw.category',
          message:
            'must be one of: stem, healthcare, trade, transport, agriculture, education, french, physicians_cdn, senior_managers_cdn, researchers_cdn, military (or null)',
        },
        { path: 'draw.cutoff', message: CUTOFF },
      ],
    ],
    ['a draw before Express Entry', { profile, draw: { ...stemDraw, date: '2014-12-31' } }, [{ path: 'draw.date', message: 'must be on or after 2015-01-01' }]],
  ])('reports %s with its path', (_, input, errors) => {
    expect(parseEvaluateRequest(input)).toEqual({ ok: false, errors });
  });

  it('reports every problem of a request at once, in field order', () => {
    const input = { profile: { ...profile, version: 2 }, asOf: 'soon', round: '274', draw: { cutoff: -1 } };
    expect(parseEvaluateRequest(input)).toEqual({
      ok: false,
      errors: [
        { path: 'profile.version', message: 'must be 1 (interchange format version)' },
        { path: 'round', message: 'cannot be combined with draw' },
        { path: 'asOf', message: "cannot be combined with round or draw (the round's date is used)" },
        { path: 'asOf', message: 'must be a calendar date YYYY-MM-DD' },
        { path: 'draw.number', message: ROUND_NUMBER },
        { path: 'draw.date', message: 'is required' },
        { path: 'draw.cutoff', message: CUTOFF },
      ],
    });
  });

  it("names fields after the evaluate command's flags with CLI_FIELD_NAMES", () => {
    const input = { profile: { ...profile, version: 2 }, asOf: '2026-01-01', round: '274', draw: { ...stemDraw, cutoff: 2000 } };
    expect(parseEvaluateRequest(input, CLI_FIELD_NAMES)).toEqual({
      ok: false,
      errors: [
        { path: 'version', message: 'must be 1 (interchange format version)' },
        { path: '--round', message: 'cannot be combined with --draw' },
        { path: '--as-of', message: "cannot be combined with --round or --draw (the round's date is used)" },
        { path: 'draw.cutoff', message: CUTOFF },
      ],
    });
    expect(parseEvaluateRequest({ profile: 'P1' }, CLI_FIELD_NAMES)).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: 'must be a JSON object holding a profile' }],
    });
  });

  it.each<[string, unknown, unknown]>([
    ['a profile alone', { profile }, { profile, asOf: null, round: null, draw: null }],
    ['a profile and a date', { profile, asOf: '2026-11-15' }, { profile, asOf: '2026-11-15', round: null, draw: null }],
    ['null for the optional fields', { profile, asOf: null, round: null, draw: null }, { profile, asOf: null, round: null, draw: null }],
    ['a round number', { profile, round: '91a' }, { profile, asOf: null, round: '91a', draw: null }],
    [
      'a draw, with the optional fields filled',
      { profile, draw: { ...stemDraw, tieBreakAt: undefined, programs: ['cec'] } },
      { profile, asOf: null, round: null, draw: { ...stemDraw, tieBreakAt: null, drawAt: null, programs: ['cec'] } },
    ],
  ])('accepts %s', (_, input, request) => {
    expect(parseEvaluateRequest(input)).toEqual({ ok: true, request });
  });
});

describe('evaluateRequest', () => {
  const noRound = async () => null;

  it.each<[string, unknown, unknown]>([
    ['defaults the date to today', { profile }, evaluate(profile, { asOf: '2026-12-03' })],
    ['evaluates on the date given', { profile, asOf: '2026-11-15' }, evaluate(profile, { asOf: '2026-11-15' })],
    ['evaluates a draw on its date', { profile, draw: stemDraw }, evaluate(profile, { round: { ...stemDraw, drawAt: null } })],
  ])('%s', async (_, input, evaluation) => {
    expect(await evaluateRequest(input, { today: '2026-12-03', findRound: noRound })).toEqual({ ok: true, evaluation });
  });

  it('gives P1 its worked CRS of 469 on 2026-11-15', async () => {
    const result = await evaluateRequest({ profile, asOf: '2026-11-15' }, { today: '2026-12-03', findRound: noRound });
    expect(result.ok && result.evaluation.crs.total).toBe(469);
  });

  it('looks a round up by number and evaluates it on its date', async () => {
    const findRound = vi.fn(async (number: string) => (number === '274' ? stemDraw : null));
    const result = await evaluateRequest({ profile, round: '274' }, { today: '2026-12-03', findRound });
    expect(findRound).toHaveBeenCalledWith('274');
    expect(result).toEqual({ ok: true, evaluation: evaluate(profile, { round: stemDraw }) });
    expect(result.ok && result.evaluation.asOf).toBe('2023-12-08');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['today', {}, 'must be on or before the evaluation date (2026-12-03)'],
    ['the date given', { asOf: '2026-11-15' }, 'must be on or before the evaluation date (2026-11-15)'],
    ["a draw's date", { draw: stemDraw }, 'must be on or before the evaluation date (2023-12-08)'],
  ])('refuses a birth after %s with 400', async (_, rest, message) => {
    const result = await evaluateRequest({ profile: { ...profile, dateOfBirth: '2026-12-04' }, ...rest }, { today: '2026-12-03', findRound: noRound });
    expect(result).toEqual({ ok: false, status: 400, errors: [{ path: 'profile.dateOfBirth', message }] });
  });

  it.each<[string | undefined, string]>([
    [undefined, 'no round "9999" in the recorded rounds'],
    ['data/ee_rounds.json', 'no round "9999" in data/ee_rounds.json'],
  ])('answers 404 for an unknown round (source %s)', async (roundSource, message) => {
    const result = await evaluateRequest({ profile, round: '9999' }, { today: '2026-12-03', findRound: noRound, roundSource });
    expect(result).toEqual({ ok: false, status: 404, errors: [{ path: 'round', message }] });
  });

  it('answers 400 for invalid input without looking any round up', async () => {
    const findRound = vi.fn(noRound);
    const result = await evaluateRequest({ profile: { ...profile, maritalStatus: 'married' }, round: '274' }, { today: '2026-12-03', findRound });
    expect(result).toEqual({ ok: false, status: 400, errors: [{ path: 'profile.spouse', message: 'is required when maritalStatus is married' }] });
    expect(findRound).not.toHaveBeenCalled();
  });
});
