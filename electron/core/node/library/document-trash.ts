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
    const entityCorrections = this.library.data.entityCorrections
      .filter((c) => c.documentId === documentId)
      .map((c) => ({ ...c }));
    const wasLastOpened = this.library.data.settings.lastDocumentId === documentId;
    await this.library.update((data) => {
      data.documents = data.documents.filter((d) => d.id !== documentId);
      data.annotations = data.annotations.filter((a) => a.documentId !== documentId);
      data.entityCorrections = data.entityCorrections.filter((c) => c.documentId !== documentId);
      if (data.settings.lastDocumentId === documentId) data.settings.lastDocumentId = null;
    });
    const restoreToken = randomUUID();
    this.#deleted.set(restoreToken, { record: { ...record }, annotations, entityCorrections, wasLastOpened });
    return { restoreToken, document: summary, annotationCount: annotations.length };
  }

  async restore(restoreToken: string): Promise<{ document: DocumentSummary }> {
    const deleted = this.#deleted.get(restoreToken);
    if (!deleted) throw new ApiFailure('not-found', 'That deletion can no longer be undone.');
    const { record, annotations, entityCorrections, wasLastOpened } = deleted;
    if (this.library.data.documents.some((d) => d.id === record.id)) {
      throw new ApiFailure('invalid-input', 'That document is already back in the library.');
    }
    await this.library.update((data) => {
      data.documents.push(record);
      const ids = new Set(data.annotations.map((a) => a.id));
      data.annotations.push(...annotations.filter((a) => !ids.has(a.id)));
      const correctionIds = new Set(data.entityCorrections.map((c) => c.id));
      data.entityCorrections.push(...entityCorrections.filter((c) => !correctionIds.has(c.id)));
      if (wasLastOpened && data.settings.lastDocumentId === null) data.settings.lastDocumentId = record.id;
    });
    this.#deleted.delete(restoreToken);
    return { document: this.library.summaryOf(record.id) };
  }
}
