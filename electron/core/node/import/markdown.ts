/**
 * Markdown to readable plain text.
 *
 * Deliberately small: the reader shows plain text and annotations anchor to
 * it, so we only remove the syntax a reader would otherwise see as noise —
 * heading marks, emphasis, link targets, images, rules — line by line, and
 * keep code blocks verbatim. Not a CommonMark renderer.
 */
import { cleanByline, findMetadataLines, firstLineTitle } from './plain-text.ts';
import type { ImportedDocument } from './types.ts';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

/** Remove inline syntax from one line of prose. */
export function stripInline(line: string): string {
  // Escaped characters (\*) are parked in the Private Use Area so the rules
  // below cannot take them for syntax, then restored.
  const PARK = 0xe000;
  const parked = line.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, c: string) =>
    String.fromCharCode(PARK + c.charCodeAt(0)),
  );
  return (
    parked
      // Images first, so their alt text does not survive as a link.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      // [text](url "title") and [text][ref] → text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      // <https://example.com> → https://example.com
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      // `code` → code
      .replace(/`([^`]+)`/g, '$1')
      // **strong**, __strong__, *em*, _em_, ~~strike~~
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK))
  );
}

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
 * Markdown text → plain text, and the text of the first `# ` heading.
 *
 * @param markdown - Source with `\n` line endings.
 */
export function markdownToText(markdown: string): { text: string; heading: string | null } {
  const out: string[] = [];
  let heading: string | null = null;
  let fence: string | null = null;
  const lines = markdown.split('\n');

  lines.forEach((line, i) => {
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      else out.push(line);
      return;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1]!;
      return;
    }
    // Rules and "[ref]: url" lines carry nothing to read. (A "---" under a
    // paragraph line is a setext heading underline: dropped just the same.)
    if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) return;
    if (SETEXT_UNDERLINE.test(line) && i > 0 && (lines[i - 1] ?? '').trim() !== '') {
      if (heading === null && line.trim().startsWith('=')) heading = out[out.length - 1] ?? null;
      return;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      const text = stripInline(atx[2]!).trim();
      if (heading === null && atx[1] === '#') heading = text;
      out.push(text);
      return;
    }
    out.push(
      stripInline(
        line
          .replace(/^\s{0,3}(?:>\s?)+/, '') // blockquote markers
          .replace(/^(\s*)[*+](\s+)/, '$1-$2'), // bullets all look like "- "
      ).trimEnd(),
    );
  });

  const text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
  return { text, heading };
}

/**
 * Read a Markdown article. Title: front matter `title`, else the first `# `
 * heading, else the first line. Byline and source: front matter `author` /
 * `source`, else "By …" / "Source: …" lines as in plain text.
 */
export function readMarkdown(markdown: string, fallbackTitle: string): ImportedDocument {
  const { meta, body } = splitFrontMatter(markdown);
  const { text, heading } = markdownToText(body);
  const found = findMetadataLines(text);
  const date = meta.get('date') ?? meta.get('published') ?? null;
  return {
    title: meta.get('title') ?? heading ?? firstLineTitle(text, fallbackTitle),
    byline: cleanByline(meta.get('author') ?? meta.get('byline') ?? found.byline),
    source: meta.get('source') ?? found.source,
    publishedAt: date,
    text,
  };
}
