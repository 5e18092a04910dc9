/**
 * What the reader is looking at: the open document and its annotations, the
 * current highlight colour, and the undo history. Components read it and call
 * its methods; every change goes through the API and is on disk before the
 * list shows it.
 */
import type {
  AnchoredAnnotation,
  Annotation,
  AppNotice,
  ExportedEntity,
  ExportedQuote,
  ExportFormat,
  Grade,
  FirstScreen,
  HighlightColor,
  OpenedDocument,
} from '../../../electron/shared/api-contract.ts';
import { call, host } from '../api/client.ts';
import { History } from '../lib/history.ts';
import { colorNames } from './color-names.svelte.ts';

export interface StatusMessage {
  text: string;
  error: boolean;
  action?: { label: string; run: () => void };
}

/** What an edit of an annotation changes; undo puts back the same fields as they were. */
type AnnotationPatch = { color?: HighlightColor; note?: string; grade?: Grade | null; tags?: string[] };

/** A document to export, named in the status line once it is exported. */
export interface ExportTarget {
  id: string;
  title: string;
}

function byPosition(a: AnchoredAnnotation, b: AnchoredAnnotation): number {
  const as = a.anchor.start ?? Number.MAX_SAFE_INTEGER;
  const bs = b.anchor.start ?? Number.MAX_SAFE_INTEGER;
  return as - bs || (a.anchor.end ?? 0) - (b.anchor.end ?? 0);
}

class Reader {
  // Raw (not deeply proxied): a 1 MB text with 1,000 annotations is replaced
  // wholesale, never mutated in place, and proxying it costs a second on open.
  #opened = $state.raw<OpenedDocument | null>(null);
  #items = $state.raw<AnchoredAnnotation[]>([]);
  #notices = $state<AppNotice[]>([]);
  #message = $state<StatusMessage | null>(null);
  #loading = $state(true);
  #complete = $state(true);

  /** Colour used by `h`, `n` and the toolbar's "Add note". */
  color = $state<HighlightColor>('yellow');
  /** The highlight last clicked or navigated to: `Delete` removes it. */
  activeId = $state<string | null>(null);
  /** The annotation whose note editor is open. */
  editingId = $state<string | null>(null);
  /** The annotation whose tag field has the keyboard (`t`). */
  taggingId = $state<string | null>(null);
  /** Bumped to ask the article to scroll to and flash `activeId`. */
  revealRequest = $state(0);
  /**
   * Set by the article once the open document's first screen is on screen.
   * Secondary work (the annotation cards) waits for it, so text comes first.
   */
  articleOnScreen = $state(false);
  /** The text selected in the article, as document offsets; `h` and `n` act on it. */
  selection = $state<{ start: number; end: number } | null>(null);

  readonly history = new History();
  /**
   * What the window found in the document — the curated entities and the
   * quotations attributed against them — to go with a JSON-LD export (set by
   * the quotes state, which reads both); `undefined` while extraction runs.
   */
  exportFindings: (() => { entities: ExportedEntity[]; quotes?: ExportedQuote[] } | undefined) | null = null;

  get document(): OpenedDocument | null {
    return this.#opened;
  }
  get annotations(): AnchoredAnnotation[] {
    return this.#items;
  }
  get notices(): AppNotice[] {
    return this.#notices;
  }
  get message(): StatusMessage | null {
    return this.#message;
  }
  get loading(): boolean {
    return this.#loading;
  }
  /** False while only the open document's first screen is here (a long one, just opened). */
  get complete(): boolean {
    return this.#complete;
  }
  /** How many annotations the open document has, even before all of them are here. */
  get annotationCount(): number {
    return this.#complete ? this.#items.length : (this.#opened?.document.annotationCount ?? 0);
  }

