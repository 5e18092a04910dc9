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
export const ENTITY_EXTRACTOR_VERSION = 11;

/** SHA-256 of this folder's source (extractor-version.test.ts says how) when ENTITY_EXTRACTOR_VERSION was set. */
export const EXTRACTOR_SOURCE_FINGERPRINT = '4b0eeb38a6b1333a4b4a28cd80b3abb79c5f1922a05d911e8377b40344018373';
