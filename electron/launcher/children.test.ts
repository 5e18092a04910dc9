import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { Children, exitOf } from './children.ts';

/** A Node child that says "ready" once its handlers are installed. */
function node(children: Children, script: string) {
  const child = children.spawn(process.execPath, ['-e', `${script}; console.log('ready')`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { child, ready };
}

const listeners = {
  SIGINT: process.listeners('SIGINT'),
  SIGTERM: process.listeners('SIGTERM'),
  SIGHUP: process.listeners('SIGHUP'),
};
afterEach(() => {
  for (const [signal, kept] of Object.entries(listeners)) {
    for (const listener of process.listeners(signal as NodeJS.Signals))
      if (!kept.includes(listener)) process.off(signal, listener);
  }
});

describe('Children', () => {
  it('passes the signal on and waits for each child to finish', async () => {
    const children = new Children();
    const { child, ready } = node(
      children,
      `process.on('SIGTERM', () => setTimeout(() => process.exit(0), 100)); setInterval(() => {}, 1000)`,
    );
    await ready;
    expect(children.running).toBe(1);
    await children.stopAll('SIGTERM');
    expect(await exitOf(child)).toBe(0); // it exited on its own terms, after its cleanup
    expect(children.running).toBe(0);
  });

  it('kills a child that ignores the signal once the grace period is over', async () => {
    const children = new Children({ graceMs: 200 });
    const { child, ready } = node(children, `process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)`);
    await ready;
    await children.stopAll('SIGTERM');
    expect(await exitOf(child)).toBe(128 + 9); // SIGKILL
  });

  it('on Ctrl+C stops every child, then exits 0', async () => {
    let exit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    const children = new Children({ exit });
    children.stopOnSignals();
    const a = node(children, `setInterval(() => {}, 1000)`);
    const b = node(children, `process.on('SIGINT', () => process.exit(0)); setInterval(() => {}, 1000)`);
    await Promise.all([a.ready, b.ready]);
    process.emit('SIGINT');
    expect(await exitOf(a.child)).toBe(128 + 2); // ended by the SIGINT it was passed
    expect(await exitOf(b.child)).toBe(0);
    expect(await exited).toBe(0);
  });

  it('exitOf reports a child that could not start', async () => {
    const child = spawn('/nonexistent/program');
    await expect(exitOf(child)).rejects.toThrow(/ENOENT/);
  });
});
