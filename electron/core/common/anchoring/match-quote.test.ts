import { describe, expect, it } from 'vitest';
import { matchQuote, maxErrorsFor, prefixScore, suffixScore, textSimilarity } from './match-quote.ts';

const filler = (n: number, seed = 1) => {
  const words = ['river', 'stone', 'market', 'quiet', 'lamp', 'harbour', 'winter', 'paper', 'garden', 'signal'];
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(words[x % words.length]!);
  }
  return out.join(' ');
};

describe('textSimilarity', () => {
  it('is 1 for identical text and 0 for empty input', () => {
    expect(textSimilarity('abcdef', 'abcdef')).toBe(1);
    expect(textSimilarity('', 'abc')).toBe(0);
    expect(textSimilarity('abc', '')).toBe(0);
  });

  it('drops by one error per edit', () => {
    expect(textSimilarity('abcXef', 'abcdef')).toBeCloseTo(5 / 6);
  });
});

describe('prefixScore / suffixScore', () => {
  it('treats an empty stored context as evidence only at the document edge', () => {
    expect(prefixScore('quote here', 0, '')).toBe(1);
    expect(prefixScore('x quote here', 2, '')).toBe(0);
    expect(suffixScore('the end', 7, '')).toBe(1);
    expect(suffixScore('the end.', 7, '')).toBe(0);
  });

  it('counts only agreement beyond chance', () => {
    const text = 'one two three four QUOTE five six seven eight';
    const at = text.indexOf('QUOTE');
    expect(prefixScore(text, at, 'one two three four ')).toBe(1);
    expect(prefixScore(text, at, 'one two three fXur ')).toBeCloseTo(1 - 2 / 19);
    expect(prefixScore(text, at, 'zzzzzzzzzzzzzzzzzzz')).toBe(0);
    expect(suffixScore(text, at + 5, ' five six seven eight')).toBe(1);
  });
});

describe('maxErrorsFor', () => {
  it('allows half the quote, at most 256', () => {
    expect(maxErrorsFor('abcdefghij')).toBe(5);
    expect(maxErrorsFor('x'.repeat(2000))).toBe(256);
  });
});

describe('matchQuote', () => {
  it('returns null for an empty quote or text', () => {
    expect(matchQuote('some text', '')).toBeNull();
    expect(matchQuote('', 'quote')).toBeNull();
  });

  it('returns null when nothing is within the error budget', () => {
    expect(matchQuote('aaaaaaaaaaaaaaaaaaaa', 'zzzzzzzzzz')).toBeNull();
  });

  it('finds an exact match with full confidence when the context agrees', () => {
    const text = 'before the quote, the quick brown fox, after the quote';
    const start = text.indexOf('the quick brown fox');
    const match = matchQuote(text, 'the quick brown fox', {
      prefix: 'before the quote, ',
      suffix: ', after the quote',
      hint: start,
    });
    expect(match).toEqual({ start, end: start + 19, errors: 0, confidence: 1 });
  });

  it('finds a quote with typos, with lower confidence', () => {
    const text = 'Intro text. The quick brwn fox jumpd over the lazy dog. Outro text.';
    const match = matchQuote(text, 'The quick brown fox jumped over the lazy dog.', {
      prefix: 'Intro text. ',
      suffix: ' Outro text.',
    });
    expect(match).not.toBeNull();
    expect(text.slice(match!.start, match!.end)).toBe('The quick brwn fox jumpd over the lazy dog.');
    expect(match!.errors).toBe(2);
    expect(match!.confidence).toBeGreaterThan(0.9);
    expect(match!.confidence).toBeLessThan(1);
  });

  it('chooses among repeats by prefix and suffix', () => {
    const text = 'first: the same words here. second: the same words there.';
    const match = matchQuote(text, 'the same words', { prefix: 'second: ', suffix: ' there.' });
    expect(match?.start).toBe(text.lastIndexOf('the same words'));
  });

  it('breaks ties by distance to the hint', () => {
    const text = 'x repeated y. x repeated y. x repeated y.';
    const third = text.lastIndexOf('repeated');
    expect(matchQuote(text, 'repeated', { prefix: 'x ', suffix: ' y', hint: third - 1 })?.start).toBe(third);
  });

  it('accepts a good match near the hint without searching far away', () => {
    const text = filler(3000) + ' target phrase with a typo ' + filler(3000, 7);
    const near = text.indexOf('target phrase');
    const match = matchQuote(
      text,
      'target phrase with no typo',
      { hint: near },
      { acceptNearby: 0.5, windowRadius: 500 },
    );
    expect(match?.start).toBe(near);
  });

  it('finds a slightly damaged passage that moved far from the hint', () => {
    const quote = 'The committee will publish its findings in the spring';
    const damaged = 'The committee will publish its finding in the spring';
    const text = filler(4000) + ' ' + damaged + ' ' + filler(4000, 3);
    const match = matchQuote(text, quote, { hint: 0 }, { windowRadius: 1000 });
    expect(match?.start).toBe(text.indexOf(damaged));
    expect(match?.errors).toBe(1);
  });

  it('finds an exact occurrence far from the hint', () => {
    const text = filler(4000) + ' needle in the haystack ' + filler(4000, 5);
    const match = matchQuote(text, 'needle in the haystack', { hint: text.length }, { windowRadius: 100 });
    expect(match?.start).toBe(text.indexOf('needle'));
    expect(match?.errors).toBe(0);
  });
});
