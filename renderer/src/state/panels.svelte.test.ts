// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => localStorage.clear());

/** The panels of a window opened now, `width` wide: a fresh module, reading what earlier windows stored. */
async function fresh(width: number) {
  vi.resetModules();
  const { panels } = await import('./panels.svelte.ts');
  panels.width = width;
  return panels;
}

describe('panels', () => {
  it('shows both panels beside the article on a wide window and none on a smaller one', async () => {
    const wide = await fresh(1440);
    expect([wide.docked('entities'), wide.docked('annotations')]).toEqual([true, true]);
    wide.width = 900;
    expect([wide.docked('entities'), wide.docked('annotations'), wide.narrow]).toEqual([false, false, false]);
    wide.width = 700;
    expect(wide.narrow).toBe(true);
  });

  it('remembers a panel shown or put away for this window, and at any width above the drawers', async () => {
    const panels = await fresh(900);
    panels.toggle('annotations');
    expect(panels.docked('annotations')).toBe(true);
    const again = await fresh(1440);
    expect(again.docked('annotations')).toBe(true);
    again.toggle('entities');
    expect(again.docked('entities')).toBe(false);
    expect((await fresh(1440)).docked('entities')).toBe(false);
  });

  it('opens a panel as a drawer when the window is narrow, one at a time, and forgets it', async () => {
    const panels = await fresh(700);
    panels.toggle('entities');
    expect([panels.drawer, panels.shown('entities'), panels.docked('entities')]).toEqual(['entities', true, false]);
    panels.toggle('annotations');
    expect(panels.drawer).toBe('annotations');
    panels.closeDrawer();
    expect(panels.drawer).toBeNull();
    panels.toggle('annotations');
    expect((await fresh(700)).drawer).toBeNull();
  });

  it('reveals a put-away panel as a drawer, and a docked one stays as it is', async () => {
    const panels = await fresh(900);
    panels.reveal('annotations');
    expect(panels.drawer).toBe('annotations');
    const wide = await fresh(1440);
    wide.reveal('annotations');
    expect(wide.drawer).toBeNull();
    expect(wide.docked('annotations')).toBe(true);
  });

  it('focus mode puts both panels away without forgetting them, and is remembered', async () => {
    const panels = await fresh(1440);
    panels.toggleFocusMode();
    expect([panels.docked('entities'), panels.docked('annotations')]).toEqual([false, false]);
    panels.toggle('entities'); // a look at a panel in focus mode: a drawer
    expect(panels.drawer).toBe('entities');
    const next = await fresh(1440);
    expect(next.focusMode).toBe(true);
    next.toggleFocusMode();
    expect([next.docked('entities'), next.docked('annotations')]).toEqual([true, true]);
  });

  it('starts from the defaults when the stored preferences are unreadable', async () => {
    localStorage.setItem('marginalia.view', '{not json');
    const panels = await fresh(1440);
    expect([panels.docked('entities'), panels.focusMode]).toEqual([true, false]);
  });
});
