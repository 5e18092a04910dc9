// Node's worker threads do not run TypeScript: load the worker through tsx, as `npm run bench` runs the rest.
import { tsImport } from 'tsx/esm/api';

await tsImport('./entities-worker.ts', import.meta.url);
