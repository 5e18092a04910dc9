/** The API's implementation: each channel of the contract mapped onto the library. */
import type { FirstScreen } from '../../../shared/api-contract.ts';
import type { Library } from '../library/library.ts';
import type { Handlers } from './dispatch.ts';
import { commitAnnotationImport, previewAnnotationImport } from '../annotation-import/import-annotations.ts';
import { DocumentTrash } from '../library/document-trash.ts';
import { importDocumentBytes, importDocumentData, importText } from '../library/import-document.ts';
import { setReadingPosition } from '../library/reading-position.ts';
import { RunningImports } from '../library/running-imports.ts';
import { searchLibrary } from '../library/search.ts';
import { CorrectionStore } from '../entity-corrections/correction-store.ts';
import { LibraryEntityIndex } from '../library-index/library-entity-index.ts';
import { exportEntityIndex } from '../library-index/export-entity-index.ts';
import { LibraryTimeline } from '../library-index/library-timeline.ts';
import { LibraryAnnotationSearch } from '../library-search/library-annotation-search.ts';

import { ApiFailure } from './api-failure.ts';

/** How long after the window starts the library-wide search index is built, in the background. */
const WARM_SEARCH_AFTER_MS = 3_000;

export interface HostInfo {
  version: string;
  /**
   * Asks the user where to save a file and writes it there; resolves to the
   * chosen path, or null when the user cancelled. Only the desktop app has one.
   */
  saveFile?: (suggestedName: string, contents: string) => Promise<string | null>;
  /**
   * Shows the system open dialog (documents: .txt, .md, .html) and reads the
   * chosen file; resolves to its name and bytes, or null when the user
   * cancelled. Only the desktop app has one; the browser host uses a file input.
   */
  openFile?: () => Promise<{ fileName: string; bytes: Uint8Array } | null>;
}

export function createHandlers(library: Library, host: HostInfo): Handlers {
  const trash = new DocumentTrash(library);
  const corrections = new CorrectionStore(library);
  const imports = new RunningImports();
  const entityIndex = new LibraryEntityIndex(library);
  const annotationSearch = new LibraryAnnotationSearch(library, entityIndex);
  const timeline = new LibraryTimeline(library, entityIndex);
  /** The export both channels write: the window's findings go with one document's JSON-LD. */
  const exportAs = async ({ documentId, entities, quotes, format }: Parameters<Handlers['export:annotations']>[0]) =>
    library.exportAnnotations(
      documentId,
      entities && documentId ? { entities, quotes, text: await library.textOf(documentId) } : undefined,
      { format, generator: `Marginalia ${host.version}` },
    );
  return {
    'app:start': async () => {
      const startDocumentId = library.startDocumentId();
      let startDocument: FirstScreen | null = null;
      let startDocumentError: string | null = null;
      if (startDocumentId) {
        try {
          startDocument = await library.openFirstScreen(startDocumentId);
        } catch (error) {
          // The window still starts (on the library) and says why.
          if (!(error instanceof ApiFailure)) throw error;
          startDocumentError = `The last document could not be opened: ${error.message}`;
        }
      }
      // Once the window has its first screen, the library-wide search is built in the background (in slices).
      setTimeout(() => void annotationSearch.ready(), WARM_SEARCH_AFTER_MS).unref();
      return {
        version: host.version,
        notices: library.notices,
        startDocument,
        startDocumentError,
        colorNames: library.colorNames,
      };
    },
    'library:list': async () => ({ documents: library.listDocuments() }),
    'document:open': ({ documentId }) => library.openDocument(documentId),
    'document:open-first-screen': ({ documentId }) => library.openFirstScreen(documentId),
    'document:set-reading-position': async ({ documentId, offset }) => ({
      readingPosition: await setReadingPosition(library, documentId, offset),
    }),
    'annotation:create': async (request) => library.anchor(await library.createAnnotation(request)),
    'annotation:update': (request) => library.updateAnnotation(request),
    'library:tags': async () => ({ tags: library.tags() }),
    'settings:color-names': async ({ colorNames }) => ({ colorNames: await library.setColorNames(colorNames) }),
    'annotation:delete': ({ id }) => library.deleteAnnotation(id),
    'annotation:restore': async ({ annotation }) => library.anchor(await library.restoreAnnotation(annotation)),
    'annotation:attach': (request) => library.attachAnnotation(request),
    'export:annotations': exportAs,
    'export:save': async (request) => {
      if (!host.saveFile)
        throw new ApiFailure('unsupported', 'This host cannot show a save dialog; use export:annotations.');
      const exported = await exportAs(request);
      const filePath = await host.saveFile(exported.fileName, exported.content);
      return { saved: filePath !== null, filePath, count: exported.count };
    },
    'library:search': async ({ query }) => ({ hits: await searchLibrary(library, query) }),
    'document:import': ({ fileName, data, importId }) =>
      imports.run(importId, (signal) => importDocumentData(library, fileName, data, new Date(), { signal })),
    'document:import-text': ({ text, title }) => importText(library, text, title),
    'document:import-cancel': async ({ importId }) => ({ cancelled: imports.cancel(importId) }),
    'document:open-dialog': async () => {
      if (!host.openFile)
        throw new ApiFailure('unsupported', 'This host cannot show an open dialog; use document:import.');
      const file = await host.openFile();
      return { result: file ? await importDocumentBytes(library, file.fileName, file.bytes) : null };
    },
    'document:delete': ({ documentId }) => trash.delete(documentId),
    'document:restore': ({ restoreToken }) => trash.restore(restoreToken),
    'annotations:import-preview': (request) => previewAnnotationImport(library, request),
    'annotations:import-commit': (request) => commitAnnotationImport(library, request),
    'entities:corrections': async ({ documentId }) => ({ corrections: corrections.list(documentId) }),
    'entities:correct': ({ documentId, correction, scope }) => corrections.add(documentId, correction, scope),
    'entities:uncorrect': ({ id }) => corrections.remove(id),
    'annotations:search': ({ query, filters }) => annotationSearch.search(query, filters),
    'document:text': async ({ documentId }) => {
      const record = library.documentRecord(documentId);
      return {
        text: await library.textOf(documentId),
        contentHash: record.contentHash,
        publishedAt: record.publishedAt ?? null,
      };
    },
    'entities:cached': async ({ documentId }) => {
      const record = library.documentRecord(documentId);
      return { contentHash: record.contentHash, entities: await entityIndex.cache.compact(record) };
    },
    'entities:cache-put': async ({ documentId, ...extraction }) => ({
      stored: await entityIndex.cache.keep(documentId, extraction),
    }),
    'entity-index:get': async () => {
      const { entities, unindexed } = await entityIndex.current();
      return { entities, unindexed, documentCount: library.documents.length };
    },
    'timeline:library': () => timeline.current(),
    'entity-index:export': async ({ format }) => exportEntityIndex((await entityIndex.current()).entities, format),
    'entity-index:save': async ({ format }) => {
      if (!host.saveFile)
        throw new ApiFailure('unsupported', 'This host cannot show a save dialog; use entity-index:export.');
      const exported = exportEntityIndex((await entityIndex.current()).entities, format);
      const filePath = await host.saveFile(exported.fileName, exported.contents);
      return { saved: filePath !== null, filePath };
    },
  };
}
