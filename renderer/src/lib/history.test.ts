import { describe, expect, it } from 'vitest';
import { History } from './history.ts';

function counter() {
  const log: string[] = [];
  const entry = (name: string) => ({
    label: name,
    undo: async () => void log.push(`undo ${name}`),
    redo: async () => void log.push(`redo ${name}`),
  });
  return { log, entry };
}

describe('History', () => {
  it('undoes newest first and redoes in order', async () => {
    const { log, entry } = counter();
    const history = new History();
    history.push(entry('a'));
    history.push(entry('b'));
    expect(await history.undo()).toBe('b');
    expect(await history.undo()).toBe('a');
    expect(await history.undo()).toBeNull();
    expect(await history.redo()).toBe('a');
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    expect(history.canRedo).toBe(true);
  });

  it('forgets the redo branch when a new change is made', async () => {
    const { entry } = counter();
    const history = new History();
    history.push(entry('a'));
    await history.undo();
    history.push(entry('b'));
    expect(history.canRedo).toBe(false);
    expect(await history.redo()).toBeNull();
  });

  it('keeps an entry whose undo failed, so it can be retried', async () => {
    const history = new History();
    let fail = true;
    history.push({
      label: 'x',
      undo: async () => {
        if (fail) throw new Error('disk full');
      },
      redo: async () => {},
    });
    await expect(history.undo()).rejects.toThrow('disk full');
    fail = false;
    expect(await history.undo()).toBe('x');
  });

  it('runs steps one at a time', async () => {
    const order: string[] = [];
    const history = new History();
    const slow = (name: string, ms: number) => ({
      label: name,
      undo: () => new Promise<void>((r) => setTimeout(() => (order.push(name), r()), ms)),
      redo: async () => {},
    });
    history.push(slow('first', 1));
    history.push(slow('second', 30));
    await Promise.all([history.undo(), history.undo()]);
    expect(order).toEqual(['second', 'first']);
  });

  it('drops the oldest entries beyond its limit', async () => {
    const { entry } = counter();
    const history = new History(2);
    history.push(entry('a'));
    history.push(entry('b'));
    history.push(entry('c'));
    await history.undo();
    await history.undo();
    expect(history.canUndo).toBe(false);
  });
});
