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
export const ENTITY_EXTRACTOR_VERSION = 3;

/** SHA-256 of this folder's source (extractor-version.test.ts says how) when ENTITY_EXTRACTOR_VERSION was set. */
export const EXTRACTOR_SOURCE_FINGERPRINT = '2617d0fd954d69dab20d01c2ad1117fde8da71d33f18da7fba0e1eab5d581bfe';
