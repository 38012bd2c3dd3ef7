/** The waiting loop with plain in-memory targets: no network, virtual time. */
import { describe, expect, it } from '@jest/globals'
import { VirtualClock } from '../../sim/clock.js'
import { waitForAll } from '../../src/wait/scheduler.js'
import { type PollResult, type Target } from '../../src/core/poll.js'

const backoff = { minDelayMs: 10_000, maxDelayMs: 320_000 }

/** A target that settles from `settleAt` on, with an optional forecast of when to look next. */
function scripted(clock: VirtualClock, settleAt: number, options: { lookIn?: (t: number) => number | undefined } = {}) {
  const polledAt: number[] = []
  const start = clock.now()
  const target: Target<number> = {
    key: 'k',
    label: 'scripted',
    async poll(): Promise<PollResult<number>> {
      const t = clock.now() - start
      polledAt.push(t)
      return { snapshot: t, settled: t >= settleAt, lookInMs: options.lookIn?.(t), progress: `t=${t}` }
    }
  }
  return { target, polledAt }
}

const base = (clock: VirtualClock) => ({
  clock,
  timeoutMs: 3_600_000,
  backoff,
  random: () => 0.5,
  isPermanent: (e: unknown) => (e as Error).message === 'permanent',
  describeError: (e: unknown) => (e as Error).message
})

describe('waitForAll', () => {
  it('backs off up to a quarter of the maximum while the target could settle any moment', async () => {
    const clock = new VirtualClock()
    const { target, polledAt } = scripted(clock, 400_000)
    const [result] = await waitForAll([target], base(clock))
    expect(polledAt.slice(0, 7)).toEqual([0, 10_000, 30_000, 70_000, 150_000, 230_000, 310_000])
    expect(result).toMatchObject({ outcome: 'settled', polls: 9, snapshot: 470_000 })
  })

  it("follows the source's forecast within the bounds, and backs off again where it has none", async () => {
    const clock = new VirtualClock()
    // A window from 600 s: sparse looks before it (capped at half the maximum), every 15 s in it; no forecast
    // after.
    const lookIn = (t: number) => (t < 600_000 ? 600_000 - t : t < 640_000 ? 15_000 : undefined)
    const { target, polledAt } = scripted(clock, 700_000, { lookIn })
    await waitForAll([target], base(clock))
    expect(polledAt).toEqual([
      0, 160_000, 320_000, 480_000, 600_000, 615_000, 630_000, 645_000, 655_000, 675_000, 715_000
    ])
  })

  it('treats a forecast that is not a number as none: the target is looked at again, not left until the deadline', async () => {
    const clock = new VirtualClock()
    const { target, polledAt } = scripted(clock, 100_000, { lookIn: () => NaN })
    const [result] = await waitForAll([target], base(clock))
    expect(result?.outcome).toBe('settled')
    expect(polledAt.at(-1)).toBeLessThanOrEqual(100_000 + backoff.maxDelayMs / 4)
  })

  it('takes one last look at the deadline, then times out', async () => {
    const clock = new VirtualClock()
    const { target, polledAt } = scripted(clock, Infinity)
    const [result] = await waitForAll([target], { ...base(clock), timeoutMs: 100_000 })
    expect(polledAt.at(-1)).toBe(100_000)
    expect(result?.outcome).toBe('timeout')
  })

  it('settles a target that finishes exactly at the deadline', async () => {
    const clock = new VirtualClock()
    const { target } = scripted(clock, 100_000)
    const [result] = await waitForAll([target], { ...base(clock), timeoutMs: 100_000 })
    expect(result?.outcome).toBe('settled')
  })

  it('ends a target at once on a permanent error and retries a transient one', async () => {
    const clock = new VirtualClock()
    let calls = 0
    const flaky: Target<string> = {
      key: 'f',
      label: 'flaky',
      async poll() {
        calls += 1
        if (calls < 3) throw new Error('transient')
        return { snapshot: 'ok', settled: true, progress: '' }
      }
    }
    const broken: Target<string> = {
      key: 'b',
      label: 'broken',
      async poll() {
        throw new Error('permanent')
      }
    }
    const [a, b] = await waitForAll([flaky, broken], base(clock))
    expect(a).toMatchObject({ outcome: 'settled', polls: 3 })
    expect(b).toMatchObject({ outcome: 'error', error: 'permanent', polls: 1 })
  })

  it('reports the last transient error when the timeout comes first', async () => {
    const clock = new VirtualClock()
    const failing: Target<string> = {
      key: 'x',
      label: 'x',
      async poll() {
        throw new Error('503 again')
      }
    }
    const [r] = await waitForAll([failing], { ...base(clock), timeoutMs: 60_000 })
    expect(r).toMatchObject({ outcome: 'error', error: '503 again' })
  })

  it('polls targets concurrently and only sleeps until the next one is due', async () => {
    const clock = new VirtualClock()
    const fast = scripted(clock, 20_000)
    const slow = scripted(clock, 300_000)
    await waitForAll([fast.target, slow.target], base(clock))
    expect(fast.polledAt).toEqual([0, 10_000, 30_000])
    expect(slow.polledAt[0]).toBe(0)
  })

  it('marks open targets cancelled when the signal aborts', async () => {
    const clock = new VirtualClock()
    const controller = new AbortController()
    const { target } = scripted(clock, Infinity)
    const aborting: Target<number> = {
      ...target,
      async poll(signal) {
        if (clock.now() - 1 > Date.UTC(2026, 10, 23, 12, 0, 0) + 60_000) controller.abort()
        return target.poll(signal)
      }
    }
    const [r] = await waitForAll([aborting], { ...base(clock), signal: controller.signal })
    expect(r?.outcome).toBe('cancelled')
  })
})
