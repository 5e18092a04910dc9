import { shortcutFor } from '../../../electron/shared/shortcuts.ts';
import { panels } from '../state/panels.svelte.ts';
import { articleNavigator } from './article-navigator.ts';
import { isMac, isTyping } from './keyboard.ts';

/**
 * The keys of a panel's list (annotation cards, entities): ↑ and ↓ move
 * between the items that match `itemSelector`; Escape goes back to the
 * article, closing the panel if it was open over it. True when handled.
 */
export function onListKeydown(event: KeyboardEvent, itemSelector: string): boolean {
  const action = shortcutFor(event, isMac, 'list');
  if (action === 'escape') {
    if (isTyping(event.target) && (event.target as HTMLInputElement).value) return false; // Escape clears a filter first
    panels.closeDrawer();
    articleNavigator.focusArticle();
    event.preventDefault();
    event.stopPropagation();
    return true;
  }
  if (action !== 'next-item' && action !== 'previous-item') return false;
  const current = (event.target as Element).closest(itemSelector);
  if (!current) return false;
  const items = [...(event.currentTarget as Element).querySelectorAll<HTMLElement>(itemSelector)];
  const next = items[items.indexOf(current as HTMLElement) + (action === 'next-item' ? 1 : -1)];
  if (!next) return false;
  event.preventDefault();
  next.focus();
  return true;
}
