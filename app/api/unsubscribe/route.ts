import { unsubscribeUser, verifyUnsubscribeToken } from '@/lib/notifications/unsubscribe';

// RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL in the
// List-Unsubscribe header. The signed token in the query is the authorization (no sign-in). Only
// POST changes anything; Next answers 405 to any other method.
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return Response.json({ error: 'INVALID_TOKEN' }, { status: 400 });
  // Form-encoded ("List-Unsubscribe=One-Click") or multipart, as RFC 8058 allows either.
  const body = await request.text();
  if (!body.includes('One-Click')) return Response.json({ error: 'ONE_CLICK_BODY_REQUIRED' }, { status: 400 });
  await unsubscribeUser(userId);
  return Response.json({ unsubscribed: true });
}
