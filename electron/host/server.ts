/**
 * The browser host: serves the built renderer and the API contract over HTTP
 * on 127.0.0.1, on the same lowdb store as the desktop app. It is how the
 * renderer runs — and is tested end to end — on machines without Electron.
 *
 * Routes: `POST /api/<channel>` with a JSON body → ApiResult JSON; everything
 * else is a static file of the built renderer.
 *
 * Only this origin may call it: a request whose Host or Origin header names
 * another host is refused (DNS rebinding), and API calls must be JSON, which a
 * cross-site form cannot send without a CORS preflight this server never grants.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiResult } from '../shared/api-contract.ts';
import { MAX_HTTP_REQUEST_BYTES } from '../shared/constants.ts';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy.ts';
import type { Dispatch } from '../core/node/api/dispatch.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};

export interface BrowserHostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port: number;
}

export interface BrowserHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let allowedHosts = new Set<string>();
  const server = createServer((request, response) => {
    handle(request, response, options, allowedHosts).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** True when the request comes from this host's own page (or a non-browser client on loopback). */
export function isOwnOrigin(headers: IncomingMessage['headers'], allowedHosts: ReadonlySet<string>): boolean {
  const host = headers.host;
  if (!host || !allowedHosts.has(host.toLowerCase())) return false;
  const origin = headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && allowedHosts.has(url.host.toLowerCase());
  } catch {
    return false;
  }
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: BrowserHostOptions,
  allowedHosts: ReadonlySet<string>,
): Promise<void> {
  if (!isOwnOrigin(request.headers, allowedHosts)) {
    send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: this server only answers its own page.');
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');

  if (url.pathname.startsWith('/api/')) {
    if (request.method !== 'POST') return sendResult(response, 405, methodNotAllowed());
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendResult(response, 415, {
        ok: false,
        error: { code: 'invalid-payload', message: 'expected application/json' },
      });
    }
    const body = await readBody(request);
    if (body === null) {
      return sendResult(response, 413, {
        ok: false,
        error: { code: 'invalid-input', message: 'the request is too large' },
      });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return sendResult(response, 400, {
        ok: false,
        error: { code: 'invalid-payload', message: 'the request body is not JSON' },
      });
    }
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    const result = await options.dispatch(channel, payload);
    return sendResult(response, 200, result);
  }

  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return;
  }
  await serveStatic(url.pathname, response, options.rendererDir);
}

async function serveStatic(pathname: string, response: ServerResponse, root: string): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  try {
    const data = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    send(response, 200, type, data, { 'Cache-Control': cache });
  } catch {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
}

function methodNotAllowed(): ApiResult<never> {
  return { ok: false, error: { code: 'invalid-payload', message: 'use POST' } };
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_HTTP_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendResult(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(result), { 'Cache-Control': 'no-store' });
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': type });
  response.end(body);
}
