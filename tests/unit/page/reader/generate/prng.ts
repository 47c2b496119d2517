/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same renderings. */
export interface Random {
  /** a number in [0, 1) */
  next(): number;
  /** an integer in [0, n) */
  below(n: number): number;
  /** one of the items */
  pick<T>(items: readonly T[]): T;
  /** true with probability p */
  chance(p: number): boolean;
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  return {
    next,
    below,
    pick: (items) => items[below(items.length)],
    chance: (p) => next() < p,
  };
}
