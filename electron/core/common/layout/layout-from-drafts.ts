/**
 * Draft blocks → the document's plain text and its layout.
 *
 * The text is what a reader would get by copying the article: whitespace
 * collapsed as a browser does, a blank line between blocks, one line break
 * between the items of a list or the rows of a table, a tab between cells.
 * No markup survives in it (no "#", no "- ", no "|"): the layout says what is
 * a heading, a list item or a cell.
 */
import type { DocumentLayout, InlineMark, LayoutBlock, LayoutContainer } from '../../../shared/layout-types.ts';
import type { BlockDraft, Inline } from './layout-draft.ts';

/** HTML's whitespace: what a browser collapses. A no-break space is kept, as a browser keeps it. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

interface OpenMark {
  mark: InlineMark;
  /** Set at the first character inside the mark, so a leading space stays outside it. */
  started: boolean;
}

/** Inline content → one block's text and its marks (offsets from `offset`). */
function inlineText(content: Inline[], offset: number): { text: string; marks: InlineMark[] } {
  let text = '';
  let pendingSpace = false;
  let pendingBreak = false;
  const marks: OpenMark[] = [];
  const open: OpenMark[] = [];

  const emit = (piece: string) => {
    if (pendingBreak && text !== '') text += '\n';
    else if (pendingSpace && text !== '') text += ' ';
    pendingBreak = false;
    pendingSpace = false;
    for (const m of open) {
      if (!m.started) {
        m.mark.start = offset + text.length;
        m.started = true;
      }
    }
    text += piece;
  };

  const walk = (items: Inline[]) => {
    for (const item of items) {
      if (typeof item === 'string') {
        const parts = item.split(COLLAPSIBLE);
        parts.forEach((part, i) => {
          if (i > 0) pendingSpace = true;
          if (part !== '') emit(part);
        });
      } else if ('lineBreak' in item) {
        pendingBreak = true;
      } else {
        const entry: OpenMark = { mark: { ...item.mark, start: 0, end: 0 } as InlineMark, started: false };
        marks.push(entry);
        open.push(entry);
        walk(item.children);
        open.pop();
        entry.mark.end = offset + text.length;
      }
    }
  };
  walk(content);
  return { text, marks: marks.filter((m) => m.started && m.mark.end > m.mark.start).map((m) => m.mark) };
}

/** Preformatted text: the author's lines, without trailing spaces or blank lines around them. */
function codeText(content: Inline[]): string {
  const raw = content.filter((item): item is string => typeof item === 'string').join('');
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** What goes between two blocks: decided by the innermost container they share. */
function separatorBetween(before: LayoutContainer[], after: LayoutContainer[]): string {
  let shared: LayoutContainer | undefined;
  for (let i = 0; i < Math.min(before.length, after.length) && before[i] === after[i]; i++) shared = before[i];
  if (shared?.kind === 'row') return '\t';
  if (shared?.kind === 'list' || shared?.kind === 'item' || shared?.kind === 'table') return '\n';
  return '\n\n';
}

/** Blocks that are kept even without text of their own. */
const MAY_BE_EMPTY = new Set<BlockDraft['kind']>(['figure', 'cell', 'separator']);

export function layoutFromDrafts(drafts: readonly BlockDraft[]): { text: string; layout: DocumentLayout } {
  let text = '';
  const blocks: LayoutBlock[] = [];
  const marks: InlineMark[] = [];
  const containers: LayoutContainer[] = [];
  const containerIndex = new Map<LayoutContainer, number>();
  let previousPath: LayoutContainer[] | null = null;

  for (const draft of drafts) {
    const code = draft.kind === 'code';
    const body =
      draft.kind === 'separator'
        ? { text: '', marks: [] }
        : code
          ? { text: codeText(draft.content), marks: [] }
          : inlineText(draft.content, 0);
    if (body.text === '' && !MAY_BE_EMPTY.has(draft.kind)) continue;
    if (draft.kind === 'separator' && (blocks.length === 0 || blocks.at(-1)!.kind === 'separator')) continue;

    // An empty picture or rule sits at the end of what precedes it; cells keep their separators so a row stays a row.
    const attached = body.text === '' && draft.kind !== 'cell';
    if (previousPath !== null && !attached) text += separatorBetween(previousPath, draft.path);
    const start = text.length;
    text += body.text;
    for (const mark of body.marks) marks.push({ ...mark, start: mark.start + start, end: mark.end + start });

    const block = { start, end: text.length } as LayoutBlock;
    if (draft.path.length > 0) {
      block.in = draft.path.map((container) => {
        let index = containerIndex.get(container);
        if (index === undefined) {
          index = containers.push(container) - 1;
          containerIndex.set(container, index);
        }
        return index;
      });
    }
    blocks.push(withKind(block, draft));
    if (!attached) previousPath = draft.path;
  }
  // A trailing rule separates nothing.
  while (blocks.at(-1)?.kind === 'separator') blocks.pop();
  return { text, layout: { structured: true, blocks, containers, marks } };
}

function withKind(range: LayoutBlock, draft: BlockDraft): LayoutBlock {
  const { start, end, in: path } = range;
  const base = path ? { start, end, in: path } : { start, end };
  switch (draft.kind) {
    case 'heading':
      return { ...base, kind: 'heading', level: Math.min(6, Math.max(1, draft.level ?? 2)) };
    case 'figure':
      return draft.image
        ? { ...base, kind: 'figure', alt: draft.alt ?? '', image: draft.image }
        : { ...base, kind: 'figure', alt: draft.alt ?? '' };
    case 'cell':
      return { ...base, kind: 'cell', header: draft.header ?? false };
    default:
      return { ...base, kind: draft.kind };
  }
}
