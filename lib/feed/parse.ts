// Parser for IRCC's rounds feed `ee_rounds_123_en.json` (a copy lives in data/ee_rounds.json).
// Pure: no clock, no env, no I/O. See docs/domain/categories-and-draws.md §3 for the feed.
//
// Every value in the feed is a string, and several are free text typed by hand. The parser either
// reads the whole file or refuses it with a FeedError listing every problem with its path
// (`rounds[12].drawCRS`); it never returns a partial result. Oddities that do not stop a record from
// being read (a date-time on another day than drawDate, a yearless tie-break, links that disagree,
// subtotals that do not add up) come back as warnings for the admin.
import { z } from 'zod';
import type { CategoryId } from '../rules/categories/catalog';
import type { ProgramId } from '../rules/programs/evaluate-programs';

export type { CategoryId, ProgramId };

export type ParsedRound = {
  number: string;
  /** YYYY-MM-DD, the feed's drawDate (kept even when other fields disagree with it). */
  date: string;
  /** ISO instant (Z) of the round; null when drawDateTime is empty or more than a day away from drawDate. */
  drawAt: string | null;
  /** ISO instant (Z) of the tie-break; null when drawCutOff is empty (rounds #1–#76). */
  tieBreakAt: string | null;
  /** drawName, trimmed. */
  name: string;
  category: CategoryId | null;
  /** The version as written in the name: "Version 1", "2026-Version 2", "2023-1". */
  categoryVersion: string | null;
  programs: ProgramId[];
  invitations: number;
  cutoff: number;
  /** YYYY-MM-DD of the pool snapshot; null when there is no distribution. */
  distributionAsOf: string | null;
  /** Pool counts keyed by CRS band ("601-1200", …, "0-300") and "total"; null when every band is 0. */
  distribution: Record<string, number> | null;
  /** Absolute https://www.canada.ca/… link to the Ministerial Instruction. */
  url: string | null;
};

export type FeedIssue = { path: string; message: string };
export type FeedWarning = { number: string; message: string };

export class FeedError extends Error {
  readonly issues: FeedIssue[];

