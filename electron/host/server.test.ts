import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../core/node/api/dispatch.ts';
import { createHandlers } from '../core/node/api/handlers.ts';
import { Library } from '../core/node/library/library.ts';
import { isOwnOrigin, startBrowserHost, type BrowserHost } from './server.ts';

let dir: string;
let host: BrowserHost;
let port: number;
let library: Library;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-host-'));
  await writeFile(join(dir, 'sample.txt'), 'Headline\n\nBody text.\n');
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  library = await Library.open({ dataDir: join(dir, 'data'), sampleArticlePath: join(dir, 'sample.txt') });
  const dispatch = createDispatcher(createHandlers(library, { version: 'test' }));
  host = await startBrowserHost({ dispatch, rendererDir: join(dir, 'renderer'), port: 0 });
  port = Number(new URL(host.url).port);
});
afterAll(async () => {
  await host.close();
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };

describe('browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((host.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('answers API calls from its own origin', async () => {
    const response = await send('/api/app:start', {
      method: 'POST',
      headers: { ...json, Origin: `http://127.0.0.1:${port}` },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { version: 'test' } });
  });

  it('refuses another Origin and a rebound Host name', async () => {
    const evilOrigin = await send('/api/app:start', {
      method: 'POST',
      headers: { ...json, Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(evilOrigin.status).toBe(403);
    const rebound = await send('/', { headers: { Host: `attacker.example:${port}` } });
    expect(rebound.status).toBe(403);
  });

  it('refuses non-JSON API bodies and bad JSON with a typed error', async () => {
    expect(
      (await send('/api/app:start', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).status,
    ).toBe(415);
    const bad = await send('/api/app:start', { method: 'POST', headers: json, body: '{' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/../sample.txt')).status).toBe(404);
    expect((await send('/%2e%2e/data/marginalia.json')).status).toBe(404);
  });
});

describe('isOwnOrigin', () => {
  const allowed = new Set(['127.0.0.1:4000', 'localhost:4000']);
  it('accepts its own host with or without an Origin', () => {
    expect(isOwnOrigin({ host: '127.0.0.1:4000' }, allowed)).toBe(true);
    expect(isOwnOrigin({ host: 'localhost:4000', origin: 'http://localhost:4000' }, allowed)).toBe(true);
  });
  it('rejects other hosts, ports, schemes and garbage origins', () => {
    expect(isOwnOrigin({ host: '127.0.0.1:4001' }, allowed)).toBe(false);
    expect(isOwnOrigin({}, allowed)).toBe(false);
    expect(isOwnOrigin({ host: '127.0.0.1:4000', origin: 'https://127.0.0.1:4000' }, allowed)).toBe(false);
    expect(isOwnOrigin({ host: '127.0.0.1:4000', origin: 'null' }, allowed)).toBe(false);
  });
});
