/**
 * The desktop app end to end, through Playwright's `_electron`: the real main
 * process, preload and renderer, each test on a fresh data folder.
 *
 * Needs `dist/` built (`npm run build`) and an Electron binary (see
 * electron/launcher/electron-binary.ts). Without a binary every test is skipped with the reason;
 * `npm start` once, on a machine that can download Electron, installs one.
 * On Linux CI, run under a display (xvfb-run); pass Chromium switches such as
 * `--no-sandbox` through ELECTRON_EXTRA_ARGS if the SUID sandbox is unavailable.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { pressUntil, selectText, topBlockStart } from '../browser/article-helpers.ts';
import { findElectronBinary } from '../../electron/launcher/electron-binary.ts';

const root = resolve(import.meta.dirname, '..', '..');
const binary = findElectronBinary();
const HEADLINE = 'TTP and ISIS deadly alliance emerges against Pakistan, China and Russia';
const PASSAGE = 'Growing convergence between defunct';

if (binary.reason) console.log(`[electron e2e] skipped: ${binary.reason}`);
test.skip(binary.path === null, `No Electron binary on this machine: ${binary.reason}`);

test.beforeAll(() => {
  if (!existsSync(join(root, 'dist/electron/main.js')) || !existsSync(join(root, 'dist/renderer/index.html'))) {
    throw new Error('dist/ is not built: run `npm run build` before the Electron e2e suite.');
  }
});

interface Launched {
  app: ElectronApplication;
  page: Page;
}

async function launch(dataDir: string, files: string[] = []): Promise<Launched> {
  const extra = (process.env.ELECTRON_EXTRA_ARGS ?? '').split(' ').filter(Boolean);
  const app = await _electron.launch({
    executablePath: binary.path!,
    args: [...extra, root, ...files],
    cwd: root,
    env: { ...process.env, MARGINALIA_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const page = await app.firstWindow();
  await expect(page.locator('article.article h1')).toBeVisible();
  return { app, page };
}

let dataDir: string;
test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'marginalia-electron-e2e-'));
});
test.afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

test('opens on the sample article, served from app://', async () => {
  const { app, page } = await launch(dataDir);
  try {
    await expect(page.locator('article.article h1')).toHaveText(HEADLINE);
    expect(page.url()).toBe('app://marginalia/index.html');
    expect(await page.title()).toBe('Marginalia');
    expect(existsSync(join(dataDir, 'marginalia.json'))).toBe(true);
  } finally {
    await app.close();
  }
});

test('a file passed on the command line (a double-click) opens as the article', async () => {
  const file = join(dataDir, 'dispatch.md');
  await writeFile(file, '# Harbour reopens after the storm\n\nFishing boats returned on Monday.');
  const { app, page } = await launch(join(dataDir, 'library'), [file]);
  try {
    await expect(page.locator('article.article h1')).toHaveText('Harbour reopens after the storm');
  } finally {
    await app.close();
  }
});

test('a Markdown file opens laid out, and its link goes to the system browser on a click', async () => {
  const file = join(dataDir, 'budget.md');
  await writeFile(
    file,
    '# Harbour budget passes\n\n## What changed\n\n- Dredging in *spring*\n- Fares unchanged\n\nSee the [hearing](https://council.example/hearing).\n',
  );
  const { app, page } = await launch(join(dataDir, 'library'), [file]);
  try {
    const article = page.locator('article.article');
    await expect(article.locator('h1')).toHaveText('Harbour budget passes');
    await expect(article.locator('h2')).toHaveText('What changed');
    await expect(article.locator('li')).toHaveText(['Dredging in spring', 'Fares unchanged']);
    await app.evaluate(({ shell }) => {
      (globalThis as any).__opened = [] as string[];
      shell.openExternal = (async (url: string) =>
        void (globalThis as any).__opened.push(url)) as typeof shell.openExternal;
    });
    await article.getByRole('link', { name: 'hearing' }).click();
    await expect
      .poll(() => app.evaluate(() => (globalThis as any).__opened))
      .toEqual(['https://council.example/hearing']);
    expect(page.url()).toBe('app://marginalia/index.html');
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('a highlight made with h survives a restart', async () => {
  const first = await launch(dataDir);
  try {
    await selectText(first.page, PASSAGE);
    await first.page.keyboard.press('h');
    await expect(first.page.locator('article.article mark.hl')).toHaveText(PASSAGE);
  } finally {
    await first.app.close();
  }

  const second = await launch(dataDir);
  try {
    await expect(second.page.locator('article.article mark.hl')).toHaveText(PASSAGE);
    await expect(second.page.getByTestId('annotation-count')).toHaveText('1');
  } finally {
    await second.app.close();
  }
});

test('File ▸ Export Annotations… asks for the format, then writes the file chosen in the save dialog', async () => {
  const { app, page } = await launch(dataDir);
  try {
    await selectText(page, PASSAGE);
    await page.keyboard.press('h');
    await expect(page.locator('article.article mark.hl')).toHaveCount(1);

    const target = join(dataDir, 'exported.annotations.json');
    // Answer the system dialog from the main process; save-file.ts looks it up at call time.
    await app.evaluate(({ dialog }, filePath) => {
      (globalThis as any).__saveDialogCalls = 0;
      dialog.showSaveDialog = (async () => {
        (globalThis as any).__saveDialogCalls++;
        return { canceled: false, filePath };
      }) as typeof dialog.showSaveDialog;
    }, target);
    // Click the menu item as the user would; it sends the command to the page, which asks for the format.
    await app.evaluate(({ Menu }) => {
      Menu.getApplicationMenu()!.getMenuItemById('export-annotations')!.click();
    });
    await page
      .getByRole('dialog', { name: 'Export annotations' })
      .getByRole('button', { name: 'Export', exact: true })
      .click();

    await expect.poll(() => existsSync(target)).toBe(true);
    expect(await app.evaluate(() => (globalThis as any).__saveDialogCalls)).toBe(1);
    const exported = JSON.parse(await readFile(target, 'utf8'));
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.total).toBe(1);
    const quote = exported.first.items[0].target.selector.find((s: any) => s.type === 'TextQuoteSelector');
    expect(quote.exact).toBe(PASSAGE);
  } finally {
    await app.close();
  }
});

test('View ▸ Search All Notes finds a tagged highlight, and the entity index saves its CSV through the save dialog', async () => {
  const { app, page } = await launch(dataDir);
  try {
    await selectText(page, PASSAGE);
    await page.keyboard.press('t');
    await page.keyboard.type('convergence');
    await page.keyboard.press('Enter');
    await expect(page.locator('li.annotation .tag')).toHaveText(/convergence/);

    await app.evaluate(({ Menu }) => {
      Menu.getApplicationMenu()!.getMenuItemById('search-annotations')!.click();
    });
    const search = page.getByRole('main', { name: 'Search all notes' });
    await search.getByRole('searchbox', { name: 'Search all notes' }).fill('convergence');
    await expect(search.locator('.search-hit-quote')).toHaveText(`“${PASSAGE}”`);

    const target = join(dataDir, 'index.csv');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await app.evaluate(({ Menu }) => {
      Menu.getApplicationMenu()!.getMenuItemById('entity-index')!.click();
    });
    const index = page.getByRole('main', { name: 'People, organizations and places' });
    await expect(index.getByText('1 of 1 documents indexed')).toBeVisible({ timeout: 60_000 });
    await index.getByRole('button', { name: 'CSV' }).click();
    await expect.poll(() => existsSync(target)).toBe(true);
    expect((await readFile(target, 'utf8')).split('\n')[0]).toMatch(/^entity,type,documents,mentions/);
  } finally {
    await app.close();
  }
});

test('the window runs isolated, sandboxed and without Node', async () => {
  const { app, page } = await launch(dataDir);
  try {
    // As the main process sees it. getLastWebPreferences is Electron's own
    // (undocumented) accessor for the preferences a web contents runs with.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as any;
      if (typeof contents.getLastWebPreferences !== 'function') return null;
      const p = contents.getLastWebPreferences();
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInWorker: p.nodeIntegrationInWorker,
        webSecurity: p.webSecurity,
        webviewTag: p.webviewTag,
      };
    });
    expect(
      prefs,
      'this Electron has no webContents.getLastWebPreferences(); read the preferences another way',
    ).not.toBeNull();
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });

    // As the page sees it: no Node, and the bridge is the only door.
    const world = await page.evaluate(() => ({
      require: typeof (globalThis as any).require,
      process: typeof (globalThis as any).process,
      module: typeof (globalThis as any).module,
      ipcRenderer: typeof (globalThis as any).ipcRenderer,
      bridge: Object.keys((window as any).marginalia ?? {}).sort(),
    }));
    expect(world).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      bridge: ['invoke', 'onMenuCommand'],
    });

    // The CSP header is on the page's own responses.
    const csp = await page.evaluate(async () =>
      (await fetch('app://marginalia/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("script-src 'self'");

    // A page script cannot navigate away or open windows; links go to the system browser.
    await app.evaluate(({ shell }) => {
      (globalThis as any).__opened = [] as string[];
      shell.openExternal = (async (url: string) =>
        void (globalThis as any).__opened.push(url)) as typeof shell.openExternal;
    });
    await page.evaluate(() => {
      window.open('https://example.com/story', '_blank');
      window.open('file:///etc/passwd', '_blank');
      location.href = 'https://example.com/elsewhere';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://marginalia/index.html');
    expect(app.windows()).toHaveLength(1);
    expect(await app.evaluate(() => (globalThis as any).__opened)).toEqual(['https://example.com/story']);
  } finally {
    await app.close();
  }
});

test('the core loop by keyboard, the View menu, and the reading position after a restart', async () => {
  const first = await launch(dataDir);
  const { page } = first;
  const article = page.locator('article.article');
  try {
    await expect(article).toBeFocused();
    await page.keyboard.press('F7');
    await pressUntil(page, 'Control+ArrowRight', 'ISLAMABAD');
    await pressUntil(page, 'ArrowRight', 'ISLAMABAD - ');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('n');
    await expect(page.getByRole('textbox', { name: 'Note (Markdown)' })).toBeFocused();
    await page.keyboard.type('A note typed in the desktop app.');
    await page.keyboard.press('Control+Enter');
    await expect(article.locator('mark.hl.active')).toBeFocused();
    await expect(article.locator('mark.hl')).toHaveText(PASSAGE);
    await page.keyboard.press('Delete');
    await expect(article.locator('mark.hl')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(article.locator('mark.hl')).toHaveText(PASSAGE);

    // View ▸ Annotations Panel, clicked as the user would, puts the panel away and brings it back.
    const annotations = page.getByRole('complementary', { name: 'Annotations' });
    const toggle = () =>
      first.app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('toggle-annotations-panel')!.click());
    await expect(annotations).toBeVisible();
    await toggle();
    await expect(annotations).toBeHidden();
    await toggle();
    await expect(annotations).toBeVisible();

    await page.keyboard.press('Control+End');
    await expect(article.locator('p').last()).toBeInViewport();
    // Kept once the view rests.
    const top = await topBlockStart(page);
    const stored = () =>
      page.evaluate(async () => {
        const bridge = (window as any).marginalia;
        const { value: list } = await bridge.invoke('library:list', {});
        const { value: opened } = await bridge.invoke('document:open', { documentId: list.documents[0].id });
        return opened.document.readingPosition?.offset ?? 0;
      });
    await expect.poll(stored).toBeGreaterThanOrEqual(top);
  } finally {
    await first.app.close();
  }

  const second = await launch(dataDir);
  try {
    await expect(second.page.locator('article.article p').last()).toBeInViewport();
    await expect(second.page.locator('article.article')).toBeFocused();
    await expect(second.page.locator('article.article h1')).not.toBeInViewport();
    await expect(second.page.locator('.annotations-panel .note')).toHaveText('A note typed in the desktop app.');
  } finally {
    await second.app.close();
  }
});
