import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  classifyRoundName,
  FeedError,
  type FeedIssue,
  parseFeed,
  parseFeedText,
  parseIrccDate,
  parseIrccDateTime,
  type ParsedRound,
} from './parse';

// The feed exactly as IRCC publishes it (CRLF, all values strings), saved in the project.
const FEED_TEXT = readFileSync(fileURLToPath(new URL('../../data/ee_rounds.json', import.meta.url)), 'utf8');
const FEED = parseFeedText(FEED_TEXT);
const round = (number: string): ParsedRound => {
  const found = FEED.rounds.find((r) => r.number === number);
  if (!found) throw new Error(`round ${number} is missing`);
  return found;
};
const rawRecords = (JSON.parse(FEED_TEXT) as { rounds: Record<string, string>[] }).rounds;
const rawRecord = (number: string) => structuredClone(rawRecords.find((r) => r.drawNumber === number)!);

function issuesOf(run: () => unknown): FeedIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedError) return error.issues;
    throw error;
  }
  throw new Error('expected a FeedError');
}

const MI =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds';

describe('parseIrccDateTime', () => {
  it.each([
    ['July 05, 2023 at 13:38:22 UTC', '2023-07-05', '2023-07-05T13:38:22.000Z'],
    ['August 19th 2026 at 12:35:37 UTC', '2026-08-19', '2026-08-19T12:35:37.000Z'],
    ['July 3rd 2026 at 21:35:13 UTC', '2026-08-06', '2026-07-03T21:35:13.000Z'],
    ['January 23, 2025 at 2025-01-23 15:30:04 UTC', '2025-01-23', '2025-01-23T15:30:04.000Z'],
    ['October 25, 2023 at 15:48:39 AM UTC', '2023-10-25', '2023-10-25T15:48:39.000Z'],
    ['June 22, 2021 at 20:19:59 PM UTC', '2021-11-24', '2021-06-22T20:19:59.000Z'],
    ['September 30, 2023 at 04:22:17 AM UTC', '2023-10-25', '2023-09-30T04:22:17.000Z'],
    ['September 30, 2023 at 04:22:17 PM UTC', '2023-10-25', '2023-09-30T16:22:17.000Z'],
    ['September 30, 2023 at 12:05:00 AM UTC', '2023-10-25', '2023-09-30T00:05:00.000Z'],
    ['September 30, 2023 at 12:05:00 PM UTC', '2023-10-25', '2023-09-30T12:05:00.000Z'],
    ['March 27, 2015 at 23:59:47', '2015-03-27', '2015-03-27T23:59:47.000Z'],
    ['May 31, 2024 at12:48:30 UTC', '2024-05-31', '2024-05-31T12:48:30.000Z'],
    ['May 21, 2026 at  12:14:09 UTC', '2026-05-27', '2026-05-21T12:14:09.000Z'],
    ['April 13, 2026  at 23:10:05 UTC', '2026-04-14', '2026-04-13T23:10:05.000Z'],
    ['March 02. 2024 at 01:58:34 UTC', '2024-11-12', '2024-03-02T01:58:34.000Z'],
    ['May 19,2022 06:48:41 UTC', '2023-03-23', '2022-05-19T06:48:41.000Z'],
    ['May 26 2025 at 12:28:38 UTC', '2025-11-28', '2025-05-26T12:28:38.000Z'],
    [' January 17, 2018 at 12:33:00 UTC', '2018-01-24', '2018-01-17T12:33:00.000Z'],
    ['July 04, 2023 at 19:36:18 UTC ', '2023-08-01', '2023-07-04T19:36:18.000Z'],
    ['March 01, 2023, at 17:24:39 UTC', '2023-03-01', '2023-03-01T17:24:39.000Z'],
    ['September 05, 2025 at 0:59:13 UTC', '2026-02-16', '2025-09-05T00:59:13.000Z'],
  ])('reads %j as a UTC instant', (text, date, instant) => {
    expect(parseIrccDateTime(text, { date })).toEqual({ instant, yearInferred: false });
  });

  it.each([
    ['October 7 at 16:38:21 UTC', '2021-10-27', '2021-10-07T16:38:21.000Z'],
    ['October 27 at 09:00:00 UTC', '2021-10-27', '2021-10-27T09:00:00.000Z'],
    ['December 30 at 10:00:00 UTC', '2022-01-05', '2021-12-30T10:00:00.000Z'],
  ])('takes the missing year of %j from the round date %s, never after it', (text, date, instant) => {
    expect(parseIrccDateTime(text, { date })).toEqual({ instant, yearInferred: true });
  });

  it.each(['', '   '])('reads %j as no date-time', (text) => {
    expect(parseIrccDateTime(text, { date: '2020-01-01' })).toBeNull();
  });

  it.each([
    ['yesterday', 'cannot read "yesterday" as a date-time like "July 05, 2023 at 13:38:22 UTC"'],
    [
      'Octember 7, 2021 at 10:00:00 UTC',
      'cannot read "Octember 7, 2021 at 10:00:00 UTC" as a date-time like "July 05, 2023 at 13:38:22 UTC"',
    ],
    [
      'February 30, 2024 at 10:00:00 UTC',
      'cannot read "February 30, 2024 at 10:00:00 UTC" as a date-time like "July 05, 2023 at 13:38:22 UTC"',
    ],
    [
      'May 1, 2024 at 24:00:00 UTC',
      'cannot read "May 1, 2024 at 24:00:00 UTC" as a date-time like "July 05, 2023 at 13:38:22 UTC"',
    ],
    [
      'May 1, 2024 at 10:00:00 EST',
      'cannot read "May 1, 2024 at 10:00:00 EST" as a date-time like "July 05, 2023 at 13:38:22 UTC"',
    ],
    ['May 1, 2024', 'cannot read "May 1, 2024" as a date-time like "July 05, 2023 at 13:38:22 UTC"'],
    [
      'January 23, 2025 at 2025-01-24 15:30:04 UTC',
      '"January 23, 2025 at 2025-01-24 15:30:04 UTC" names two different dates (2025-01-23 and 2025-01-24)',
    ],
  ])('refuses %j, naming the field', (text, message) => {
    expect(issuesOf(() => parseIrccDateTime(text, { date: '2025-01-23', field: 'drawCutOff' }))).toEqual([
      { path: 'drawCutOff', message },
    ]);
  });
});

