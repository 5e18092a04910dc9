/**
 * The library on disk: the index (`marginalia.json`) and one file per
 * document (schema.ts), each a lowdb JSON file, held in memory and changed
 * only through {@link LibraryStore.change}.
 *
 * A change is a function from the committed state to the next. It runs on
 * the committed state, every record it produces is checked against the
 * schema, the files it touches are written durably (journal.ts when there are
 * several), and only then is the new state swapped in and the caller
 * answered. A change the disk refuses is therefore not applied anywhere: not
 * in memory, not in the next write, not after a restart.
 *
 * Changes are serialized through one writer; those that arrive while a write
 * is on its way go to disk together in the next one, as steno does.
 */
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { annotationSchema, entityCorrectionSchema, type Annotation } from '../../../shared/api-contract.ts';
import { sweepTemporaryFiles, writeFileDurably } from './atomic-write.ts';
import { DurableJSONFile } from './durable-json-file.ts';
import { readJournal, recoverJournal, writeFilesTogether, type FileWrite } from './journal.ts';
import { LibraryLock, type AcquireOptions } from './library-lock.ts';
import { loadLibrary, type LoadPlan } from './load-library.ts';
import { describeProblem } from './salvage.ts';
import {
  CURRENT_SCHEMA_VERSION,
  documentDataPath,
  DOCUMENTS_FOLDER,
  emptyDocumentData,
  INDEX_FILE_NAME,
  settingsSchema,
  storedDocumentSchema,
  type DocumentData,
  type LibraryIndex,
} from './schema.ts';
import {
  causeOf,
  InvalidRecordError,
  isPermissionProblem,
  UnreadableLibraryError,
  WriteFailedError,
} from './storage-errors.ts';
import type * as z from 'zod';

/** What the reader is told about the library as it opened. */
export interface StoreNotice {
  kind: 'database-recovered' | 'records-set-aside' | 'read-only';
  message: string;
  /** Where the original file was kept (or, for a read-only library, its folder). */
  keptAt: string;
}

export interface StoreChange {
  index?: (index: LibraryIndex) => LibraryIndex;
  /** By document id: its next data, or null to remove its file (the document left the library). */
  documents?: Record<string, (data: DocumentData) => DocumentData | null>;
}

export interface OpenStoreOptions {
  /**
   * `write` takes the library lock and may migrate, repair and sweep;
   * `read` writes nothing at all (a read-only command) and fails on a file it
   * cannot read instead of moving it aside.
   */
  mode: 'write' | 'read';
  lock?: Omit<AcquireOptions, 'kind'> & { kind?: AcquireOptions['kind'] };
  /** In `write` mode, a folder that cannot be written opens for reading, with a notice, instead of failing (the apps). */
  readOnlyFallback?: boolean;
  now?: () => Date;
}

