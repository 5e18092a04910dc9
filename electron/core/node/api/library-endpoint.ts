/**
 * Where other processes send their changes while an app holds the library:
 * a loopback HTTP endpoint that answers the API contract for callers that
 * show the token written beside the library lock (`marginalia.lock.json`,
 * readable only by its user). `marginalia import` with the app running goes
 * through here, so the app that owns the library makes the change and
 * nothing is written behind its back.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult, Channel, Request, Response } from '../../../shared/api-contract.ts';
import { MAX_HTTP_REQUEST_BYTES } from '../../../shared/constants.ts';
import type { Library } from '../library/library.ts';
import type { LockOwner } from '../storage/storage-errors.ts';
import type { Dispatch } from './dispatch.ts';

export const TOKEN_HEADER = 'x-marginalia-token';

export interface LibraryEndpoint {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startLibraryEndpoint(dispatch: Dispatch): Promise<LibraryEndpoint> {
  const token = randomBytes(32).toString('hex');
  const expected = Buffer.from(token);
  const server = createServer((request, response) => {
    const reply = (status: number, result: ApiResult<unknown>) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(result));
    };
    const shown = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ''));
    if (shown.length !== expected.length || !timingSafeEqual(shown, expected) || request.method !== 'POST') {
      return reply(403, { ok: false, error: { code: 'forbidden', message: 'wrong or missing token' } });
    }
    readJson(request).then(
      async (payload) => reply(200, await dispatch(decodeURIComponent((request.url ?? '').slice(5)), payload)),
      () => reply(400, { ok: false, error: { code: 'invalid-payload', message: 'the request is not JSON' } }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Starts the endpoint and names it beside the library lock, with the browser host's address when there is one. */
export async function publishLibraryEndpoint(
  library: Library,
  dispatch: Dispatch,
  url?: string,
): Promise<LibraryEndpoint | null> {
  const lock = library.store.lock;
  if (!lock) return null; // opened read-only: nothing to send changes to
  const endpoint = await startLibraryEndpoint(dispatch);
  await lock.setEndpoint({ url: endpoint.url, token: endpoint.token }, url);
  return endpoint;
}

/** Calls the app that holds the library; resolves to its ApiResult. */
export async function callLibraryEndpoint<C extends Channel>(
  endpoint: NonNullable<LockOwner['endpoint']>,
  channel: C,
  request: Request<C>,
): Promise<ApiResult<Response<C>>> {
  const response = await fetch(`${endpoint.url}api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: endpoint.token },
    body: JSON.stringify(request),
  });
  return (await response.json()) as ApiResult<Response<C>>;
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_HTTP_REQUEST_BYTES) request.destroy(new Error('too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}
