/** Result types of importing, written down once. */

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
  /**
   * The text the reader sees and annotations anchor to: `\n` line endings,
   * paragraphs separated by a blank line.
   */
  text: string;
}
