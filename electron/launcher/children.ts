/**
 * The processes `npm start` starts, and how they stop: Ctrl+C, SIGTERM or a
 * hang-up is passed to each child, which gets a few seconds to finish its
 * writes before it is killed; then the launcher exits. A second Ctrl+C kills
 * at once.
 *
 * npm runs the launcher through `sh -c`, and sh dies on a SIGTERM that npm
 * forwards to it without passing it on, which would leave the launcher and
 * its children running with no terminal. So the launcher also stops everything
 * when its parent process goes away.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:os';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface ChildrenOptions {
  /** How long a child may take to exit after the signal before it is killed. */
  graceMs?: number;
  /** How often to check that the launcher's parent is still there. */
  parentCheckMs?: number;
  exit?: (code: number) => void;
}

export class Children {
  readonly #running = new Set<ChildProcess>();
  readonly #graceMs: number;
  readonly #parentCheckMs: number;
  readonly #exit: (code: number) => void;
  #stopping: Promise<void> | null = null;

  constructor(options: ChildrenOptions = {}) {
    this.#graceMs = options.graceMs ?? 5_000;
    this.#parentCheckMs = options.parentCheckMs ?? 1_000;
    this.#exit = options.exit ?? ((code) => process.exit(code));
  }

  /** Starts a child that is stopped with the launcher. */
  spawn(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
    const child = spawn(command, args, options);
    this.#running.add(child);
    const forget = () => this.#running.delete(child);
    child.once('exit', forget);
    child.once('error', forget);
    return child;
  }

  get running(): number {
    return this.#running.size;
  }

  /** Sends `signal` to every child, kills those still running after the grace period, and resolves once all have exited. */
  stopAll(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    this.#stopping ??= Promise.all(
      [...this.#running].map(async (child) => {
        const gone = exitOf(child).catch(() => undefined);
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), this.#graceMs);
        await gone;
        clearTimeout(timer);
      }),
    ).then(() => undefined);
    return this.#stopping;
  }

  /** On Ctrl+C, SIGTERM, a hang-up, or the parent's exit (POSIX): stop every child, then exit 0. */
  stopOnSignals(): void {
    for (const signal of STOP_SIGNALS) {
      process.on(signal, () => {
        if (this.#stopping) {
          for (const child of this.#running) child.kill('SIGKILL');
          return;
        }
        void this.stopAll(signal).then(() => this.#exit(0));
      });
    }
    if (process.platform === 'win32') return; // no re-parenting there: ppid never changes
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent && !this.#stopping) void this.stopAll('SIGTERM').then(() => this.#exit(0));
    }, this.#parentCheckMs).unref();
  }
}

/** Resolves with the child's exit code (128 + the signal's number when a signal ended it); rejects when it could not start. */
export function exitOf(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(128 + (constants.signals[child.signalCode] ?? 0));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
  });
}
