/**
 * Packs the app for real with electron-builder (`dir` target, Linux) and
 * checks what app.asar holds: the built app and its runtime dependencies,
 * nothing else. Uses ELECTRON_DIST when it points at an unpacked Linux
 * Electron, otherwise a placeholder (see placeholder-electron.ts) — in which
 * case the fuses are reported skipped, never flipped.
 *
 * Expects `dist/` to be built (CI runs `npm run build` first); builds it when absent.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as asar from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePlaceholderElectronDist } from './placeholder-electron.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const unpacked = join(root, 'release', 'linux-unpacked');
const archive = join(unpacked, 'resources', 'app.asar');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let files: string[] = [];
let builderOutput = '';
let usingPlaceholder = true;

async function npx(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { stdout, stderr } = await run('npx', args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
  return `${stdout}${stderr}`;
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/electron/main.js')) || !existsSync(join(root, 'dist/electron/preload.cjs'))) {
    await npx(['tsx', 'scripts/build-node.ts']);
  }
  if (!existsSync(join(root, 'dist/renderer/index.html'))) await npx(['vite', 'build']);

  const realDist = process.platform === 'linux' && process.env.ELECTRON_DIST && existsSync(process.env.ELECTRON_DIST);
  usingPlaceholder = !realDist;
  const electronDist = realDist
    ? resolve(process.env.ELECTRON_DIST!)
    : await makePlaceholderElectronDist(join(root, '.tmp', 'electron-dist-placeholder'));
  console.log(
    `packaging against ${usingPlaceholder ? 'the PLACEHOLDER Electron' : 'a real Electron'}: ${electronDist}`,
  );

  await rm(unpacked, { recursive: true, force: true });
  builderOutput = await npx(['tsx', 'scripts/package.ts', '--dir', '--linux', '--x64'], {
    ...process.env,
    ELECTRON_DIST: electronDist,
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
  });
  // Forward slashes and a leading slash on every platform.
  files = asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  printSummary();
}, 240_000);

function printSummary(): void {
  const size = statSync(archive).size;
  const count = new Map<string, number>();
  const bytes = new Map<string, number>();
  for (const file of files) {
    const stat = asar.statFile(archive, file.slice(1), false) as { size?: number; files?: unknown };
    if (stat.files || stat.size === undefined) continue; // folders
    const parts = file.slice(1).split('/');
    const group =
      parts[0] === 'node_modules'
        ? `node_modules/${parts[1]?.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]}`
        : parts.length > 2
          ? `${parts[0]}/${parts[1]}`
          : parts[0]!;
    count.set(group, (count.get(group) ?? 0) + 1);
    bytes.set(group, (bytes.get(group) ?? 0) + stat.size);
  }
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  const rows = [...count.keys()].sort((a, b) => bytes.get(b)! - bytes.get(a)!);
  const fileCount = [...count.values()].reduce((a, b) => a + b, 0);
  const top = rows.filter((r) => !r.startsWith('node_modules/'));
  const modules = rows.filter((r) => r.startsWith('node_modules/'));
  const lines = [
    `app.asar: ${mb(size)}, ${fileCount} files (${archive})`,
    ...top.map((r) => `  ${r.padEnd(44)} ${String(count.get(r)).padStart(5)} files ${mb(bytes.get(r)!).padStart(10)}`),
    `  node_modules: ${modules.length} packages, ${modules.reduce((n, r) => n + count.get(r)!, 0)} files, ${mb(modules.reduce((n, r) => n + bytes.get(r)!, 0))}; largest:`,
    ...modules
      .slice(0, 12)
      .map((r) => `    ${r.padEnd(42)} ${String(count.get(r)).padStart(5)} files ${mb(bytes.get(r)!).padStart(10)}`),
  ];
  console.log(lines.join('\n'));
}

function has(path: string): boolean {
  return files.includes(path);
}

describe('electron-builder dir target', () => {
  it('packs app.asar and puts the sample article beside it', () => {
    expect(existsSync(archive)).toBe(true);
    const sample = join(unpacked, 'resources', 'sample-article.txt');
    expect(readFileSync(sample, 'utf8')).toBe(readFileSync(join(root, 'resources', 'sample-article.txt'), 'utf8'));
  });

  it('reports the fuses honestly', () => {
    if (usingPlaceholder) {
      expect(builderOutput).toMatch(/\[flip-fuses\] SKIPPED: .* is the placeholder Electron binary/);
      expect(builderOutput).not.toMatch(/RunAsNode=off/);
    } else {
      expect(builderOutput).toMatch(/\[flip-fuses\] .*RunAsNode=off.*OnlyLoadAppFromAsar=on/);
    }
  });

  it('holds the built app and package.json', () => {
    for (const path of [
      '/dist/electron/main.js',
      '/dist/electron/preload.cjs',
      '/dist/renderer/index.html',
      '/package.json',
    ]) {
      expect(has(path), path).toBe(true);
    }
    expect(files.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
  });

  it("has package.json's main inside the archive", () => {
    const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(packed.main).toBe(pkg.main);
    expect(has(`/${packed.main.replace(/^\.\//, '')}`)).toBe(true);
  });

  it('holds every runtime dependency, and everything main.js imports', () => {
    for (const name of Object.keys(pkg.dependencies))
      expect(has(`/node_modules/${name}/package.json`), name).toBe(true);
    const main = asar.extractFile(archive, 'dist/electron/main.js').toString('utf8');
    const imported = new Set(
      [
        ...main.matchAll(/^import\s[^'"]*?from\s+["']([^"']+)["']/gm),
        ...main.matchAll(/^import\s+["']([^"']+)["']/gm),
        // Loaded on first use: import("x"), or a createRequire require("x") (which esbuild may rename require2).
        ...main.matchAll(/\b(?:import|require\w*)\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1]!),
    );
    const bare = [...imported].filter(
      (s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s) && s !== 'electron',
    );
    expect(bare.length).toBeGreaterThan(0);
    const packages = new Set(
      bare.map((specifier) =>
        specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!,
      ),
    );
    for (const name of packages)
      expect(has(`/node_modules/${name}/package.json`), `main.js imports ${name}`).toBe(true);
    // And nothing else: what only the renderer (bundled by Vite) or the CLI uses is a devDependency, not app weight.
    expect(Object.keys(pkg.dependencies).filter((name) => !packages.has(name))).toEqual([]);
  });

  it('holds no sources, maps, tests or build tooling', () => {
    const ours = files.filter((f) => !f.startsWith('/node_modules/'));
    for (const folder of [
      '/electron/',
      '/renderer/',
      '/e2e/',
      '/scripts/',
      '/bench/',
      '/resources/',
      '/src/',
      '/release/',
      '/.tmp/',
    ]) {
      expect(
        ours.filter((f) => f.startsWith(folder) || `${f}/` === folder),
        folder,
      ).toEqual([]);
    }
    expect(ours.filter((f) => /\.(ts|mts|cts|tsx|svelte)$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const name of ['tsconfig.json', 'vite.config.ts', 'electron-builder.yml', 'package-lock.json', '.gitignore']) {
      expect(has(`/${name}`), name).toBe(false);
    }
  });

  it('holds no devDependencies', () => {
    const devOnly = Object.keys(pkg.devDependencies).filter((name) => !(name in pkg.dependencies));
    for (const name of [
      'vite',
      'svelte',
      'electron-builder',
      'typescript',
      'electron',
      'vitest',
      'esbuild',
      '@playwright/test',
    ]) {
      expect(devOnly).toContain(name);
    }
    expect(devOnly.filter((name) => files.some((f) => f.startsWith(`/node_modules/${name}/`)))).toEqual([]);
  });
});
