/**
 * The stored shapes, with the runtime schemas every record is checked
 * against before it is written and when it is read.
 *
 * Since schema 3 the library is split so that a change rewrites only what it
 * touches:
 * - `marginalia.json`, the index: every document record and the settings;
 * - `documents/<document id>.json`, one per document that has any: its
 *   annotations and entity corrections.
 *
 * Bump CURRENT_SCHEMA_VERSION together with a step in migrations.ts.
 */
import * as z from 'zod';
import {
  annotationSchema,
  colorNamesSchema,
  documentRecordSchema,
  entityCorrectionSchema,
} from '../../../shared/api-contract.ts';

export const CURRENT_SCHEMA_VERSION = 3;

export const INDEX_FILE_NAME = 'marginalia.json';
export const DOCUMENTS_FOLDER = 'documents';

/**
 * Document records keep fields this build does not know (a newer build's
 * optional ones) through every rewrite.
 */
export const storedDocumentSchema = documentRecordSchema.loose();
export const settingsSchema = z.object({
  lastDocumentId: z.uuid().nullable(),
  /** The reader's names for the highlight colours; absent until named. */
  colorNames: colorNamesSchema.optional(),
});

export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  documents: z.array(storedDocumentSchema),
  settings: settingsSchema,
});
export type LibraryIndex = z.output<typeof libraryIndexSchema>;

export const documentDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  documentId: z.uuid(),
  annotations: z.array(annotationSchema),
  /** The reader's fixes to extracted entities, oldest first. */
  entityCorrections: z.array(entityCorrectionSchema),
});
export type DocumentData = z.output<typeof documentDataSchema>;

export function emptyIndex(): LibraryIndex {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, documents: [], settings: { lastDocumentId: null } };
}

export function emptyDocumentData(documentId: string): DocumentData {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, documentId, annotations: [], entityCorrections: [] };
}

/** The file of a document's annotations and corrections, relative to the data folder. */
export function documentDataPath(documentId: string): string {
  return `${DOCUMENTS_FOLDER}/${documentId}.json`;
}
