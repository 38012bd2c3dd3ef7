/** Forecasts of where a target can settle: pure, no network, no clock. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  CHANGE_SET_FIRST_MS,
  DENSE_MS,
  MIN_SIGMA,
  PRIOR_SIGMA,
  changeSetLookIn,
  durationOf,
  lookIn,
  settleWindow
} from '../../src/wait/forecast.js'

const m = 60_000

describe('durationOf', () => {
  it('takes the median of earlier durations, and leans on the prior spread when there are few', () => {
    expect(durationOf([])).toBeUndefined()
    expect(durationOf([0, -5, NaN])).toBeUndefined()
    const one = durationOf([10 * m])
    expect(one?.medianMs).toBeCloseTo(10 * m)
    // One sample says nothing of the spread: half the prior.
    expect(one?.sigma).toBeCloseTo(PRIOR_SIGMA / 2)
    expect(durationOf([8 * m, 10 * m, 12 * m])?.medianMs).toBeCloseTo(10 * m)
  })

  it('never claims less spread than the minimum, however alike the builds were', () => {
    expect(durationOf([5 * m, 5 * m, 5 * m, 5 * m, 5 * m, 5 * m])?.sigma).toBe(MIN_SIGMA)
  })
})

describe('settleWindow', () => {
  it('places the end of a step under way around its median, less what has run', () => {
    const w = settleWindow({ medianMs: 10 * m, sigma: 0.2 }, 4 * m, [])
    expect(w.startMs).toBeLessThan(6 * m)
    expect(w.endMs).toBeGreaterThan(6 * m)
    expect(w.overrunMs).toBeUndefined()
  })

  it('adds the steps ahead, their spreads summed as variances', () => {
    const ahead = Array.from({ length: 4 }, () => ({ medianMs: 5 * m, sigma: 0.2 }))
    const w = settleWindow({ medianMs: 1 * m, sigma: 0.2 }, 0, ahead)
    expect(w.startMs).toBeLessThan(21 * m)
    expect(w.endMs).toBeGreaterThan(21 * m)
    // Narrower than the steps' own windows laid end to end: independent spreads partly cancel.
    const own = settleWindow({ medianMs: 5 * m, sigma: 0.2 }, 0, [])
    expect(w.endMs - w.startMs).toBeLessThan(4 * (own.endMs - own.startMs))
  })

  it('says how far a step has run past its window', () => {
    const w = settleWindow({ medianMs: 10 * m, sigma: 0.1 }, 30 * m, [])
    expect(w).toMatchObject({ startMs: 0, endMs: 0 })
    expect(w.overrunMs).toBeGreaterThan(15 * m)
  })
})

describe('lookIn', () => {
  it('has no forecast without a window: the scheduler backs off', () => {
    expect(lookIn(undefined)).toBeUndefined()
  })

  it('looks at the start of a window (the scheduler caps how long that may be)', () => {
    expect(lookIn({ startMs: 30_000, endMs: 90_000 })).toBe(30_000)
    expect(lookIn({ startMs: 3_600_000, endMs: 3_700_000 })).toBe(3_600_000)
    expect(lookIn({ startMs: 1000, endMs: 90_000 })).toBe(DENSE_MS)
  })

  it('looks densely in a window, and ever less often the longer a build overruns it', () => {
    expect(lookIn({ startMs: 0, endMs: 60_000 })).toBe(DENSE_MS)
    expect(lookIn({ startMs: 0, endMs: 0, overrunMs: 10_000 })).toBe(DENSE_MS)
    expect(lookIn({ startMs: 0, endMs: 0, overrunMs: 80_000 })).toBe(40_000)
    expect(lookIn({ startMs: 0, endMs: 0, overrunMs: 3_600_000 })).toBe(1_800_000)
  })

  it('never looks sooner than the dense step, whatever the window', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (startMs, endMs, overrunMs) => {
        const delay = lookIn({ startMs, endMs, overrunMs }) as number
        return Number.isFinite(delay) && delay >= DENSE_MS
      })
    )
  })
})

describe('changeSetLookIn', () => {
  it('looks first when a change set can first have finished, then every dense step on a grid from its creation', () => {
    expect(changeSetLookIn(0)).toBe(CHANGE_SET_FIRST_MS)
    expect(changeSetLookIn(2000)).toBe(CHANGE_SET_FIRST_MS - 2000)
    expect(changeSetLookIn(CHANGE_SET_FIRST_MS)).toBe(DENSE_MS)
    expect(changeSetLookIn(CHANGE_SET_FIRST_MS + 4000)).toBe(DENSE_MS - 4000)
    // A clock behind the change set's CreationTime, or none: the first look's delay, no more.
    expect(changeSetLookIn(-5000)).toBe(CHANGE_SET_FIRST_MS)
    expect(changeSetLookIn(NaN)).toBe(CHANGE_SET_FIRST_MS)
  })
})
