import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { Country } from 'world-countries';
import { countryFields } from './electron/core/common/entities/country-fields.ts';

/** The entity worker gets only the fields of `world-countries` it reads (see country-fields.ts). */
function countryFieldsOnly(): Plugin {
  const virtual = '\0marginalia:country-fields';
  let source = '';
  return {
    name: 'marginalia:country-fields-only',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id !== './countries.json' || !importer?.replaceAll('\\', '/').includes('/world-countries/')) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      source = resolved?.id ?? '';
      return virtual;
    },
    async load(id) {
      if (id !== virtual) return null;
      const countries = JSON.parse(await readFile(source, 'utf8')) as Country[];
      return `export default ${JSON.stringify(countries.map(countryFields))};`;
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Source maps stay out of the shipped renderer (and out of app.asar).
    sourcemap: false,
    target: 'es2022',
  },
  worker: { format: 'es', plugins: () => [countryFieldsOnly()] },
});
