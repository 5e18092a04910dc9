/**
 * The search over every annotation in the library: the words typed, the
 * filters, and the last answer. Each change asks the library again; an
 * answer that arrives after a newer question is dropped.
 */
import type { AnnotationSearchFilters, AnnotationSearchResult } from '../../../electron/shared/api-contract.ts';
import { call } from '../api/client.ts';

class AnnotationSearchState {
  #result = $state.raw<AnnotationSearchResult | null>(null);
  #error = $state<string | null>(null);
  #asked = 0;

  query = $state('');
  filters = $state<AnnotationSearchFilters>({});

  get result(): AnnotationSearchResult | null {
    return this.#result;
  }
  get error(): string | null {
    return this.#error;
  }
  /** True when any filter is set. */
  get filtered(): boolean {
    return Object.values(this.filters).some((v) => v !== undefined && v !== '');
  }

  /** Asks for `query` and `filters` as they are now. */
  async run(): Promise<void> {
    const asked = ++this.#asked;
    const filters = Object.fromEntries(
      Object.entries($state.snapshot(this.filters)).filter(([, v]) => v !== undefined && v !== ''),
    ) as AnnotationSearchFilters;
    try {
      const result = await call('annotations:search', { query: this.query, filters });
      if (asked !== this.#asked) return;
      this.#result = result;
      this.#error = null;
    } catch (error) {
      if (asked === this.#asked) this.#error = error instanceof Error ? error.message : String(error);
    }
  }

  clearFilters(): void {
    this.filters = {};
  }
}

export const annotationSearch = new AnnotationSearchState();
