/**
 * The text and layout built from drafts: unit cases for the separators and
 * whitespace, and a fast-check property over random drafts — whatever the
 * blocks, containers and marks, the layout's ranges cover the text in order
 * without overlapping, containers nest, marks nest inside one block, and each
 * block shows exactly its draft's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutContainer } from '../../../shared/layout-types.ts';
import { draftText, LINE_BREAK, type BlockDraft, type Inline } from './layout-draft.ts';
import { layoutFromDrafts } from './layout-from-drafts.ts';
import { layoutProblem, parseLayout } from './layout-schema.ts';

const paragraph = (content: Inline[], path: LayoutContainer[] = []): BlockDraft => ({
  kind: 'paragraph',
  path,
  content,
});

describe('layoutFromDrafts', () => {
  it('collapses whitespace as a browser does and keeps spaces outside marks', () => {
    const { text, layout } = layoutFromDrafts([
      paragraph([
        '  Read ',
        { mark: { kind: 'link', href: 'https://a.example/' }, children: [' the  report '] },
        '\n now.',
      ]),
    ]);
    expect(text).toBe('Read the report now.');
    expect(layout.marks).toEqual([{ kind: 'link', href: 'https://a.example/', start: 5, end: 15 }]);
  });

  it('separates blocks by a blank line, list items and rows by a line break, cells by a tab', () => {
    const list: LayoutContainer = { kind: 'list', ordered: false };
    const [one, two] = [{ kind: 'item' }, { kind: 'item' }] as LayoutContainer[];
    const table: LayoutContainer = { kind: 'table' };
    const [r1, r2] = [{ kind: 'row' }, { kind: 'row' }] as LayoutContainer[];
    const cell = (text: string, row: LayoutContainer): BlockDraft => ({
      kind: 'cell',
      header: false,
      path: [table, row],
      content: [text],
    });
    const { text, layout } = layoutFromDrafts([
      paragraph(['Intro']),
      paragraph(['one'], [list, one!]),
      paragraph(['two'], [list, two!]),
      cell('a', r1!),
      cell('', r1!),
      cell('b', r2!),
      cell('c', r2!),
      { kind: 'figure', alt: 'x', path: [], content: [] },
      paragraph(['line', LINE_BREAK, 'break']),
    ]);
    expect(text).toBe('Intro\n\none\ntwo\n\na\t\nb\tc\n\nline\nbreak');
    expect(layout.containers.map((c) => c.kind)).toEqual(['list', 'item', 'item', 'table', 'row', 'row']);
    expect(layout.blocks.find((b) => b.kind === 'figure')).toMatchObject({ start: 22, end: 22 });
  });

  it('drops empty paragraphs and leading or doubled rules', () => {
    const rule: BlockDraft = { kind: 'separator', path: [], content: [] };
    const { text, layout } = layoutFromDrafts([
      rule,
      paragraph(['  ']),
      paragraph(['a']),
      rule,
      rule,
      paragraph(['b']),
      rule,
    ]);
    expect(text).toBe('a\n\nb');
    expect(layout.blocks.map((b) => b.kind)).toEqual(['paragraph', 'separator', 'paragraph']);
  });
});

// ── Property ────────────────────────────────────────────────────────────────

const words = fc.constantFrom('alpha', 'beta', ' ', '  ', '\n', 'gamma delta', '', 'x');
const markSpec = fc.constantFrom(
  { kind: 'emphasis' as const },
  { kind: 'strong' as const },
  { kind: 'link' as const, href: 'https://example.org/' },
);
const inline: fc.Arbitrary<Inline[]> = fc.letrec<{ content: Inline[] }>((tie) => ({
  content: fc.array(
    fc.oneof(
      { weight: 4, arbitrary: words },
      { weight: 1, arbitrary: fc.constant(LINE_BREAK) },
      { weight: 1, arbitrary: fc.record({ mark: markSpec, children: tie('content') }) },
    ),
    { maxLength: 4 },
  ),
})).content as fc.Arbitrary<Inline[]>;

/** Random drafts with containers shared the way readers build them: a path is a prefix of the last one plus new containers. */
const drafts = fc
  .array(
    fc.record({
      kind: fc.constantFrom('paragraph', 'heading', 'code', 'figure', 'separator', 'cell' as const),
      keep: fc.nat({ max: 3 }),
      open: fc.array(fc.constantFrom('quote', 'list'), { maxLength: 2 }),
      content: inline,
    }),
    { maxLength: 25 },
  )
  .map((specs) => {
    let path: LayoutContainer[] = [];
    return specs.map((spec): BlockDraft => {
      path = path.slice(0, Math.min(spec.keep, path.length));
      // Readers never leave a list without its item, or a table without its row.
      if (path.at(-1)?.kind === 'list' || path.at(-1)?.kind === 'table') path = path.slice(0, -1);
      for (const kind of spec.open) {
        path =
          kind === 'list'
            ? [...path, { kind: 'list', ordered: false }, { kind: 'item' }]
            : [...path, { kind: 'quote' }];
      }
      if (spec.kind === 'cell') {
        const inTable =
          path.at(-1)?.kind === 'row'
            ? path
            : [...path, { kind: 'table' } as LayoutContainer, { kind: 'row' } as LayoutContainer];
        path = inTable;
        return { kind: 'cell', header: false, path, content: spec.content };
      }
      if (path.at(-1)?.kind === 'row') path = path.slice(0, -2);
      if (spec.kind === 'code')
        return { kind: 'code', path, content: [draftText({ kind: 'paragraph', path, content: spec.content })] };
      if (spec.kind === 'figure') return { kind: 'figure', alt: 'alt', path, content: spec.content };
      if (spec.kind === 'heading') return { kind: 'heading', level: 2, path, content: spec.content };
      return { kind: spec.kind, path, content: spec.content };
    });
  });

