import { describe, expect, it } from 'vitest';
import { anchorAll, anchorTarget, FUZZY_CONFIDENCE_THRESHOLD, summarizeAnchors } from './anchor.ts';
import { createTarget } from './text-quote.ts';
import type { Anchor, TextTarget } from '../../../shared/anchor-types.ts';

const article = [
  'Ministers met in Geneva on Tuesday to discuss the ceasefire.',
  'The talks were described as constructive by both delegations.',
  'A second round is planned for next month in Vienna, officials said.',
  'Critics said the talks were described as constructive far too often.',
].join('\n\n');

function targetFor(text: string, quote: string, occurrence = 0): TextTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`no ${quote} in text`);
  return createTarget(text, at, at + quote.length);
}

const sliceOf = (text: string, anchor: Anchor) =>
  anchor.status === 'orphan' ? null : text.slice(anchor.start, anchor.end);

describe('anchorTarget', () => {
  it('uses the stored position when the text is unchanged', () => {
    const target = targetFor(article, 'a second round'.replace('a', 'A'));
    expect(anchorTarget(article, target)).toEqual({
      status: 'exact',
      start: target.position.start,
      end: target.position.end,
      confidence: 1,
    });
  });

  it('finds the quote verbatim after text was inserted before it', () => {
    const target = targetFor(article, 'next month in Vienna');
    const edited = 'BREAKING: ' + article;
    const anchor = anchorTarget(edited, target);
    expect(anchor).toMatchObject({ status: 'exact', start: target.position.start + 10 });
  });

  it('rejects a position hit whose text differs from the quote', () => {
    const target = targetFor(article, 'ceasefire');
    // Same length: the stored range is still in bounds but now holds other text.
    const edited = article.replace('ceasefire', 'situation');
    expect(edited.slice(target.position.start, target.position.end)).toBe('situation');
    expect(anchorTarget(edited, target).status).toBe('orphan');
    // When the quote exists elsewhere, that is where the annotation goes.
    const moved = edited + ' The ceasefire held.';
    expect(anchorTarget(moved, target)).toMatchObject({
      status: 'exact',
      start: moved.lastIndexOf('ceasefire'),
    });
  });

  it('disambiguates repeats by prefix and suffix', () => {
    const quote = 'the talks were described as constructive';
    const target = targetFor(article, quote); // the one after "Critics said "
    // Add a copy with other context just before it, nearer the old position.
    const edited = article.replace('officials said.', `officials said, ${quote} again.`);
    const anchor = anchorTarget(edited, target);
    expect(anchor.status).toBe('exact');
    expect(sliceOf(edited, anchor)).toBe(quote);
    expect(edited.slice(0, anchor.start!).endsWith('Critics said ')).toBe(true);
  });

  it('breaks context ties by distance to the old position', () => {
    const unit = 'Same sentence everywhere. ';
    const text = unit.repeat(20);
    const target = createTarget(text, unit.length * 10, unit.length * 10 + 4);
    const edited = 'x' + text; // every copy shifts by one; context is identical for the middle ones
    expect(anchorTarget(edited, target)).toMatchObject({ status: 'exact', start: unit.length * 10 + 1 });
  });

  it('anchors a lightly edited quote fuzzily, in place', () => {
    const target = targetFor(article, 'The talks were described as constructive by both delegations.');
    const edited = article.replace('constructive by both', 'constructive by all');
    const anchor = anchorTarget(edited, target);
    expect(anchor.status).toBe('fuzzy');
    expect(anchor.confidence).toBeGreaterThanOrEqual(FUZZY_CONFIDENCE_THRESHOLD);
    expect(anchor.confidence).toBeLessThan(1);
    expect(sliceOf(edited, anchor)).toBe('The talks were described as constructive by all delegations.');
  });

  it('orphans a quote whose passage was deleted', () => {
    const target = targetFor(article, 'next month in Vienna');
    const edited = article.replace('A second round is planned for next month in Vienna, officials said.', '');
    expect(anchorTarget(edited, target)).toEqual({ status: 'orphan', start: null, end: null, confidence: 0 });
  });

  it('orphans an empty quote and survives unusable stored positions', () => {
    const target = targetFor(article, 'Vienna');
    expect(anchorTarget(article, { ...target, quote: { ...target.quote, exact: '' } }).status).toBe('orphan');
    const broken = { ...target, position: { type: 'TextPositionSelector' as const, start: Number.NaN, end: 5 } };
    expect(anchorTarget(article, broken)).toMatchObject({ status: 'exact', start: article.indexOf('Vienna') });
  });
});

