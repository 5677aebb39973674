import type { CutoffChart } from '@/lib/rounds/chart';
import { formatIrccDate } from '@/lib/rounds/format';

// CRS cutoffs over time, one line per category or program: a server-rendered SVG with a title, a
// description and the same data as a table for screen readers and anyone who prefers numbers.

export function CutoffChartFigure({ chart, id = 'cutoff-chart' }: { chart: CutoffChart; id?: string }) {
  if (chart.series.length === 0) return <p className="text-sm text-slate-600">No rounds to chart.</p>;
  const { plot } = chart;
  const total = chart.series.reduce((sum, series) => sum + series.points.length, 0);
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full" data-testid="cutoff-chart">
        <title id={`${id}-title`}>CRS cutoff of each round over time, by category</title>
        <desc id={`${id}-desc`}>
          {`${total} rounds in ${chart.series.length} series: ${chart.series.map((s) => `${s.label} (${s.points.length})`).join(', ')}. The data table below gives every value.`}
        </desc>
        {chart.yTicks.map((tick) => (
          <g key={tick.label}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
            <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" fontSize="11" fill="#475569">{tick.label}</text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <g key={tick.label}>
            <line x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom} stroke="#f1f5f9" />
            <text x={tick.x} y={plot.bottom + 18} textAnchor="middle" fontSize="11" fill="#475569">{tick.label}</text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#94a3b8" />
        {chart.series.map((series) => (
          <g key={series.key}>
            {series.points.length > 1 && (
              <polyline fill="none" stroke={series.colour} strokeWidth="1.5" strokeOpacity="0.8" points={series.points.map((p) => `${p.x},${p.y}`).join(' ')} />
            )}
            {series.points.map((point) => (
              <circle key={point.number} cx={point.x} cy={point.y} r="2.5" fill={series.colour}>
                <title>{`#${point.number}, ${formatIrccDate(point.date)}: ${point.cutoff} (${series.label})`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {chart.series.map((series) => (
            <li key={series.key} className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: series.colour }} />
              {series.label}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-500">Rounds for provincial nominees only are left out: their cutoffs include the 600 nomination points.</p>
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