describe('parseIrccDate', () => {
  it.each([
    ['August 16, 2026', '2026-08-16'],
    ['April 9, 2024', '2024-04-09'],
    ['July 12, 2025', '2025-07-12'],
    [' February 29, 2024 ', '2024-02-29'],
  ])('reads %j as %s', (text, date) => {
    expect(parseIrccDate(text)).toBe(date);
  });

  it.each(['October 7', '2026-08-16', 'February 29, 2023', ''])('refuses %j, naming the field', (text) => {
    expect(issuesOf(() => parseIrccDate(text, 'drawDistributionAsOn'))).toEqual([
      { path: 'drawDistributionAsOn', message: `cannot read ${JSON.stringify(text)} as a date like "August 16, 2026"` },
    ]);
  });
});

describe('classifyRoundName', () => {
  const ALL = ['fsw', 'cec', 'fst', 'pnp'];
  const FEDERAL = ['fsw', 'cec', 'fst'];
  it.each([
    ['No Program Specified', null, null, ALL],
    ['General', null, null, ALL],
    ['Provincial Nominee Program', null, null, ['pnp']],
    ['Canadian Experience Class', null, null, ['cec']],
    ['Federal Skilled Trades', null, null, ['fst']],
    ['Federal Skilled Worker', null, null, ['fsw']],
    ['STEM occupations (Version 1)', 'stem', 'Version 1', FEDERAL],
    ['STEM occupations (2023-1)', 'stem', '2023-1', FEDERAL],
    ['STEM occupations (2024-1)', 'stem', '2024-1', FEDERAL],
    ['Healthcare occupations (Version 1)', 'healthcare', 'Version 1', FEDERAL],
    ['Healthcare occupations (2023-1)', 'healthcare', '2023-1', FEDERAL],
    ['Healthcare and social services occupations (Version 2)', 'healthcare', 'Version 2', FEDERAL],
    ['Healthcare and Social Services Occupations, 2026-Version 3', 'healthcare', '2026-Version 3', FEDERAL],
    ['Trade occupations (Version 1)', 'trade', 'Version 1', FEDERAL],
    ['Trade occupations (Version 2)', 'trade', 'Version 2', FEDERAL],
    ['Trades Occupations, 2026-Version 3', 'trade', '2026-Version 3', FEDERAL],
    ['Transport occupations (Version 1)', 'transport', 'Version 1', FEDERAL],
    ['Transport occupations (2024-1)', 'transport', '2024-1', FEDERAL],
    ['Transport Occupations, 2026-Version 2', 'transport', '2026-Version 2', FEDERAL],
    ['Agriculture and agri-food occupations (Version 1)', 'agriculture', 'Version 1', FEDERAL],
    ['Education occupations (Version 1)', 'education', 'Version 1', FEDERAL],
    ['French language proficiency (Version 1)', 'french', 'Version 1', FEDERAL],
    ['French language proficiency (2024-1)', 'french', '2024-1', FEDERAL],
    ['French-Language proficiency 2026-Version 2', 'french', '2026-Version 2', FEDERAL],
    ['Physicians with Canadian Work Experience, 2026-Version 1', 'physicians_cdn', '2026-Version 1', FEDERAL],
    ['Senior managers with Canadian Work Experience, 2026-Version 1', 'senior_managers_cdn', '2026-Version 1', FEDERAL],
    ['Researchers with Canadian Work Experience, 2026-Version 1', 'researchers_cdn', '2026-Version 1', FEDERAL],
    ['Skilled Military Recruits, 2026-Version 1', 'military', '2026-Version 1', FEDERAL],
    ['  stem OCCUPATIONS  (version 2) ', 'stem', 'version 2', FEDERAL],
  ])('classifies %j', (name, category, version, programs) => {
    expect(classifyRoundName(name)).toEqual({ category, version, programs });
  });

  it.each(['Tradesmen (Version 1)', 'Physicians (Version 1)', 'Federal Skilled Workers', 'Stemcell research', ''])(
    'refuses the unknown name %j on drawName',
    (name) => {
      const issues = issuesOf(() => classifyRoundName(name));
      expect(issues).toHaveLength(1);
      expect(issues[0].path).toBe('drawName');
      expect(issues[0].message).toBe(
        name === ''
          ? 'round name is empty'
          : `unknown round name ${JSON.stringify(name)}: neither a program round (Canadian Experience Class, Provincial Nominee Program, Federal Skilled Trades, Federal Skilled Worker, No Program Specified, General) nor a known category; add it to lib/feed/parse.ts before importing`,
      );
    },
  );
});

