// postinstall: generate the Prisma client (git-ignored, in lib/generated/prisma).
// Prisma's CLI asks for its native schema engine even for `generate`, which never runs it; this
// machine cannot download it, so point the CLI at any existing file (see README, "Database").
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false' };
const result = spawnSync('node_modules/.bin/prisma', ['generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
