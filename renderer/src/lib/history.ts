/**
 * Undo and redo for annotation changes. Each entry knows how to undo and redo
 * itself through the API, so every step is persisted like any other change.
 *
 * Steps run one at a time: a second Ctrl+Z pressed while the first is still
 * being written waits for it instead of racing it.
 */
export interface HistoryEntry {
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export class History {
  #done: HistoryEntry[] = [];
  #undone: HistoryEntry[] = [];
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limit = 500) {}

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  /** Records a change that has already been applied. */
  push(entry: HistoryEntry): void {
    this.#done.push(entry);
    if (this.#done.length > this.limit) this.#done.shift();
    this.#undone = [];
  }

  /** Undoes the newest change; resolves to its label, or null when there was nothing to undo. */
  undo(): Promise<string | null> {
    return this.#serially(async () => {
      const entry = this.#done.pop();
      if (!entry) return null;
      try {
        await entry.undo();
      } catch (error) {
        this.#done.push(entry);
        throw error;
      }
      this.#undone.push(entry);
      return entry.label;
    });
  }

  redo(): Promise<string | null> {
    return this.#serially(async () => {
      const entry = this.#undone.pop();
      if (!entry) return null;
      try {
        await entry.redo();
      } catch (error) {
        this.#undone.push(entry);
        throw error;
      }
      this.#done.push(entry);
      return entry.label;
    });
  }

  clear(): void {
    this.#done = [];
    this.#undone = [];
  }

  #serially<T>(step: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(step, step);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
