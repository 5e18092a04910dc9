/**
 * Reading a library folder into memory, and working out what must be written
 * before it is used: a migration from the single-file layout, files cleaned
 * of records that are set aside, and unreadable files moved aside. Nothing
 * here writes; the store carries the plan out, or — for a read-only
 * command — only reads.
 */
import type { Annotation, EntityCorrection } from '../../../shared/api-contract.ts';
import { annotationSchema, entityCorrectionSchema } from '../../../shared/api-contract.ts';
import { migrateSingleFile, schemaVersionOf } from './migrations.ts';
import { salvageRecords } from './salvage.ts';
import {
  CURRENT_SCHEMA_VERSION,
  documentDataPath,
  INDEX_FILE_NAME,
  settingsSchema,
  storedDocumentSchema,
  type DocumentData,
  type LibraryIndex,
} from './schema.ts';
import { NewerSchemaError } from './storage-errors.ts';

type Json = Record<string, unknown>;

/** Reads a file of the library by its relative path: its text, or null when there is none. */
export type ReadLibraryFile = (path: string) => Promise<string | null>;

export interface LoadPlan {
  index: LibraryIndex;
  /** Annotations and corrections by document id; documents without any have no entry. */
  documents: Map<string, DocumentData>;
  /** No index existed (or it was unreadable): a new library starts. */
  created: boolean;
  /** Files that cannot be read as JSON: moved aside whole (`keptAt`), never overwritten. */
  unreadable: Array<{ path: string; reason: string }>;
  /** Files that held records set aside: a copy of each is kept, then it is rewritten without them. */
  salvaged: Array<{ path: string; documentId: string | null; setAside: number; firstProblem: string }>;
  /** Set when the library is in an older layout: its index file, kept as a backup before the upgrade. */
  migratedFrom: { version: number; original: string } | null;
}

function parse(text: string): Json | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

export async function loadLibrary(read: ReadLibraryFile): Promise<LoadPlan> {
  const plan: LoadPlan = {
    index: { schemaVersion: CURRENT_SCHEMA_VERSION, documents: [], settings: { lastDocumentId: null } },
    documents: new Map(),
    created: false,
    unreadable: [],
    salvaged: [],
    migratedFrom: null,
  };
  const indexText = await read(INDEX_FILE_NAME);
  if (indexText === null) {
    plan.created = true;
    return plan;
  }
  const raw = parse(indexText);
  const version = raw ? schemaVersionOf(raw) : NaN;
  if (!raw || Number.isNaN(version) || !Array.isArray(raw.documents)) {
    plan.unreadable.push({
      path: INDEX_FILE_NAME,
      reason: raw ? 'the file is not a Marginalia library' : 'the file is not valid JSON',
    });
    plan.created = true;
    return plan;
  }
  if (version > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(INDEX_FILE_NAME, version, CURRENT_SCHEMA_VERSION);

  let documentFiles: Map<string, Json> | null = null;
  let strays: unknown[] = [];
  let indexJson = raw;
  if (version < CURRENT_SCHEMA_VERSION) {
    const migrated = migrateSingleFile(raw);
    ({ index: indexJson, documentFiles, strays } = migrated);
    plan.migratedFrom = { version, original: indexText };
  }

  // The index, record by record.
  const documentIds = new Set<string>();
  const documents = salvageRecords(storedDocumentSchema, indexJson.documents, documentIds);
  const settings = settingsSchema.safeParse(indexJson.settings);
  const lastDocumentId =
    settings.success && documentIds.has(settings.data.lastDocumentId ?? '') ? settings.data.lastDocumentId : null;
  const colorNames = settings.success ? settings.data.colorNames : undefined;
  plan.index = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documents: documents.kept,
    settings: { lastDocumentId, ...(colorNames ? { colorNames } : {}) },
  };
  const indexSetAside = documents.setAside.length + strays.length;
  if (indexSetAside > 0) {
    plan.salvaged.push({
      path: INDEX_FILE_NAME,
      documentId: null,
      setAside: indexSetAside,
      firstProblem: documents.firstProblem ?? 'an annotation or correction of a document that is not in the library',
    });
  }

  // Each document's annotations and corrections.
  const annotationIds = new Set<string>();
  const correctionIds = new Set<string>();
  for (const record of documents.kept) {
    const path = documentDataPath(record.id);
    let file: Json | null;
    let original: string | null;
    if (documentFiles) {
      file = documentFiles.get(path) ?? null;
      original = null;
    } else {
      original = await read(path);
      if (original === null) continue;
      file = parse(original);
      if (!file) {
        plan.unreadable.push({ path, reason: 'the file is not valid JSON' });
        continue;
      }
      const fileVersion = schemaVersionOf(file);
      if (fileVersion > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(path, fileVersion, CURRENT_SCHEMA_VERSION);
    }
    if (!file) continue;
    const annotations = salvageRecords(annotationSchema, file.annotations, annotationIds);
    const corrections = salvageRecords(entityCorrectionSchema, file.entityCorrections, correctionIds);
    const foreign = (r: Annotation | EntityCorrection) => r.documentId !== record.id;
    const stray = [...annotations.kept.filter(foreign), ...corrections.kept.filter(foreign)];
    const data: DocumentData = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      documentId: record.id,
      annotations: annotations.kept.filter((a) => !foreign(a)),
      entityCorrections: corrections.kept.filter((c) => !foreign(c)),
    };
    plan.documents.set(record.id, data);
    const setAside = annotations.setAside.length + corrections.setAside.length + stray.length;
    if (setAside > 0 && original !== null) {
      plan.salvaged.push({
        path,
        documentId: record.id,
        setAside,
        firstProblem: annotations.firstProblem ?? corrections.firstProblem ?? 'a record of another document',
      });
    } else if (setAside > 0 && plan.migratedFrom) {
      const entry = plan.salvaged.find((s) => s.path === INDEX_FILE_NAME);
      if (entry) entry.setAside += setAside;
      else {
        plan.salvaged.push({
          path: INDEX_FILE_NAME,
          documentId: null,
          setAside,
          firstProblem: annotations.firstProblem ?? corrections.firstProblem ?? 'a record of another document',
        });
      }
    }
  }
  return plan;
}
