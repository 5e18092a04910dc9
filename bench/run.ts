/** `npm run bench`: every benchmark in turn, figures printed, nothing asserted about time. */
import { benchAnchoring } from './anchoring.ts';
import { benchCliStartup } from './cli-startup.ts';
import { benchEntities } from './entities.ts';
import { benchEntitiesUi } from './entities-ui.ts';
import { benchHost } from './host.ts';
import { benchImportPage } from './import-page.ts';
import { benchKeyboard } from './keyboard.ts';
import { benchLibrary } from './library.ts';
import { benchLibrarySearch } from './library-search.ts';
import { benchReliability } from './reliability.ts';
import { benchStart } from './start.ts';
import { benchWorkspace } from './workspace.ts';

const suites: Array<[string, () => Promise<void>]> = [
  ['Reading and annotating (browser host)', benchHost],
  ['Importing the largest saved page: before and after laid-out articles (browser host)', benchImportPage],
  ['Anchoring', benchAnchoring],
  ['Writes and the passes that were quadratic (issue 14)', benchReliability],
  ['Library: a 1 MB document with 1,000 annotations (browser host)', benchLibrary],
  ['Reading by keyboard: a 1 MB document (browser host)', benchKeyboard],
  ['Entity extraction', benchEntities],
  ['Library search: 200 documents, 20,000 annotations', benchLibrarySearch],
  ['Library workspace served: search and entity index, 200 documents, 20,000 annotations', benchWorkspace],
  ['Entity panel: a 1 MB document (browser host)', benchEntitiesUi],
  ['Command line: start-up (npx marginalia …)', benchCliStartup],
  ['npm start without Electron: the build, then the launcher until the URL', benchStart],
];

for (const [name, run] of suites) {
  console.log(`\n== ${name}`);
  await run();
}
