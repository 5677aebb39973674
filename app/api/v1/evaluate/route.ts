import { findRoundByNumber, toRoundInput } from '@/lib/data/rounds';
import { evaluateRequest, type FindRound } from '@/lib/evaluation/request';
import { torontoToday } from '@/lib/toronto-today';
import type { FieldIssue } from '@/lib/schemas/profile';

// Public JSON API: POST a profile (and optionally asOf, a recorded round's number or a draw), get
// exactly the object the `evaluate` command prints. Open to anyone (no account, nothing stored, no
// personal data kept), so there is nothing to authorize; every input is checked here. Next answers
// 405 to other methods.

/** Profiles are a few kilobytes; anything far larger is refused before parsing. */
const MAX_BODY_CHARS = 200_000;

const headers = { 'cache-control': 'no-store' };

function errors(status: number, list: FieldIssue[]): Response {
  return Response.json({ errors: list }, { status, headers });
}

const findRecordedRound: FindRound = async (number) => {
  const round = await findRoundByNumber(number);
  return round && toRoundInput(round);
};

export async function POST(request: Request): Promise<Response> {
  const text = await request.text();
  if (text.length > MAX_BODY_CHARS) return errors(413, [{ path: '(root)', message: `must be at most ${MAX_BODY_CHARS} characters of JSON` }]);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return errors(400, [{ path: '(root)', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  const result = await evaluateRequest(body, { today: torontoToday(), findRound: findRecordedRound });
  if (!result.ok) return errors(result.status, result.errors);
  return Response.json(result.evaluation, { headers });
}
