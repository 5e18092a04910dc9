/**
 * The shape of `marginalia.json`, with the runtime schema used to check a file
 * before it is trusted. Bump CURRENT_SCHEMA_VERSION together with a step in
 * migrations.ts.
 */
import * as z from 'zod';
import { annotationSchema, type Annotation, type DocumentSummary } from '../../shared/api-contract.ts';

export const CURRENT_SCHEMA_VERSION = 1;

/** A document as stored: its summary without the derived annotation count. */
export type DocumentRecord = Omit<DocumentSummary, 'annotationCount'>;

export interface DatabaseShape {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  documents: DocumentRecord[];
  annotations: Annotation[];
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
});

export const databaseSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  documents: z.array(documentRecordSchema),
  annotations: z.array(annotationSchema),
  settings: z.object({ lastDocumentId: z.uuid().nullable() }),
});

export function emptyDatabase(): DatabaseShape {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, documents: [], annotations: [], settings: { lastDocumentId: null } };
}
