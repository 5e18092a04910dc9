/**
 * One writer per library: the browser host and the command line on the same
 * folder, and a second host. Real processes on a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCapturing } from './test-helpers.ts';

let dir: string;
let dataDir: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-one-writer-'));
  dataDir = join(dir, 'data');
});
afterEach(async () => {
  for (const child of children.splice(0)) await stop(child);
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** Starts the browser host from source; resolves with its URL, or its output and exit code if it quit. */
function startHost(): Promise<{ child: ChildProcess; url: string | null; output: string; code: number | null }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/host/main.ts', '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  return new Promise((resolve) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output, code: null });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => resolve({ child, url: null, output, code }));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function call(url: string, channel: string, request: unknown): Promise<any> {
  const response = await fetch(`${url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const cli = runCapturing;

describe('the browser host and the command line on one library', () => {
  it('every document the CLI imported while the host ran is still there after the host writes', async () => {
    const host = await startHost();
    expect(host.url, host.output).not.toBeNull();
    const imported: string[] = [];
    for (let i = 0; i < 5; i++) {
      const file = join(dir, `story-${i}.txt`);
      await writeFile(file, `Story number ${i}\n\nA paragraph that only story ${i} has, ${'word '.repeat(i + 3)}\n`);
      const result = await cli(['import', file, '--data-dir', dataDir]);
      expect(result.code, result.err).toBe(0);
      imported.push(JSON.parse(result.out).id);
    }
    // The app writes next: it must not drop what the CLI added.
    const { documents } = await call(host.url!, 'library:list', {});
    const sample = documents.find((d: { origin: { kind: string } }) => d.origin.kind === 'sample');
    await call(host.url!, 'annotation:create', { documentId: sample.id, start: 0, end: 5, color: 'yellow' });
    await stop(host.child);

    const listed = await cli(['list', '--data-dir', dataDir]);
    const ids = JSON.parse(listed.out).documents.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining(imported));
    expect(ids).toHaveLength(6);
  }, 60_000);

  it('a second host on the same folder refuses, naming the one that runs', async () => {
    const first = await startHost();
    expect(first.url, first.output).not.toBeNull();
    const second = await startHost();
    expect(second.url).toBeNull();
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(first.url!);
    expect(second.output).toMatch(/already/);
  }, 60_000);
});
