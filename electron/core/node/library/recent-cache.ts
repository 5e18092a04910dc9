/**
 * A map that keeps only its most recently used entries. The library keeps the
 * texts (and their block structure) of the last documents opened, so a
 * reader switching between a few articles never waits for the disk or the
 * structure pass again, while a library of thousands does not fill memory.
 * Written by hand: a Map already iterates in insertion order, which is all an
 * LRU needs here.
 */
export class RecentCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
