/**
 * A mistake the user can put right (a wrong path, a folder that cannot be
 * written, a missing argument): its message is a sentence saying what was
 * wrong and what to do, printed as is, and the command exits with code 2.
 */
import { getSystemErrorMap } from 'node:util';

export class CliError extends Error {
  override readonly name = 'CliError';
}

/**
 * The system's own words for a failed file operation ("permission denied",
 * "no space left on device"), without Node's code or the path it tried, which
 * may be a temporary file the user never asked for.
 */
export function systemReason(error: unknown): string {
  const errno = (error as NodeJS.ErrnoException | undefined)?.errno;
  return (errno !== undefined && getSystemErrorMap().get(errno)?.[1]) || 'the system refused';
}

/** The error's Node code (`ENOENT`, …), for branching only; never shown. */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
