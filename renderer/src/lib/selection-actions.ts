import { caretBrowsing } from '../state/caret-browsing.svelte.ts';
import { reader } from '../state/reader.svelte.ts';
import { articleNavigator } from './article-navigator.ts';

/**
 * Highlights the article selection in the current colour and lets go of the
 * selection, so the highlight shows; with caret browsing, the caret stays
 * where the selection ended. Then opens its note editor or its tag field.
 */
export async function highlightSelection({ withNote = false, withTags = false } = {}): Promise<void> {
  // The DOM's selection as it is now: the selectionchange event may not have caught up with the keys yet.
  const selection = articleNavigator.selectedSpan() ?? reader.selection;
  if (!selection) return;
  const dom = document.getSelection();
  if (caretBrowsing.on && dom?.focusNode) dom.collapse(dom.focusNode, dom.focusOffset);
  else dom?.removeAllRanges();
  reader.selection = null;
  await reader.highlight(selection.start, selection.end, { withNote, withTags });
}
