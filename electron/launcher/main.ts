/**
 * `npm start [-- --web] [--port <n>] [--data-dir <dir>]`: opens Marginalia as
 * the desktop app, downloading Electron first if needed, or in the browser
 * where the desktop app cannot run (see launch.ts for the decision).
 *
 * This is why the download happens here and not in `npm install`: npm 11
 * runs a dependency's install script only where package.json "allowScripts"
 * approves it, and Marginalia does not approve electron's, so `npm ci` on CI
 * and on offline machines never reaches out. The launcher runs the same
 * script when the desktop app is asked for, and can fall back when it fails.
 */
import { parseArgs } from 'node:util';
import { packageRoot } from '../core/node/paths.ts';
import { choosePort, hasDisplay, openInBrowser } from './browser.ts';
import { Children } from './children.ts';
import { findElectronBinary, findElectronPackage } from './electron-binary.ts';
import { downloadRefusal, fetchElectron, type FetchProgress } from './fetch-electron.ts';
import { launch } from './launch.ts';
import { runDesktop, startHost } from './start-processes.ts';

const USAGE = 'Usage: npm start [-- --web] [--port <n>] [--data-dir <dir>]';

let values: { web?: boolean; port?: string; 'data-dir'?: string };
try {
  ({ values } = parseArgs({
    options: { web: { type: 'boolean' }, port: { type: 'string' }, 'data-dir': { type: 'string' } },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const root = packageRoot();
const dataDirArgs = values['data-dir'] ? ['--data-dir', values['data-dir']] : [];
const electron = findElectronPackage();
const children = new Children();
children.stopOnSignals();

process.exitCode = await launch(values.web === true, {
  findBinary: () => findElectronBinary(process.env, electron),
  downloadRefusal: () => (electron ? downloadRefusal(electron, process.env) : null),
  downloadElectron: async () => {
    const progress = progressReporter(electron!.version);
    const result = await fetchElectron({
      electronDir: electron!.dir,
      env: process.env,
      spawn: (command, args, options) => children.spawn(command, args, options),
      onProgress: progress.report,
    });
    progress.endLine();
    return result;
  },
  hasDisplay: hasDisplay(),
  runDesktop: (binary) => runDesktop(children, binary, root, dataDirArgs),
  startHost: async () =>
    startHost(children, root, ['--port', values.port ?? String(await choosePort()), ...dataDirArgs]),
  openBrowser: (url) => openInBrowser(url),
  print: (text) => console.log(text),
}).catch((error: unknown) => {
  console.error(`marginalia: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});

/** One line updated in place on a terminal; a line per 10 MB otherwise (logs, CI). */
function progressReporter(version: string) {
  const tty = process.stdout.isTTY === true;
  let printed = -Infinity;
  let lineOpen = false;
  let unpackingShown = false;
  const endLine = () => {
    if (lineOpen) process.stdout.write('\n');
    lineOpen = false;
  };
  return {
    report({ bytes, unpacking }: FetchProgress) {
      const downloading = `Downloading Electron ${version}: ${(bytes / 1e6).toFixed(1)} MB`;
      if (unpacking && !unpackingShown) {
        endLine();
        console.log(`Unpacking Electron ${version}…`);
        unpackingShown = true;
      } else if (!unpacking && tty) {
        process.stdout.write(`\r${downloading.padEnd(60)}`);
        lineOpen = true;
      } else if (!unpacking && bytes - printed >= 10e6) {
        console.log(downloading);
        printed = bytes;
      }
    },
    endLine,
  };
}
