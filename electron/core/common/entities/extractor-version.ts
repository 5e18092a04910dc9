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
export const EXTRACTOR_SOURCE_FINGERPRINT = '191da69f60f05a9fc30589fd06e3479acd6cd955e472c90908edefc01a875427';
