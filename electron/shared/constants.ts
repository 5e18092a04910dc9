/**
 * The few values of the API contract that the renderer needs at run time.
 * They live apart from api-contract.ts so that importing them does not pull
 * zod and every request schema into the renderer's start-up bundle.
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
