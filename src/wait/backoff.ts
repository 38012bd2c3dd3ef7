/** When to look again: exponential backoff with jitter, and a schedule that leans on progress estimates. */
export interface BackoffOptions {
  minDelayMs: number
  maxDelayMs: number
}

/**
 * Delay before poll number `attempt` (0-based) of a quiet target: min * 2^attempt capped at max, with
 * "equal jitter" (half fixed, half random) so parallel jobs spread out but never poll sooner than min.
 */
export function backoffDelay(attempt: number, { minDelayMs, maxDelayMs }: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(attempt, 30))
  return Math.max(minDelayMs, Math.round(ceiling / 2 + (random() * ceiling) / 2))
}

/**
 * Combine the backoff delay with a source's estimate of when it will settle: when the estimate is nearer
 * than the backoff, wake at the estimate (never below min), so the verdict follows the settling closely.
 */
export function nextDelay(backoff: number, etaMs: number | undefined, { minDelayMs }: BackoffOptions): number {
  if (etaMs === undefined || !Number.isFinite(etaMs)) return backoff
  return Math.max(minDelayMs, Math.min(backoff, Math.round(etaMs)))
}
