/**
 * Markdown → the reading text and its layout, parsed by `marked`'s lexer (a
 * CommonMark and GitHub-flavoured parser) rather than by hand: headings,
 * lists (nested, ordered, tasks), block quotes, code, tables, rules, links
 * and emphasis. The text holds what a reader sees — no "#", "-", "|" or "*".
 *
 * Raw HTML in the file is not rendered: its tags are dropped and its text kept.
 * Pictures show their alt text in a frame (never fetched), or the picture when
 * it is embedded as a small raster `data:` URI.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { LayoutContainer } from '../../../shared/layout-types.ts';
import { isShowableImage } from '../../../shared/layout-types.ts';
import { isAllowedExternalUrl } from '../../../shared/external-links.ts';
import { draftText, LINE_BREAK, type BlockDraft, type Inline } from '../../common/layout/layout-draft.ts';
import { layoutFromDrafts } from '../../common/layout/layout-from-drafts.ts';
import { cleanByline, findMetadataLines, firstLineTitle, MAX_TITLE_LENGTH } from './plain-text.ts';
import type { ImportedDocument } from './types.ts';

/** Front matter between `---` lines at the very top: simple `key: value` pairs. */
function splitFrontMatter(markdown: string): { meta: Map<string, string>; body: string } {
  const meta = new Map<string, string>();
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(markdown);
  if (!match) return { meta, body: markdown };
  for (const line of match[1]!.split('\n')) {
    const pair = /^([A-Za-z][\w-]*):\s*(.+?)\s*$/.exec(line);
    if (pair) meta.set(pair[1]!.toLowerCase(), pair[2]!.replace(/^(['"])(.*)\1$/, '$2'));
  }
  return { meta, body: markdown.slice(match[0].length) };
}

/**
 * Character references, which `marked` leaves for the browser to decode:
 * numeric ones and the few named ones Markdown files use.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec, hex, name) => {
    if (name) return NAMED[name as string] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Raw HTML: its text without the tags (the document never shows markup as markup). */
const withoutTags = (html: string) => decodeEntities(html.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ''));

function inline(tokens: readonly Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens?.length) out.push(...inline(text.tokens));
        else out.push(text.escaped ? text.text : decodeEntities(text.text));
        break;
      }
      case 'escape':
        out.push((token as Tokens.Escape).text);
        break;
      case 'codespan':
        out.push({ mark: { kind: 'code' }, children: [decodeEntities((token as Tokens.Codespan).text)] });
        break;
      case 'strong':
      case 'em':
      case 'del': {
        const kind = token.type === 'strong' ? 'strong' : token.type === 'em' ? 'emphasis' : 'deleted';
        out.push({ mark: { kind }, children: inline(token.tokens) });
        break;
      }
      case 'link': {
        const link = token as Tokens.Link;
        const children = inline(link.tokens);
        if (isAllowedExternalUrl(link.href))
          out.push({ mark: { kind: 'link', href: new URL(link.href).href }, children });
        else out.push(...children);
        break;
      }
      case 'br':
        out.push(LINE_BREAK);
        break;
      case 'html':
        out.push(withoutTags((token as Tokens.HTML).text));
        break;
      // Pictures inside a line of text are left out; a picture on its own is a figure (see `blocks`).
      default:
        break;
    }
  }
  return out;
}

/** A paragraph that is only a picture (and white space). */
function pictureOnly(paragraph: Tokens.Paragraph): Tokens.Image | null {
  const parts = paragraph.tokens.filter((t) => !(t.type === 'text' && (t as Tokens.Text).text.trim() === ''));
  return parts.length === 1 && parts[0]!.type === 'image' ? (parts[0] as Tokens.Image) : null;
}

