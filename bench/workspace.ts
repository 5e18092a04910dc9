/**
 * The library workspace as the app serves it (issue 16), through the same
 * API handlers the window calls, on a real library on disk: 200 documents
 * (the corpus articles, each filed several times as its own document) with
 * 100 annotations each, 20,000 in all, and every document's entities kept
 * beside its text.
 * - search: the first query (the index built from the library), then each
 *   keystroke of a few queries typed letter by letter (three times over),
 *   request to answer (BENCH_VERBOSE=1 prints each);
 *   then with a tag, a grade, and an entity filter;
 * - entity index: opening it after a restart (every kept extraction read,
 *   corrections applied, entities joined), opening it again, and after a
 *   library-wide correction.
 * Figures only; nothing is asserted.
 * Run: `npx tsx bench/workspace.ts`
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTarget } from '../electron/core/common/anchoring/text-quote.ts';
import { compactEntities } from '../electron/core/common/entities/cached-entities.ts';
import { ENTITY_EXTRACTOR_VERSION } from '../electron/core/common/entities/extractor-version.ts';
import { extractEntities } from '../electron/core/common/entities/index.ts';
import { createDispatcher } from '../electron/core/node/api/dispatch.ts';
import { createHandlers } from '../electron/core/node/api/handlers.ts';
import { importText } from '../electron/core/node/library/import-document.ts';
import { Library } from '../electron/core/node/library/library.ts';
import { documentDataPath, emptyDocumentData } from '../electron/core/node/storage/schema.ts';
import type {
  Annotation,
  CachedEntity,
  Channel,
  LibraryEntity,
  Request,
  Response,
} from '../electron/shared/api-contract.ts';
import { median, report } from './report.ts';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures', 'corpus');
const DOCUMENTS = 200;
const PER_DOCUMENT = 100;
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const TAGS = ['claim', 'evidence', 'question', 'follow up', 'port deal', 'sanctions', 'budget', 'source'];

function pseudoRandom(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

type Call = <C extends Channel>(channel: C, payload: Request<C>) => Promise<Response<C>>;

function connect(library: Library): Call {
  const dispatch = createDispatcher(createHandlers(library, { version: 'bench' }), () => {});
  return async (channel, payload) => {
    const result = await dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as Response<typeof channel>;
  };
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

/** A library of DOCUMENTS documents, PER_DOCUMENT annotations each, entities kept; returns its folder. */
async function makeLibrary(dir: string): Promise<string> {
  const articles = (await readdir(corpusDir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(articles.map((f) => readFile(path.join(corpusDir, f), 'utf8')));
  // Extracted once per article: every copy keeps its article's entities (its text starts the same).
  const extractions: CachedEntity[][] = texts.map((text) => compactEntities(extractEntities(text)));
  const samplePath = path.join(dir, 'sample.txt');
  await writeFile(samplePath, texts[0]!);
  const dataDir = path.join(dir, 'data');
  const library = await Library.open({ dataDir, sampleArticlePath: samplePath });
  const call = connect(library);
  const next = pseudoRandom(11);
  const annotations = new Map<string, Annotation[]>();
  for (let d = 0; d < DOCUMENTS; d++) {
    const base = d % texts.length;
    const text = `${texts[base]!.trimEnd()}\n\nFiled as report ${d}.\n`;
    // A title of its own: a text with the title of one already there would be its new version.
    const title = `${text.slice(0, text.indexOf('\n')).trim()} (report ${d})`;
    const { document } = await importText(library, text, title, new Date(Date.UTC(2024, 0, 1 + d)));
    await call('entities:cache-put', {
      documentId: document.id,
      contentHash: document.contentHash,
      extractorVersion: ENTITY_EXTRACTOR_VERSION,
      entities: extractions[base]!,
    });
    const list: Annotation[] = [];
    for (let a = 0; a < PER_DOCUMENT; a++) {
      const start = Math.floor(next() * (text.length - 200));
      const end = start + 20 + Math.floor(next() * 150);
      const created = new Date(Date.UTC(2024, 0, 1 + d, 0, a)).toISOString();
      list.push({
        id: crypto.randomUUID(),
        documentId: document.id,
        color: COLORS[a % COLORS.length]!,
        note: next() < 0.4 ? text.slice(end, end + 60 + Math.floor(next() * 120)) : '',
        target: createTarget(text, start, end),
        created,
        modified: created,
        ...(next() < 0.3 ? { tags: [TAGS[Math.floor(next() * TAGS.length)]!] } : {}),
        ...(next() < 0.2 ? { grade: { reliability: 'B' as const, credibility: 1 + Math.floor(next() * 6) } } : {}),
      });
    }
    annotations.set(document.id, list);
  }
  if (library.documents.length !== DOCUMENTS + 1)
    throw new Error(`${library.documents.length - 1} documents, not ${DOCUMENTS}`);
  await library.close();
  // Annotations written straight into each document's file (one write, not 20,000 through the API).
  for (const [documentId, list] of annotations) {
    const file = path.join(dataDir, documentDataPath(documentId));
    const data = await readFile(file, 'utf8').then(JSON.parse, () => emptyDocumentData(documentId));
    await mkdir(path.dirname(file), { recursive: true });
    data.annotations = list;
    await writeFile(file, JSON.stringify(data));
  }
  return dataDir;
}

export async function benchWorkspace(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'marginalia-bench-workspace-'));
  try {
    const dataDir = await makeLibrary(dir);
    const open = () => Library.open({ dataDir, sampleArticlePath: path.join(dir, 'sample.txt') });

    // ── Search ──
    let library = await open();
    let call = connect(library);
    const search = (query: string, filters: Request<'annotations:search'>['filters'] = {}) =>
      call('annotations:search', { query, filters });
    const [first, answer] = await time(() => search('security'));
    report(`first search after a start, index built (${answer.count} hits)`, first, 'ms');
    const timings: number[] = [];
    // Typed three times over: one slow keystroke on a busy machine is then seen as what it is.
    const typed = ['security forces', 'maori', 'interest rates rise', 'facebook privacy', 'the government'];
    for (const query of [...typed, ...typed, ...typed]) {
      for (let i = 1; i <= query.length; i++) {
        const [ms, found] = await time(() => search(query.slice(0, i)));
        timings.push(ms);
        if (process.env.BENCH_VERBOSE)
          console.log(`    ${JSON.stringify(query.slice(0, i))}: ${ms.toFixed(1)} ms, ${found.count} hits`);
      }
    }
    const sorted = [...timings].sort((a, b) => a - b);
    report(`a keystroke, request to answer: median of ${timings.length} (target ≤ 50)`, median(timings), 'ms');
    report(`  95th percentile`, sorted[Math.floor(sorted.length * 0.95)]!, 'ms');
    report(`  the slowest keystroke`, sorted.at(-1)!, 'ms');
    report(`  "port" with the tag "port deal"`, (await time(() => search('port', { tag: 'port deal' })))[0], 'ms');
    report(`  no words, grade B (every B note)`, (await time(() => search('', { grade: 'B' })))[0], 'ms');

    // ── Entity index ──
    await library.close();
    library = await open();
    call = connect(library);
    const [opening, index] = await time(() => call('entity-index:get', {}));
    const entities: LibraryEntity[] = index.entities;
    report(`entity index, opened after a restart (${entities.length} entities)`, opening, 'ms');
    report(`  opened again`, (await time(() => call('entity-index:get', {})))[0], 'ms');
    const person = entities.find((e) => e.type === 'person' && e.documents.length > 1) ?? entities[0]!;
    await search('warm'); // the search's own index, built again after the restart, is not what is timed here
    const [entityFilter] = await time(() => search('', { entityKey: person.key }));
    report(`  search by an entity, first time (notes' entities worked out)`, entityFilter, 'ms');
    report(`  and again`, (await time(() => search('', { entityKey: person.key })))[0], 'ms');
    await call('entities:correct', {
      documentId: person.documents[0]!.documentId,
      correction: {
        kind: 'retype',
        entity: { type: person.type, name: person.name, aliases: [] },
        type: 'organization',
      },
      scope: 'library',
    });
    report(`  after a library-wide correction`, (await time(() => call('entity-index:get', {})))[0], 'ms');
    await library.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) await benchWorkspace();
