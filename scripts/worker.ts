import { loadDotEnv } from './lib/load-env';

// `npm run worker`: the alerts worker as its own process (several may run beside the app).
// SIGTERM/SIGINT let the current jobs finish before exiting.
loadDotEnv();
const { startWorker } = await import('../lib/notifications/worker');
const stop = await startWorker();

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
