import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'lint/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
      'e2e/packaging/**/*.test.ts',
      'e2e/start/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