  async start(): Promise<void> {
    await this.#attempt(async () => {
      const start = await call('app:start', {});
      this.#notices = start.notices;
      colorNames.load(start.colorNames);
      if (start.startDocumentError) this.say(start.startDocumentError, true);
      if (start.startDocument) this.#showInSteps(start.startDocument);
    });
    this.#loading = false;
  }

  /**
   * Opens a document; a long one shows its first screen, and this returns,
   * while the whole arrives (docs/start-up.md). The open document is reopened
   * whole, so the reader stays where they are.
   */
  async open(documentId: string): Promise<void> {
    if (this.#opened?.document.id === documentId) this.#show(await call('document:open', { documentId }));
    else this.#showInSteps(await call('document:open-first-screen', { documentId }));
  }

  #showInSteps({ opened, complete }: FirstScreen): void {
    this.#show(opened, complete);
    if (complete) return;
    void this.#attempt(async () => {
      const whole = await call('document:open', { documentId: opened.document.id });
      if (this.#opened === opened) this.#show(whole); // unless another document was opened meanwhile
    });
  }

  /** `complete` is false while only the document's first screen is here. */
  #show(opened: OpenedDocument, complete = true): void {
    // What the status line said was about the document being left.
    if (opened.document.id !== this.#opened?.document.id) this.#message = null;
    this.history.clear();
    this.activeId = null;
    this.editingId = null;
    this.taggingId = null;
    this.#items = [...opened.annotations].sort(byPosition);
    this.articleOnScreen = false;
    this.#complete = complete;
    this.#opened = opened;
  }

  find(id: string): AnchoredAnnotation | undefined {
    return this.#items.find((item) => item.annotation.id === id);
  }

  /**
   * The highlight after (1) or before (-1) the active one, in reading order;
   * with none active, the first after or last before offset `from` (the
   * caret, or the top of the view). Null at either end.
   */
  step(direction: 1 | -1, from: number): string | null {
    const placed = this.#items.filter((item) => item.anchor.status !== 'orphan');
    const active = placed.findIndex((item) => item.annotation.id === this.activeId);
    const next =
      active >= 0
        ? placed[active + direction]
        : direction > 0
          ? placed.find((item) => item.anchor.start! >= from)
          : placed.findLast((item) => item.anchor.start! < from);
    return next?.annotation.id ?? null;
  }

  /** Highlights `[start, end)`; with `withNote` opens the note editor on it, with `withTags` its tag field. */
  async highlight(start: number, end: number, { withNote = false, withTags = false } = {}): Promise<void> {
    const documentId = this.#opened?.document.id;
    // Until the whole document is here, a new highlight could miss the list that arrives with it.
    if (!documentId || !this.#complete) return;
    await this.#attempt(async () => {
      const created = await call('annotation:create', { documentId, start, end, color: this.color });
      const { annotation } = created;
      this.#insert(created);
      let current = annotation;
      this.history.push({
        label: 'highlight',
        undo: async () => {
          current = this.#latest(annotation.id) ?? current;
          await call('annotation:delete', { id: annotation.id });
          this.#remove(annotation.id);
        },
        redo: async () => {
          this.#insert(await call('annotation:restore', { annotation: current }));
        },
      });
      this.activeId = annotation.id;
      if (withNote) this.editingId = annotation.id;
      if (withTags) this.taggingId = annotation.id;
    });
  }

  /**
   * "Attach here": moves an annotation — an orphan whose passage was rewritten
   * beyond recognition, say — to the text selected in the article, keeping its
   * note and colour. Undo puts it back where it was (an orphan again).
   */
  async attach(id: string): Promise<void> {
    const selection = this.selection;
    const before = this.#latest(id);
    if (!selection || !before || !this.#complete) return;
    document.getSelection()?.removeAllRanges();
    this.selection = null;
    await this.#attempt(async () => {
      const request = { id, start: selection.start, end: selection.end };
      this.#insert(await call('annotation:attach', request));
      this.history.push({
        label: 'attach',
        undo: async () => {
          await call('annotation:delete', { id });
          this.#insert(await call('annotation:restore', { annotation: before }));
        },
        redo: async () => {
          this.#insert(await call('annotation:attach', request));
        },
      });
      this.reveal(id);
      this.say('Attached to the selected text. Press Ctrl+Z to undo.');
    });
  }

  recolor(id: string, color: HighlightColor): Promise<void> {
    return this.#change(id, 'colour', { color });
  }

  editNote(id: string, note: string): Promise<void> {
    return this.#change(id, 'note', { note });
  }

  retag(id: string, tags: string[]): Promise<void> {
    return this.#change(id, 'tags', { tags });
  }

  /**
   * Saves a note editor's draft as it closes without Save or Cancel (another
   * document opened, say). Its annotation may have left the list already:
   * then the draft is saved all the same, outside the undo history.
   */
  async keepDraft(annotation: Annotation, note: string): Promise<void> {
    if (this.#latest(annotation.id)) return this.editNote(annotation.id, note);
    if (note === annotation.note) return;
    await this.#attempt(async () => {
      await call('annotation:update', { id: annotation.id, note });
    });
  }

  async remove(id: string): Promise<void> {
    if (!this.#complete) return; // as in `highlight`
    await this.#attempt(async () => {
      const deleted = await call('annotation:delete', { id });
      this.#remove(id);
      if (this.activeId === id) this.activeId = null;
      this.history.push({
        label: 'delete',
        undo: async () => {
          this.#insert(await call('annotation:restore', { annotation: deleted }));
        },
        redo: async () => {
          await call('annotation:delete', { id });
          this.#remove(id);
        },
      });
      this.say('Annotation deleted. Press Ctrl+Z to undo.');
    });
  }

  async undo(): Promise<void> {
    await this.#attempt(async () => {
      const label = await this.history.undo();
      this.say(label ? `Undid ${label}.` : 'Nothing to undo.');
    });
  }

  async redo(): Promise<void> {
    await this.#attempt(async () => {
      const label = await this.history.redo();
      this.say(label ? `Redid ${label}.` : 'Nothing to redo.');
    });
  }

  /** The annotation whose grade is being typed (key g, or its card's Grade button). */
  gradingId = $state<string | null>(null);
  /** The export dialog, while open: `document` is what its "This document" exports (null: none, only the library). */
  exporting = $state<{ document: ExportTarget | null } | null>(null);

  /** Opens the export dialog for `target`, by default the open document. */
  openExport(target?: ExportTarget): void {
    const opened = this.#opened?.document;
    this.exporting = { document: target ?? (opened ? { id: opened.id, title: opened.title } : null) };
  }

  /**
   * Saves an export of a document (by default the open one) or of the whole
   * library: a save dialog on the desktop, a download in the browser host.
   * The open document's JSON-LD export carries what the window found in it
   * (curated entities, quotations); that is found for the open document
   * alone, so another one goes with its notes alone. The status line names
   * what was exported.
   */
  async exportAnnotations(
    options: { format?: ExportFormat; scope?: 'document' | 'library'; target?: ExportTarget } = {},
  ): Promise<void> {
    const format = options.format ?? 'jsonld';
    const opened = this.#opened?.document;
    const target = options.scope === 'library' ? null : (options.target ?? opened ?? null);
    if (options.scope !== 'library' && !target) return;
    const documentId = target?.id;
    const findings =
      documentId && documentId === opened?.id && format === 'jsonld' ? this.exportFindings?.() : undefined;
    const request = { ...(documentId ? { documentId } : {}), ...findings, format };
    const what = (count: number) =>
      `${count} annotation${count === 1 ? '' : 's'} ${target ? `of “${target.title}”` : 'from the library'}`;
    await this.#attempt(async () => {
      if (host === 'electron') {
        const saved = await call('export:save', request);
        if (saved.saved) this.say(`Exported ${what(saved.count)} to ${saved.filePath}.`);
        return;
      }
      const exported = await call('export:annotations', request);
      const url = URL.createObjectURL(new Blob([exported.content], { type: exported.mediaType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exported.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.say(`Exported ${what(exported.count)}.`);
    });
  }

  reveal(id: string): void {
    this.activeId = id;
    this.revealRequest++;
  }

  /** Shows a status line; `action` adds a button to it (e.g. "Undo"). */
  say(text: string, error = false, action?: StatusMessage['action']): void {
    this.#message = action ? { text, error, action } : { text, error };
  }

  dismissMessage(): void {
    this.#message = null;
  }

  /** Closes the open document (it was deleted). */
  close(): void {
    this.#message = null;
    this.history.clear();
    this.activeId = null;
    this.editingId = null;
    this.taggingId = null;
    this.#items = [];
    this.#opened = null;
  }

  dismissNotice(notice: AppNotice): void {
    this.#notices = this.#notices.filter((n) => n !== notice);
  }

  /** Grades an annotation on the NATO/Admiralty scale, or removes its grade (`null`); undoable. */
  regrade(id: string, grade: Grade | null): Promise<void> {
    return this.#change(id, grade ? `grade ${grade.reliability}${grade.credibility}` : 'grade removal', { grade });
  }

  async #change(id: string, label: string, patch: AnnotationPatch): Promise<void> {
    const before = this.#latest(id);
    if (!before) return;
    const current: AnnotationPatch = {
      color: before.color,
      note: before.note,
      grade: before.grade ?? null,
      tags: before.tags ?? [],
    };
    const keys = Object.keys(patch) as (keyof typeof patch)[];
    if (keys.every((key) => JSON.stringify(patch[key]) === JSON.stringify(current[key]))) return;
    // Undo puts back only what this change touched, so it cannot clobber another field, and the
    // card's time as it was; redo the time it had after the change (not the time of the undo or redo).
    const previous = {
      ...(Object.fromEntries(keys.map((key) => [key, current[key]])) as typeof patch),
      modified: before.modified,
    };
    await this.#attempt(async () => {
      const after = await call('annotation:update', { id, ...patch });
      this.#replace(after);
      this.history.push({
        label,
        undo: async () => this.#replace(await call('annotation:update', { id, ...previous })),
        redo: async () => this.#replace(await call('annotation:update', { id, ...patch, modified: after.modified })),
      });
    });
  }

  #latest(id: string): Annotation | undefined {
    return this.find(id)?.annotation;
  }

  /** `item` as the API anchored it: the renderer never guesses where an annotation lands. */
  #insert(item: AnchoredAnnotation): void {
    const id = item.annotation.id;
    this.#items = [...this.#items.filter((i) => i.annotation.id !== id), item].sort(byPosition);
  }

  #replace(annotation: Annotation): void {
    this.#items = this.#items.map((i) => (i.annotation.id === annotation.id ? { ...i, annotation } : i));
  }

  #remove(id: string): void {
    this.#items = this.#items.filter((i) => i.annotation.id !== id);
  }

  async #attempt(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error), true);
    }
  }
}

export const reader = new Reader();
