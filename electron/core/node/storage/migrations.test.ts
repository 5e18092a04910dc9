import { describe, expect, it } from 'vitest';
import { migrateSingleFile } from './migrations.ts';
import { CURRENT_SCHEMA_VERSION, documentDataPath } from './schema.ts';

const DOCUMENT = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'A title',
  byline: null,
  source: null,
  dateline: null,
  publishedAt: null,
  origin: { kind: 'file', fileName: 'a.txt' },
  contentHash: 'a'.repeat(64),
  textLength: 10,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
};
const ANNOTATION = { id: '22222222-2222-4222-8222-222222222222', documentId: DOCUMENT.id, note: 'n' };
const CORRECTION = { id: '33333333-3333-4333-8333-333333333333', documentId: DOCUMENT.id, kind: 'add' };

describe('migrateSingleFile', () => {
  it('splits schema 2 into the index and one file per document, and keeps every record', () => {
    const { index, documentFiles, strays } = migrateSingleFile({
      schemaVersion: 2,
      documents: [DOCUMENT],
      annotations: [ANNOTATION],
      entityCorrections: [CORRECTION],
      settings: { lastDocumentId: DOCUMENT.id },
    });
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
    expect(index).toEqual({ schemaVersion: 3, documents: [DOCUMENT], settings: { lastDocumentId: DOCUMENT.id } });
    expect(Object.fromEntries(documentFiles)).toEqual({
      [documentDataPath(DOCUMENT.id)]: {
        schemaVersion: 3,
        documentId: DOCUMENT.id,
        annotations: [ANNOTATION],
        entityCorrections: [CORRECTION],
      },
    });
    expect(strays).toEqual([]);
  });

  it('takes a version-0 file (no schemaVersion, no settings, no corrections) through every step', () => {
    const { index, documentFiles } = migrateSingleFile({ documents: [DOCUMENT], annotations: [] });
    expect(index).toEqual({ schemaVersion: 3, documents: [DOCUMENT], settings: { lastDocumentId: null } });
    expect(documentFiles.size).toBe(0);
  });

  it('sets apart records that name no document in the file', () => {
    const stray = { ...ANNOTATION, documentId: '44444444-4444-4444-8444-444444444444' };
    const { strays } = migrateSingleFile({ schemaVersion: 2, documents: [DOCUMENT], annotations: [stray] });
    expect(strays).toEqual([stray]);
  });
});
