/**
 * A client-side rate limit: each `acquire` gets the next free slot `1/rate` seconds after the previous one.
 * Acquisitions queue behind each other, so there is one sleeper at a time (what the virtual clock needs). It
 * paces to what the account allows: a throttled answer halves the rate (to one request in ten seconds at
 * least), each accepted one raises it by a tenth of the configured rate again. Requests in flight when the rate
 * is cut come back throttled too: within a second of a cut they slow nothing further, so one burst halves once.
 */
import type { Clock } from '../core/clock.js'

export class RateLimiter {
  private next = 0
  private queue: Promise<void> = Promise.resolve()
  private perSecond: number
  private lastCut = -Infinity

  constructor(
    private readonly clock: Clock,
    private readonly maxPerSecond: number
  ) {
    this.perSecond = maxPerSecond
  }

  throttled(): void {
    const now = this.clock.now()
    if (now - this.lastCut >= 1000) {
      this.perSecond = Math.max(0.1, this.perSecond / 2)
      this.lastCut = now
    }
    this.next = Math.max(this.next, now + 1000 / this.perSecond)
  }

  accepted(): void {
    this.perSecond = Math.min(this.maxPerSecond, this.perSecond + this.maxPerSecond / 10)
  }

  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      const now = this.clock.now()
      const slot = Math.max(now, this.next)
      this.next = slot + 1000 / this.perSecond
      if (slot > now) await this.clock.sleep(slot - now, signal)
    })
    // A cancelled wait must not block the ones behind it.
    this.queue = turn.catch(() => undefined)
    return turn
  }
}

/** Run `work` over `items` with at most `concurrency` at once; results keep the items' order. */
export async function mapConcurrent<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  const pending = [...items.entries()]
  const worker = async () => {
    for (let next = pending.shift(); next; next = pending.shift()) results[next[0]] = await work(next[1])
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker))
  return results
}
