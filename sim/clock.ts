import type { Clock } from '../src/core/clock.js'

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
