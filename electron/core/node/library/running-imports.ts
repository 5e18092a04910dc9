/**
 * Imports still being read, by the id their caller gave them, so that
 * `document:import-cancel` can stop one (read-in-worker.ts stops its worker).
 * An import without an id simply cannot be cancelled.
 */
export class RunningImports {
  readonly #running = new Map<string, AbortController>();

  async run<T>(importId: string | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (importId) this.#running.set(importId, controller);
    try {
      return await work(controller.signal);
    } finally {
      if (importId && this.#running.get(importId) === controller) this.#running.delete(importId);
    }
  }

  /** True when the import was still running and is now being stopped. */
  cancel(importId: string): boolean {
    const controller = this.#running.get(importId);
    controller?.abort();
    return controller !== undefined;
  }
}
