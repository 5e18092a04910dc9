/**
 * `annotations:import-preview` and `annotations:import-commit`: read the
 * file, plan against the library as it is now, and — for a commit — write
 * every addition and update in one change of the document's file.
 */
import type { AnnotationImportSummary } from '../../../shared/api-contract.ts';
import { MAX_ANNOTATION_FILE_BYTES } from '../../../shared/constants.ts';
import { decodeFileData } from '../library/file-data.ts';
import type { Library } from '../library/library.ts';
import { planImport, type ImportPlan } from './plan-import.ts';
import { readAnnotationFile } from './read-annotation-file.ts';

export interface AnnotationImportRequest {
  documentId: string;
  fileName: string;
  /** The file in base64. */
  data: string;
}

async function plan(library: Library, request: AnnotationImportRequest, now: Date): Promise<ImportPlan> {
  const record = library.documentRecord(request.documentId);
  const name = request.fileName.split(/[\\/]/).pop() || 'the file';
  const bytes = decodeFileData(request.data, MAX_ANNOTATION_FILE_BYTES, `“${name}”`);
  const file = readAnnotationFile(bytes, name);
  return planImport(file, {
    documentId: record.id,
    contentHash: record.contentHash,
    text: await library.textOf(record.id),
    annotationById: (id) => library.annotationById(id),
    documentTitles: new Map(library.documents.map((d) => [d.id, d.title])),
    fileName: name,
    now,
  });
}

export async function previewAnnotationImport(
  library: Library,
  request: AnnotationImportRequest,
  now = new Date(),
): Promise<AnnotationImportSummary> {
  return (await plan(library, request, now)).summary;
}

export async function commitAnnotationImport(
  library: Library,
  request: AnnotationImportRequest,
  now = new Date(),
): Promise<AnnotationImportSummary> {
  const { summary, writes } = await plan(library, request, now);
  if (writes.length === 0) return summary;
  await library.change({
    documents: {
      [request.documentId]: (data) => {
        const byId = new Map(writes.map((a) => [a.id, a]));
        const annotations = data.annotations.map((a) => {
          const replacement = byId.get(a.id);
          if (!replacement) return a;
          byId.delete(a.id);
          return replacement;
        });
        return { ...data, annotations: [...annotations, ...byId.values()] };
      },
    },
  });
  return summary;
}
