import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests start s3rver and synthesize CDK; give them room without hiding hangs.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
