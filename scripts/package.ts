/**
 * Packages the desktop app with electron-builder, from electron-builder.yml.
 *
 *   npx tsx scripts/package.ts [--dir] [--linux|--win|--mac] [--x64] [--arm64]
 *
 * Run `npm run build` first: only dist/ is packed. electron-builder.yml holds
 * the configuration; this script adds what YAML cannot express:
 * - `electronDist` from the ELECTRON_DIST environment variable, when set: a
 *   folder holding an unpacked Electron (or its zips), so nothing is downloaded;
 * - `electronVersion` from node_modules/electron/package.json, since the
 *   electron package is not installed with its binary here.
 * Running under tsx also lets electron-builder load the TypeScript afterPack hook.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Configuration } from 'electron-builder';

const { values } = parseArgs({
  options: {
    dir: { type: 'boolean', default: false },
    linux: { type: 'boolean', default: false },
    win: { type: 'boolean', default: false },
    mac: { type: 'boolean', default: false },
    x64: { type: 'boolean', default: false },
    arm64: { type: 'boolean', default: false },
  },
});

const require = createRequire(import.meta.url);
const electronVersion = (
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }
).version;
const electronDist = process.env.ELECTRON_DIST ? resolve(process.env.ELECTRON_DIST) : undefined;
if (electronDist && !existsSync(electronDist)) {
  console.error(`ELECTRON_DIST is ${electronDist}, which does not exist.`);
  process.exit(2);
}
if (!existsSync('dist/electron/main.js') || !existsSync('dist/renderer/index.html')) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(2);
}

const config: Configuration = {
  // Loads electron-builder.yml and lays these keys over it.
  extends: 'electron-builder.yml',
  electronVersion,
  ...(electronDist ? { electronDist } : {}),
};

// An empty target list means "the targets in electron-builder.yml"; --dir packs the unpacked app only.
const targets = values.dir ? ['dir'] : [];
const platforms = {
  ...(values.linux ? { linux: targets } : {}),
  ...(values.win ? { win: targets } : {}),
  ...(values.mac ? { mac: targets } : {}),
};
const current = { linux: 'linux', win32: 'win', darwin: 'mac' }[process.platform as string] ?? 'linux';

console.log(`Packaging with Electron ${electronVersion} from ${electronDist ?? 'the electron-builder download cache'}`);
const artifacts = await build({
  config,
  ...(Object.keys(platforms).length ? platforms : { [current]: targets }),
  ...(values.x64 ? { x64: true } : {}),
  ...(values.arm64 ? { arm64: true } : {}),
  publish: 'never',
});
for (const artifact of artifacts) console.log(`built ${artifact}`);
