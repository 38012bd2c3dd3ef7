import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { backoffDelay, forecastCapMs, nextDelay } from '../../src/wait/backoff.js'

const opts = { minDelayMs: 5000, maxDelayMs: 120_000 }
const mid = () => 0.5

describe('backoffDelay', () => {
  it('doubles from the minimum up to the maximum (no jitter at random() = 0.5)', () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, opts, mid))).toEqual([
      5000, 10_000, 20_000, 40_000, 80_000, 120_000
    ])
  })

  it('jitters within ±20% of the ceiling, never below the minimum nor above the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, opts, () => r)
        const ceiling = Math.min(120_000, 5000 * 2 ** attempt)
        return delay >= Math.max(5000, ceiling * 0.8 - 1) && delay <= Math.min(120_000, ceiling * 1.2 + 1)
      })
    )
  })
})

describe('nextDelay', () => {
  it("looks when the source's forecast says, from the minimum up to half the maximum", () => {
    expect(forecastCapMs(opts)).toBe(60_000)
    expect(nextDelay(0, 40_000, opts, mid)).toBe(40_000)
    expect(nextDelay(3, 4000, opts, mid)).toBe(5000)
    expect(nextDelay(0, 0, opts, mid)).toBe(5000)
    expect(nextDelay(0, 3_600_000, opts, mid)).toBe(60_000)
    // A cap below the minimum is the minimum.
    expect(forecastCapMs({ minDelayMs: 5000, maxDelayMs: 6000 })).toBe(5000)
  })

  it('takes a forecast that is not a number for none, and backs off', () => {
    for (const lookIn of [NaN, Infinity, -Infinity])
      expect([0, 1, 2].map((a) => nextDelay(a, lookIn, opts, mid))).toEqual([5000, 10_000, 20_000])
  })

  it('looks no later than a source says it must, forecast or backoff, never below the minimum', () => {
    expect(nextDelay(0, 60_000, opts, () => 1, 40_000)).toBe(40_000)
    expect(nextDelay(5, undefined, opts, mid, 12_000)).toBe(12_000)
    expect(nextDelay(0, 60_000, opts, mid, 1000)).toBe(5000)
    expect(nextDelay(0, 20_000, opts, mid, 40_000)).toBe(20_000)
  })

  it('backs off only up to a quarter of the maximum while the target could settle any moment', () => {
    expect([0, 1, 2, 3, 4].map((a) => nextDelay(a, undefined, opts, mid))).toEqual([
      5000, 10_000, 20_000, 30_000, 30_000
    ])
  })
})

describe('nextDelay with a forecast', () => {
  it('jitters a forecast by ±10%, so jobs with the same one do not poll in step, still within the bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (lookIn, r) => {
        const delay = nextDelay(0, lookIn, opts, () => r)
        const bounded = (ms: number) => Math.min(60_000, Math.max(5000, ms))
        return delay >= bounded(Math.floor(lookIn * 0.9)) && delay <= bounded(Math.ceil(lookIn * 1.1))
      })
    )
    expect(nextDelay(0, 40_000, opts, () => 0)).toBe(36_000)
    expect(nextDelay(0, 40_000, opts, () => 1)).toBe(44_000)
  })
})
