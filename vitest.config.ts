import { defineConfig } from 'vitest/config';

// CLI and end-to-end tests start real processes; on a busy 2-core CI machine they may take
// seconds. Tests assert on behaviour, never on time, so the timeouts are generous.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/support/temp-root.ts'],
  },
});
