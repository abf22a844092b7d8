/** mulberry32: a tiny seeded PRNG, so a failing fuzz case reproduces from its seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** In [0, max). */
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}
