import { reader } from '../state/reader.svelte.ts';

/** Highlights the article selection in the current colour and clears the selection; then opens its note or tags. */
export async function highlightSelection({ withNote = false, withTags = false } = {}): Promise<void> {
  const selection = reader.selection;
  if (!selection) return;
  document.getSelection()?.removeAllRanges();
  reader.selection = null;
  await reader.highlight(selection.start, selection.end, { withNote, withTags });
}
