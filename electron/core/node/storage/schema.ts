/**
 * The shape of `marginalia.json`, with the runtime schema used to check a file
 * before it is trusted. Bump CURRENT_SCHEMA_VERSION together with a step in
 * migrations.ts.
 */
import * as z from 'zod';
import {
  annotationSchema,
  entityCorrectionSchema,
  type Annotation,
  type DocumentSummary,
  type EntityCorrection,
} from '../../../shared/api-contract.ts';

export const CURRENT_SCHEMA_VERSION = 2;

/** A document as stored: its summary without the derived annotation count. */
export type DocumentRecord = Omit<DocumentSummary, 'annotationCount'>;

export interface DatabaseShape {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  documents: DocumentRecord[];
  annotations: Annotation[];
  /** Since schema 2: the reader's fixes to extracted entities, oldest first. */
  entityCorrections: EntityCorrection[];
  settings: { lastDocumentId: string | null };
}

const isoTime = z.iso.datetime({ offset: true });
const nullableText = z.string().nullable();

export const documentRecordSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  byline: nullableText,
  source: nullableText,
  dateline: nullableText,
  publishedAt: nullableText,
  origin: z.object({ kind: z.enum(['sample', 'file', 'clipboard']), fileName: nullableText }),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  textLength: z.number().int().nonnegative(),
  created: isoTime,
  modified: isoTime,
  previousVersions: z
    .array(z.object({ contentHash: z.string().regex(/^[0-9a-f]{64}$/), replacedAt: isoTime }))
    .optional(),
});

export const databaseSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  documents: z.array(documentRecordSchema),
  annotations: z.array(annotationSchema),
  entityCorrections: z.array(entityCorrectionSchema),
  settings: z.object({ lastDocumentId: z.uuid().nullable() }),
});

export function emptyDatabase(): DatabaseShape {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documents: [],
    annotations: [],
    entityCorrections: [],
    settings: { lastDocumentId: null },
  };
}
