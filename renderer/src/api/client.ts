/**
 * The renderer's API client. In the desktop app the preload's bridge carries
 * calls over IPC; in the browser host they go over HTTP to the same handlers.
 * Either way the contract's types hold end to end.
 */
import type {
  ApiErrorCode,
  ApiResult,
  Channel,
  HostKind,
  Invoke,
  MarginaliaBridge,
  Request,
  Response,
} from '../../../electron/shared/api-contract.ts';

declare global {
  interface Window {
    marginalia?: MarginaliaBridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

const httpInvoke: Invoke = async (channel, request) => {
  const response = await fetch(`api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  return (await response.json()) as ApiResult<never>;
};

export const bridge = typeof window !== 'undefined' ? window.marginalia : undefined;
/** The one answer to "is this the desktop app?": only the desktop app's preload provides the bridge. */
export const host: HostKind = bridge ? 'electron' : 'browser';
const invoke: Invoke = bridge ? bridge.invoke : httpInvoke;

/** Calls a channel; resolves to its response or rejects with an ApiCallError. */
export async function call<C extends Channel>(channel: C, request: Request<C>): Promise<Response<C>> {
  let result: ApiResult<Response<C>>;
  try {
    result = await invoke(channel, request);
  } catch (error) {
    throw new ApiCallError(
      'internal',
      `Could not reach Marginalia: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}