  constructor(issues: FeedIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`IRCC rounds feed refused (${count}):\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'FeedError';
    this.issues = issues;
  }
}

/** The dd1…dd18 fields and the row labels of canada.ca's "CRS score distribution" table. */
const DISTRIBUTION_BANDS = [
  ['dd1', '601-1200'],
  ['dd2', '501-600'],
  ['dd3', '451-500'],
  ['dd4', '491-500'],
  ['dd5', '481-490'],
  ['dd6', '471-480'],
  ['dd7', '461-470'],
  ['dd8', '451-460'],
  ['dd9', '401-450'],
  ['dd10', '441-450'],
  ['dd11', '431-440'],
  ['dd12', '421-430'],
  ['dd13', '411-420'],
  ['dd14', '401-410'],
  ['dd15', '351-400'],
  ['dd16', '301-350'],
  ['dd17', '0-300'],
  ['dd18', 'total'],
] as const;

const RECORD_KEYS = [
  'drawNumber',
  'drawNumberURL',
  'drawDate',
  'drawDateFull',
  'drawName',
  'drawSize',
  'drawCRS',
  'mitext',
  'DrawText1',
  'drawText2',
  'drawDateTime',
  'drawCutOff',
  'drawDistributionAsOn',
  ...DISTRIBUTION_BANDS.map(([key]) => key),
] as const;

type RecordKey = (typeof RECORD_KEYS)[number];
type FeedRecord = Record<RecordKey, string>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

const feedString = z.string({
  error: (issue) => (issue.input === undefined ? 'missing key' : `expected a string, got ${describe(issue.input)}`),
});

const recordSchema = z.object(
  Object.fromEntries(RECORD_KEYS.map((key) => [key, feedString])) as Record<RecordKey, typeof feedString>,
  { error: (issue) => `expected a round object, got ${describe(issue.input)}` },
);

const feedSchema = z.object(
  {
    rounds: z.array(z.unknown(), {
      error: (issue) =>
        issue.input === undefined ? 'missing key' : `expected an array of rounds, got ${describe(issue.input)}`,
    }),
  },
  { error: (issue) => `expected an object with a "rounds" array, got ${describe(issue.input)}` },
);

function formatPath(path: PropertyKey[]): string {
  const text = path.reduce<string>(
    (acc, segment) =>
      typeof segment === 'number' ? `${acc}[${segment}]` : acc ? `${acc}.${String(segment)}` : String(segment),
    '',
  );
  return text || 'feed';
}

function zodIssues(error: z.ZodError, prefix: PropertyKey[]): FeedIssue[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

function fail(path: string, message: string): never {
  throw new FeedError([{ path, message }]);
}

// ---------------------------------------------------------------------------------------------
// Dates and date-times

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD" of a real calendar date, or null (e.g. February 30). */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function parseIsoDate(text: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match && calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return date ?? fail(field, `expected a real date as YYYY-MM-DD, got ${JSON.stringify(text)}`);
}

// "March 27, 2015", "August 19th 2026", "March 02. 2024", "May 19,2022", "October 7" (no year).
const DATE_PART = String.raw`([a-z]+)\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*[,.]?\s*(\d{4}))?`;
const DATE_ONLY = new RegExp(`^${DATE_PART}$`, 'i');
// The date part, an optional comma and "at" (also glued: "at12:48:30"), an optional repeated ISO
// date ("at 2025-01-23 15:30:04"), H:MM:SS, an optional AM/PM and an optional "UTC".
const DATE_TIME = new RegExp(
  `^${DATE_PART}\\s*,?\\s*(?:at)?\\s*(?:(\\d{4}-\\d{2}-\\d{2})\\s+)?(\\d{1,2}):(\\d{2}):(\\d{2})\\s*(am|pm)?\\s*(?:utc)?$`,
  'i',
);

function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.toLowerCase());
  return index === -1 ? null : index + 1;
}

/** "August 16, 2026" → "2026-08-16". The feed's human-readable dates (drawDateFull, drawDistributionAsOn). */
export function parseIrccDate(text: string, field = 'date'): string {
  const match = DATE_ONLY.exec(text.trim().replace(/\s+/g, ' '));
  const month = match && monthNumber(match[1]);
  const date = match && month && match[3] && calendarDate(Number(match[3]), month, Number(match[2]));
  return date || fail(field, `cannot read ${JSON.stringify(text)} as a date like "August 16, 2026"`);
}

export type IrccDateTime = {
  /** ISO instant with Z, e.g. "2023-07-05T13:38:22.000Z". */
  instant: string;
  /** True when the text had no year and it was taken from `date` (see parseIrccDateTime). */
  yearInferred: boolean;
};

/**
 * Reads the free-text date-times of drawDateTime and drawCutOff, e.g. "July 05, 2023 at 13:38:22 UTC".
 * Empty text → null; anything unreadable → FeedError naming `field`.
 *
 * - The zone is always UTC; a value without "UTC" ("March 27, 2015 at 23:59:47") is read as UTC,
 *   because IRCC publishes these times in UTC. Any other zone name is refused.
 * - AM/PM: the feed writes 24-hour values with a redundant suffix ("15:48:39 AM", "20:19:59 PM"), so
 *   for hours 13–23 and 0 the suffix is ignored. For hours 1–12 it is read the usual 12-hour way
 *   ("04:22:17 AM" = 04:22:17, "12:05:00 AM" = 00:05:00, "04:22:17 PM" = 16:22:17).
 * - A repeated ISO date ("January 23, 2025 at 2025-01-23 15:30:04 UTC") must match the written date.
 * - No year ("October 7 at 16:38:21 UTC", round #208's tie-break): the year of `date` (the round's
 *   drawDate), or the year before if that would put it after `date`, since a tie-break always
 *   precedes its round. `yearInferred` is then true so the caller can warn.
 */
export function parseIrccDateTime(text: string, options: { date: string; field?: string }): IrccDateTime | null {
  const field = options.field ?? 'dateTime';
  const normalised = text.trim().replace(/\s+/g, ' ');
  if (normalised === '') return null;
  const unreadable = () =>
    fail(field, `cannot read ${JSON.stringify(text)} as a date-time like "July 05, 2023 at 13:38:22 UTC"`);
  const match = DATE_TIME.exec(normalised);
  if (!match) return unreadable();
  const [, monthName, dayText, yearText, repeatedDate, hourText, minuteText, secondText, meridiem] = match;
  const month = monthNumber(monthName) ?? unreadable();
  const day = Number(dayText);

  let year = Number(yearText);
  if (yearText === undefined) {
    const reference = parseIsoDate(options.date, 'date');
    year = Number(reference.slice(0, 4));
    if (`${pad(year, 4)}-${pad(month)}-${pad(day)}` > reference) year -= 1;
  }
  const date = calendarDate(year, month, day) ?? unreadable();
  if (repeatedDate !== undefined && repeatedDate !== date) {
    fail(field, `${JSON.stringify(text)} names two different dates (${date} and ${repeatedDate})`);
  }

  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (hour > 23 || minute > 59 || second > 59) return unreadable();
  if (meridiem && hour >= 1 && hour <= 12) {
    const pm = meridiem.toLowerCase() === 'pm';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return {
    instant: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}.000Z`,
    yearInferred: yearText === undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Round names and programs

const ALL_PROGRAMS: ProgramId[] = ['fsw', 'cec', 'fst', 'pnp'];
/** The three programs a category round covers unless drawText2 says otherwise. */
const CATEGORY_ROUND_PROGRAMS: ProgramId[] = ['fsw', 'cec', 'fst'];

/** Lower case, hyphens as spaces, single spaces, without a trailing " program". */
function programKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ program$/, '');
}

