/**
 * The library's tags with how often each is used, for the tag field's
 * suggestions and the search's tag filter. Fetched when a tag field opens
 * and after every tag change, so a tag typed in one article is offered in
 * the next.
 */
import { call } from '../api/client.ts';
import { foldTerm } from '../../../electron/core/common/library-search/fold-term.ts';

export interface TagCount {
  tag: string;
  count: number;
}

class LibraryTags {
  #tags = $state.raw<TagCount[]>([]);

  /** Most used first. */
  get all(): TagCount[] {
    return this.#tags;
  }

  async refresh(): Promise<void> {
    try {
      this.#tags = (await call('library:tags', {})).tags;
    } catch {
      // Suggestions are a convenience: typing a tag still works without them.
    }
  }

  /** Tags starting with (or else containing) what is typed, accents and case aside, minus those already on. */
  suggest(typed: string, exclude: readonly string[], limit = 8): string[] {
    const needle = foldTerm(typed.trim());
    const taken = new Set(exclude.map(foldTerm));
    const open = this.#tags.filter((t) => !taken.has(foldTerm(t.tag)));
    if (!needle) return open.slice(0, limit).map((t) => t.tag);
    const starts = open.filter((t) => foldTerm(t.tag).startsWith(needle));
    const contains = open.filter((t) => !foldTerm(t.tag).startsWith(needle) && foldTerm(t.tag).includes(needle));
    return [...starts, ...contains].slice(0, limit).map((t) => t.tag);
  }
}

export const libraryTags = new LibraryTags();
