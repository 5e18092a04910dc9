/**
 * Which links may leave the app: one rule for the importer (which links an
 * article keeps), the renderer (which it paints as links) and the desktop
 * shell (which it hands to the system browser).
 */

/** Schemes the system browser may be asked to open. `mailto:`, `file:`, `javascript:`, custom handlers: never. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:']);

/** Only absolute http(s) URLs with a host and no embedded credentials. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return EXTERNAL_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '' && !parsed.username && !parsed.password;
}
