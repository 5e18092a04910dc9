/**
 * Counts the elements that array methods walk while `work` runs: an
 * instrumented stand-in for a stopwatch. Linear code walks about 4× as many
 * elements for 4× the input; code that scans a growing list once per item
 * walks about 16×. Scaling tests compare the two counts, so they fail on
 * quadratic behaviour on any machine, however loaded, and never time anything.
 */
const METHODS = [
  'filter',
  'find',
  'findIndex',
  'findLast',
  'some',
  'every',
  'forEach',
  'map',
  'flatMap',
  'reduce',
  'indexOf',
  'includes',
] as const;

export function countArrayVisits(work: () => void): number {
  const { stop } = startCounting();
  try {
    work();
  } catch (error) {
    stop();
    throw error;
  }
  return stop();
}

/** {@link countArrayVisits} for work that awaits (nothing else should run meanwhile). */
export async function countArrayVisitsAsync(work: () => Promise<unknown>): Promise<number> {
  const { stop } = startCounting();
  try {
    await work();
  } catch (error) {
    stop();
    throw error;
  }
  return stop();
}

function startCounting(): { stop: () => number } {
  let visits = 0;
  const prototype = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = METHODS.map((name) => [name, prototype[name]!] as const);
  for (const [name, original] of originals) {
    prototype[name] = function (this: unknown[], ...args: unknown[]) {
      visits += this.length;
      return original.apply(this, args);
    };
  }
  return {
    stop: () => {
      for (const [name, original] of originals) prototype[name] = original;
      return visits;
    },
  };
}

/** Visits at 4n over visits at n: about 4 when linear, about 16 when quadratic. */
export function growthFactor(run: (n: number) => void, n: number): number {
  const small = countArrayVisits(() => run(n));
  const large = countArrayVisits(() => run(4 * n));
  return large / Math.max(1, small);
}
