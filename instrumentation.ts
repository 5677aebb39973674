// Next calls register() once when the server starts. In the Node.js runtime, and when RUN_WORKER
// is on (the default), the alerts worker starts inside the app; `npm run worker` runs more of them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  if (!env.RUN_WORKER) return;
  const { startWorker } = await import('@/lib/notifications/worker');
  await startWorker();
}
