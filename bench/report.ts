/** Shared printing for benchmarks: one aligned line per figure. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function report(label: string, value: number, unit: string): void {
  console.log(`  ${label.padEnd(64)} ${value.toFixed(unit === 'ms' ? 1 : 2).padStart(9)} ${unit}`);
}