describe('parseFeedText', () => {
  it('reads every one of the 438 rounds of the real CRLF feed', () => {
    expect(FEED_TEXT).toContain('\r\n');
    expect(FEED.rounds).toHaveLength(438);
    expect(new Set(FEED.rounds.map((r) => r.number)).size).toBe(438);
    expect(FEED.rounds[0].number).toBe('437');
    expect(FEED.rounds[437].number).toBe('1');
  });

  it.each([
    ['91a', '2018-05-30', 'Federal Skilled Trades', ['fst'], 500, 288],
    ['91b', '2018-05-30', 'Provincial Nominee Program', ['pnp'], 200, 902],
  ])('keeps round %s as a text id with its date', (number, date, name, programs, invitations, cutoff) => {
    expect(round(number)).toMatchObject({
      date,
      name,
      programs,
      invitations,
      cutoff,
      drawAt: '2018-05-30T14:52:06.000Z',
    });
  });

  it.each([
    ['437', 'drawAt', '2026-08-19T12:35:37.000Z'], // "August 19th 2026 at …"
    ['432', 'tieBreakAt', '2026-07-03T21:35:13.000Z'], // "July 3rd 2026 at …"
    ['422', 'tieBreakAt', '2026-05-21T12:14:09.000Z'], // "at  12:14:09" (double space)
    ['412', 'tieBreakAt', '2026-04-13T23:10:05.000Z'], // "2026  at" (double space)
    ['383', 'tieBreakAt', '2025-03-05T05:10:48.000Z'], // no "UTC"
    ['382', 'tieBreakAt', '2025-05-26T12:28:38.000Z'], // "May 26 2025"
    ['333', 'drawAt', '2025-01-23T15:30:04.000Z'], // "January 23, 2025 at 2025-01-23 15:30:04 UTC"
    ['322', 'tieBreakAt', '2024-03-02T01:58:34.000Z'], // "March 02. 2024"
    ['297', 'drawAt', '2024-05-31T12:48:30.000Z'], // "at12:48:30"
    ['270', 'drawAt', '2023-10-25T15:48:39.000Z'], // "15:48:39 AM"
    ['270', 'tieBreakAt', '2023-09-30T04:22:17.000Z'], // "04:22:17 AM"
    ['244', 'tieBreakAt', '2022-05-19T06:48:41.000Z'], // "May 19,2022 06:48:41"
    ['210', 'tieBreakAt', '2021-06-22T20:19:59.000Z'], // "20:19:59 PM"
    ['208', 'tieBreakAt', '2021-10-07T16:38:21.000Z'], // "October 7 at 16:38:21 UTC", no year
    ['82', 'tieBreakAt', '2018-01-17T12:33:00.000Z'], // leading space
    ['76', 'tieBreakAt', null], // empty before the tie-break rule
    ['6', 'drawAt', '2015-03-27T23:59:47.000Z'], // no "UTC"
    ['6', 'tieBreakAt', null],
  ] as const)('round %s: %s is %s', (number, field, value) => {
    expect(round(number)[field]).toBe(value);
  });

  it('leaves tie-breaks empty exactly for rounds 1-76', () => {
    const empty = FEED.rounds.filter((r) => r.tieBreakAt === null).map((r) => Number(r.number));
    expect(empty.sort((a, b) => a - b)).toEqual(Array.from({ length: 76 }, (_, i) => i + 1));
  });

  it.each([
    ['254', '2023-07-05', '2023-07-05T13:38:22.000Z', 500, 486, '2022-11-23T00:01:29.000Z', '2023-07-04'],
    ['274', '2023-12-08', '2023-12-08T03:02:52.000Z', 5900, 481, '2023-09-07T09:24:49.000Z', '2023-12-05'],
    ['293', '2024-04-11', '2024-04-11T13:23:42.000Z', 4500, 491, '2024-02-25T11:55:12.000Z', '2024-04-09'],
  ])('STEM round %s', (number, date, drawAt, invitations, cutoff, tieBreakAt, distributionAsOf) => {
    expect(round(number)).toMatchObject({
      date,
      drawAt,
      tieBreakAt,
      invitations,
      cutoff,
      distributionAsOf,
      name: 'STEM occupations (Version 1)',
      category: 'stem',
      categoryVersion: 'Version 1',
      programs: ['fsw', 'cec', 'fst'],
      url: `${MI}/invitations.html?q=${number}`,
    });
  });

  it('finds only the 3 STEM rounds', () => {
    expect(FEED.rounds.filter((r) => r.category === 'stem').map((r) => r.number)).toEqual(['293', '274', '254']);
  });

  it('counts rounds per category as the drawName counts of the domain doc', () => {
    const counts: Record<string, number> = {};
    for (const r of FEED.rounds) counts[String(r.category)] = (counts[String(r.category)] ?? 0) + 1;
    expect(counts).toEqual({
      null: 167 + 111 + 67 + 11 + 7 + 1,
      french: 26 + 10,
      healthcare: 6 + 7 + 2,
      trade: 4 + 1 + 1,
      transport: 3 + 1,
      agriculture: 3,
      stem: 3,
      education: 2,
      physicians_cdn: 2,
      senior_managers_cdn: 2,
      military: 1,
    });
  });

  it('derives programs that agree with each of the 7 distinct drawText2 values', () => {
    const byText = new Map<string, Set<string>>();
    rawRecords.forEach((record, index) => {
      const seen = byText.get(record.drawText2) ?? new Set<string>();
      seen.add(FEED.rounds[index].programs.join(','));
      byText.set(record.drawText2, seen);
    });
    expect(Object.fromEntries([...byText].map(([text, seen]) => [text, [...seen]]))).toEqual({
      'Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades and Provincial Nominee Program': [
        'fsw,cec,fst,pnp',
      ],
      'Federal Skilled Worker Program, Canadian Experience Class, Federal Skilled Trades Program and Provincial Nominee Program':
        ['fsw,cec,fst,pnp'],
      'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program': ['fsw,cec,fst'],
      'Provincial Nominee Program': ['pnp'],
      'Canadian Experience Class': ['cec'],
      'Federal Skilled Trades': ['fst'],
      'Federal Skilled Worker': ['fsw'],
    });
  });

  it('labels the dd1..dd18 bands of round 437', () => {
    expect(round('437').distributionAsOf).toBe('2026-08-16');
    expect(round('437').distribution).toEqual({
      '601-1200': 439,
      '501-600': 18657,
      '451-500': 73554,
      '491-500': 12915,
      '481-490': 13066,
      '471-480': 16626,
      '461-470': 16133,
      '451-460': 14814,
      '401-450': 60631,
      '441-450': 13555,
      '431-440': 13229,
      '421-430': 11890,
      '411-420': 11269,
      '401-410': 10688,
      '351-400': 48600,
      '301-350': 17269,
      '0-300': 7709,
      total: 226859,
    });
  });

  it.each([
    ['214', 196685],
    ['213', null],
    ['227', null], // zeroed after the fact
    ['1', null],
  ])('round %s has a distribution total of %s', (number, total) => {
    const { distribution, distributionAsOf } = round(number);
    expect(distribution?.total ?? null).toBe(total);
    expect(distributionAsOf === null).toBe(total === null);
  });

  it('has a distribution for exactly the 220 rounds from #214 on, less the 4 zeroed ones', () => {
    expect(FEED.rounds.filter((r) => r.distribution !== null)).toHaveLength(220);
  });

  it.each([
    ['437', `${MI}/invitations.html?q=437`], // /content/canadasite/en/...
    ['300', `${MI}/invitations.html?q=300`],
    ['91a', `${MI}/invitations.html?q=91a`], // /en/...
    ['6', `${MI}/invitations-6.html`], // rounds 1-76
  ])('links round %s to %s', (number, url) => {
    expect(round(number).url).toBe(url);
  });

  it('keeps drawDate for round 357 whose drawDateTime is 10 days earlier, with no round time', () => {
    expect(round('357')).toMatchObject({ date: '2025-07-22', drawAt: null, tieBreakAt: '2025-03-13T13:08:29.000Z' });
  });

  it('warns about every inconsistency of the real feed and nothing else', () => {
    const oneDayAfter = (number: string, text: string, date: string) => ({
      number,
      message: `drawDateTime "${text}" is 1 day after drawDate ${date}; kept drawDate`,
    });
    const link64 = `${MI}/invitations-64.html`;
    const link65 = `${MI}/invitations-65.html`;
    expect(FEED.warnings).toEqual([
      {
        number: '357',
        message:
          'drawDateTime "July 12, 2025 at 16:27:45 UTC" is 10 days before drawDate 2025-07-22; kept drawDate and left drawAt empty (the round time is unknown)',
      },
      {
        number: '247',
        message:
          'distribution row 451-500 is 55867 but rows 491-500, 481-490, 471-480, 461-470, 451-460 add up to 55687; kept as published',
      },
      {
        number: '208',
        message:
          'drawCutOff "October 7 at 16:38:21 UTC" has no year; read as 2021-10-07T16:38:21.000Z (year taken from drawDate 2021-10-27)',
      },
      oneDayAfter('148', 'May 15, 2020 at 12:46:53 UTC', '2020-05-14'),
      oneDayAfter('146', 'May 1, 2020 at 11:33:47 UTC', '2020-04-30'),
      oneDayAfter('139', 'March 19, 2020 at 02:04:06 UTC', '2020-03-18'),
      oneDayAfter('108', 'January 10, 2019 at 12:20:46 UTC', '2019-01-09'),
      oneDayAfter('104', 'November 15, 2018 at 14:06:07 UTC', '2018-11-14'),
      { number: '65', message: `mitext links to ${link64} but drawNumberURL links to ${link65}; kept drawNumberURL` },
      {
        number: '65',
        message: `DrawText1 links to ${link64} but drawNumberURL links to ${link65}; kept drawNumberURL`,
      },
      oneDayAfter('13', 'July 18, 2015 at 00:04:00 UTC', '2015-07-17'),
      oneDayAfter('11', 'June 27, 2015 at 00:02:00 UTC', '2015-06-26'),
      oneDayAfter('9', 'May 23, 2015 at 00:00:00 UTC', '2015-05-22'),
      oneDayAfter('8', 'April 18, 2015 at 00:00:00 UTC', '2015-04-17'),
      oneDayAfter('7', 'April 11, 2015 at 00:00:01 UTC', '2015-04-10'),
    ]);
  });

  it('reads the feed the same with a byte-order mark and with LF line endings', () => {
    expect(parseFeedText(`\uFEFF${FEED_TEXT}`)).toEqual(FEED);
    expect(parseFeedText(FEED_TEXT.replace(/\r\n/g, '\n'))).toEqual(FEED);
  });

  it('gives deep-equal results when parsing twice, from text or from the object', () => {
    expect(parseFeedText(FEED_TEXT)).toEqual(FEED);
    expect(parseFeed(JSON.parse(FEED_TEXT))).toEqual(FEED);
  });

  it.each([
    ['', 'not valid JSON: Unexpected end of JSON input'],
    ['{"rounds": [', 'not valid JSON: Unexpected end of JSON input'],
  ])('refuses invalid JSON text %j', (text, message) => {
    expect(issuesOf(() => parseFeedText(text))).toEqual([{ path: 'feed', message }]);
  });
});

