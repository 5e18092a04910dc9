/**
 * Resolves with `probe()`'s first truthy value, checked once a frame (the
 * article paints in frames); null when `timeoutMs` passes first. For what
 * happens after a document opens: its highlights painted, its entities found.
 */
export function waitFor<T>(probe: () => T | null | undefined | false | '', timeoutMs = 20_000): Promise<T | null> {
  const until = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      const value = probe();
      if (value) resolve(value);
      else if (performance.now() > until) resolve(null);
      else requestAnimationFrame(check);
    };
    check();
  });
}
