import { profileJsonSchema } from '@/lib/schemas/profile';

// Public: the JSON Schema of the profile that POST /api/v1/evaluate and the profile import accept.
export function GET(): Response {
  return Response.json(profileJsonSchema, { headers: { 'cache-control': 'public, max-age=3600' } });
}
