/**
 * For tests: the API's handlers called as a transport calls them (payloads
 * validated, answers as the window gets them), a failed call thrown with its
 * code and message.
 */
import type { Library } from '../library/library.ts';
import { createDispatcher } from './dispatch.ts';
import { createHandlers } from './handlers.ts';

export function apiCaller(library: Library): (channel: string, payload: unknown) => Promise<any> {
  const dispatch = createDispatcher(createHandlers(library, { version: '0' }), () => {});
  return async (channel, payload) => {
    const result = await dispatch(channel, payload);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
}