describe('anchorAll', () => {
  it('returns anchors in the order of the targets', () => {
    const quotes = ['Vienna', 'Geneva', 'delegations', 'Critics'];
    const targets = quotes.map((q) => targetFor(article, q));
    const edited = '>> ' + article.replace('Critics said', 'Observers said');
    const anchors = anchorAll(edited, targets);
    expect(anchors.map((a) => sliceOf(edited, a))).toEqual(['Vienna', 'Geneva', 'delegations', null]);
  });

  it('follows the drift of earlier edits through a long text', () => {
    const paragraph = (i: number) => `Paragraph ${i} talks about subject number ${i * 7919} at length.\n\n`;
    const text = Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('');
    const targets = Array.from({ length: 100 }, (_, i) => {
      const at = text.indexOf(`subject number ${i * 20 * 7919} `);
      return createTarget(text, at, at + 20);
    });
    const edited = 'A new first paragraph.\n\n'.repeat(300) + text;
    const anchors = anchorAll(edited, targets);
    expect(summarizeAnchors(anchors)).toEqual({ exact: 100, fuzzy: 0, orphan: 0 });
    anchors.forEach((a, i) => expect(sliceOf(edited, a)).toBe(targets[i]!.quote.exact));
  });

  it('handles no targets', () => {
    expect(anchorAll(article, [])).toEqual([]);
  });
});

describe('summarizeAnchors', () => {
  it('counts by status', () => {
    const anchors: Anchor[] = [
      { status: 'exact', start: 0, end: 1, confidence: 1 },
      { status: 'fuzzy', start: 0, end: 1, confidence: 0.9 },
      { status: 'exact', start: 2, end: 3, confidence: 1 },
      { status: 'orphan', start: null, end: null, confidence: 0 },
    ];
    expect(summarizeAnchors(anchors)).toEqual({ exact: 2, fuzzy: 1, orphan: 1 });
    expect(summarizeAnchors([])).toEqual({ exact: 0, fuzzy: 0, orphan: 0 });
  });
});

describe('fuzzy re-anchoring respects words', () => {
  const before =
    'The city council met on Tuesday. The new bridge is expected to open in 2027. Officials said the budget was approved by a wide margin.';

  it('takes a word added inside the passage, not a cut-off span without its last word', () => {
    const start = before.indexOf('expected');
    const target = createTarget(before, start, before.indexOf('2027') + 4);
    const after = before.replace('in 2027', 'in late 2027');
    const anchor = anchorTarget(after, target);
    expect(anchor.status).toBe('fuzzy');
    expect(after.slice(anchor.start!, anchor.end!)).toBe('expected to open in late 2027');
  });

  it('widens a match to whole words, and keeps a selection that cut a word cut', () => {
    const whole = createTarget(before, before.indexOf('new bridge'), before.indexOf(' to open'));
    const edited = before.replace('new bridge is expected', 'new bridges are expected');
    const anchor = anchorTarget(edited, whole);
    expect(edited.slice(anchor.start!, anchor.end!)).toBe('new bridges are expected');

    const cut = createTarget(before, before.indexOf('ew bridge'), before.indexOf(' to open'));
    const cutAnchor = anchorTarget(edited, cut);
    expect(cutAnchor.status).toBe('fuzzy');
    expect(edited.slice(cutAnchor.start!, cutAnchor.end!).startsWith('ew ')).toBe(true);
  });
});
