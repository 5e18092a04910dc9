/** The API's implementation: each channel of the contract mapped onto the library. */
import type { HostKind } from '../../shared/api-contract.ts';
import type { Library } from '../library/library.ts';
import type { Handlers } from './dispatch.ts';

import { ApiFailure } from './api-failure.ts';

export interface HostInfo {
  kind: HostKind;
  version: string;
  /**
   * Asks the user where to save a file and writes it there; resolves to the
   * chosen path, or null when the user cancelled. Only the desktop app has one.
   */
  saveFile?: (suggestedName: string, contents: string) => Promise<string | null>;
}

export function createHandlers(library: Library, host: HostInfo): Handlers {
  return {
    'app:info': async () => ({
      host: host.kind,
      version: host.version,
      startDocumentId: library.startDocumentId(),
      notices: library.notices,
    }),
    'library:list': async () => ({ documents: library.listDocuments() }),
    'document:open': ({ documentId }) => library.openDocument(documentId),
    'annotation:create': (request) => library.createAnnotation(request),
    'annotation:update': (request) => library.updateAnnotation(request),
    'annotation:delete': ({ id }) => library.deleteAnnotation(id),
    'annotation:restore': ({ annotation }) => library.restoreAnnotation(annotation),
    'export:annotations': async ({ documentId }) => library.exportAnnotations(documentId),
    'export:save': async ({ documentId }) => {
      if (!host.saveFile) throw new ApiFailure('unsupported', 'This host cannot show a save dialog; use export:annotations.');
      const exported = library.exportAnnotations(documentId);
      const filePath = await host.saveFile(exported.fileName, exported.json);
      return { saved: filePath !== null, filePath, count: exported.count };
    },
  };
}
