import type { ApiErrorCode } from '../../../shared/api-contract.ts';

/** An expected failure with a code the renderer can act on ("not-found", …). */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
