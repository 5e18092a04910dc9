/**
 * The one error type of importing, so the UI can tell the user *why* a file
 * was refused (`message`) and code can branch on the reason (`code`) without
 * parsing messages.
 */

export type ImportErrorCode = 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'unsupported-type' | 'no-article';

export class ImportError extends Error {
  override readonly name = 'ImportError';

  /**
   * @param code - Machine-readable reason.
   * @param message - A sentence for the user, naming the file where useful.
   */
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
