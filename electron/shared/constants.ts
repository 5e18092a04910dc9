/**
 * The few values of the API contract needed at run time by the renderer and
 * the preload. They live apart from api-contract.ts so that importing them
 * does not pull zod and every request schema into code that runs before the
 * first screen.
 */

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const ENTITY_TYPES = ['person', 'organization', 'place', 'date'] as const;
export type EntityKind = (typeof ENTITY_TYPES)[number];

/** Largest document file accepted. Equal to the core importer's MAX_DOCUMENT_BYTES (a test checks); the renderer refuses bigger files before reading them. */
export const MAX_DOCUMENT_FILE_BYTES = 20 * 1024 * 1024;
/** Largest annotation file accepted; bigger ones are refused before they are parsed. */
export const MAX_ANNOTATION_FILE_BYTES = 200 * 1024 * 1024;

/** The browser host refuses larger request bodies before reading them. */
export const MAX_HTTP_REQUEST_BYTES = 64 * 1024 * 1024;
/** Largest file the browser host can take: sent as base64 (4 bytes per 3) with room for the JSON around it. */
export const MAX_HTTP_FILE_BYTES = Math.floor(((MAX_HTTP_REQUEST_BYTES - 1024 * 1024) * 3) / 4);

/**
 * Every API channel. api-contract.ts gives each its request schema and
 * response type; `tsc` fails unless both name exactly these channels.
 */
export const CHANNELS = [
  'app:start',
  'library:list',
  'document:open',
  'document:open-first-screen',
  'document:set-reading-position',
  'annotation:create',
  'annotation:update',
  'annotation:delete',
  'annotation:restore',
  'annotation:attach',
  'export:annotations',
  'export:save',
  'entities:corrections',
  'entities:correct',
  'entities:uncorrect',
  'library:search',
  'document:import',
  'document:import-text',
  'document:import-cancel',
  'document:open-dialog',
  'document:delete',
  'document:restore',
  'annotations:import-preview',
  'annotations:import-commit',
  'library:tags',
  'settings:color-names',
  'annotations:search',
  'document:text',
  'entities:cached',
  'entities:cache-put',
  'entity-index:get',
  'entity-index:export',
  'entity-index:save',
  'timeline:library',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Export formats: W3C Web Annotation JSON-LD, Markdown for notes apps, CSV for spreadsheets. */
export const EXPORT_FORMATS = ['jsonld', 'markdown', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// ── Main-to-renderer messages. Only the Electron host sends them (electron/main/ipc.ts). ──

/** A menu command: its payload is one of MENU_COMMANDS. */
export const MENU_COMMANDS = [
  'export-annotations',
  'undo',
  'redo',
  'toggle-entities-panel',
  'toggle-annotations-panel',
  'toggle-focus-mode',
  'toggle-caret-browsing',
  'show-shortcuts',
  'search-annotations',
  'entity-index',
  'timeline',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';
/** "Show this document": a file opened from the system is in the library. Its payload is the document id. */
export const OPEN_DOCUMENT_CHANNEL = 'document:show';
/** The shape of a document id, for the preload to check without zod. */
export const DOCUMENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
