import { getCurrentUser } from '@/lib/auth';
import { findProfile } from '@/lib/data/profiles';

// Downloads the signed-in user's saved profile in the interchange format. Nobody else's: the
// profile is looked up by the session's user id only.
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Sign in to export your profile.' }, { status: 401 });
  const saved = await findProfile(user.id);
  if (!saved) return Response.json({ error: 'You have not saved a profile yet.' }, { status: 404 });
  return new Response(`${JSON.stringify(saved.profile, null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="draw-alerts-profile.json"',
      'cache-control': 'no-store',
    },
  });
}
