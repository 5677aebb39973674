import { existsSync } from 'node:fs';

// Prisma 7 and plain Node scripts do not read .env by themselves; Next does for the app.
// Variables already set in the environment win over the file.
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
