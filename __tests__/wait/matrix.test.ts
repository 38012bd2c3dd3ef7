/**
 * A small matrix of jobs in one account against its rate limits (the benchmark's runs twenty): every job
 * settles, none fails for being throttled, and each one's clients count the throttled answers its summary says.
 */
import { describe, expect, it } from '@jest/globals'
import { matrixBenchmark } from '../../bench/matrix.js'
import { benchScenarios } from '../../bench/scenarios.js'

describe('jobs sharing an account', () => {
  it('are throttled, and all settle: the SDK retries (adaptively), then the scheduler asks again', async () => {
    const all = benchScenarios(20261123, { images: 3, changeSets: 3, stacks: 0 })
    // Quick builds and change sets, started together, against one request per second per operation.
    const scenarios = [
      ...all.filter((s) => s.kind === 'hooks'),
      ...all.filter((s) => s.kind === 'image-build').slice(0, 2)
    ]
    const figures = await matrixBenchmark(scenarios, 1)
    expect(figures.jobs).toBe(5)
    expect(figures.throttledAnswers).toBeGreaterThan(0)
    expect(figures.throttledPerJobMax).toBeGreaterThan(0)
    expect(figures.failures).toBe(0)
  }, 120_000)
})
