import { setTimeout as delay } from 'node:timers/promises'

/** Where waiting code gets the time from, so tests can run hours of waiting in milliseconds. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, { signal })
}

/**
 * Virtual time: `sleep` moves the clock forward at once. The scheduler has a single sleeper at a time, so
 * jumping straight to its wake-up time is exact.
 */
export class VirtualClock implements Clock {
  constructor(private time = Date.UTC(2026, 10, 23, 12, 0, 0)) {}

  now(): number {
    return this.time
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    this.time += Math.max(0, ms)
  }

  advance(ms: number): void {
    this.time += ms
  }
}
