import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests start s3rver and synthesize CDK; give them room without hiding hangs.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Node 20 is what this project runs on (see README); the SDK's notice about its 2027 policy would
    // otherwise repeat in every worker and bury the test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
