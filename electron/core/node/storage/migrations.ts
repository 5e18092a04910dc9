/**
 * Upgrades a database file from any older schema version to the current one.
 *
 * Each step takes the parsed JSON of version N and returns version N + 1; the
 * steps run in order, so a file several versions behind passes through each.
 * Files written before `schemaVersion` existed count as version 0.
 */
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

type Json = Record<string, unknown>;

/** `steps[n]` upgrades version n to n + 1. */
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

export class NewerSchemaError extends Error {
  constructor(readonly version: number) {
    super(
      `the database was written by a newer Marginalia (schema ${version}; this build reads up to ${CURRENT_SCHEMA_VERSION})`,
    );
    this.name = 'NewerSchemaError';
  }
}

export function migrateToCurrent(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  let current = data as Json;
  const raw = current.schemaVersion;
  let version = raw === undefined ? 0 : typeof raw === 'number' && Number.isInteger(raw) ? raw : NaN;
  if (Number.isNaN(version) || version < 0) return data; // the schema check reports it
  if (version > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(version);
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from schema ${version}`);
    current = step(current);
    version++;
  }
  return current;
}
