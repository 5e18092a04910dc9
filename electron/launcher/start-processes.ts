/**
 * Starting what the launcher launches, as children it stops on Ctrl+C: the
 * desktop app (Electron on the repository) or the browser host.
 */
import { join } from 'node:path';
import type { Children } from './children.ts';
import { exitOf } from './children.ts';

export interface RunningHost {
  url: string;
  /** Resolves with the host's exit code. */
  exited: Promise<number>;
}

export function runDesktop(children: Children, binary: string, root: string, args: readonly string[]): Promise<number> {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node.js
  return exitOf(children.spawn(binary, [root, ...args], { stdio: 'inherit', env }));
}

/**
 * Starts the built browser host (`dist/node/host.js`), passes its output
 * through, and resolves once it prints the URL it listens on.
 */
export function startHost(children: Children, root: string, args: readonly string[]): Promise<RunningHost> {
  const child = children.spawn(process.execPath, [join(root, 'dist', 'node', 'host.js'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = exitOf(child);
  return new Promise((resolve, reject) => {
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const match = /Listening on (http:\/\/\S+)/.exec(pending);
      if (match) resolve({ url: match[1]!, exited });
      pending = pending.slice(pending.lastIndexOf('\n') + 1);
    });
    exited.then(
      (code) => reject(new Error(`the browser host stopped (exit code ${code}) before it was ready`)),
      reject,
    );
  });
}
