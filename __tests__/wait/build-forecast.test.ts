/** Where an image build can end, from its earlier builds: pure, no network. */
import { describe, expect, it } from '@jest/globals'
import type { WorkflowExecution } from '../../src/core/observations.js'
import { buildWindow, type BuildHistory } from '../../src/wait/build-forecast.js'
import { DENSE_MS, lookIn } from '../../src/wait/forecast.js'

const m = 60_000
const t0 = Date.UTC(2026, 10, 23, 12, 0, 0)
const iso = (ms: number) => new Date(t0 + ms).toISOString()

/** Three earlier builds: BUILD (launch 2 m, components 10 m), then 20 s later TEST (tests 5 m, terminate 1 m). */
const history: BuildHistory = {
  order: ['BUILD', 'TEST'],
  steps: new Map([
    ['BUILD', ['Launch', 'Components']],
    ['TEST', ['Tests', 'Terminate']]
  ]),
  samples: new Map([
    ['BUILD/Launch', [2 * m, 2.1 * m, 1.9 * m]],
    ['BUILD/Components', [10 * m, 11 * m, 9.5 * m]],
    ['TEST', [20_000, 25_000, 18_000]],
    ['TEST/Tests', [5 * m, 5.2 * m, 4.9 * m]],
    ['TEST/Terminate', [1 * m, 1.1 * m, 0.9 * m]]
  ])
}

const execution = (type: string, status: string, done: number, total: number, startMs: number, endMs?: number) =>
  ({
    id: `wf-${type}`,
    type,
    status,
    totalSteps: total,
    succeededSteps: done,
    failedSteps: 0,
    skippedSteps: 0,
    startTime: iso(startMs),
    endTime: endMs === undefined ? undefined : iso(endMs)
  }) as WorkflowExecution

const unknownStart = () => undefined

describe('buildWindow', () => {
  it('has no forecast without history, or for a workflow or step the history has not seen', () => {
    const empty: BuildHistory = { order: [], steps: new Map(), samples: new Map() }
    expect(buildWindow(empty, [execution('BUILD', 'RUNNING', 0, 2, 0)], t0, unknownStart)).toBeUndefined()
    expect(buildWindow(history, [execution('DISTRIBUTION', 'RUNNING', 0, 1, 0)], t0, unknownStart)).toBeUndefined()
    expect(buildWindow(history, [execution('BUILD', 'RUNNING', 2, 3, 0)], t0, unknownStart)).toBeUndefined()
  })

  it('puts the end after the running step, the steps after it and the workflows still to start', () => {
    const w = buildWindow(history, [execution('BUILD', 'RUNNING', 0, 2, 0)], t0 + m, unknownStart)
    // Expected end: ~2 + 10 + 0.3 + 5 + 1 m from the start, 1 m of it gone.
    expect(w?.startMs).toBeLessThan(17.3 * m)
    expect(w?.endMs).toBeGreaterThan(17.3 * m)
    // Not before the window's start (the scheduler caps the wait).
    expect(lookIn(w)).toBe(w?.startMs)
  })

  it('is dense around the last step, placed from when that step started', () => {
    const executions = [execution('BUILD', 'COMPLETED', 2, 2, 0, 12 * m), execution('TEST', 'RUNNING', 1, 2, 12.3 * m)]
    const started = () => t0 + 17.3 * m
    expect(lookIn(buildWindow(history, executions, t0 + 17.4 * m, started))).toBeGreaterThan(DENSE_MS)
    expect(lookIn(buildWindow(history, executions, t0 + 18.2 * m, started))).toBe(DENSE_MS)
    // Long past the window: the forecast was short, and looks spread out again.
    expect(lookIn(buildWindow(history, executions, t0 + 30 * m, started))).toBeGreaterThan(3 * DENSE_MS)
  })

  it('moves with a build running late: the same step, started later, ends later', () => {
    const executions = [execution('BUILD', 'RUNNING', 1, 2, 0)]
    const onTime = buildWindow(history, executions, t0 + 3 * m, () => t0 + 2 * m)
    const late = buildWindow(history, executions, t0 + 6 * m, () => t0 + 5 * m)
    expect(late?.startMs).toBeCloseTo(onTime?.startMs as number)
  })

  it('looks densely once a workflow rolls back or ended otherwise, or every workflow ran', () => {
    const rolling = execution('BUILD', 'ROLLBACK_IN_PROGRESS', 1, 2, 0)
    const cancelled = execution('BUILD', 'CANCELLED', 1, 2, 0, m)
    const ran = [execution('BUILD', 'COMPLETED', 2, 2, 0, 12 * m), execution('TEST', 'COMPLETED', 2, 2, 12 * m, 18 * m)]
    for (const executions of [[rolling], [cancelled], ran])
      expect(lookIn(buildWindow(history, executions, t0 + 18 * m, unknownStart))).toBe(DENSE_MS)
  })

  it('does not take a failed step of a workflow that runs on (onFailure: Continue) for an end', () => {
    const empty: BuildHistory = { order: [], steps: new Map(), samples: new Map() }
    const goesOn = { ...execution('BUILD', 'RUNNING', 0, 2, 0), failedSteps: 1 }
    expect(buildWindow(empty, [goesOn], t0 + 5 * m, unknownStart)).toBeUndefined()
  })

  it('without history, still looks densely once the build is failing or its distribution has ended', () => {
    const empty: BuildHistory = { order: [], steps: new Map(), samples: new Map() }
    const rolling = execution('BUILD', 'ROLLBACK_IN_PROGRESS', 1, 2, 0)
    const distributed = [
      execution('BUILD', 'COMPLETED', 2, 2, 0, 12 * m),
      execution('DISTRIBUTION', 'COMPLETED', 1, 1, 12 * m, 15 * m)
    ]
    for (const executions of [[rolling], distributed])
      expect(lookIn(buildWindow(empty, executions, t0 + 15 * m, unknownStart))).toBe(DENSE_MS)
    // Between build and distribution, nothing says what comes next.
    const built = [execution('BUILD', 'COMPLETED', 2, 2, 0, 12 * m)]
    expect(buildWindow(empty, built, t0 + 12 * m, unknownStart)).toBeUndefined()
  })

  it('between workflows, counts the next one from the end of the last', () => {
    const executions = [execution('BUILD', 'COMPLETED', 2, 2, 0, 12 * m)]
    const w = buildWindow(history, executions, t0 + 12.1 * m, unknownStart)
    expect(w?.startMs).toBeLessThan(6.2 * m)
    expect(w?.endMs).toBeGreaterThan(6.2 * m)
  })
})
