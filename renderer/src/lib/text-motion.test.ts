import { describe, expect, it } from 'vitest';
import { TextMap, trimSpan } from './text-motion.ts';

// Three blocks: a heading, a paragraph of two sentences, a paragraph of one.
const HEADING = 'Harbour vote delayed';
const FIRST = 'The council met on Monday. It put off the vote.';
const SECOND = 'Crews asked for a meeting.';
const TEXT = `${HEADING}\n\n${FIRST}\n\n${SECOND}`;
const at = (phrase: string) => TEXT.indexOf(phrase);
const blocks = [HEADING, FIRST, SECOND].map((part) => ({ start: at(part), end: at(part) + part.length }));
const map = new TextMap(TEXT, blocks);
const slice = (span: { start: number; end: number } | null) => (span ? TEXT.slice(span.start, span.end) : null);

describe('TextMap.move', () => {
  it('moves by character, stepping from one block to the next over the break between them', () => {
    expect(map.move(at('The council'), 'character', 1)).toBe(at('he council'));
    expect(map.move(blocks[0]!.end, 'character', 1)).toBe(blocks[1]!.start);
    expect(map.move(blocks[1]!.start, 'character', -1)).toBe(blocks[0]!.end);
    expect(map.move(0, 'character', -1)).toBe(0);
    expect(map.move(TEXT.length, 'character', 1)).toBe(TEXT.length);
  });

  it('moves a character over a whole surrogate pair', () => {
    const text = 'a😀b';
    const emoji = new TextMap(text, [{ start: 0, end: text.length }]);
    expect(emoji.move(1, 'character', 1)).toBe(3);
    expect(emoji.move(3, 'character', -1)).toBe(1);
  });

  it('moves forward to the end of a word and back to its start', () => {
    const council = at('council');
    expect(map.move(council + 2, 'word', 1)).toBe(council + 'council'.length);
    expect(map.move(council + 'council'.length, 'word', 1)).toBe(at('met') + 3);
    expect(map.move(council + 2, 'word', -1)).toBe(council);
    expect(map.move(council, 'word', -1)).toBe(at('The council'));
    // From a block's edge into the next block's first word, and back to the last word before.
    expect(map.move(blocks[0]!.end, 'word', 1)).toBe(at('The council') + 3);
    expect(map.move(blocks[1]!.start, 'word', -1)).toBe(at('delayed'));
  });

  it('moves by sentence within a paragraph and across paragraphs', () => {
    expect(map.move(at('council'), 'sentence', 1)).toBe(at('Monday.') + 'Monday.'.length);
    expect(map.move(at('Monday.') + 'Monday.'.length, 'sentence', 1)).toBe(blocks[1]!.end);
    expect(map.move(blocks[1]!.end, 'sentence', 1)).toBe(blocks[2]!.end);
    expect(map.move(at('put off'), 'sentence', -1)).toBe(at('It put'));
    expect(map.move(at('It put'), 'sentence', -1)).toBe(blocks[1]!.start);
    expect(map.move(blocks[1]!.start, 'sentence', -1)).toBe(blocks[0]!.start);
  });

  it('moves by paragraph to block edges, and to either end of the article', () => {
    expect(map.move(at('council'), 'paragraph', 1)).toBe(blocks[1]!.end);
    expect(map.move(blocks[1]!.end, 'paragraph', 1)).toBe(blocks[2]!.end);
    expect(map.move(at('council'), 'paragraph', -1)).toBe(blocks[1]!.start);
    expect(map.move(blocks[1]!.start, 'paragraph', -1)).toBe(blocks[0]!.start);
    expect(map.move(at('council'), 'article', 1)).toBe(TEXT.length);
    expect(map.move(at('council'), 'article', -1)).toBe(0);
  });

  it('steps into the block ahead from between two blocks', () => {
    expect(map.move(blocks[0]!.end + 1, 'word', 1)).toBe(blocks[1]!.start);
    expect(map.move(blocks[0]!.end + 1, 'word', -1)).toBe(blocks[0]!.end);
  });

  it('skips blocks without text (a rule, an empty caption)', () => {
    const withRule = new TextMap(TEXT, [blocks[0]!, { start: blocks[0]!.end, end: blocks[0]!.end }, blocks[1]!]);
    expect(withRule.move(blocks[0]!.end, 'character', 1)).toBe(blocks[1]!.start);
  });

  it('reads a long block around the caret only, with the same answers', () => {
    const long = `${'Word after word goes on here. '.repeat(2_000)}End.`;
    const one = new TextMap(long, [{ start: 0, end: long.length }]);
    const middle = 30 * 1_000 + 7; // inside "after"
    expect(long.slice(one.move(middle, 'word', -1), one.move(middle, 'word', 1))).toBe('after');
    expect(long.slice(one.move(middle, 'sentence', -1), one.move(middle, 'sentence', 1))).toBe(
      'Word after word goes on here.',
    );
  });
});

describe('TextMap.unitAt and extend', () => {
  it('finds the sentence at the caret, also from the spaces after it', () => {
    expect(slice(map.unitAt(at('off the'), 'sentence'))).toBe('It put off the vote.');
    expect(slice(map.unitAt(at(' It put'), 'sentence'))).toBe('The council met on Monday.');
    expect(slice(map.unitAt(at('Crews'), 'paragraph'))).toBe(SECOND);
  });

  it('grows a selection by the next sentence or paragraph, across paragraphs', () => {
    const sentence = map.unitAt(at('council'), 'sentence')!;
    const two = map.extend(sentence, 'sentence')!;
    expect(slice(two)).toBe(FIRST);
    expect(slice(map.extend(two, 'sentence'))).toBe(`${FIRST}\n\n${SECOND}`);
    expect(slice(map.extend({ start: at('met'), end: at('met') + 3 }, 'sentence'))).toBe('The council met on Monday.');
    expect(slice(map.extend(map.unitAt(0, 'paragraph')!, 'paragraph'))).toBe(`${HEADING}\n\n${FIRST}`);
  });

  it('trims spaces from a selection', () => {
    expect(slice(trimSpan(TEXT, { start: at(' It put'), end: at('It put') + 6 }))).toBe('It put');
    expect(trimSpan(TEXT, { start: blocks[0]!.end, end: blocks[1]!.start })).toBeNull();
  });
});