describe('layoutFromDrafts: property', () => {
  it('lays out any drafts as ordered, non-overlapping ranges with nested containers and marks', () => {
    fc.assert(
      fc.property(drafts, (input) => {
        const { text, layout } = layoutFromDrafts(input);
        expect(layoutProblem(layout, text.length)).toBeNull();
        expect(parseLayout(JSON.parse(JSON.stringify(layout)), text.length)).toEqual(layout);
        // Every kept block shows its draft's text (code as written); nothing else is in a block.
        const kept = input.filter((d) => draftText(d) !== '' || ['figure', 'cell'].includes(d.kind));
        const shown = layout.blocks
          .filter((b) => b.kind !== 'separator')
          .map((b) => text.slice(b.start, b.end).replace(/\s+/g, ' ').trim());
        const expected = kept.filter((d) => d.kind !== 'separator').map((d) => draftText(d));
        expect(shown).toEqual(expected);
        // Between blocks there is only white space.
        let at = 0;
        for (const block of layout.blocks) {
          expect(text.slice(at, block.start).trim()).toBe('');
          at = Math.max(at, block.end);
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('layoutProblem', () => {
  const text = 'Title\n\nBody text';
  const sound = layoutFromDrafts([
    { kind: 'headline', path: [], content: ['Title'] },
    paragraph(['Body ', { mark: { kind: 'strong' }, children: ['text'] }]),
  ]).layout;

  it('accepts a sound layout and refuses damaged ones', () => {
    expect(layoutProblem(sound, text.length)).toBeNull();
    const broken = (change: (l: typeof sound) => void) => {
      const copy = structuredClone(sound);
      change(copy);
      return layoutProblem(copy, text.length);
    };
    expect(broken((l) => (l.blocks[1]!.end = 99))).toMatch(/outside the text/);
    expect(broken((l) => (l.blocks[1]!.start = 2))).toMatch(/overlaps/);
    expect(broken((l) => l.marks.push({ kind: 'emphasis', start: 3, end: 10 }))).toMatch(/order|one block/);
    expect(broken((l) => (l.blocks[1]!.in = [0]))).toMatch(/container that does not exist/);
  });

  it('refuses a layout of another shape, or with a link that is not http(s)', () => {
    expect(parseLayout({ blocks: 'no' }, text.length)).toBeNull();
    const withScript = structuredClone(sound);
    withScript.marks = [{ kind: 'link', start: 7, end: 11, href: 'javascript:alert(1)' }];
    expect(parseLayout(withScript, text.length)).toBeNull();
  });
});
