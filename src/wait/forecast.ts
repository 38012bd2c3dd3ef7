/**
 * Where a target can settle, and when to look next: pure code, no I/O. A forecast is a window of instants in
 * which the target can end as expected (an image build's last step ending, a change set finishing creating).
 * Outside it the target can only end unforeseen (a step failing), which the scheduler's forecast cap bounds
 * (`forecastCapMs`, backoff.ts); inside it, looks come every few seconds. The window is recomputed at every poll
 * from what the target has done so far, so a build that runs slow or fast moves it.
 */

/** How far apart looks are inside a window: the latency a settling there is seen with, at most (+10% jitter). */
export const DENSE_MS = 9_000
/** A duration's spread (log-normal sigma) assumed at least, however alike the builds seen so far were. */
export const MIN_SIGMA = 0.1
/** Without history, a duration's spread. */
export const PRIOR_SIGMA = 0.3
/**
 * How many spreads either side of the expected end a window reaches. Two or three earlier builds understate a
 * step's spread: at 2.0, about one build in twelve ended outside its window on the benchmark.
 */
export const WINDOW_SIGMAS = 2.5

/** A duration: its median and log-normal spread, from earlier runs. */
export interface Duration {
  medianMs: number
  sigma: number
}

/** The median and spread of earlier durations (positive ones); undefined without any. */
export function durationOf(samples: readonly number[]): Duration | undefined {
  const logs = samples.filter((d) => Number.isFinite(d) && d > 0).map(Math.log)
  if (logs.length === 0) return undefined
  const sorted = [...logs].sort((a, b) => a - b)
  const mid = sorted.length / 2
  const median =
    sorted.length % 2
      ? (sorted[Math.floor(mid)] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, logs.length - 1))
  // Two or three builds say little about the spread: fewer samples lean on the prior.
  const sigma = logs.length >= 5 ? sd : (sd * logs.length + PRIOR_SIGMA) / (logs.length + 1)
  return { medianMs: Math.exp(median), sigma: Math.max(MIN_SIGMA, sigma) }
}

/** Milliseconds from now. */
export interface Window {
  startMs: number
  endMs: number
  /** How far the duration under way has run past its window, when it has. */
  overrunMs?: number
}

/** Mean and variance of a log-normal duration, in milliseconds. */
function moments({ medianMs, sigma }: Duration): { mean: number; variance: number } {
  const s2 = sigma * sigma
  return { mean: medianMs * Math.exp(s2 / 2), variance: (Math.exp(s2) - 1) * medianMs ** 2 * Math.exp(s2) }
}

/**
 * The window in which a sequence of durations still to run ends: the one under way (`elapsedMs` of it done),
 * then `ahead` one after another. The one under way ends within its own spread of its median (or now, once it
 * runs over); those ahead add their mean, and their spread as the square root of their summed variances.
 */
export function settleWindow(current: Duration | undefined, elapsedMs: number, ahead: readonly Duration[]): Window {
  const k = WINDOW_SIGMAS
  const now = current
    ? {
        lo: Math.max(0, current.medianMs * Math.exp(-k * current.sigma) - elapsedMs),
        hi: Math.max(0, current.medianMs * Math.exp(k * current.sigma) - elapsedMs)
      }
    : { lo: 0, hi: 0 }
  const sum = ahead.map(moments).reduce((a, b) => ({ mean: a.mean + b.mean, variance: a.variance + b.variance }), {
    mean: 0,
    variance: 0
  })
  const spread = k * Math.sqrt(sum.variance)
  const overrunMs = current ? elapsedMs - current.medianMs * Math.exp(k * current.sigma) : 0
  return {
    startMs: now.lo + Math.max(0, sum.mean - spread),
    endMs: now.hi + sum.mean + spread,
    overrunMs: overrunMs > 0 ? overrunMs : undefined
  }
}

/**
 * When to look next for a window (undefined: no forecast, the scheduler backs off). Before the window: at its
 * start (the scheduler's forecast cap shortens the wait, bounding how late an unforeseen failure is seen). In it:
 * every DENSE_MS. Past it, the forecast was short: the look-ahead grows with the overrun (half of it), so a build
 * far slower than its history costs few calls, and one a little late is still seen within seconds.
 */
export function lookIn(window: Window | undefined): number | undefined {
  if (!window) return undefined
  if (window.startMs > 0) return Math.max(DENSE_MS, window.startMs)
  if (window.endMs > 0) return DENSE_MS
  return Math.max(DENSE_MS, (window.overrunMs ?? 0) / 2)
}

/** A change set rarely finishes creating sooner than this after its creation (its hooks alone take seconds). */
export const CHANGE_SET_FIRST_MS = 9_000

/**
 * When to look at a change set being created, `ageMs` after its CreationTime: nothing tells how long creating
 * it takes (the template's size, its hooks), so looks come every DENSE_MS from its first likely end on, on a
 * grid counted from its creation, so a late start of the gate costs no extra look.
 */
export function changeSetLookIn(ageMs: number): number {
  if (!Number.isFinite(ageMs) || ageMs < CHANGE_SET_FIRST_MS) return CHANGE_SET_FIRST_MS - Math.max(0, ageMs || 0)
  return DENSE_MS - ((ageMs - CHANGE_SET_FIRST_MS) % DENSE_MS)
}
