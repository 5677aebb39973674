import type { CategoryListOn } from '@/lib/rounds/occupations';
import { formatIrccDate } from '@/lib/rounds/format';

/** A category's occupation-list version with its dates and occupations (collapsed). */
export function CategoryListDetails({ list }: { list: CategoryListOn }) {
  return (
    <details className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200" data-testid="category-list">
      <summary className="cursor-pointer font-medium">
        {list.name}: list {list.label} (in force from {formatIrccDate(list.from)}
        {list.to ? ` to ${formatIrccDate(list.to)}` : ''}), {list.occupations.length} occupations
      </summary>
      {list.occupations.length === 0 ? (
        <p className="mt-2 text-slate-600">This category has no occupation list.</p>
      ) : (
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {list.occupations.map((occupation) => (
            <li key={occupation.noc}>
              <span className="font-mono text-xs text-slate-500">{occupation.noc}</span> {occupation.title}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