interface Pending {
  change: StoreChange;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class LibraryStore {
  readonly notices: StoreNotice[] = [];
  /** True when no library existed here before (or it was unreadable): the caller seeds the sample. */
  readonly created: boolean;
  readonly #index: Low<LibraryIndex>;
  readonly #documents = new Map<string, Low<DocumentData>>();
  /** Every annotation by id, so a lookup never scans a document, let alone the library. */
  readonly #annotations = new Map<string, Annotation>();
  readonly #queue: Pending[] = [];
  #writing = false;
  /** A multi-file change failed and could not be undone at once: undo it before anything else is written. */
  #journalLeft = false;
  #readOnlyReason: string | null = null;

  private constructor(
    readonly dataDir: string,
    readonly lock: LibraryLock | null,
    plan: LoadPlan,
  ) {
    this.created = plan.created;
    this.#index = new Low(new DurableJSONFile(join(dataDir, INDEX_FILE_NAME)), plan.index);
    for (const [id, data] of plan.documents) this.#setDocument(id, data);
  }

  static async open(dataDir: string, options: OpenStoreOptions): Promise<LibraryStore> {
    if (options.mode === 'read') return LibraryStore.#openForReading(dataDir, 'this command only reads the library');

    await mkdir(dataDir, { recursive: true });
    let lock: LibraryLock;
    try {
      lock = await LibraryLock.acquire(dataDir, { kind: 'command', ...options.lock });
    } catch (error) {
      if (!options.readOnlyFallback || !isPermissionProblem(error)) throw error;
      const reason = `the library folder cannot be written (${causeOf(error)})`;
      const store = await LibraryStore.#openForReading(dataDir, reason);
      store.notices.push({
        kind: 'read-only',
        keptAt: dataDir,
        message: `This library is open for reading only: ${reason}. You can read and export; changes cannot be saved until you may write to ${dataDir}.`,
      });
      return store;
    }
    try {
      for (const folder of ['', DOCUMENTS_FOLDER, 'texts']) await sweepTemporaryFiles(join(dataDir, folder));
      await recoverJournal(dataDir);
      const plan = await loadLibrary((path) => readText(dataDir, path));
      const store = new LibraryStore(dataDir, lock, plan);
      await store.#repair(plan, options.now?.() ?? new Date());
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Reads without writing anything: no lock, no migration written, a change cut short seen as undone. */
  static async #openForReading(dataDir: string, reason: string): Promise<LibraryStore> {
    const journal = await readJournal(dataDir).catch(() => null);
    const before = new Map(journal?.files.map((f) => [f.path, f.before]));
    const plan = await loadLibrary((path) =>
      before.has(path) ? Promise.resolve(before.get(path)!) : readText(dataDir, path),
    );
    const problem = plan.unreadable[0];
    if (problem) throw new UnreadableLibraryError(join(dataDir, problem.path), problem.reason);
    const store = new LibraryStore(dataDir, null, { ...plan, created: false });
    store.#readOnlyReason = reason;
    return store;
  }

  get index(): Readonly<LibraryIndex> {
    return this.#index.data;
  }

  /** A document's annotations and corrections (empty when it has none). */
  documentData(documentId: string): Readonly<DocumentData> {
    return this.#documents.get(documentId)?.data ?? emptyDocumentData(documentId);
  }

  /** An annotation anywhere in the library, by its id. */
  annotation(annotationId: string): Annotation | undefined {
    return this.#annotations.get(annotationId);
  }

  /** Every document's data that has any. */
  allDocumentData(): Iterable<Readonly<DocumentData>> {
    return [...this.#documents.values()].map((low) => low.data);
  }

  /** Why changes are refused, when they are (a read-only command or folder); null when writable. */
  get readOnlyReason(): string | null {
    return this.#readOnlyReason;
  }

  /** Applies a change; resolves once it is on disk, rejects (having applied nothing) when it could not be. */
  change(change: StoreChange): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ change, resolve, reject });
      void this.#drain();
    });
  }

  /** Waits for pending writes, then lets the library go. */
  async close(): Promise<void> {
    while (this.#writing || this.#queue.length) await new Promise((resolve) => setTimeout(resolve, 5));
    await this.lock?.release();
  }

  async #drain(): Promise<void> {
    if (this.#writing) return;
    this.#writing = true;
    try {
      while (this.#queue.length) await this.#commit(this.#queue.splice(0));
    } finally {
      this.#writing = false;
    }
  }

  /** Applies a batch of changes to drafts, writes every file they touched, then swaps the drafts in. */
  async #commit(batch: Pending[]): Promise<void> {
    let index = this.#index.data;
    const documents = new Map<string, DocumentData | null>();
    const accepted: Pending[] = [];
    for (const pending of batch) {
      try {
        const nextIndex = pending.change.index ? pending.change.index(index) : index;
        if (nextIndex !== index) checkIndex(index, nextIndex);
        const nextDocuments = new Map<string, DocumentData | null>();
        for (const [id, edit] of Object.entries(pending.change.documents ?? {})) {
          const before = documents.has(id) ? (documents.get(id) ?? emptyDocumentData(id)) : this.documentData(id);
          const after = edit(before);
          if (after) checkDocumentData(id, before, after);
          nextDocuments.set(id, after);
        }
        index = nextIndex;
        for (const [id, data] of nextDocuments) documents.set(id, data);
        accepted.push(pending);
      } catch (error) {
        pending.reject(error);
      }
    }
    if (accepted.length === 0) return;

    const writes: FileWrite[] = [];
    for (const [id, data] of documents) {
      const low = this.#documents.get(id);
      const before = low ? JSON.stringify(low.data) : null;
      // A document's file goes only with the document; one with no annotations left stays, empty.
      const contents = data === null ? null : JSON.stringify(data);
      if (contents !== before) writes.push({ path: documentDataPath(id), contents, before });
    }
    // The index goes last: a new document's record never lands before its file.
    if (index !== this.#index.data) {
      writes.push({ path: INDEX_FILE_NAME, contents: JSON.stringify(index), before: JSON.stringify(this.#index.data) });
    }
    try {
      if (this.#readOnlyReason) throw new WriteFailedError(null, this.#readOnlyReason);
      if (this.lock?.compromised) throw Object.assign(new Error('lock lost'), { code: 'ELOCKED' });
      if (this.#journalLeft) {
        await recoverJournal(this.dataDir);
        this.#journalLeft = false;
      }
      if (writes.length > 0) await writeFilesTogether(this.dataDir, writes);
    } catch (error) {
      if (writes.length > 1) this.#journalLeft = true;
      const failure = error instanceof WriteFailedError ? error : new WriteFailedError(error);
      for (const pending of accepted) pending.reject(failure);
      return;
    }
    this.#index.data = index;
    for (const [id, data] of documents) this.#setDocument(id, data);
    for (const pending of accepted) pending.resolve();
  }

  #setDocument(id: string, data: DocumentData | null): void {
    const old = this.#documents.get(id);
    for (const annotation of old?.data.annotations ?? []) this.#annotations.delete(annotation.id);
    if (!data) {
      this.#documents.delete(id);
      return;
    }
    for (const annotation of data.annotations) this.#annotations.set(annotation.id, annotation);
    if (old) old.data = data;
    else this.#documents.set(id, new Low(new DurableJSONFile(join(this.dataDir, documentDataPath(id))), data));
  }

  /** Carries out what opening found: a migration, files cleaned of invalid records, unreadable files moved aside. */
  async #repair(plan: LoadPlan, now: Date): Promise<void> {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    for (const { path, reason } of plan.unreadable) {
      const keptAt = join(this.dataDir, `${path}.corrupt-${stamp}`);
      await rename(join(this.dataDir, path), keptAt);
      this.notices.push({
        kind: 'database-recovered',
        keptAt,
        message:
          path === INDEX_FILE_NAME
            ? `Your library file could not be read (${reason}). It was kept at ${keptAt} and a new library was started.`
            : `The annotations of one document could not be read (${reason}). The file was kept at ${keptAt}; the document is still in the library.`,
      });
    }

    let backup: string | null = null;
    if (plan.migratedFrom) {
      // The old file is kept as it was; the new files go in, the index last, so a crash re-runs the migration.
      backup = join(this.dataDir, `${INDEX_FILE_NAME}.schema-${plan.migratedFrom.version}-backup`);
      await writeFileDurably(backup, plan.migratedFrom.original);
      for (const data of this.allDocumentData()) {
        await mkdir(join(this.dataDir, DOCUMENTS_FOLDER), { recursive: true });
        await writeFileDurably(join(this.dataDir, documentDataPath(data.documentId)), JSON.stringify(data));
      }
    }

    const setAside = plan.salvaged.reduce((n, s) => n + s.setAside, 0);
    const keptCopies: string[] = [];
    for (const salvaged of plan.salvaged) {
      if (salvaged.path === INDEX_FILE_NAME && backup) {
        keptCopies.push(backup);
        continue;
      }
      const keptAt = join(this.dataDir, `${salvaged.path}.corrupt-${stamp}`);
      await copyFile(join(this.dataDir, salvaged.path), keptAt);
      keptCopies.push(keptAt);
      if (salvaged.documentId) {
        const data = this.documentData(salvaged.documentId);
        await writeFileDurably(join(this.dataDir, salvaged.path), JSON.stringify(data));
      }
    }
    if (plan.migratedFrom || plan.salvaged.some((s) => s.path === INDEX_FILE_NAME)) await this.#index.write();

    if (setAside > 0) {
      const data = [...this.allDocumentData()];
      const kept = [
        count(this.index.documents.length, 'document'),
        count(
          data.reduce((n, d) => n + d.annotations.length, 0),
          'annotation',
        ),
        count(
          data.reduce((n, d) => n + d.entityCorrections.length, 0),
          'entity correction',
        ),
      ];
      this.notices.push({
        kind: 'records-set-aside',
        keptAt: keptCopies[0]!,
        message: `${count(setAside, 'record')} of your library could not be read (${plan.salvaged[0]!.firstProblem}) and ${setAside === 1 ? 'was' : 'were'} set aside; everything else was kept (${kept.join(', ')}). The original file${keptCopies.length > 1 ? 's are' : ' is'} kept at ${keptCopies.join(', ')}.`,
      });
    }
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

async function readText(dataDir: string, path: string): Promise<string | null> {
  try {
    return await readFile(join(dataDir, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Only records a change produced are checked (the others were checked when read), so a write costs what it touches. */
function newRecords<T>(before: readonly T[], after: readonly T[]): T[] {
  const old = new Set(before);
  return after.filter((record) => !old.has(record));
}

function check(schema: z.ZodType, record: unknown, what: string): void {
  const checked = schema.safeParse(record);
  if (!checked.success) throw new InvalidRecordError(what, describeProblem(checked.error));
}

function checkIndex(before: LibraryIndex, after: LibraryIndex): void {
  if (after.schemaVersion !== CURRENT_SCHEMA_VERSION)
    throw new InvalidRecordError('the library', 'wrong schema version');
  for (const record of newRecords(before.documents, after.documents))
    check(storedDocumentSchema, record, 'the document');
  check(settingsSchema, after.settings, 'the settings');
}

function checkDocumentData(id: string, before: DocumentData, after: DocumentData): void {
  if (after.documentId !== id || after.schemaVersion !== CURRENT_SCHEMA_VERSION) {
    throw new InvalidRecordError('the annotations', 'they name another document');
  }
  for (const annotation of newRecords(before.annotations, after.annotations)) {
    check(annotationSchema, annotation, 'the annotation');
    if (annotation.documentId !== id) throw new InvalidRecordError('the annotation', 'it names another document');
  }
  for (const correction of newRecords(before.entityCorrections, after.entityCorrections)) {
    check(entityCorrectionSchema, correction, 'the entity correction');
  }
}
