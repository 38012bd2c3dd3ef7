/** A thing the gate waits on (a target), what one poll of it gives, and how waiting on it ended. */

export interface PollResult<S> {
  snapshot: S
  settled: boolean
  /**
   * When to look next, by the source's forecast of where the target can settle (see src/wait/forecast.ts):
   * long while nothing decisive can happen, short near an instant where it can. Undefined when the source cannot
   * tell: the scheduler backs off from its minimum.
   */
  lookInMs?: number
  /**
   * At the latest, look again within this, whatever the forecast or the backoff says: a bound the source keeps
   * on how late something is seen (a ParallelCluster stack's events, read rarely, are due again then).
   */
  lookWithinMs?: number
  /** One line for the log, e.g. `BUILD completed, TEST running 3/6 steps`. */
  progress: string
}

export interface Target<S> {
  key: string
  label: string
  poll(signal: AbortSignal): Promise<PollResult<S>>
}

export type Outcome = 'settled' | 'timeout' | 'error' | 'cancelled'

export interface TargetResult<S> {
  key: string
  label: string
  outcome: Outcome
  /** The last complete snapshot, if any poll succeeded. */
  snapshot?: S
  error?: string
  polls: number
  startedAt: number
  endedAt: number
}

export interface PollEvent {
  label: string
  progress: string
  elapsedMs: number
  nextDelayMs?: number
  error?: string
}
