// @vitest-environment node
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy.ts';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  privileged: [] as unknown[],
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
      electron.handlers.set(scheme, handler),
  },
}));

const { APP_INDEX_URL, mimeTypeFor, registerAppProtocol, registerAppScheme, resolveAppUrl } =
  await import('./app-protocol.ts');

const root = join('/opt', 'marginalia', 'dist', 'renderer');

describe('resolveAppUrl', () => {
  it.each([
    ['app://marginalia/index.html', 'index.html'],
    ['app://marginalia/', 'index.html'],
    ['app://marginalia', 'index.html'],
    ['app://marginalia/assets/index-abc123.js', join('assets', 'index-abc123.js')],
    ['app://marginalia/assets/a%20b.css?v=1#top', join('assets', 'a b.css')],
    ['APP://MARGINALIA/index.html', 'index.html'],
  ])('maps %s inside the renderer folder', (url, expected) => {
    expect(resolveAppUrl(url, root)).toBe(join(root, expected));
  });

  it.each([
    'app://marginalia/..%2F..%2Fpackage.json',
    'app://marginalia/..%2f..%2fetc%2fpasswd',
    'app://marginalia/..%5C..%5Cpackage.json',
    'app://marginalia/assets%2F..%2F..%2Fmain.js',
    'app://marginalia/%2Fetc%2Fpasswd',
    'app://marginalia/C:%5CWindows%5Cwin.ini',
    'app://marginalia/index.html%00.png',
    'app://marginalia/%E0%A4%A',
    'app://marginalia//etc/passwd',
    'app://marginalia/assets/',
    'app://evil/index.html',
    'app://marginalia.evil/index.html',
    'app://user@marginalia/index.html',
    'app://marginalia:8080/index.html',
    'file:///opt/marginalia/dist/renderer/index.html',
    'https://marginalia/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });

  // The URL parser removes dot segments before we see the path (as Chromium
  // does for a standard scheme), so these stay pinned to the folder's root.
  it.each([
    ['app://marginalia/../package.json', 'package.json'],
    ['app://marginalia/assets/../../main.js', 'main.js'],
    ['app://marginalia/%2e%2e/%2E%2E/package.json', 'package.json'],
  ])('clamps %s to the folder', (url, expected) => {
    expect(resolveAppUrl(url, root)).toBe(join(root, expected));
  });

  it('never returns a path outside the folder, whatever the URL', () => {
    const nasty = [
      '..',
      '%2e%2e',
      '%2E%2E',
      '.%2e',
      '%2e.',
      '..%2f',
      '..%5c',
      '%252e%252e',
      '....',
      '.',
      '%00',
      '%2f',
      '%5c',
    ];
    for (const a of nasty) {
      for (const b of nasty) {
        const file = resolveAppUrl(`app://marginalia/${a}/${b}/x`, root);
        if (file !== null) expect(file.startsWith(root + '/') || file.startsWith(root + '\\')).toBe(true);
      }
    }
  });
});

describe('mimeTypeFor', () => {
  it('types what the renderer ships and falls back to bytes', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.unknown')).toBe('application/octet-stream');
  });
});

describe('the app:// handler', () => {
  let dir: string;
  let handler: (request: { url: string }) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-protocol-'));
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Marginalia</title>');
    await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'outside');
    registerAppScheme();
    registerAppProtocol(join(dir, 'renderer'));
    handler = electron.handlers.get('app')!;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('registers a standard, secure, fetch-capable scheme', () => {
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('serves the page with the CSP header', async () => {
    const response = await handler({ url: APP_INDEX_URL });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Marginalia</title>');
  });

  it('answers 404 and 403 with the CSP header too', async () => {
    const missing = await handler({ url: 'app://marginalia/nope.js' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const escape = await handler({ url: 'app://marginalia/..%2Fsecret.txt' });
    expect(escape.status).toBe(403);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await escape.text()).not.toContain('outside');
  });
});
