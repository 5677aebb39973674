import { defineConfig } from 'prisma/config';

// Prisma 7 keeps the connection URL here. `generate` needs none, so a missing variable must not throw.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
