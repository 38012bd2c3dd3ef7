/**
 * Pacing to what the account allows: requests go out at most at the configured rate; a throttled answer halves
 * the rate (down to one request every ten seconds) and puts the request back in line, and each accepted one
 * raises it again by a tenth of the configured rate. Time comes from the injected clock, one sleeper at a time.
 */
import type { Clock } from '../core/clock.js'

const FLOOR = 0.1

export class AdaptivePacer {
  private rate: number
  private next = 0
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly clock: Clock,
    private readonly maxPerSecond: number
  ) {
    this.rate = maxPerSecond
  }

  /** The rate in force, requests per second. */
  get current(): number {
    return this.rate
  }

  /** Wait for the next free slot. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      const now = this.clock.now()
      const slot = Math.max(now, this.next)
      this.next = slot + 1000 / this.rate
      if (slot > now) await this.clock.sleep(slot - now, signal)
    })
    // A cancelled wait must not block the ones behind it.
    this.queue = turn.catch(() => undefined)
    return turn
  }

  throttled(): void {
    this.rate = Math.max(FLOOR, this.rate / 2)
    this.next = Math.max(this.next, this.clock.now() + 1000 / this.rate)
  }

  accepted(): void {
    this.rate = Math.min(this.maxPerSecond, this.rate + this.maxPerSecond / 10)
  }
}
