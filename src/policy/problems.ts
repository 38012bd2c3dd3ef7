/**
 * A policy's problems, each at file, line, column and key, and the "did you mean" that goes with them. Apart from
 * the loader, so that a run without a policy file loads neither the YAML parser nor the schema.
 */
export interface PolicyProblem {
  source: string
  line: number
  column: number
  /** Dotted path of the key, e.g. `hooks.rules[1].on-failure`. */
  key: string
  message: string
}

export class PolicyError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(problems.map((p) => `${p.source}:${p.line}:${p.column}: ${p.key || '(top)'}: ${p.message}`).join('\n'))
    this.name = 'PolicyError'
  }
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length] as number
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const ranked = candidates
    .map((c) => [c, distance(word.toLowerCase(), c.toLowerCase())] as const)
    .sort((a, b) => a[1] - b[1])
  const best = ranked[0]
  return best && best[1] <= Math.max(2, Math.floor(best[0].length / 3)) ? best[0] : undefined
}
