'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/lib/auth';
import { importFeed } from '@/lib/rounds/import';
import type { ImportState } from './import-state';

/** Imports an uploaded copy of IRCC's rounds feed (ee_rounds_123_en.json): all of it or nothing. */
export async function importRoundsFile(_state: ImportState, form: FormData): Promise<ImportState> {
  const admin = await requireAdmin();
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return { status: 'refused', fileName: '', issues: [{ path: 'file', message: 'Choose the feed file to import (ee_rounds_123_en.json).' }] };
  }
  const result = await importFeed(admin, await file.text());
  if (!result.ok) return { status: 'refused', fileName: file.name, issues: result.issues };
  revalidatePath('/admin');
  revalidatePath('/rounds', 'layout');
  revalidatePath('/');
  return { status: 'imported', fileName: file.name, report: result.report };
}
