import type { RoundSummary } from '@/lib/data/rounds';
import { CATEGORY_LABELS, PROGRAM_SHORT } from '@/lib/rounds/format';
import { daysBetween } from '@/lib/rules';

// The cutoff-over-time chart's data and geometry (pure; the SVG is drawn in app/_components).

export type ChartPoint = { number: string; date: string; cutoff: number; x: number; y: number };
export type ChartSeries = { key: string; label: string; colour: string; points: ChartPoint[] };
export type CutoffChart = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  series: ChartSeries[];
  xTicks: { label: string; x: number }[];
  yTicks: { label: string; y: number }[];
};

const COLOURS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#c2410c', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#334155', '#9333ea', '#0369a1', '#15803d'];

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

/**
 * Lays out one line per series (PNP-only rounds are left out: their cutoffs include the 600
 * nomination points and would flatten every other line). Series are ordered by size, largest first.
 */
export function buildCutoffChart(rounds: RoundSummary[], width = 800, height = 340): CutoffChart {
  const plot = { left: 48, right: width - 16, top: 16, bottom: height - 32 };
  const shown = rounds.filter((round) => seriesKeyOf(round) !== 'pnp');
  if (shown.length === 0) return { width, height, plot, series: [], xTicks: [], yTicks: [] };

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
  const series = [...groups.entries()]
    .sort(([a, pa], [b, pb]) => pb.length - pa.length || a.localeCompare(b))
    .map(([key, points], index) => ({ key, label: seriesLabel(key), colour: COLOURS[index % COLOURS.length], points }));

  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(dates[dates.length - 1].slice(0, 4));
  const xTicks = [];
  for (let year = firstYear + (first.endsWith('-01-01') ? 0 : 1); year <= lastYear; year += 1) {
    xTicks.push({ label: String(year), x: round1(xOf(`${year}-01-01`)) });
  }
  const step = high - low > 300 ? 100 : 50;
  const yTicks = [];
  for (let value = low; value <= high; value += step) yTicks.push({ label: String(value), y: round1(yOf(value)) });

  return { width, height, plot, series, xTicks, yTicks };
}
