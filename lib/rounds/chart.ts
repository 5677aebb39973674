import type { RoundSummary } from '@/lib/data/rounds';
import type { CategoryId, ProgramId } from '@/lib/feed/parse';
import { CATEGORY_LABELS, PROGRAM_SHORT } from '@/lib/rounds/format';
import { daysBetween } from '@/lib/rules';

// The cutoff-over-time chart's data and geometry (pure; the SVG is drawn in app/_components).

export type ChartPoint = { number: string; date: string; cutoff: number; x: number; y: number };
export type ChartMarker = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';
/** How a series is drawn: a colour, a marker and a dash pattern (null: solid), so colour is never the only cue. */
export type SeriesStyle = { colour: string; marker: ChartMarker; dash: string | null };
export type ChartSeries = SeriesStyle & {
  key: string;
  label: string;
  points: ChartPoint[];
  /** The points split where the series has a long gap: one line per segment, none across a gap. */
  segments: ChartPoint[][];
};
export type CutoffChart = {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; right: number; top: number; bottom: number };
  series: ChartSeries[];
  xTicks: { label: string; x: number }[];
  yTicks: { label: string; y: number }[];
};

type SeriesKey = 'general' | Exclude<ProgramId, 'pnp'> | CategoryId;

/**
 * One fixed style per series, so a series looks the same whatever the filters. Hues that are close
 * (blue and indigo, purple and fuchsia, the greens) never share a marker or a dash pattern.
 */
export const SERIES_STYLES: Record<SeriesKey, SeriesStyle> = {
  general: { colour: '#1d4ed8', marker: 'circle', dash: null },
  cec: { colour: '#dc2626', marker: 'square', dash: null },
  french: { colour: '#047857', marker: 'triangle', dash: null },
  healthcare: { colour: '#7e22ce', marker: 'diamond', dash: null },
  fst: { colour: '#ea580c', marker: 'triangle-down', dash: '6 3' },
  trade: { colour: '#854d0e', marker: 'square', dash: '6 3' },
  stem: { colour: '#0891b2', marker: 'diamond', dash: '6 3' },
  transport: { colour: '#db2777', marker: 'circle', dash: '6 3' },
  agriculture: { colour: '#65a30d', marker: 'cross', dash: '2 3' },
  education: { colour: '#475569', marker: 'triangle', dash: '2 3' },
  physicians_cdn: { colour: '#c026d3', marker: 'square', dash: '2 3' },
  senior_managers_cdn: { colour: '#ca8a04', marker: 'circle', dash: '2 3' },
  researchers_cdn: { colour: '#0d9488', marker: 'triangle-down', dash: '2 3' },
  military: { colour: '#111827', marker: 'cross', dash: '8 3 2 3' },
  fsw: { colour: '#4338ca', marker: 'triangle', dash: '8 3 2 3' },
};

/** For a series the table above does not know (a new category): still a colour, marker and dash of its own. */
const SPARE_STYLES: SeriesStyle[] = [
  { colour: '#9f1239', marker: 'diamond', dash: '8 3 2 3' },
  { colour: '#0369a1', marker: 'square', dash: '8 3 2 3' },
  { colour: '#3f6212', marker: 'circle', dash: '8 3 2 3' },
];

/** A series with no round for longer than this (in days) is drawn as separate lines, not joined across the gap. */
export const MAX_GAP_DAYS = 365;

/** Rounds open to every program are "general"; a program-specific round is its program; else its category. */
export function seriesKeyOf(round: Pick<RoundSummary, 'category' | 'programs'>): string {
  if (round.category) return round.category;
  return round.programs.length === 1 ? round.programs[0] : 'general';
}

export function seriesLabel(key: string): string {
  if (key === 'general') return 'General (all programs)';
  if (key in PROGRAM_SHORT) return `${PROGRAM_SHORT[key as keyof typeof PROGRAM_SHORT]} only`;
  return CATEGORY_LABELS[key as keyof typeof CATEGORY_LABELS] ?? key;
}

