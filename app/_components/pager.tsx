import Link from 'next/link';

/** "← Newer · Page n of m · Older →" for a filtered list; every link keeps the filters given. */
export function Pager({ path, filters, page, pages }: { path: string; filters: Record<string, string | undefined>; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (to: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    params.set('page', String(to));
    return `${path}?${params}`;
  };
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {page > 1 && <Link href={href(page - 1)} className="text-brand-700 hover:underline">← Newer</Link>}
      <span className="text-slate-600">Page {page} of {pages}</span>
      {page < pages && <Link href={href(page + 1)} className="text-brand-700 hover:underline">Older →</Link>}
    </nav>
  );
}
