import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { backoffDelay, nextDelay } from '../../src/wait/backoff.js'

const opts = { minDelayMs: 5000, maxDelayMs: 60_000 }

describe('backoffDelay', () => {
  it('doubles from the minimum up to the maximum without jitter at random() = 1', () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, opts, () => 1))).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000])
  })

  it('jitters within [ceiling/2, ceiling] and never below the minimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, opts, () => r)
        const ceiling = Math.min(60_000, 5000 * 2 ** attempt)
        return delay >= Math.max(5000, ceiling / 2) - 1 && delay <= ceiling
      })
    )
  })
})

describe('nextDelay', () => {
  it('wakes at the estimate when it is nearer than the backoff, never below the minimum', () => {
    expect(nextDelay(40_000, 12_000, opts)).toBe(12_000)
    expect(nextDelay(40_000, 1000, opts)).toBe(5000)
    expect(nextDelay(40_000, 90_000, opts)).toBe(40_000)
    expect(nextDelay(40_000, undefined, opts)).toBe(40_000)
  })
})
