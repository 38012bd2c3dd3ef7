/** When to look again: exponential backoff with jitter, and a schedule that leans on progress estimates. */
export interface BackoffOptions {
  minDelayMs: number
  maxDelayMs: number
}

/**
 * Delay before poll number `attempt` (0-based): min * 2^attempt capped at max, with ±20% jitter so parallel
 * jobs spread out, never below min nor above max.
 */
export function backoffDelay(
  attempt: number,
  { minDelayMs, maxDelayMs }: BackoffOptions,
  random: () => number
): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(attempt, 30))
  return Math.min(maxDelayMs, Math.max(minDelayMs, Math.round(ceiling * (0.8 + 0.4 * random()))))
}

/**
 * The longest a forecast may wait: half the maximum delay (60 s by default). Outside the instants a forecast
 * foresees, a target can still end unforeseen (a step failing midway); this bounds how late that is seen. A
 * failing Image Builder workflow rolls back for tens of seconds before its image fails: a look within that time
 * sees the failure coming and looks densely until it lands.
 */
export function forecastCapMs({ minDelayMs, maxDelayMs }: BackoffOptions): number {
  return Math.max(minDelayMs, maxDelayMs / 2)
}

/**
 * The delay before the next poll. When the source's forecast says when to look next (`lookInMs`: sparsely while
 * nothing decisive can happen, densely where the target can settle), that delay, jittered, from the minimum up
 * to the forecast cap. Otherwise (no forecast, or one that is not a number) the target could settle any moment:
 * back off from the minimum, but only up to a quarter of the maximum, so the verdict follows the settling
 * closely. Either way no later than `withinMs` (never below the minimum), a bound the source keeps.
 */
export function nextDelay(
  attempt: number,
  lookInMs: number | undefined,
  options: BackoffOptions,
  random: () => number,
  withinMs?: number
): number {
  const delay = unboundedDelay(attempt, lookInMs, options, random)
  if (withinMs === undefined || !Number.isFinite(withinMs)) return delay
  return Math.min(delay, Math.max(options.minDelayMs, Math.round(withinMs)))
}

function unboundedDelay(
  attempt: number,
  lookInMs: number | undefined,
  options: BackoffOptions,
  random: () => number
): number {
  const { minDelayMs, maxDelayMs } = options
  // ±10% so jobs with the same forecast (a matrix of builds of one recipe) do not poll in step.
  if (lookInMs !== undefined && Number.isFinite(lookInMs))
    return Math.min(forecastCapMs(options), Math.max(minDelayMs, Math.round(lookInMs * (0.9 + 0.2 * random()))))
  return backoffDelay(attempt, { minDelayMs, maxDelayMs: Math.max(minDelayMs, maxDelayMs / 4) }, random)
}
