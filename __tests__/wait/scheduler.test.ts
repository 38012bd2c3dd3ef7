/** The waiting loop with plain in-memory targets: no network, virtual time. */
import { describe, expect, it } from '@jest/globals'
import { VirtualClock } from '../../src/wait/clock.js'
import { waitForAll, type PollResult, type Target } from '../../src/wait/scheduler.js'

const backoff = { minDelayMs: 10_000, maxDelayMs: 80_000 }

/** A target that reports `states[i]` at poll i (the last one repeats) and settles on `done`. */
function scripted(clock: VirtualClock, settleAt: number, options: { fingerprint?: (t: number) => string; eta?: (t: number) => number | undefined } = {}) {
  const polledAt: number[] = []
  const start = clock.now()
  const target: Target<number> = {
    key: 'k',
    label: 'scripted',
    async poll(): Promise<PollResult<number>> {
      const t = clock.now() - start
      polledAt.push(t)
      return { snapshot: t, settled: t >= settleAt, fingerprint: options.fingerprint?.(t) ?? 'same', etaMs: options.eta?.(t), progress: `t=${t}` }
    }
  }
  return { target, polledAt }
}

const base = (clock: VirtualClock) => ({
  clock,
  timeoutMs: 3_600_000,
  backoff,
  random: () => 1,
  isPermanent: (e: unknown) => (e as Error).message === 'permanent',
  describeError: (e: unknown) => (e as Error).message
})

describe('waitForAll', () => {
  it('backs off exponentially up to the maximum while nothing changes', async () => {
    const clock = new VirtualClock()
    const { target, polledAt } = scripted(clock, 400_000)
    const [result] = await waitForAll([target], base(clock))
    expect(polledAt.slice(0, 7)).toEqual([0, 10_000, 30_000, 70_000, 150_000, 230_000, 310_000])
    expect(result).toMatchObject({ outcome: 'settled', polls: 9, snapshot: 470_000 })
  })

  it('starts again from the minimum when the target changes', async () => {
    const clock = new VirtualClock()
    const { target, polledAt } = scripted(clock, 200_000, { fingerprint: (t) => (t >= 70_000 ? 'changed' : 'same') })
    await waitForAll([target], base(clock))
    expect(polledAt.slice(0, 6)).toEqual([0, 10_000, 30_000, 70_000, 80_000, 100_000])
  })

  it('wakes at the source estimate when it is nearer than the backoff', async () => {
    const clock = new VirtualClock()
    const { target, polledAt } = scripted(clock, 95_000, { eta: (t) => 95_000 - t })
    await waitForAll([target], base(clock))
    expect(polledAt).toEqual([0, 10_000, 30_000, 70_000, 95_000])
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
        return { snapshot: 'ok', settled: true, fingerprint: '', progress: '' }
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
