/**
 * The one entry point every transport calls: Electron IPC, the browser host's
 * HTTP routes and the fuzz tests. It checks the channel name, validates the
 * payload against the contract's schema, runs the handler and turns every
 * outcome — including a bug — into an ApiResult. Nothing invalid reaches a
 * handler, and nothing a handler throws crashes the host.
 */
import type * as z from 'zod';
import {
  isChannel,
  requestSchemas,
  type ApiResult,
  type Channel,
  type Response,
} from '../../../shared/api-contract.ts';
import { InvalidRecordError, WriteFailedError } from '../storage/storage-errors.ts';
import { ApiFailure } from './api-failure.ts';

export type Handlers = {
  [C in Channel]: (request: z.output<(typeof requestSchemas)[C]>) => Promise<Response<C>>;
};

export type Dispatch = (channel: unknown, payload: unknown) => Promise<ApiResult<unknown>>;

export function createDispatcher(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 80) : `(${typeof channel})`;
      return { ok: false, error: { code: 'unknown-channel', message: `unknown channel: ${name}` } };
    }
    const parsed = requestSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return {
        ok: false,
        error: { code: 'invalid-payload', message: `invalid ${channel} request${where}: ${issue?.message}` },
      };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiFailure) return { ok: false, error: { code: error.code, message: error.message } };
      if (error instanceof WriteFailedError)
        return { ok: false, error: { code: 'write-failed', message: error.message } };
      if (error instanceof InvalidRecordError) {
        return { ok: false, error: { code: 'invalid-input', message: error.message } };
      }
      log(error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong; nothing was changed. Details are in the log.' },
      };
    }
  };
}
