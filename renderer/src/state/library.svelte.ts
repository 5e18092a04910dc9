/**
 * The library: every document, the search over them, and everything that
 * brings a document in (file picker, drop, clipboard) or takes one out
 * (delete with undo). Also which view is showing — the library or the reader —
 * and the last re-anchoring report and annotation-import preview.
 */
import type {
  AnnotationImportSummary,
  DocumentImportResult,
  DocumentSummary,
  LibrarySearchHit,
  ReanchorReport,
} from '../../../electron/shared/api-contract.ts';
import { call, host } from '../api/client.ts';
import { isAnnotationFile, readAsBase64, sizeProblem } from '../lib/file-data.ts';
import { reader } from './reader.svelte.ts';

/** What the middle of the window shows: the article, the library, or the article's timeline. */
export type View = 'reader' | 'library' | 'timeline';

/** A pending annotation import: the file, read once, and what importing it would do. */
export interface AnnotationImportDraft {
  documentId: string;
  fileName: string;
  data: string;
  preview: AnnotationImportSummary;
}

class LibraryState {
  #documents = $state<DocumentSummary[]>([]);
  #hits = $state<LibrarySearchHit[] | null>(null);
  #report = $state<{ documentId: string; title: string; report: ReanchorReport } | null>(null);
  #draft = $state<AnnotationImportDraft | null>(null);
  #busy = $state(false);
  #searchSeq = 0;

  view = $state<View>('reader');
  query = $state('');
  /** Set by the app: opens the document file picker (`<input type=file>`). */
  pickDocumentFile: (() => void) | null = null;
  /** Set by the app: opens the annotation file picker. */
  pickAnnotationFile: (() => void) | null = null;

  get documents(): DocumentSummary[] {
    return this.#documents;
  }
  /** Search hits, or null when no search is active. */
  get hits(): LibrarySearchHit[] | null {
    return this.#hits;
  }
  /** The re-anchoring report of the open document's last new version, until dismissed. */
  get report(): { documentId: string; title: string; report: ReanchorReport } | null {
    return this.#report && this.#report.documentId === reader.document?.document.id ? this.#report : null;
  }
  get draft(): AnnotationImportDraft | null {
    return this.#draft;
  }
  get busy(): boolean {
    return this.#busy;
  }

  async showLibrary(): Promise<void> {
    this.view = 'library';
    reader.activeId = null; // Delete must not act on a highlight that is out of sight
    await this.refresh();
  }

  async refresh(): Promise<void> {
    await attempt(async () => {
      this.#documents = (await call('library:list', {})).documents;
    });
  }