describe('parseFeed', () => {
  const feedOf = (...records: unknown[]) => ({ classes: 'wb-tables', rounds: records });
  const withField = (number: string, field: string, value: unknown) => ({ ...rawRecord(number), [field]: value });
  const without = (number: string, field: string) => {
    const record: Record<string, unknown> = rawRecord(number);
    delete record[field];
    return record;
  };

  it('parses a single real record exactly', () => {
    expect(parseFeed(feedOf(rawRecord('436')))).toEqual({
      rounds: [
        {
          number: '436',
          date: '2026-08-18',
          drawAt: '2026-08-18T10:13:44.000Z',
          tieBreakAt: '2026-08-17T22:09:00.000Z',
          name: 'Canadian Experience Class',
          category: null,
          categoryVersion: null,
          programs: ['cec'],
          invitations: 1000,
          cutoff: 523,
          distributionAsOf: '2026-08-16',
          distribution: round('437').distribution,
          url: `${MI}/invitations.html?q=436`,
        },
      ],
      warnings: [],
    });
  });

  it('does not change its input', () => {
    const raw = feedOf(rawRecord('437'), rawRecord('208'));
    const copy = structuredClone(raw);
    parseFeed(raw);
    expect(raw).toEqual(copy);
  });

  it('ignores extra keys IRCC may add', () => {
    expect(parseFeed(feedOf(withField('436', 'drawText3', '<p>MI</p>'))).rounds[0].number).toBe('436');
  });

  it.each<[string, unknown, FeedIssue[]]>([
    ['not an object', [], [{ path: 'feed', message: 'expected an object with a "rounds" array, got an array' }]],
    ['null', null, [{ path: 'feed', message: 'expected an object with a "rounds" array, got null' }]],
    ['rounds missing', { classes: 'wb-tables' }, [{ path: 'rounds', message: 'missing key' }]],
    [
      'rounds not an array',
      { rounds: {} },
      [{ path: 'rounds', message: 'expected an array of rounds, got an object' }],
    ],
    [
      'a round not an object',
      feedOf(rawRecord('436'), 'x'),
      [{ path: 'rounds[1]', message: 'expected a round object, got string "x"' }],
    ],
    [
      'a missing key',
      feedOf(rawRecord('437'), without('436', 'drawCRS')),
      [{ path: 'rounds[1].drawCRS', message: 'missing key' }],
    ],
    [
      'a number where a string belongs',
      feedOf(withField('436', 'drawCRS', 523)),
      [{ path: 'rounds[0].drawCRS', message: 'expected a string, got number 523' }],
    ],
    [
      'a non-numeric drawCRS',
      feedOf(withField('436', 'drawCRS', 'n/a')),
      [{ path: 'rounds[0].drawCRS', message: 'expected a whole number such as "5,900", got "n/a"' }],
    ],
    [
      'a CRS above 1200',
      feedOf(withField('436', 'drawCRS', '1,201')),
      [{ path: 'rounds[0].drawCRS', message: 'a CRS score is at most 1200, got 1201' }],
    ],
    [
      'badly grouped thousands',
      feedOf(withField('436', 'drawSize', '5,90')),
      [{ path: 'rounds[0].drawSize', message: 'expected a whole number such as "5,900", got "5,90"' }],
    ],
    [
      'a drawDate in another format',
      feedOf(withField('436', 'drawDate', '11-01-2023')),
      [{ path: 'rounds[0].drawDate', message: 'expected a real date as YYYY-MM-DD, got "11-01-2023"' }],
    ],
    [
      'a drawDate that does not exist',
      feedOf(withField('436', 'drawDate', '2026-02-30')),
      [{ path: 'rounds[0].drawDate', message: 'expected a real date as YYYY-MM-DD, got "2026-02-30"' }],
    ],
    [
      'an unreadable tie-break',
      feedOf(withField('436', 'drawCutOff', 'TBD')),
      [
        {
          path: 'rounds[0].drawCutOff',
          message: 'cannot read "TBD" as a date-time like "July 05, 2023 at 13:38:22 UTC"',
        },
      ],
    ],
    [
      'an unknown round name',
      feedOf(withField('437', 'drawName', 'Tech talent (Version 1)')),
      [
        {
          path: 'rounds[0].drawName',
          message:
            'unknown round name "Tech talent (Version 1)": neither a program round (Canadian Experience Class, Provincial Nominee Program, Federal Skilled Trades, Federal Skilled Worker, No Program Specified, General) nor a known category; add it to lib/feed/parse.ts before importing',
        },
      ],
    ],
    [
      'an unknown program in drawText2',
      feedOf(withField('436', 'drawText2', 'Canadian Experience Class and Start-up Visa')),
      [{ path: 'rounds[0].drawText2', message: 'unknown program "Start-up Visa"' }],
    ],
    [
      'drawText2 contradicting a program round name',
      feedOf(withField('436', 'drawText2', 'Provincial Nominee Program')),
      [{ path: 'rounds[0].drawText2', message: 'lists pnp but the round name "Canadian Experience Class" means cec' }],
    ],
    [
      'a link off canada.ca',
      feedOf(withField('436', 'mitext', "<a href='https://example.com/mi'>MI</a>")),
      [{ path: 'rounds[0].mitext', message: 'link "https://example.com/mi" is not on www.canada.ca' }],
    ],
    [
      'a round number twice',
      feedOf(rawRecord('436'), rawRecord('437'), rawRecord('436')),
      [{ path: 'rounds[2].drawNumber', message: 'round 436 appears twice (also rounds[0])' }],
    ],
  ])('refuses the whole feed for %s', (_, raw, issues) => {
    expect(issuesOf(() => parseFeed(raw))).toEqual(issues);
  });

  it('lists every problem of every round at once', () => {
    const raw = feedOf(
      rawRecord('437'),
      { ...rawRecord('436'), drawCRS: 'n/a', drawDate: '2026-13-01' },
      without('435', 'dd7'),
    );
    const issues = issuesOf(() => parseFeed(raw));
    expect(issues).toEqual([
      { path: 'rounds[1].drawDate', message: 'expected a real date as YYYY-MM-DD, got "2026-13-01"' },
      { path: 'rounds[1].drawCRS', message: 'expected a whole number such as "5,900", got "n/a"' },
      { path: 'rounds[2].dd7', message: 'missing key' },
    ]);
  });

  it('names each problem in the error message', () => {
    const run = () => parseFeed(feedOf(without('436', 'DrawText1'), withField('437', 'drawSize', '')));
    expect(run).toThrow(
      new FeedError([
        { path: 'rounds[0].DrawText1', message: 'missing key' },
        { path: 'rounds[1].drawSize', message: 'expected a whole number such as "5,900", got ""' },
      ]),
    );
    expect(run).toThrow(
      'IRCC rounds feed refused (2 problems):\n  rounds[0].DrawText1: missing key\n  rounds[1].drawSize: expected a whole number such as "5,900", got ""',
    );
  });

  it.each([
    [
      'a drawDateFull on another day',
      withField('436', 'drawDateFull', 'August 17, 2026'),
      'drawDateFull "August 17, 2026" is not drawDate 2026-08-18; kept drawDate',
    ],
    [
      'a tie-break after the round',
      withField('436', 'drawCutOff', 'August 18, 2026 at 10:13:45 UTC'),
      'tie-break 2026-08-18T10:13:45.000Z is after the round (2026-08-18T10:13:44.000Z); kept as published',
    ],
    [
      'a category round that lists other programs',
      withField('437', 'drawText2', 'Canadian Experience Class'),
      'category round lists programs cec instead of the usual fsw, cec, fst; used drawText2',
    ],
  ])('warns about %s and still reads the round', (_, record, message) => {
    const { rounds, warnings } = parseFeed(feedOf(record));
    expect(rounds).toHaveLength(1);
    expect(warnings).toEqual([{ number: record.drawNumber, message }]);
  });

  it('takes programs of a category round from drawText2', () => {
    expect(parseFeed(feedOf(withField('437', 'drawText2', 'Canadian Experience Class'))).rounds[0].programs).toEqual([
      'cec',
    ]);
  });
});
