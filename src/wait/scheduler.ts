/**
 * The waiting loop: polls every target when it is due, concurrently, backs off while nothing changes, and
 * ends each target as settled, timed out, errored or cancelled. One sleeper at a time, on the injected clock.
 */
import { backoffDelay, nextDelay, type BackoffOptions } from './backoff.js'
import type { Clock } from '../core/clock.js'
import type { Outcome, PollEvent, Target, TargetResult } from '../core/poll.js'

export interface WaitOptions {
  clock: Clock
  timeoutMs: number
  backoff: BackoffOptions
  random?: () => number
  signal?: AbortSignal
  /** Permanent errors end a target at once; others are retried on the next poll. */
  isPermanent(error: unknown, elapsedMs: number): boolean
  describeError(error: unknown): string
  onPoll?(event: PollEvent): void
}

interface Tracked<S> {
  target: Target<S>
  nextAt: number
  /** Polls in a row without a forecast (the target could settle any moment): the backoff's exponent. */
  attempt: number
  polls: number
  snapshot?: S
  lastError?: string
  result?: TargetResult<S>
}

export async function waitForAll<S>(targets: Target<S>[], options: WaitOptions): Promise<TargetResult<S>[]> {
  const { clock, signal = new AbortController().signal, random = Math.random } = options
  const startedAt = clock.now()
  const deadline = startedAt + options.timeoutMs
  const tracked: Tracked<S>[] = targets.map((target) => ({ target, nextAt: startedAt, attempt: 0, polls: 0 }))
  const pending = () => tracked.filter((t) => !t.result)

  const finish = (t: Tracked<S>, outcome: Outcome, error?: string) => {
    t.result = {
      key: t.target.key,
      label: t.target.label,
      outcome,
      snapshot: t.snapshot,
      error,
      polls: t.polls,
      startedAt,
      endedAt: clock.now()
    }
  }

  const pollOnce = async (t: Tracked<S>): Promise<void> => {
    t.polls += 1
    let delay: number
    let event: PollEvent
    try {
      const result = await t.target.poll(signal)
      t.snapshot = result.snapshot
      t.lastError = undefined
      if (result.settled) {
        finish(t, 'settled')
        options.onPoll?.({ label: t.target.label, progress: result.progress, elapsedMs: clock.now() - startedAt })
        return
      }
      delay = nextDelay(t.attempt, result.lookInMs, options.backoff, random, result.lookWithinMs)
      // A forecast restarts the backoff: it applies only where the source cannot say when to look.
      t.attempt = result.lookInMs === undefined ? t.attempt + 1 : 0
      event = {
        label: t.target.label,
        progress: result.progress,
        elapsedMs: clock.now() - startedAt,
        nextDelayMs: delay
      }
    } catch (error) {
      if (signal.aborted) return
      const message = options.describeError(error)
      if (options.isPermanent(error, clock.now() - startedAt)) {
        finish(t, 'error', message)
        options.onPoll?.({
          label: t.target.label,
          progress: 'stopped',
          elapsedMs: clock.now() - startedAt,
          error: message
        })
        return
      }
      t.lastError = message
      t.attempt += 1
      delay = backoffDelay(t.attempt, options.backoff, random)
      event = {
        label: t.target.label,
        progress: 'poll failed, will retry',
        elapsedMs: clock.now() - startedAt,
        nextDelayMs: delay,
        error: message
      }
    }
    t.nextAt = clock.now() + delay
    options.onPoll?.(event)
  }

  while (pending().length > 0) {
    if (signal.aborted) break
    // At the deadline every open target gets one last look, so a build that ended just in time counts.
    const last = clock.now() >= deadline
    const due = pending().filter((t) => last || t.nextAt <= clock.now())
    await Promise.all(due.map(pollOnce))
    if (signal.aborted) break
    if (last) {
      for (const t of pending()) finish(t, t.lastError ? 'error' : 'timeout', t.lastError)
      break
    }
    const open = pending()
    if (open.length === 0) break
    const wake = Math.min(deadline, ...open.map((t) => t.nextAt))
    try {
      await clock.sleep(Math.max(0, wake - clock.now()), signal)
    } catch {
      break
    }
  }
  for (const t of pending()) finish(t, 'cancelled', 'The job was cancelled while waiting.')
  return tracked.map((t) => t.result as TargetResult<S>)
}
