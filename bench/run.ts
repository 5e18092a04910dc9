/** `npm run bench`: every benchmark in turn, figures printed, nothing asserted about time. */
import { benchAnchoring } from './anchoring.ts';
import { benchEntities } from './entities.ts';
import { benchHost } from './host.ts';

const suites: Array<[string, () => Promise<void>]> = [
  ['Reading and annotating (browser host)', benchHost],
  ['Anchoring', benchAnchoring],
  ['Entity extraction', benchEntities],
];

for (const [name, run] of suites) {
  console.log(`\n== ${name}`);
  await run();
}
