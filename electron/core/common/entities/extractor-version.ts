/**
 * The version of what extraction finds. Every document's extracted entities
 * are kept beside its text (`texts/<sha256>.entities.json`) tagged with this
 * number, and a kept list tagged with another is extracted again: bump it
 * whenever a change to this folder (or to the word lists and gazetteers it
 * reads) can change what is found for some text.
 *
 * `extractor-version.test.ts` fingerprints this folder's source and fails,
 * naming the new fingerprint, when the code changed but the version did not.
 */
export const ENTITY_EXTRACTOR_VERSION = 5;

/** SHA-256 of this folder's source (extractor-version.test.ts says how) when ENTITY_EXTRACTOR_VERSION was set. */
export const EXTRACTOR_SOURCE_FINGERPRINT = '3be0962ccf8782d799ba236d299401461287d9d58b8e6ed94ad20b8441f08215';
