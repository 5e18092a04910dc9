/**
 * Each boundary rule fires on code that crosses it, and stays quiet on code
 * that does not. The fixtures are linted with the repository's own
 * eslint.config.js, each as if it lived at the path given (ESLint's
 * `lintText` with `filePath`), so the folder decides the layer.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rule ids and messages ESLint reports for `code` placed at `path`. */
async function problems(path: string, code: string): Promise<Array<{ rule: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

interface Violation {
  what: string;
  path: string;
  code: string;
  rule: string;
  message: RegExp;
}

const violations: Violation[] = [
  {
    what: 'core/common uses a Node built-in',
    path: 'electron/core/common/anchoring/fixture.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    rule: 'local/layers',
    message: /core\/common runs outside Node and may not import node:fs/,
  },
  {
    what: 'core/common uses a bare Node built-in',
    path: 'electron/core/common/entities/fixture.ts',
    code: "import path from 'path';\nexport const join = path.join;\n",
    rule: 'local/layers',
    message: /may not import path/,
  },
  {
    what: 'core/common imports core/node',
    path: 'electron/core/common/article/fixture.ts',
    code: "import { Library } from '../../node/library/library.ts';\nexport const library = Library;\n",
    rule: 'local/layers',
    message: /core\/common may not import core\/node/,
  },
  {
    what: 'core/common imports core/node, type only',
    path: 'electron/core/common/article/fixture.ts',
    code: "import type { Library } from '../../node/library/library.ts';\nexport type L = Library;\n",
    rule: 'local/layers',
    message: /core\/common may not import core\/node/,
  },
  {
    what: 'core imports electron',
    path: 'electron/core/node/library/fixture.ts',
    code: "import { app } from 'electron';\nexport const name = app.name;\n",
    rule: 'local/layers',
    message: /only electron\/main and electron\/preload may import electron \(core\/node\)/,
  },
  ...(['main', 'preload', 'host', 'cli', 'launcher'] as const).map((layer) => ({
    what: `core imports electron/${layer}`,
    path: 'electron/core/node/api/fixture.ts',
    code: `export * from '../../../${layer}/x.ts';\n`,
    rule: 'local/layers',
    message: new RegExp(`core/node may not import ${layer}`),
  })),
  {
    what: 'core imports the renderer',
    path: 'electron/core/node/export/fixture.ts',
    code: "export { reader } from '../../../../renderer/src/state/reader.svelte.ts';\n",
    rule: 'local/layers',
    message: /core\/node may not import renderer/,
  },
  {
    what: 'shared imports core',
    path: 'electron/shared/fixture.ts',
    code: "import type { Anchor } from '../core/common/anchoring/anchor.ts';\nexport type A = Anchor;\n",
    rule: 'local/layers',
    message: /shared may not import core\/common/,
  },
  {
    what: 'shared imports a Node built-in',
    path: 'electron/shared/fixture.ts',
    code: "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n",
    rule: 'local/layers',
    message: /shared runs outside Node/,
  },
  {
    what: 'the browser host imports electron',
    path: 'electron/host/fixture.ts',
    code: "import { shell } from 'electron';\nexport const open = shell.openExternal;\n",
    rule: 'local/layers',
    message: /may import electron \(host\)/,
  },
  {
    what: 'the CLI imports electron (dynamically)',
    path: 'electron/cli/fixture.ts',
    code: "export const load = () => import('electron');\n",
    rule: 'local/layers',
    message: /may import electron \(cli\)/,
  },
  {
    what: 'the launcher imports electron (it only runs the binary)',
    path: 'electron/launcher/fixture.ts',
    code: "import electronPath from 'electron';\nexport const binary = electronPath;\n",
    rule: 'local/layers',
    message: /may import electron \(launcher\)/,
  },
  {
    what: 'the launcher imports the browser host (it starts it as a process)',
    path: 'electron/launcher/fixture.ts',
    code: "export * from '../host/server.ts';\n",
    rule: 'local/layers',
    message: /launcher may not import host/,
  },
  {
    what: 'the renderer imports core/node',
    path: 'renderer/src/state/fixture.ts',
    code: "import { Library } from '../../../electron/core/node/library/library.ts';\nexport const l = Library;\n",
    rule: 'local/layers',
    message: /renderer may not import core\/node/,
  },
  {
    what: 'the renderer imports the preload',
    path: 'renderer/src/api/fixture.ts',
    code: "import type { X } from '../../../electron/preload/preload.ts';\nexport type Y = X;\n",
    rule: 'local/layers',
    message: /renderer may not import preload/,
  },
  {
    what: 'the renderer imports the main process',
    path: 'renderer/src/lib/fixture.ts',
    code: "export { registerIpc } from '../../../electron/main/ipc.ts';\n",
    rule: 'local/layers',
    message: /renderer may not import main/,
  },
  {
    what: 'the renderer uses a Node built-in',
    path: 'renderer/src/lib/fixture.ts',
    code: "import { join } from 'node:path';\nexport const j = join;\n",
    rule: 'local/layers',
    message: /renderer runs outside Node/,
  },
  {
    what: 'the renderer imports a value from the contract (zod with it)',
    path: 'renderer/src/lib/fixture.ts',
    code: "import { isChannel } from '../../../electron/shared/api-contract.ts';\nexport const c = isChannel;\n",
    rule: 'local/layers',
    message: /renderer may import only types from .*api-contract.ts/,
  },
  {
    what: 'the preload imports a type inline from the contract (leaves a bare import behind)',
    path: 'electron/preload/preload.ts',
    code: "import { type Invoke } from '../shared/api-contract.ts';\nexport type I = Invoke;\n",
    rule: 'local/layers',
    message: /preload may import only types from .*api-contract.ts/,
  },
  {
    what: 'raw ipcMain outside the IPC wiring file',
    path: 'electron/main/menu-fixture.ts',
    code: "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n",
    rule: 'no-restricted-imports',
    message: /Raw IPC lives in electron\/main\/ipc.ts/,
  },
  {
    what: 'raw ipcRenderer outside the preload',
    path: 'electron/preload/other-fixture.ts',
    code: "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');\n",
    rule: 'no-restricted-imports',
    message: /Raw IPC lives in electron\/main\/ipc.ts/,
  },
  {
    what: 'a message to the page outside the IPC wiring file',
    path: 'electron/main/window-fixture.ts',
    code: "import type { BrowserWindow } from 'electron';\nexport const f = (w: BrowserWindow) => w.webContents.send('x');\n",
    rule: 'no-restricted-syntax',
    message: /Messages to the page go through electron\/main\/ipc.ts/,
  },
  {
    what: 'core/common reads a Node global',
    path: 'electron/core/common/quotes/fixture.ts',
    code: 'export const debug = process.env.DEBUG;\n',
    rule: 'no-restricted-globals',
    message: /process is Node's; this code also runs in the renderer/,
  },
  {
    what: 'the renderer reads a Node global',
    path: 'renderer/src/state/fixture.ts',
    code: "export const bytes = Buffer.from('x');\n",
    rule: 'no-restricted-globals',
    message: /Buffer is Node's/,
  },
];

describe('import boundaries', () => {
  it.each(violations)('fires when $what', async ({ path, code, rule, message }) => {
    const found = await problems(path, code);
    expect(found).toContainEqual({ rule, message: expect.stringMatching(message) });
  });

  const allowed: Array<{ what: string; path: string; code: string }> = [
    {
      what: 'core/node imports core/common and shared',
      path: 'electron/core/node/library/fixture.ts',
      code: "import { anchorAll } from '../../common/anchoring/anchor.ts';\nimport type { Anchor } from '../../../shared/anchor-types.ts';\nexport const f = (a: Anchor) => anchorAll('', []).concat(a);\n",
    },
    {
      what: 'the renderer imports shared and core/common',
      path: 'renderer/src/state/fixture.ts',
      code: "import type { Channel } from '../../../electron/shared/constants.ts';\nimport { createTarget } from '../../../electron/core/common/anchoring/text-quote.ts';\nexport const f = (c: Channel) => [c, createTarget];\n",
    },
    {
      what: 'a core/common test reads a fixture from disk',
      path: 'electron/core/common/anchoring/fixture.test.ts',
      code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    },
    {
      what: 'the IPC wiring file uses ipcMain and sends to the page',
      path: 'electron/main/ipc.ts',
      code: "import { ipcMain, type BrowserWindow } from 'electron';\nipcMain.handle('x', () => 1);\nexport const f = (w: BrowserWindow) => w.webContents.send('x');\n",
    },
    {
      what: 'the preload uses ipcRenderer',
      path: 'electron/preload/preload.ts',
      code: "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');\n",
    },
  ];

  it.each(allowed)('stays quiet when $what', async ({ path, code }) => {
    expect(await problems(path, code)).toEqual([]);
  });
});
