/** Disjoint sets over string keys, with path halving: merging stays near-linear. */
export class UnionFind {
  #parent = new Map<string, string>();

  add(key: string): void {
    if (!this.#parent.has(key)) this.#parent.set(key, key);
  }

  find(key: string): string {
    this.add(key);
    let k = key;
    for (;;) {
      const p = this.#parent.get(k)!;
      if (p === k) return k;
      const gp = this.#parent.get(p)!;
      this.#parent.set(k, gp);
      k = gp;
    }
  }

  /** Joins the set of `from` into the set of `into`; the root of `into` stays root. */
  union(into: string, from: string): void {
    const a = this.find(into);
    const b = this.find(from);
    if (a !== b) this.#parent.set(b, a);
  }
}
