/**
 * The reader's entity corrections, stored per document in the library
 * database (`entityCorrections`, schema 2). The renderer applies them to each
 * fresh extraction (apply-corrections.ts); this module only keeps them.
 */
import { randomUUID } from 'node:crypto';
import type { EntityCorrection, EntityCorrectionInput } from '../../../shared/api-contract.ts';
import { ApiFailure } from '../api/api-failure.ts';
import type { Library } from '../library/library.ts';

export class CorrectionStore {
  constructor(
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A document's corrections, oldest first: the order they apply in. */
  list(documentId: string): EntityCorrection[] {
    this.library.documentRecord(documentId);
    return [...this.library.correctionsOf(documentId)];
  }

  async add(documentId: string, correction: EntityCorrectionInput): Promise<EntityCorrection> {
    this.library.documentRecord(documentId);
    const stored = {
      ...correction,
      id: randomUUID(),
      documentId,
      created: this.now().toISOString(),
    } as EntityCorrection;
    await this.library.change({
      documents: { [documentId]: (data) => ({ ...data, entityCorrections: [...data.entityCorrections, stored] }) },
    });
    return stored;
  }

  /** Removes a correction (undo); resolves to it. */
  async remove(id: string): Promise<EntityCorrection> {
    const found = this.library.correctionById(id);
    if (!found) throw new ApiFailure('not-found', 'That entity correction no longer exists.');
    await this.library.change({
      documents: {
        [found.documentId]: (data) => ({
          ...data,
          entityCorrections: data.entityCorrections.filter((c) => c.id !== id),
        }),
      },
    });
    return found;
  }
}
