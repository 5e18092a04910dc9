#!/usr/bin/env node
// The CLI entry point (package.json "bin"). The code is built by `npm run build`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('marginalia: the CLI is not built yet; run `npm run build` first.');
  process.exit(1);
}
const { runCli } = await import(built.href);
process.exitCode = await runCli(process.argv.slice(2));
