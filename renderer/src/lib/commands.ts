/**
 * What the window's commands do, whether they come from a key (App's
 * window key handler) or the desktop menu. Keys are matched in
 * electron/shared/shortcuts.ts; this file only acts.
 */
import { tick } from 'svelte';
import type { MenuCommand } from '../../../electron/shared/api-contract.ts';
import type { ShortcutAction } from '../../../electron/shared/shortcuts.ts';
import { caretBrowsing } from '../state/caret-browsing.svelte.ts';
import { library } from '../state/library.svelte.ts';
import { panels, type PanelName } from '../state/panels.svelte.ts';
import { reader } from '../state/reader.svelte.ts';
import { shortcutSheet } from '../state/shortcut-sheet.svelte.ts';
import { timeline } from '../state/timeline.svelte.ts';
import { articleNavigator } from './article-navigator.ts';
import { selectionOffsets } from './dom-offsets.ts';
import { highlightSelection } from './selection-actions.ts';

/** Runs `action`; false when it does not apply here (no selection to highlight, say), so the key does its usual. */
export function runCommand(action: ShortcutAction | MenuCommand, target: EventTarget | null): boolean {
  switch (action) {
    case 'undo':
      void reader.undo();
      return true;
    case 'redo':
      void reader.redo();
      return true;
    case 'export-annotations':
      exportFromHere();
      return true;
    case 'toggle-entities-panel':
    case 'toggle-annotations-panel':
      togglePanel(action === 'toggle-entities-panel' ? 'entities' : 'annotations');
      return true;
    case 'toggle-focus-mode':
      panels.toggleFocusMode();
      return true;
    case 'show-shortcuts':
      shortcutSheet.open = true;
      return true;
    case 'toggle-caret-browsing':
      toggleCaretBrowsing();
      return true;
    case 'search-annotations':
    case 'entity-index':
      showLibraryView(action === 'search-annotations' ? 'search' : 'entities');
      return true;
    case 'timeline':
      showTimeline();
      return true;
  }
  if (library.view !== 'reader' || !reader.document) return false;
  switch (action) {
    case 'highlight':
    case 'highlight-with-note':
      if (!articleNavigator.selectedSpan() && !reader.selection) return false;
      void highlightSelection({ withNote: action === 'highlight-with-note' });
      return true;
    case 'select-sentence':
    case 'select-paragraph':
      articleNavigator.focusArticle();
      return articleNavigator.select(action === 'select-sentence' ? 'sentence' : 'paragraph');
    case 'next-highlight':
    case 'previous-highlight':
      stepHighlight(action === 'next-highlight' ? 1 : -1);
      return true;
    case 'open-card':
      // Enter elsewhere (a button, a link) keeps its own meaning.
      if (!reader.activeId || !(target instanceof Node) || !articleNavigator.root?.contains(target)) return false;
      void openCard(reader.activeId);
      return true;
    case 'grade':
      if (!reader.activeId) return false;
      void gradeCard(reader.activeId);
      return true;
    case 'tag':
      // A selection is highlighted first; else the active highlight's card takes the tag.
      if (articleNavigator.selectedSpan() || reader.selection) void highlightSelection({ withTags: true });
      else if (reader.activeId) void tagCard(reader.activeId);
      else return false;
      return true;
    case 'delete': {
      if (!reader.activeId) return false;
      // The highlight that had focus goes: the keyboard stays in the article.
      const inArticle = articleNavigator.focused;
      void reader.remove(reader.activeId).then(() => inArticle && articleNavigator.focusArticle());
      return true;
    }
    case 'escape':
      escape();
      return true;
    default:
      return false;
  }
}

function togglePanel(name: PanelName): void {
  panels.toggle(name);
  // Focus inside a panel that was put away goes back to the article.
  const panel = document.getElementById(`${name}-panel`);
  if (!panels.shown(name) && panel?.contains(document.activeElement)) articleNavigator.focusArticle();
}

function toggleCaretBrowsing(): void {
  const on = caretBrowsing.toggle();
  const root = articleNavigator.root;
  if (on && root && library.view === 'reader') {
    articleNavigator.focusArticle();
    if (!selectionOffsets(root)) articleNavigator.placeCaret(articleNavigator.topOffset() ?? 0);
  }
  reader.say(
    on
      ? 'Caret browsing is on: the arrow keys move the caret and Shift selects. F7 turns it off.'
      : 'Caret browsing is off.',
  );
}

/** `j`/`k`: the next or previous highlight, from the active one, the caret, or the top of the view. */
function stepHighlight(direction: 1 | -1): void {
  const root = articleNavigator.root;
  const selected = root ? selectionOffsets(root) : null;
  // From the caret, or a selection; a click's leftover caret, invisible without caret browsing, does not count.
  const caret = selected && (caretBrowsing.on || selected.anchor !== selected.focus) ? selected.focus : null;
  const from = caret ?? articleNavigator.topOffset() ?? 0;
  const id = reader.step(direction, from);
  if (!id) {
    reader.say(direction > 0 ? 'No highlight after this one.' : 'No highlight before this one.');
    return;
  }
  reader.reveal(id);
  const start = reader.find(id)?.anchor.start;
  if (caretBrowsing.on && start != null) articleNavigator.placeCaret(start);
}

/** Enter on a highlight: its card, in the annotations panel (shown over the article when put away). */
async function openCard(id: string): Promise<void> {
  panels.reveal('annotations');
  await tick();
  const card = document.querySelector<HTMLElement>(
    `#annotations-panel [data-annotation-id="${CSS.escape(id)}"] .quote`,
  );
  if (card) card.focus();
  else reader.say('Its card is hidden by the filter in the annotations panel.');
}

/** `g` on a highlight: the grade field on its card (the panel opens as a drawer if it was put away). */
async function gradeCard(id: string): Promise<void> {
  const from = document.activeElement;
  panels.reveal('annotations');
  await tick();
  // A drawer takes the keyboard as it opens; the field is to give it back to where g was pressed.
  if (from instanceof HTMLElement) from.focus({ preventScroll: true });
  reader.gradingId = id;
}

/** `t` on a highlight: the tag field on its card (the panel opens as a drawer if it was put away). */
async function tagCard(id: string): Promise<void> {
  panels.reveal('annotations');
  await tick();
  reader.taggingId = id;
}

/** The search over every note, or the entity index: the article's highlight is let go (Delete must not reach it). */
function showLibraryView(view: 'search' | 'entities' | 'timeline'): void {
  reader.activeId = null;
  library.view = view;
}

/** The timeline: the open article's, or the whole library's when no article is open. */
export function showTimeline(): void {
  if (!reader.document) timeline.scope = 'library';
  showLibraryView('timeline');
}

function escape(): void {
  if (panels.drawer) {
    panels.closeDrawer();
    articleNavigator.focusArticle();
    return;
  }
  reader.activeId = null;
  const selection = document.getSelection();
  // With caret browsing the caret stays where the selection ended.
  if (caretBrowsing.on && selection?.focusNode && articleNavigator.root && selectionOffsets(articleNavigator.root)) {
    selection.collapse(selection.focusNode, selection.focusOffset);
  } else selection?.removeAllRanges();
}

/**
 * Ctrl/Cmd+E: the export dialog, for the document whose entry has focus in
 * the library, else for the open one (with neither, the whole library).
 */
function exportFromHere(): void {
  if (library.view === 'library') {
    const id = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-document-id]')?.dataset
      .documentId;
    const chosen = library.documents.find((d) => d.id === id);
    if (chosen) {
      reader.openExport({ id: chosen.id, title: chosen.title });
      return;
    }
  }
  reader.openExport();
}
