import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOC_2021, findNoc, searchNoc, teerOfCode } from './index';

describe('NOC_2021', () => {
  it('holds every occupation code of data/categories.json, each once', () => {
    const categories = readFileSync(new URL('../../data/categories.json', import.meta.url), 'utf8');
    const codes = new Set([...categories.matchAll(/"noc": "(\d{5})"/g)].map((match) => match[1]));
    const listed = new Set(NOC_2021.map((group) => group.code));
    expect([...codes].filter((code) => !listed.has(code))).toEqual([]);
    expect(listed.size).toBe(NOC_2021.length);
  });
});

describe('teerOfCode', () => {
  it.each([
    ['21232', 1],
    ['00012', 0],
    ['72200', 2],
    ['2123', null],
    ['abcde', null],
  ])('%s -> %s', (code, teer) => {
    expect(teerOfCode(code)).toBe(teer);
  });
});

describe('findNoc', () => {
  it('finds a listed code and its exact title', () => {
    expect(findNoc('21232')).toEqual({ code: '21232', title: 'Software developers and programmers' });
  });
  it('returns null for a code not in the list', () => {
    expect(findNoc('99999')).toBeNull();
  });
});

describe('searchNoc', () => {
  it.each([
    ['2123', ['21230', '21231', '21232', '21233', '21234']],
    ['software developers', ['21232']],
    ['SOFTWARE', ['21231', '21232', '21311']],
  ])('"%s" finds %j', (query, codes) => {
    expect(searchNoc(query).map((group) => group.code)).toEqual(codes);
  });

  it('offers nothing for a 5-digit code that is not a unit group', () => {
    expect(searchNoc('12345')).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(searchNoc('  ')).toEqual([]);
  });
});
