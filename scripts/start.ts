import { existsSync } from 'node:fs';
import { run } from './lib/processes';
import { serve } from './lib/serve';

// Production server. Builds first when no build exists yet.
await serve('start', async () => {
  if (existsSync('.next/BUILD_ID')) return;
  const code = await run('node_modules/.bin/next', ['build']);
  if (code !== 0) process.exit(code);
});
