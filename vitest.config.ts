import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the renderer's rune modules (*.svelte.ts) for their tests.
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
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
