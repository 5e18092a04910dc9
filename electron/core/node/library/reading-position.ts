/**
 * Where the reader is in each document, kept on the document's record so it
 * survives a restart. The window sends it as the reader scrolls (settled, not
 * on every frame); `document:open` hands it back.
 */
import type { ReadingPosition } from '../../../shared/api-contract.ts';
import { ApiFailure } from '../api/api-failure.ts';
import type { Library } from './library.ts';

export async function setReadingPosition(
  library: Library,
  documentId: string,
  offset: number,
): Promise<ReadingPosition> {
  const { textLength } = library.documentRecord(documentId);
  if (offset > textLength) {
    throw new ApiFailure('invalid-payload', `the position ${offset} lies past the end of the text (${textLength})`);
  }
  const readingPosition = { offset };
  await library.change({
    index: (index) => ({
      ...index,
      documents: index.documents.map((d) => (d.id === documentId ? { ...d, readingPosition } : d)),
    }),
  });
  return readingPosition;
}
