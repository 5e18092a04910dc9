import { describe, expect, it } from 'vitest';
import { sentenceSpans, wordSpans } from './text-units.ts';

const slices = (text: string, spans: Array<{ start: number; end: number }>) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('wordSpans', () => {
  it('lists words and numbers, not spaces or punctuation', () => {
    const text = 'The ferry, due at 9.30, left late.';
    expect(slices(text, wordSpans(text))).toEqual(['The', 'ferry', 'due', 'at', '9.30', 'left', 'late']);
  });
  it('gives offsets into the whole text when reading part of it', () => {
    const text = 'one two three four';
    expect(wordSpans(text, 4, 13)).toEqual([
      { start: 4, end: 7 },
      { start: 8, end: 13 },
    ]);
  });
});

describe('sentenceSpans', () => {
  it('splits at full stops, question and exclamation marks, without the spaces after', () => {
    const text = 'The quay opens today. Who paid for it? Nobody knows!  ';
    expect(slices(text, sentenceSpans(text))).toEqual(['The quay opens today.', 'Who paid for it?', 'Nobody knows!']);
  });
  it('keeps titles and initials inside the sentence', () => {
    const text = 'Dr. Okoye met Mr. Brandt in St. Ives. The U.N. Council was told by J. Rivera.';
    expect(slices(text, sentenceSpans(text))).toEqual([
      'Dr. Okoye met Mr. Brandt in St. Ives.',
      'The U.N. Council was told by J. Rivera.',
    ]);
  });
  it('goes on after a quotation that ends with its own mark', () => {
    const text = '“Is it safe?” she asked. “Yes,” he said.';
    expect(slices(text, sentenceSpans(text))).toEqual(['“Is it safe?” she asked.', '“Yes,” he said.']);
  });
  it('reads part of a text with offsets into the whole', () => {
    const text = 'Intro. First one. Second one.';
    expect(sentenceSpans(text, 7)).toEqual([
      { start: 7, end: 17 },
      { start: 18, end: 29 },
    ]);
  });
});
