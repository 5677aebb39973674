import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { CategoryId } from '@/lib/feed/parse';
import { formatIrccDate } from '@/lib/rounds/format';
import { categoryListOn } from '@/lib/rounds/occupations';
import { ROUND_CATEGORIES } from '@/lib/schemas/round';

type Params = { params: Promise<{ category: string; from: string }> };

export const metadata: Metadata = { title: 'Occupation list' };

/** One version of a category's occupation list, named by the first day it was in force. */
export default async function OccupationListPage({ params }: Params) {
  const { category, from } = await params;
  if (!(ROUND_CATEGORIES as readonly string[]).includes(category) || !/^\d{4}-\d{2}-\d{2}$/.test(from)) notFound();
  const list = categoryListOn(category as CategoryId, from);
  if (!list || list.from !== from) notFound();

  return (
    <div className="space-y-6">
      <div>
        <Link href="/rounds" className="text-sm text-slate-600 hover:text-brand-700">← All rounds</Link>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">{list.name}</h1>
        <p className="mt-1 text-slate-600" data-testid="list-version">
          List {list.label}, in force from {formatIrccDate(list.from)}{list.to ? ` to ${formatIrccDate(list.to)}` : ' (current)'}.
        </p>
      </div>
      {list.occupations.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200">This category has no occupation list.</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm" data-testid="occupation-list">
            <caption className="sr-only">Occupations on this list</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Occupation</th>
                <th scope="col" className="px-4 py-2 font-medium">2021 NOC code</th>
                <th scope="col" className="px-4 py-2 font-medium">TEER category</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.occupations.map((occupation) => (
                <tr key={occupation.noc}>
                  <td className="px-4 py-2">{occupation.title}</td>
                  <td className="px-4 py-2 font-mono">{occupation.noc}</td>
                  <td className="px-4 py-2">{occupation.teer}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
