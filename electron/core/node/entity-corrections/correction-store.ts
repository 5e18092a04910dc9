/**
 * The reader's entity corrections: a document's own in its file
 * (`entityCorrections`), library-wide ones ("Always treat 'X' as an
 * organisation") in the index (`libraryCorrections`). The window applies
 * them to each extraction (apply-corrections.ts), as does the library's
 * entity index; this module only keeps them.
 */
import { randomUUID } from 'node:crypto';
import type { CorrectionScope, EntityCorrection, EntityCorrectionInput } from '../../../shared/api-contract.ts';
import { correctionsInOrder } from '../../common/entity-corrections/apply-corrections.ts';
import { ApiFailure } from '../api/api-failure.ts';
import type { Library } from '../library/library.ts';

export class CorrectionStore {
  constructor(
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The corrections that apply to a document, its own and the library's, oldest first: the order they apply in. */
  list(documentId: string): EntityCorrection[] {
    this.library.documentRecord(documentId);
    return correctionsInOrder(this.library.correctionsOf(documentId), this.library.libraryCorrections);
  }

  /** Keeps a correction made in `documentId`; with scope `library` it applies in every document. */
  async add(
    documentId: string,
    correction: EntityCorrectionInput,
    scope: CorrectionScope = 'document',
  ): Promise<EntityCorrection> {
    this.library.documentRecord(documentId);
    const stored = {
      ...correction,
      id: randomUUID(),
      documentId,
      created: this.now().toISOString(),
      ...(scope === 'library' ? { scope } : {}),
    } as EntityCorrection;
    await this.library.change(
      scope === 'library'
        ? { index: (index) => ({ ...index, libraryCorrections: [...(index.libraryCorrections ?? []), stored] }) }
        : {
            documents: {
              [documentId]: (data) => ({ ...data, entityCorrections: [...data.entityCorrections, stored] }),
            },
          },
    );
    return stored;
  }

  /** Removes a correction of either scope (undo); resolves to it. */
  async remove(id: string): Promise<EntityCorrection> {
    const found = this.library.correctionById(id);
    if (!found) throw new ApiFailure('not-found', 'That entity correction no longer exists.');
    await this.library.change(
      found.scope === 'library'
        ? {
            index: (index) => ({
              ...index,
              libraryCorrections: (index.libraryCorrections ?? []).filter((c) => c.id !== id),
            }),
          }
        : {
            documents: {
              [found.documentId]: (data) => ({
                ...data,
                entityCorrections: data.entityCorrections.filter((c) => c.id !== id),
              }),
            },
          },
    );
    return found;
  }
}
