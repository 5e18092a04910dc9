/**
 * The `app://marginalia/` scheme the renderer is loaded from.
 *
 * A privileged standard scheme gives the page a real origin (so `'self'` in
 * the CSP means something and the IPC sender can be checked by URL), where
 * `file://` would expose the whole disk to the page. Only files under
 * `dist/renderer` are served, each with the Content-Security-Policy header.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'marginalia';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Maps an `app://marginalia/<path>` URL to a file under `rendererDir`, or
 * null when the URL is not ours or would leave the folder. `/` is index.html;
 * query and fragment are ignored. Each path segment is decoded on its own,
 * so an encoded `..%2F` or `%5C` cannot smuggle a separator past the check.
 */
export function resolveAppUrl(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.host.toLowerCase() !== APP_HOST ||
    parsed.username ||
    parsed.password
  )
    return null;

  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0 || segments.at(-1) === '') {
    if (segments.length > 1) return null; // folder listings: only the root has an index
    segments.splice(0, segments.length, 'index.html');
  }
  if (segments.some((s) => s === '')) return null; // `//` inside the path

  const root = resolve(rendererDir);
  const file = join(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers sent with every `app://` response, errors included. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

/** Must run before `app` is ready: privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps compiled renderer code between launches, as it does for https pages.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves `rendererDir` on `app://marginalia/`. Call once `app` is ready. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppUrl(request.url, rendererDir);
    if (file === null)
      return new Response('Forbidden', { status: 403, headers: responseHeaders('text/plain; charset=utf-8') });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: responseHeaders(mimeTypeFor(file)) });
    } catch {
      return new Response('Not found', { status: 404, headers: responseHeaders('text/plain; charset=utf-8') });
    }
  });
}
