import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_URL } from '../../../../test-fixtures/fixtures.ts';
import { cleanByline, firstLineTitle, readPlainText } from './plain-text.ts';

const corpus = (name: string) => readFileSync(new URL(`corpus/${name}`, FIXTURES_URL), 'utf8');

describe('firstLineTitle', () => {
  it('is the first non-empty line, trimmed', () => {
    expect(firstLineTitle('\n\n   Headline here  \nBody', 'x')).toBe('Headline here');
  });

  it('falls back when there is no line, and shortens a paragraph', () => {
    expect(firstLineTitle('  \n ', 'notes')).toBe('notes');
    const title = firstLineTitle('word '.repeat(100), 'x');
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('cleanByline', () => {
  it('strips a leading "By" and collapses whitespace', () => {
    expect(cleanByline('By Erin Cunningham')).toBe('Erin Cunningham');
    expect(cleanByline('by:  Jane\n Doe ')).toBe('Jane Doe');
    expect(cleanByline('Byron Lee')).toBe('Byron Lee');
    expect(cleanByline('  ')).toBeNull();
    expect(cleanByline(null)).toBeNull();
  });
});

describe('readPlainText', () => {
  it('reads the house format: headline, "By:" line, body', () => {
    const text = corpus('bbc-1.txt');
    const doc = readPlainText(text, 'bbc-1');
    expect(doc).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      byline: 'BBC News',
      publishedAt: null,
    });
    expect(doc.text).toBe(text);
  });

  it('finds "Source:" and "By:" lines at the end', () => {
    const doc = readPlainText(corpus('ttp-isis-alliance.txt'), 'ttp');
    expect(doc.title).toBe('TTP and ISIS deadly alliance emerges against Pakistan, China and Russia');
    expect(doc.byline).toBe('Maqbool Malik');
    expect(doc.source).toBe('link');
  });

  it('accepts a bare "By Name" line and leaves unknowns null', () => {
    expect(readPlainText('Headline\n\nBy Jane Doe\n\nBody text here.', 'x').byline).toBe('Jane Doe');
    expect(readPlainText('Headline\n\nJust a body.', 'x')).toMatchObject({ byline: null, source: null });
  });
});
