/** Where the tests' copied data lives (README.md beside this file says where each came from). */
import { fileURLToPath } from 'node:url';

export const FIXTURES_URL = new URL('./', import.meta.url);
export const FIXTURES_DIR = fileURLToPath(FIXTURES_URL);
