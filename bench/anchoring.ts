/**
 * Re-anchoring benchmark: 1,000 annotations on a ~1 MB document after 50
 * random edits — the worst realistic case of reopening an edited import —
 * and, for scale, against a text where none of the passages survive.
 *
 * Deterministic (seeded), so figures are comparable between runs.
 * Run: `npx tsx bench/anchoring.ts`
 */
import { pathToFileURL } from 'node:url';
import { anchorAll, summarizeAnchors } from '../electron/core/common/anchoring/anchor.ts';
import { createTarget } from '../electron/core/common/anchoring/text-quote.ts';
import type { Anchor, TextTarget } from '../electron/shared/anchor-types.ts';

const DOCUMENT_CHARS = 1_000_000;
const ANNOTATIONS = 1_000;
const EDITS = 50;

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Pseudo-English: words from a fixed vocabulary, sentences, paragraphs. */
function makeWords(random: () => number): string[] {
  const syllables = ['ta', 'ren', 'lo', 'mi', 'str', 'ang', 'e', 'ou', 'pal', 'ki', 'no', 'the', 'ver', 'is', 'ad'];
  const words: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let word = '';
    for (let s = int(random, 1, 4); s > 0; s--) word += syllables[int(random, 0, syllables.length - 1)];
    words.push(word);
  }
  return words;
}

function prose(random: () => number, words: string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence: string[] = [];
    for (let n = int(random, 6, 24); n > 0; n--) sentence.push(words[int(random, 0, words.length - 1)]!);
    const text = sentence.join(' ') + (random() < 0.15 ? '.\n\n' : '. ');
    parts.push(text);
    length += text.length;
  }
  return parts.join('').slice(0, chars);
}

function edit(random: () => number, words: string[], text: string): string {
  const at = int(random, 0, text.length - 1);
  const kind = random();
  const removed = kind < 0.33 ? 0 : int(random, 1, 400);
  const inserted = kind > 0.66 ? '' : prose(random, words, int(random, 1, 200));
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

export async function benchAnchoring(): Promise<void> {
  const random = prng(20261127);
  const words = makeWords(random);
  const original = prose(random, words, DOCUMENT_CHARS);

  const targets: TextTarget[] = [];
  for (let i = 0; i < ANNOTATIONS; i++) {
    const start = int(random, 0, original.length - 400);
    targets.push(createTarget(original, start, start + int(random, 10, 300)));
  }

  let edited = original;
  for (let i = 0; i < EDITS; i++) edited = edit(random, words, edited);

  // Warm up the JIT on the unchanged text, then time the edited one.
  anchorAll(original, targets);
  report(`${EDITS} random edits`, ...timed(() => anchorAll(edited, targets)));

  // Worst case: every passage is gone (a different text), so every target
  // goes through every strategy before it is orphaned.
  const other = prose(random, words, DOCUMENT_CHARS);
  report('all passages gone (worst case)', ...timed(() => anchorAll(other, targets)));
}

/** Wall-clock and CPU milliseconds of `run`; CPU time is steadier on a busy machine. */
function timed<T>(run: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const result = run();
  const wall = performance.now() - began;
  const { user, system } = process.cpuUsage(cpu);
  return [result, wall, (user + system) / 1000];
}

function report(scenario: string, anchors: Anchor[], wall: number, cpu: number): void {
  const { exact, fuzzy, orphan } = summarizeAnchors(anchors);
  console.log(
    `anchoring ${ANNOTATIONS} annotations in ${(DOCUMENT_CHARS / 1e6).toFixed(1)} MB, ${scenario}: ` +
      `${wall.toFixed(0)} ms (cpu ${cpu.toFixed(0)} ms; exact ${exact}, fuzzy ${fuzzy}, orphan ${orphan})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchAnchoring();
}
