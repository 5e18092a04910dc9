/**
 * Upgrades a library from any older schema version to the current one.
 *
 * Versions 0–2 were one file, `marginalia.json`, holding everything; each
 * step takes the parsed JSON of version N and returns version N + 1. Files
 * written before `schemaVersion` existed count as version 0. Version 3 splits
 * that file into the index and one file per document (schema.ts): the last
 * step returns both. Records are not checked here; salvage.ts checks each one.
 */
import { CURRENT_SCHEMA_VERSION, documentDataPath } from './schema.ts';

type Json = Record<string, unknown>;

/** `steps[n]` upgrades single-file version n to n + 1. */
const steps: Array<(data: Json) => Json> = [
  // 0 → 1: early builds had no schemaVersion and no settings object.
  (data) => ({
    ...data,
    schemaVersion: 1,
    settings: typeof data.settings === 'object' && data.settings !== null ? data.settings : { lastDocumentId: null },
  }),
  // 1 → 2: entity corrections (issue #3).
  (data) => ({ ...data, schemaVersion: 2, entityCorrections: [] }),
];

/** The version a parsed index declares: 0 when it has none, NaN when it is not a version at all. */
export function schemaVersionOf(data: Json): number {
  const raw = data.schemaVersion;
  if (raw === undefined) return 0;
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : NaN;
}

export interface SplitLibrary {
  index: Json;
  /** Each document's file (by path relative to the data folder), unchecked. */
  documentFiles: Map<string, Json>;
  /** Records that name no document of the index, set aside. */
  strays: unknown[];
}

/** Upgrades a single-file library (version 0–2) to the current split layout. */
export function migrateSingleFile(data: Json): SplitLibrary {
  let current = data;
  for (let version = schemaVersionOf(data); version < 2; version++) current = steps[version]!(current);
  return split(current);
}

/** 2 → 3: the index keeps the documents and settings; annotations and corrections go to their document's file. */
function split(data: Json): SplitLibrary {
  const documents = Array.isArray(data.documents) ? data.documents : [];
  const index: Json = { schemaVersion: CURRENT_SCHEMA_VERSION, documents, settings: data.settings };
  const documentFiles = new Map<string, Json>();
  const known = new Set(documents.map((d) => (d as Json | null)?.id).filter((id) => typeof id === 'string'));
  const strays: unknown[] = [];
  const fileOf = (documentId: string) => {
    const path = documentDataPath(documentId);
    let file = documentFiles.get(path);
    if (!file) {
      file = { schemaVersion: CURRENT_SCHEMA_VERSION, documentId, annotations: [], entityCorrections: [] };
      documentFiles.set(path, file);
    }
    return file;
  };
  for (const key of ['annotations', 'entityCorrections'] as const) {
    for (const record of Array.isArray(data[key]) ? (data[key] as unknown[]) : []) {
      const documentId = (record as Json | null)?.documentId;
      if (typeof documentId === 'string' && known.has(documentId)) (fileOf(documentId)[key] as unknown[]).push(record);
      else strays.push(record);
    }
  }
  return { index, documentFiles, strays };
}
