import { reader } from '../state/reader.svelte.ts';

/** Highlights the article selection in the current colour and clears the selection. */
export async function highlightSelection({ withNote = false } = {}): Promise<void> {
  const selection = reader.selection;
  if (!selection) return;
  document.getSelection()?.removeAllRanges();
  reader.selection = null;
  await reader.highlight(selection.start, selection.end, { withNote });
}
