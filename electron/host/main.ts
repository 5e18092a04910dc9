/**
 * `npm run web -- [--port <n>] [--data-dir <dir>]`: starts the browser host
 * and prints `Listening on http://127.0.0.1:<port>/` once it accepts requests.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../core/node/api/dispatch.ts';
import { createHandlers } from '../core/node/api/handlers.ts';
import { publishLibraryEndpoint } from '../core/node/api/library-endpoint.ts';
import { Library } from '../core/node/library/library.ts';
import { defaultDataDir, packageRoot, sampleArticlePath } from '../core/node/paths.ts';
import { lockedMessage } from '../core/node/storage/library-lock.ts';
import { openFailureMessage } from '../core/node/storage/storage-errors.ts';
import { startBrowserHost } from './server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5183' }, 'data-dir': { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535 (got ${values.port})`);
  process.exit(2);
}

const root = packageRoot();
const dataDir = values['data-dir'] ?? defaultDataDir();
const library = await Library.open({
  dataDir,
  sampleArticlePath: sampleArticlePath(root),
  lock: {
    kind: 'browser-host',
    waitMs: 30_000,
    onWait: (owner) => console.error(`${lockedMessage(dataDir, owner)} Waiting for it to finish…`),
  },
  readOnlyFallback: true,
}).catch((error: unknown) => {
  const message = openFailureMessage(error, dataDir);
  if (!message) throw error;
  console.error(message);
  process.exit(2);
});
const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
const dispatch = createDispatcher(createHandlers(library, { version }));
const host = await startBrowserHost({ dispatch, rendererDir: join(root, 'dist', 'renderer'), port });
const endpoint = await publishLibraryEndpoint(library, dispatch, host.url);

for (const notice of library.notices) console.error(notice.message);
console.log(`Data: ${dataDir}`);
console.log(`Listening on ${host.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void Promise.all([host.close(), endpoint?.close()])
      .then(() => library.close())
      .then(() => process.exit(0));
    // Keep-alive connections can hold close() open; writes are already acknowledged on disk,
    // and the lock goes with the process (proper-lockfile releases it on exit).
    setTimeout(() => process.exit(0), 500).unref();
  });
}
