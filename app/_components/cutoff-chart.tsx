import type { ChartMarker, CutoffChart, SeriesStyle } from '@/lib/rounds/chart';
import { formatIrccDate } from '@/lib/rounds/format';

// CRS cutoffs over time, one line per category or program: a server-rendered SVG with a title, a
// description and the same data as a table for screen readers and anyone who prefers numbers.
// Each series has its own colour, marker and dash, and its line breaks across gaps of over a year.
// Phones get a narrower, taller drawing of the same data with larger labels.

function Marker({ shape, x, y, size, colour, children }: { shape: ChartMarker; x: number; y: number; size: number; colour: string; children?: React.ReactNode }) {
  const s = size;
  switch (shape) {
    case 'square':
      return <rect x={x - s * 0.85} y={y - s * 0.85} width={s * 1.7} height={s * 1.7} fill={colour}>{children}</rect>;
    case 'triangle':
      return <polygon points={`${x},${y - s * 1.2} ${x + s * 1.1},${y + s * 0.8} ${x - s * 1.1},${y + s * 0.8}`} fill={colour}>{children}</polygon>;
    case 'triangle-down':
      return <polygon points={`${x},${y + s * 1.2} ${x + s * 1.1},${y - s * 0.8} ${x - s * 1.1},${y - s * 0.8}`} fill={colour}>{children}</polygon>;
    case 'diamond':
      return <polygon points={`${x},${y - s * 1.25} ${x + s * 1.25},${y} ${x},${y + s * 1.25} ${x - s * 1.25},${y}`} fill={colour}>{children}</polygon>;
    case 'cross':
      return (
        <path d={`M${x - s},${y - s}L${x + s},${y + s}M${x - s},${y + s}L${x + s},${y - s}`} stroke={colour} strokeWidth={s * 0.7} strokeLinecap="round">
          {children}
        </path>
      );
    default:
      return <circle cx={x} cy={y} r={s} fill={colour}>{children}</circle>;
  }
}

/** The legend's sample of a series: a short stretch of its line with its marker. */
function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg aria-hidden viewBox="0 0 28 12" className="h-3 w-7 shrink-0">
      <line x1="1" x2="27" y1="6" y2="6" stroke={style.colour} strokeWidth="1.75" strokeDasharray={style.dash ?? undefined} />
      <Marker shape={style.marker} x={14} y={6} size={3} colour={style.colour} />
    </svg>
  );
}

function ChartSvg({ chart, id, className }: { chart: CutoffChart; id: string; className: string }) {
  const { plot, fontSize } = chart;
  const total = chart.series.reduce((sum, series) => sum + series.points.length, 0);
  const markerSize = fontSize * 0.24;
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className={className} data-testid={id}>
      <title id={`${id}-title`}>CRS cutoff of each round over time, by category</title>
      <desc id={`${id}-desc`}>
        {`${total} rounds in ${chart.series.length} series: ${chart.series.map((s) => `${s.label} (${s.points.length})`).join(', ')}. Lines break where a series has no round for more than a year. The data table below gives every value.`}
      </desc>
      {chart.yTicks.map((tick) => (
        <g key={tick.label}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
          <text x={plot.left - 6} y={tick.y + fontSize * 0.35} textAnchor="end" fontSize={fontSize} fill="#475569">{tick.label}</text>
        </g>
      ))}
      {chart.xTicks.map((tick) => (
        <g key={tick.label}>
          <line x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom} stroke="#f1f5f9" />
          <text x={tick.x} y={plot.bottom + fontSize * 1.6} textAnchor="middle" fontSize={fontSize} fill="#475569">{tick.label}</text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#94a3b8" />
      {chart.series.map((series) => (
        <g key={series.key} data-series={series.key}>
          {series.segments
            .filter((segment) => segment.length > 1)
            .map((segment) => (
              <polyline
                key={segment[0].number}
                fill="none"
                stroke={series.colour}
                strokeWidth={fontSize / 7}
                strokeOpacity="0.85"
                strokeDasharray={series.dash ?? undefined}
                strokeLinejoin="round"
                points={segment.map((p) => `${p.x},${p.y}`).join(' ')}
              />
            ))}
          {series.points.map((point) => (
            <Marker key={point.number} shape={series.marker} x={point.x} y={point.y} size={markerSize} colour={series.colour}>
              <title>{`#${point.number}, ${formatIrccDate(point.date)}: ${point.cutoff} (${series.label})`}</title>
            </Marker>
          ))}
        </g>
      ))}
    </svg>
  );
}

/** `chart` is drawn from the sm breakpoint up, `phone` (the same rounds, laid out narrow and tall) below it. */
export function CutoffChartFigure({ chart, phone, id = 'cutoff-chart' }: { chart: CutoffChart; phone: CutoffChart; id?: string }) {
  if (chart.series.length === 0) return <p className="text-sm text-slate-600">No rounds to chart.</p>;
  return (
    <figure className="space-y-3">
      <ChartSvg chart={chart} id={id} className="hidden h-auto w-full sm:block" />
      <ChartSvg chart={phone} id={`${id}-phone`} className="h-auto w-full sm:hidden" />
      <figcaption>
        <ul className="grid grid-cols-1 gap-x-4 gap-y-1.5 text-xs text-slate-700 min-[420px]:grid-cols-2 sm:flex sm:flex-wrap" data-testid="chart-legend">
          {chart.series.map((series) => (
            <li key={series.key} className="flex items-center gap-1.5">
              <Swatch style={series} />
              <span>
                {series.label} <span className="text-slate-500">({series.points.length})</span>
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-500">
          A line breaks where its series had no round for more than a year. Rounds for provincial nominees only are left out: their cutoffs include the 600 nomination points. Filter by category or program above to chart fewer series.
        </p>
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Chart data as a table</summary>
        <div className="mt-2 max-h-96 overflow-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">CRS cutoff of each charted round</caption>
            <thead className="text-slate-600">
              <tr><th scope="col" className="py-1 pr-4 font-medium">Series</th><th scope="col" className="py-1 pr-4 font-medium">Round</th><th scope="col" className="py-1 pr-4 font-medium">Date</th><th scope="col" className="py-1 text-right font-medium">Cutoff</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {chart.series.flatMap((series) =>
                series.points.map((point) => (
                  <tr key={`${series.key}-${point.number}`}>
                    <td className="py-1 pr-4">{series.label}</td>
                    <td className="py-1 pr-4">#{point.number}</td>
                    <td className="py-1 pr-4">{formatIrccDate(point.date)}</td>
                    <td className="py-1 text-right tabular-nums">{point.cutoff}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