function blocks(tokens: readonly Token[], path: LayoutContainer[], out: BlockDraft[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        const first = out.length === 0 && path.length === 0 && heading.depth === 1;
        out.push({ kind: first ? 'headline' : 'heading', level: heading.depth, path, content: inline(heading.tokens) });
        break;
      }
      case 'paragraph': {
        const picture = pictureOnly(token as Tokens.Paragraph);
        if (picture) {
          const alt = decodeEntities(picture.text);
          out.push(
            isShowableImage(picture.href)
              ? { kind: 'figure', alt, image: picture.href, path, content: [] }
              : { kind: 'figure', alt, path, content: [] },
          );
        } else out.push({ kind: 'paragraph', path, content: inline(token.tokens) });
        break;
      }
      case 'text': // the text of a tight list item
        out.push({
          kind: 'paragraph',
          path,
          content: token.tokens ? inline(token.tokens) : [decodeEntities((token as Tokens.Text).text)],
        });
        break;
      case 'code':
        out.push({ kind: 'code', path, content: [(token as Tokens.Code).text] });
        break;
      case 'hr':
        out.push({ kind: 'separator', path, content: [] });
        break;
      case 'blockquote':
        blocks((token as Tokens.Blockquote).tokens, [...path, { kind: 'quote' }], out);
        break;
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' && list.ordered && list.start !== 1 ? list.start : undefined;
        const container: LayoutContainer =
          start === undefined ? { kind: 'list', ordered: list.ordered } : { kind: 'list', ordered: true, start };
        for (const item of list.items) {
          const itemPath: LayoutContainer[] = [...path, container, { kind: 'item' }];
          const before = out.length;
          blocks(
            item.tokens.filter((t) => t.type !== 'checkbox'),
            itemPath,
            out,
          );
          if (out.length === before) out.push({ kind: 'paragraph', path: itemPath, content: [] });
          if (item.task) out[before]!.content.unshift(item.checked ? '☑ ' : '☐ ');
        }
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        const tablePath: LayoutContainer[] = [...path, { kind: 'table' }];
        for (const row of [table.header, ...table.rows]) {
          const rowPath: LayoutContainer[] = [...tablePath, { kind: 'row' }];
          for (const cell of row)
            out.push({ kind: 'cell', header: cell.header, path: rowPath, content: inline(cell.tokens) });
        }
        break;
      }
      case 'html': {
        const text = withoutTags((token as Tokens.HTML).text);
        if (text.trim() !== '') out.push({ kind: 'paragraph', path, content: [text] });
        break;
      }
      default: // space, def (reference definitions): nothing to read
        break;
    }
  }
}

/** Markdown → its draft blocks. */
export function markdownDrafts(markdown: string): BlockDraft[] {
  const out: BlockDraft[] = [];
  blocks(Lexer.lex(markdown, { gfm: true }), [], out);
  // A file without a `# ` heading that opens with a short line has it for a headline, as plain text does.
  const first = out[0];
  const opening = first ? draftText(first) : '';
  if (
    first?.kind === 'paragraph' &&
    first.path.length === 0 &&
    !out.some((d) => d.kind === 'heading' && d.level === 1) &&
    opening.length <= MAX_TITLE_LENGTH &&
    !first.content.includes(LINE_BREAK) &&
    !/[.!?:;,]$/.test(opening)
  ) {
    first.kind = 'headline';
  }
  return out;
}

/**
 * Read a Markdown article. Title: front matter `title`, else a `# ` heading
 * opening the file, else the first line. Byline and source: front matter
 * `author` / `source`, else "By …" / "Source: …" lines as in plain text.
 */
export function readMarkdown(markdown: string, fallbackTitle: string): ImportedDocument {
  const { meta, body } = splitFrontMatter(markdown);
  const drafts = markdownDrafts(body);
  const { text, layout } = layoutFromDrafts(drafts);
  const first = layout.blocks.find((b) => b.kind === 'headline' || (b.kind === 'heading' && b.level === 1));
  const headline = first ? text.slice(first.start, first.end) : null;
  const found = findMetadataLines(text);
  const date = meta.get('date') ?? meta.get('published') ?? null;
  return {
    title: meta.get('title') ?? headline ?? firstLineTitle(text, fallbackTitle),
    byline: cleanByline(meta.get('author') ?? meta.get('byline') ?? found.byline),
    source: meta.get('source') ?? found.source,
    publishedAt: date,
    canonicalUrl: null,
    text,
    layout,
  };
}