const PROGRAM_NAMES: Record<string, ProgramId> = {
  'federal skilled worker': 'fsw',
  'canadian experience class': 'cec',
  'federal skilled trades': 'fst',
  'provincial nominee': 'pnp',
};

const ROUNDS_FOR_ALL_PROGRAMS = ['no program specified', 'general'];

// Word prefixes of normalised category names (see programKey), most specific first.
const CATEGORY_PREFIXES: [string, CategoryId][] = [
  ['stem', 'stem'],
  ['healthcare', 'healthcare'],
  ['trade', 'trade'],
  ['trades', 'trade'],
  ['transport', 'transport'],
  ['agriculture', 'agriculture'],
  ['education', 'education'],
  ['french language', 'french'],
  ['physicians with canadian work experience', 'physicians_cdn'],
  ['senior managers with canadian work experience', 'senior_managers_cdn'],
  ['researchers with canadian work experience', 'researchers_cdn'],
  ['skilled military recruits', 'military'],
];

// "(Version 1)", "(2023-1)", "(2026-Version 2)" and ", 2026-Version 1" / " 2026-Version 2" / ", Version 3".
const VERSION_SUFFIXES = [
  /\s*\(\s*((?:\d{4}[-\s]?)?version\s*\d+|\d{4}-\d+)\s*\)$/i,
  /,?\s+((?:\d{4}[-\s]?)?version\s*\d+)$/i,
];

function inCanonicalOrder(programs: Iterable<ProgramId>): ProgramId[] {
  const set = new Set(programs);
  return ALL_PROGRAMS.filter((program) => set.has(program));
}

export type RoundClass = { category: CategoryId | null; version: string | null; programs: ProgramId[] };

/**
 * Classifies a drawName. Program rounds ("Canadian Experience Class", "No Program Specified", …)
 * have no category. Category names match by word prefix, case-insensitively, hyphens as spaces,
 * ignoring the version suffix, whose text is returned as `version`; their `programs` are the three
 * that category rounds cover (FSW, CEC, FST), and the round's drawText2 has the final word.
 * An unknown name throws a FeedError on `drawName`: a new category must be added here knowingly.
 */
