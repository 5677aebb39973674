import { db } from '@/lib/db';
import type { OutgoingEmail } from '@/lib/email';

export async function saveDevEmails(from: string, emails: OutgoingEmail[]): Promise<string[]> {
  const rows = await db.devEmail.createManyAndReturn({
    data: emails.map((email) => ({ from, to: [email.to], subject: email.subject, html: email.html, text: email.text, headers: email.headers ?? {} })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export function listDevEmails(limit = 100) {
  return db.devEmail.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
}

export function findDevEmail(id: string) {
  return db.devEmail.findUnique({ where: { id } });
}
