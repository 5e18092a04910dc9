import { describe, expect, it, vi } from 'vitest';
import { ApiFailure } from './api-failure.ts';
import { createDispatcher, type Handlers } from './dispatch.ts';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = async () => {
    throw new Error('not under test');
  };
  return new Proxy(overrides as Handlers, { get: (target, key) => (target as any)[key] ?? fail });
}

describe('createDispatcher', () => {
  it('refuses unknown channels, including prototype keys', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('nope', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('validates the payload before any handler runs', async () => {
    const create = vi.fn();
    const dispatch = createDispatcher(handlers({ 'annotation:create': create }));
    const result = await dispatch('annotation:create', { documentId: 'not-a-uuid', start: 0, end: 1, color: 'yellow' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(
      (
        await dispatch('annotation:create', {
          documentId: '11111111-1111-4111-8111-111111111111',
          start: 5,
          end: 2,
          color: 'yellow',
        })
      ).ok,
    ).toBe(false);
    expect((await dispatch('annotation:create', null)).ok).toBe(false);
    expect(
      (await dispatch('annotation:update', { id: '11111111-1111-4111-8111-111111111111', extra: 1, note: '' })).ok,
    ).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  it('passes a valid request and returns the value', async () => {
    const dispatch = createDispatcher(handlers({ 'library:list': async () => ({ documents: [] }) }));
    expect(await dispatch('library:list', {})).toEqual({ ok: true, value: { documents: [] } });
  });

  it('turns an ApiFailure into its code and a bug into a generic internal error', async () => {
    const log = vi.fn();
    const dispatch = createDispatcher(
      handlers({
        'annotation:delete': async () => {
          throw new ApiFailure('not-found', 'gone');
        },
        'app:start': async () => {
          throw new TypeError('secret stack detail');
        },
      }),
      log,
    );
    expect(await dispatch('annotation:delete', { id: '11111111-1111-4111-8111-111111111111' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'gone' },
    });
    const internal = await dispatch('app:start', {});
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });
});
