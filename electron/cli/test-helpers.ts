/** Runs `marginalia <args>` in this process and captures what it prints. */
import { vi } from 'vitest';
import { runCli } from './main.ts';

export async function runCapturing(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const spy = vi.spyOn(console, 'error').mockImplementation((text: unknown) => void (err += `${String(text)}\n`));
  try {
    const code = await runCli(args, (text) => void (out += text));
    return { code, out, err };
  } finally {
    spy.mockRestore();
  }
}
