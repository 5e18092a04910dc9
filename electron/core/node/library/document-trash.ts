/**
 * Deleting a document, with undo until the app closes.
 *
 * A deleted document, its annotations and its entity corrections are removed from the database in
 * one write and kept here, in memory, under a random token; `restore` puts
 * them back exactly as they were. The text file stays in the content-addressed
 * text store (another document may share it, and restore needs it), so a
 * delete never loses the text itself.
 */
import { randomUUID } from 'node:crypto';
import type { Annotation, DeletedDocument, DocumentSummary, EntityCorrection } from '../../../shared/api-contract.ts';
import { ApiFailure } from '../api/api-failure.ts';
import type { DocumentRecord } from '../../../shared/api-contract.ts';
import type { Library } from './library.ts';

interface Deleted {
  record: DocumentRecord;
  annotations: Annotation[];
  entityCorrections: EntityCorrection[];
  wasLastOpened: boolean;
}

export class DocumentTrash {
  readonly #deleted = new Map<string, Deleted>();

  constructor(private readonly library: Library) {}

  async delete(documentId: string): Promise<DeletedDocument> {
    const summary = this.library.summaryOf(documentId);
    const record = this.library.documentRecord(documentId);
    const annotations = this.library.annotationsOf(documentId).map((a) => ({ ...a }));
    const entityCorrections = this.library.correctionsOf(documentId).map((c) => ({ ...c }));
    const wasLastOpened = this.library.index.settings.lastDocumentId === documentId;
    // The record and the document's file go together (journal.ts), or neither does.
    await this.library.change({
      index: (index) => ({
        ...index,
        documents: index.documents.filter((d) => d.id !== documentId),
        settings: index.settings.lastDocumentId === documentId ? { lastDocumentId: null } : index.settings,
      }),
      documents: { [documentId]: () => null },
    });
    const restoreToken = randomUUID();
    this.#deleted.set(restoreToken, { record: { ...record }, annotations, entityCorrections, wasLastOpened });
    return { restoreToken, document: summary, annotationCount: annotations.length };
  }

  async restore(restoreToken: string): Promise<{ document: DocumentSummary }> {
    const deleted = this.#deleted.get(restoreToken);
    if (!deleted) throw new ApiFailure('not-found', 'That deletion can no longer be undone.');
    const { record, annotations, entityCorrections, wasLastOpened } = deleted;
    if (this.library.documents.some((d) => d.id === record.id)) {
      throw new ApiFailure('invalid-input', 'That document is already back in the library.');
    }
    const taken = (id: string) => this.library.annotationById(id) !== undefined;
    await this.library.change({
      index: (index) => ({
        ...index,
        documents: [...index.documents, record],
        settings:
          wasLastOpened && index.settings.lastDocumentId === null ? { lastDocumentId: record.id } : index.settings,
      }),
      documents: {
        [record.id]: (data) => ({
          ...data,
          annotations: annotations.filter((a) => !taken(a.id)),
          entityCorrections,
        }),
      },
    });
    this.#deleted.delete(restoreToken);
    return { document: this.library.summaryOf(record.id) };
  }
}