/** Points in date order, split wherever two consecutive rounds are more than `maxGapDays` apart. */
export function splitAtGaps<P extends { date: string }>(points: P[], maxGapDays = MAX_GAP_DAYS): P[][] {
  const segments: P[][] = [];
  for (const point of points) {
    const current = segments.at(-1);
    const previous = current?.at(-1);
    if (current && previous && daysBetween(previous.date, point.date) <= maxGapDays) current.push(point);
    else segments.push([point]);
  }
  return segments;
}

export type ChartSize = { width?: number; height?: number; fontSize?: number };

/** The chart for phones: narrower and taller than the desktop one, with a larger font, so it reads at 390 px. */
export const PHONE_CHART_SIZE: ChartSize = { width: 400, height: 520, fontSize: 14 };

/**
 * Lays out one line per series (PNP-only rounds are left out: their cutoffs include the 600
 * nomination points and would flatten every other line). Series are ordered by size, largest first.
 * The default size is the desktop chart; a narrow, taller size (with a larger font) suits phones:
 * years are then labelled every 2 or 5 years so the labels never overlap.
 */
export function buildCutoffChart(rounds: RoundSummary[], { width = 800, height = 340, fontSize = 11 }: ChartSize = {}): CutoffChart {
  const plot = { left: Math.round(fontSize * 4.4), right: width - 16, top: 16, bottom: height - Math.round(fontSize * 2.9) };
  const shown = rounds.filter((round) => seriesKeyOf(round) !== 'pnp');
  if (shown.length === 0) return { width, height, fontSize, plot, series: [], xTicks: [], yTicks: [] };

  const dates = shown.map((round) => round.date).sort();
  const first = dates[0];
  const span = Math.max(1, daysBetween(first, dates[dates.length - 1]));
  const cutoffs = shown.map((round) => round.cutoff);
  const low = Math.floor(Math.min(...cutoffs) / 50) * 50;
  const high = Math.max(low + 50, Math.ceil(Math.max(...cutoffs) / 50) * 50);
  const xOf = (date: string) => plot.left + (daysBetween(first, date) / span) * (plot.right - plot.left);
  const yOf = (cutoff: number) => plot.bottom - ((cutoff - low) / (high - low)) * (plot.bottom - plot.top);
  const round1 = (value: number) => Math.round(value * 10) / 10;

  const groups = new Map<string, ChartPoint[]>();
  for (const round of [...shown].sort((a, b) => a.date.localeCompare(b.date))) {
    const key = seriesKeyOf(round);
    const point = { number: round.number, date: round.date, cutoff: round.cutoff, x: round1(xOf(round.date)), y: round1(yOf(round.cutoff)) };
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  let spare = 0;
  const series = [...groups.entries()]
    .sort(([a, pa], [b, pb]) => pb.length - pa.length || a.localeCompare(b))
    .map(([key, points]) => {
      const style = SERIES_STYLES[key as SeriesKey] ?? SPARE_STYLES[spare++ % SPARE_STYLES.length];
      return { key, label: seriesLabel(key), ...style, points, segments: splitAtGaps(points) };
    });

  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(dates[dates.length - 1].slice(0, 4));
  // A four-digit year is about 2.5 font sizes wide: label every 1, 2, 5 or 10 years to keep a gap between labels.
  const pixelsPerYear = ((plot.right - plot.left) * 365.25) / span;
  const yearStep = [1, 2, 5, 10].find((step) => step * pixelsPerYear >= fontSize * 3.5) ?? 10;
  const xTicks = [];
  for (let year = firstYear + (first.endsWith('-01-01') ? 0 : 1); year <= lastYear; year += 1) {
    if (year % yearStep === 0) xTicks.push({ label: String(year), x: round1(xOf(`${year}-01-01`)) });
  }
  const step = high - low > 300 ? 100 : 50;
  const yTicks = [];
  for (let value = low; value <= high; value += step) yTicks.push({ label: String(value), y: round1(yOf(value)) });

  return { width, height, fontSize, plot, series, xTicks, yTicks };
}
