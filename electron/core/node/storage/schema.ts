/**
 * The shape of `marginalia.json`, with the runtime schema used to check a file
 * before it is trusted. Bump CURRENT_SCHEMA_VERSION together with a step in
 * migrations.ts.
 */
import * as z from 'zod';
import { annotationSchema, documentRecordSchema, entityCorrectionSchema } from '../../../shared/api-contract.ts';

export const CURRENT_SCHEMA_VERSION = 2;

export const databaseSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  documents: z.array(documentRecordSchema),
  annotations: z.array(annotationSchema),
  /** Since schema 2: the reader's fixes to extracted entities, oldest first. */
  entityCorrections: z.array(entityCorrectionSchema),
  settings: z.object({ lastDocumentId: z.uuid().nullable() }),
});
export type DatabaseShape = z.output<typeof databaseSchema>;

export function emptyDatabase(): DatabaseShape {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documents: [],
    annotations: [],
    entityCorrections: [],
    settings: { lastDocumentId: null },
  };
}
