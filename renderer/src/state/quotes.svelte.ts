/**
 * The open document's direct quotations and who said them, found in the
 * entity worker against the reader's corrected entity list (a rename or a
 * merge moves a quotation to the right person), with the speakers the reader
 * chose, and the quotation the reader last clicked, shown and scrolled to in
 * the article.
 */
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import { refOf } from '../../../electron/core/common/entity-corrections/apply-corrections.ts';
import { applySpeakerCorrections, quoteRefOf, type Quote } from '../../../electron/core/common/quotes/index.ts';
import type { ExportedQuote } from '../../../electron/shared/api-contract.ts';
import { quotesInWorker } from '../entities/extract-in-worker.ts';
import type { Decoration } from '../lib/article-dom.ts';
import { entities } from './entities.svelte.ts';
import { reader } from './reader.svelte.ts';

class Quotes {
  /** As the worker found them; `#list` adds the reader's choices of speaker. */
  #found = $state.raw<Quote[]>([]);
  #list = $derived(applySpeakerCorrections(this.#found, entities.list, entities.speakerCorrections));
  #status = $state<'idle' | 'finding' | 'ready'>('idle');
  /** The entity list the current `#list` was found against. */
  #against: readonly Entity[] | null = null;
  #cancel: (() => void) | null = null;
  current = $state<Quote | null>(null);
  /** Bumped to ask the article to scroll to the current quotation. */
  revealRequest = $state(0);

  get list(): Quote[] {
    return this.#list;
  }
  get status(): 'idle' | 'finding' | 'ready' {
    return this.#status;
  }
  /** The current quotation, outlined in the article. */
  get decorations(): Decoration[] {
    const q = this.current;
    return q
      ? [{ id: 'quote:current', ref: 'quote', kind: 'mention', start: q.start, end: q.end, className: 'quote-current' }]
      : [];
  }

  /**
   * The quotations whose speaker a careful reader should check: inferred from a pronoun, a role or the text
   * around, or not found at all; those the reader has answered for are done.
   */
  get toCheck(): Quote[] {
    return this.#list.filter((q) => q.basis === 'inferred' || q.basis === null);
  }

  /** The quotations a person or an organisation is credited with. */
  by(entity: Entity): Quote[] {
    return this.#list.filter((q) => q.speaker?.entityId === entity.id);
  }

  /** Finds the quotations again whenever the document or its entity list changes. */
  refresh(text: string, list: Entity[]): void {
    if (list === this.#against) return;
    this.#cancel?.();
    this.#against = list;
    this.#status = 'finding';
    this.current = null;
    const finding = quotesInWorker(text, $state.snapshot(list) as Entity[]);
    this.#cancel = finding.cancel;
    finding.result.then(
      (found) => {
        if (this.#against !== list) return;
        this.#found = found;
        this.#status = 'ready';
      },
      (error: unknown) => {
        if (this.#against !== list) return;
        this.#found = [];
        this.#status = 'ready';
        reader.say(`Quotations could not be found: ${error instanceof Error ? error.message : String(error)}`, true);
      },
    );
  }

  clear(): void {
    this.#cancel?.();
    this.#against = null;
    this.#found = [];
    this.#status = 'idle';
    this.current = null;
  }

  /** The quotations, to go with an export; `undefined` until they are found. */
  exportable(): ExportedQuote[] | undefined {
    if (this.#status !== 'ready') return undefined;
    return this.#list.map(({ start, end, speaker, basis }) => ({
      start,
      end,
      speaker: speaker ? { name: speaker.name, type: speaker.type } : null,
      basis,
    }));
  }

  /** The reader's answer to who said `quote`: a person or organisation of the list, or nobody it names (`null`). */
  setSpeaker(quote: Quote, speaker: Entity | null): Promise<void> {
    return entities.correct({
      kind: 'speaker',
      ...quoteRefOf(this.#found, quote),
      speaker: speaker ? refOf(speaker) : null,
    });
  }

  /** Shows the quotation in the article (and leaves any entity mention the reader was cycling through). */
  show(quote: Quote): void {
    entities.current = null;
    this.current = quote;
    this.revealRequest++;
  }
}

export const quotes = new Quotes();
reader.exportFindings = () => {
  const list = entities.exportable();
  const found = quotes.exportable();
  return list ? { entities: list, ...(found ? { quotes: found } : {}) } : undefined;
};
