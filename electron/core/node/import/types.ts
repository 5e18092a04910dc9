/** Result types of importing, written down once. */
import type { DocumentLayout } from '../../../shared/layout-types.ts';

/** A document ready to be stored: its reading text plus what we know about it. */
export interface ImportedDocument {
  /** Headline: from the HTML metadata, the first `# ` heading, or the first line. */
  title: string;
  /** Author(s) as written, without a leading "By"; `null` when unknown. */
  byline: string | null;
  /** Publication or site name; `null` when unknown. */
  source: string | null;
  /** Publication time as found in the document (ISO 8601 when the page gives it); `null` when unknown. */
  publishedAt: string | null;
  /** The page's own address (`<link rel=canonical>`, `og:url`): absolute http(s); `null` when unknown. */
  canonicalUrl: string | null;
  /**
   * The text the reader sees and annotations anchor to: `\n` line endings,
   * blocks separated by a blank line.
   */
  text: string;
  /** How the text is laid out, when the file says (web pages, Markdown); `null` for plain text. */
  layout: DocumentLayout | null;
}