export function classifyRoundName(name: string): RoundClass {
  let base = name.trim();
  let version: string | null = null;
  for (const suffix of VERSION_SUFFIXES) {
    const match = suffix.exec(base);
    if (match) {
      version = match[1];
      base = base.slice(0, match.index);
      break;
    }
  }
  const key = programKey(base);
  if (key === '') fail('drawName', 'round name is empty');

  if (ROUNDS_FOR_ALL_PROGRAMS.includes(key)) return { category: null, version, programs: [...ALL_PROGRAMS] };
  const program = PROGRAM_NAMES[key];
  if (program) return { category: null, version, programs: [program] };

  const prefix = CATEGORY_PREFIXES.find(([words]) => key === words || key.startsWith(`${words} `));
  if (prefix) return { category: prefix[1], version, programs: [...CATEGORY_ROUND_PROGRAMS] };

  return fail(
    'drawName',
    `unknown round name ${JSON.stringify(name)}: neither a program round (Canadian Experience Class, ` +
      'Provincial Nominee Program, Federal Skilled Trades, Federal Skilled Worker, No Program Specified, ' +
      'General) nor a known category; add it to lib/feed/parse.ts before importing',
  );
}

/** "Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program" → fsw, cec, fst. */
function parsePrograms(text: string): ProgramId[] {
  const parts = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/i).filter((part) => part.trim() !== '');
  const programs = parts.map(
    (part) => PROGRAM_NAMES[programKey(part)] ?? fail('drawText2', `unknown program ${JSON.stringify(part)}`),
  );
  if (programs.length === 0) fail('drawText2', 'lists no program');
  return inCanonicalOrder(programs);
}

// ---------------------------------------------------------------------------------------------
// Numbers, links, distribution

/** "5,900" → 5900. */
function parseCount(text: string, field: string): number {
  const trimmed = text.trim();
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(trimmed)) {
    fail(field, `expected a whole number such as "5,900", got ${JSON.stringify(text)}`);
  }
  return Number(trimmed.replace(/,/g, ''));
}