  async search(query: string): Promise<void> {
    this.query = query;
    const seq = ++this.#searchSeq;
    if (!query.trim()) {
      this.#hits = null;
      return;
    }
    await attempt(async () => {
      const { hits } = await call('library:search', { query });
      if (seq === this.#searchSeq) this.#hits = hits;
    });
  }

  async open(documentId: string): Promise<void> {
    await attempt(async () => {
      await reader.open(documentId);
      this.view = 'reader';
    });
  }

  /** Ctrl+O and the "Open file…" button: the system dialog on the desktop, a file input in the browser. */
  async openFile(): Promise<void> {
    if (host !== 'electron') {
      this.pickDocumentFile?.();
      return;
    }
    await this.#importing(async () => {
      const { result } = await call('document:open-dialog', {});
      if (result) await this.#imported(result);
    });
  }

  /** Files picked or dropped: documents are imported, `.json` files start an annotation import. */
  async importFiles(files: Iterable<File>): Promise<void> {
    for (const file of files) {
      if (isAnnotationFile(file.name) && reader.document) await this.previewAnnotations(file);
      else await this.importDocument(file);
    }
  }

  async importDocument(file: File): Promise<void> {
    const tooLarge = sizeProblem(file, 'document', host);
    if (tooLarge) {
      reader.say(tooLarge, true);
      return;
    }
    await this.#importing(async () => {
      const data = await readAsBase64(file);
      const importId = crypto.randomUUID();
      const result = await whileShowing(`Opening “${file.name}”`, importId, () =>
        call('document:import', { fileName: file.name, data, importId }),
      );
      await this.#imported(result);
    });
  }

  /** "New document from clipboard": must run from a click or key press. */
  async importClipboard(): Promise<void> {
    let text: string;
    try {
      text = await navigator.clipboard.readText();
    } catch {
      reader.say('Marginalia may not read the clipboard here. Paste into a text file and open it instead.', true);
      return;
    }
    if (!text.trim()) {
      reader.say('The clipboard holds no text.', true);
      return;
    }
    await this.#importing(async () => this.#imported(await call('document:import-text', { text })));
  }

  async remove(document: DocumentSummary): Promise<void> {
    await attempt(async () => {
      const deleted = await call('document:delete', { documentId: document.id });
      if (reader.document?.document.id === document.id) reader.close();
      await this.refresh();
      if (this.#hits) await this.search(this.query);
      const what =
        deleted.annotationCount === 1
          ? ' and its annotation'
          : deleted.annotationCount
            ? ` and its ${deleted.annotationCount} annotations`
            : '';
      reader.say(`Deleted “${document.title}”${what}.`, false, {
        label: 'Undo',
        run: () => void this.restore(deleted.restoreToken),
      });
    });
  }

  async restore(restoreToken: string): Promise<void> {
    await attempt(async () => {
      const { document } = await call('document:restore', { restoreToken });
      await this.refresh();
      reader.say(`Restored “${document.title}”.`);
    });
  }

  dismissReport(): void {
    this.#report = null;
  }

  // ── Annotation import ──

  async previewAnnotations(file: File): Promise<void> {
    const documentId = reader.document?.document.id;
    if (!documentId) return;
    const tooLarge = sizeProblem(file, 'annotations', host);
    if (tooLarge) {
      reader.say(tooLarge, true);
      return;
    }
    await this.#importing(async () => {
      const data = await readAsBase64(file);
      const preview = await call('annotations:import-preview', { documentId, fileName: file.name, data });
      this.#draft = { documentId, fileName: file.name, data, preview };
    });
  }

  async commitAnnotations(): Promise<void> {
    const draft = this.#draft;
    if (!draft) return;
    this.#draft = null;
    await this.#importing(async () => {
      const done = await call('annotations:import-commit', {
        documentId: draft.documentId,
        fileName: draft.fileName,
        data: draft.data,
      });
      if (reader.document?.document.id === draft.documentId) await reader.open(draft.documentId);
      const orphans = done.orphaned ? `, ${done.orphaned} not found in the text (listed as orphans)` : '';
      reader.say(
        `Imported annotations from “${draft.fileName}”: ${done.added} added, ${done.updated} updated${orphans}.`,
      );
    });
  }

  cancelAnnotations(): void {
    this.#draft = null;
  }

  async #imported(result: DocumentImportResult): Promise<void> {
    const { document, existing, reanchor } = result;
    await reader.open(document.id);
    this.view = 'reader';
    this.#report = reanchor ? { documentId: document.id, title: document.title, report: reanchor } : null;
    await this.refresh();
    if (existing) reader.say(`“${document.title}” is already in the library; opened it.`);
    else if (reanchor) reader.say(`Opened the new version of “${document.title}”.`);
    else reader.say(`Added “${document.title}” to the library.`);
  }

  async #importing(work: () => Promise<void>): Promise<void> {
    this.#busy = true;
    try {
      await attempt(work);
    } finally {
      this.#busy = false;
    }
  }
}

/**
 * Shows "Opening “x”… 3 s" with a Cancel button while `work` runs (a big page is
 * read in a worker on the host and may take a while); Cancel asks the host to stop it.
 */
async function whileShowing<T>(what: string, importId: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const cancel = {
    label: 'Cancel',
    run: () => void call('document:import-cancel', { importId }).catch(() => undefined),
  };
  const show = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    reader.say(`${what}…${seconds >= 1 ? ` ${seconds} s` : ''}`, false, cancel);
  };
  show();
  const ticker = setInterval(show, 1000);
  try {
    return await work();
  } finally {
    clearInterval(ticker);
  }
}

async function attempt(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    reader.say(error instanceof Error ? error.message : String(error), true);
  }
}

export const library = new LibraryState();
