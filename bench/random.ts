/** A small seeded PRNG (mulberry32), so every benchmark run sees the same scenarios. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function between(random: () => number, min: number, max: number): number {
  return min + random() * (max - min)
}

/** A standard normal draw (Box-Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

/**
 * A duration around `median` with relative spread `sigma` (log-normal): how long the same step of the same
 * recipe takes, build after build. sigma 0.1 is about ±10%; the draw never exceeds 4 sigma either way.
 */
export function around(random: () => number, median: number, sigma: number): number {
  return median * Math.exp(sigma * Math.max(-4, Math.min(4, normal(random))))
}

/** One of `items`, chosen with probability proportional to `weight(item)`. */
export function pick<T>(random: () => number, items: readonly T[], weight: (item: T) => number = () => 1): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0)
  let r = random() * total
  for (const item of items) if ((r -= weight(item)) < 0) return item
  return items[items.length - 1] as T
}