/** The href of an `<a href='…'>` as an absolute canada.ca URL; null for an empty field. */
function parseLink(html: string, field: string): string | null {
  if (html.trim() === '') return null;
  const href = /<a\s[^>]*href\s*=\s*(['"])([^'"]+)\1/i.exec(html)?.[2].trim();
  if (href === undefined) return fail(field, `expected an <a href='…'> link, got ${JSON.stringify(html)}`);
  if (href.startsWith('https://www.canada.ca/')) return href;
  if (href.startsWith('/')) return `https://www.canada.ca${href.replace(/^\/content\/canadasite(?=\/)/, '')}`;
  return fail(field, `link ${JSON.stringify(href)} is not on www.canada.ca`);
}

function parseDistribution(record: FeedRecord): Record<string, number> | null {
  const entries = DISTRIBUTION_BANDS.map(([key, label]) => [label, parseCount(record[key], key)] as const);
  return entries.every(([, count]) => count === 0) ? null : Object.fromEntries(entries);
}

// Subtotal rows and the rows they add up; the total is the sum of the top-level rows.
const DISTRIBUTION_SUMS: [string, string[]][] = [
  ['451-500', ['491-500', '481-490', '471-480', '461-470', '451-460']],
  ['401-450', ['441-450', '431-440', '421-430', '411-420', '401-410']],
  ['total', ['601-1200', '501-600', '451-500', '401-450', '351-400', '301-350', '0-300']],
];

function distributionWarnings(distribution: Record<string, number>): string[] {
  return DISTRIBUTION_SUMS.flatMap(([label, parts]) => {
    const sum = parts.reduce((total, part) => total + distribution[part], 0);
    return distribution[label] === sum
      ? []
      : [
          `distribution row ${label} is ${distribution[label]} but rows ${parts.join(', ')} add up to ${sum}; kept as published`,
        ];
  });
}

// ---------------------------------------------------------------------------------------------
// Records and the feed

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type RecordFields = {
  number: string;
  date: string;
  dateFull: string;
  invitations: number;
  cutoff: number;
  nameClass: RoundClass;
  programs: ProgramId[];
  links: Record<'drawNumberURL' | 'mitext' | 'DrawText1', string | null>;
  distribution: Record<string, number> | null;
  asOf: string | null;
  drawAt: IrccDateTime | null;
  tieBreak: IrccDateTime | null;
};

/** Reads every field of one record, or throws a FeedError with every field's problem. */
function readFields(record: FeedRecord): RecordFields {
  const issues: FeedIssue[] = [];
  const read = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const text = (field: RecordKey) => JSON.stringify(record[field]);

  const date = read(() => parseIsoDate(record.drawDate, 'drawDate'));
  const fields = {
    number: read(() =>
      /^\d+[a-z]?$/i.test(record.drawNumber.trim())
        ? record.drawNumber.trim()
        : fail('drawNumber', `expected a round number such as "437" or "91a", got ${text('drawNumber')}`),
    ),
    date,
    dateFull: read(() => parseIrccDate(record.drawDateFull, 'drawDateFull')),
    invitations: read(() => parseCount(record.drawSize, 'drawSize')),
    cutoff: read(() => {
      const value = parseCount(record.drawCRS, 'drawCRS');
      return value <= 1200 ? value : fail('drawCRS', `a CRS score is at most 1200, got ${value}`);
    }),
    nameClass: read(() => classifyRoundName(record.drawName)),
    programs: read(() => parsePrograms(record.drawText2)),
    links: {
      drawNumberURL: read(() => parseLink(record.drawNumberURL, 'drawNumberURL')),
      mitext: read(() => parseLink(record.mitext, 'mitext')),
      DrawText1: read(() => parseLink(record.DrawText1, 'DrawText1')),
    },
    distribution: read(() => parseDistribution(record)),
    asOf: read(() =>
      record.drawDistributionAsOn.trim() === ''
        ? null
        : parseIrccDate(record.drawDistributionAsOn, 'drawDistributionAsOn'),
    ),
    drawAt:
      date === undefined
        ? undefined
        : read(() => parseIrccDateTime(record.drawDateTime, { date, field: 'drawDateTime' })),
    tieBreak:
      date === undefined ? undefined : read(() => parseIrccDateTime(record.drawCutOff, { date, field: 'drawCutOff' })),
  };

  const { nameClass, programs } = fields;
  if (nameClass && programs && nameClass.category === null && nameClass.programs.join() !== programs.join()) {
    issues.push({
      path: 'drawText2',
      message: `lists ${programs.join(', ')} but the round name ${text('drawName')} means ${nameClass.programs.join(', ')}`,
    });
  }
  if (issues.length > 0) throw new FeedError(issues);
  // With no issue, every read above returned its value.
  return fields as RecordFields;
}

/** Parses one record and checks its fields against each other; disagreements become warnings. */
function parseRecord(record: FeedRecord): { round: ParsedRound; warnings: string[] } {
  const fields = readFields(record);
  const { number, date, dateFull, invitations, cutoff, nameClass, programs, links, distribution, asOf } = fields;
  const warnings: string[] = [];

  if (nameClass.category !== null && nameClass.programs.join() !== programs.join()) {
    warnings.push(
      `category round lists programs ${programs.join(', ')} instead of the usual fsw, cec, fst; used drawText2`,
    );
  }
  if (dateFull !== date) {
    warnings.push(`drawDateFull ${JSON.stringify(record.drawDateFull)} is not drawDate ${date}; kept drawDate`);
  }

  let drawAt = fields.drawAt?.instant ?? null;
  if (drawAt !== null) {
    const days = daysBetween(date, drawAt.slice(0, 10));
    if (days !== 0) {
      // A day either way is a round late in the Ottawa evening or a drawDate a day early; further
      // off, the date-time cannot be right if drawDate is, so the round's time is unknown.
      const far = Math.abs(days) > 1;
      warnings.push(
        `drawDateTime ${JSON.stringify(record.drawDateTime)} is ${plural(Math.abs(days), 'day')} ${days > 0 ? 'after' : 'before'} drawDate ${date}; kept drawDate` +
          (far ? ' and left drawAt empty (the round time is unknown)' : ''),
      );
      if (far) drawAt = null;
    }
  }
  for (const [field, parsed] of [
    ['drawDateTime', fields.drawAt],
    ['drawCutOff', fields.tieBreak],
  ] as const) {
    if (parsed?.yearInferred) {
      warnings.push(
        `${field} ${JSON.stringify(record[field])} has no year; read as ${parsed.instant} (year taken from drawDate ${date})`,
      );
    }
  }
  const tieBreakAt = fields.tieBreak?.instant ?? null;
  if (drawAt !== null && tieBreakAt !== null && tieBreakAt > drawAt) {
    warnings.push(`tie-break ${tieBreakAt} is after the round (${drawAt}); kept as published`);
  }

  for (const field of ['mitext', 'DrawText1'] as const) {
    const link = links[field];
    if (links.drawNumberURL !== null && link !== null && link !== links.drawNumberURL) {
      warnings.push(`${field} links to ${link} but drawNumberURL links to ${links.drawNumberURL}; kept drawNumberURL`);
    }
  }
  if (distribution) warnings.push(...distributionWarnings(distribution));

  return {
    round: {
      number,
      date,
      drawAt,
      tieBreakAt,
      name: record.drawName.trim(),
      category: nameClass.category,
      categoryVersion: nameClass.version,
      programs,
      invitations,
      cutoff,
      distributionAsOf: distribution === null ? null : asOf,
      distribution,
      url: links.drawNumberURL ?? links.mitext,
    },
    warnings,
  };
}

/**
 * Validates and parses the feed object ({"classes": "wb-tables", "rounds": [ … ]}). Rounds keep the
 * feed's order (newest first). Throws a FeedError listing every problem when anything is wrong.
 */
export function parseFeed(raw: unknown): { rounds: ParsedRound[]; warnings: FeedWarning[] } {
  const feed = feedSchema.safeParse(raw);
  if (!feed.success) throw new FeedError(zodIssues(feed.error, []));

  const issues: FeedIssue[] = [];
  const rounds: ParsedRound[] = [];
  const warnings: FeedWarning[] = [];
  const firstIndexOf = new Map<string, number>();

  feed.data.rounds.forEach((item, index) => {
    const record = recordSchema.safeParse(item);
    if (!record.success) {
      issues.push(...zodIssues(record.error, ['rounds', index]));
      return;
    }
    try {
      const parsed = parseRecord(record.data);
      const seenAt = firstIndexOf.get(parsed.round.number);
      if (seenAt === undefined) {
        firstIndexOf.set(parsed.round.number, index);
      } else {
        issues.push({
          path: `rounds[${index}].drawNumber`,
          message: `round ${parsed.round.number} appears twice (also rounds[${seenAt}])`,
        });
      }
      rounds.push(parsed.round);
      warnings.push(...parsed.warnings.map((message) => ({ number: parsed.round.number, message })));
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: `rounds[${index}].${issue.path}` })));
    }
  });

  if (issues.length > 0) throw new FeedError(issues);
  return { rounds, warnings };
}

/** Parses the feed as text: strips a byte-order mark, accepts CRLF, reports invalid JSON as a FeedError. */
export function parseFeedText(text: string): { rounds: ParsedRound[]; warnings: FeedWarning[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FeedError([{ path: 'feed', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseFeed(raw);
}
