/**
 * A small matrix of jobs in one account against its rate limits (the benchmark's runs twenty): every job
 * settles, none fails for being throttled, and each one's clients count the throttled answers its summary says.
 */
import { describe, expect, it } from '@jest/globals'
import { matrixBenchmark } from '../../bench/matrix.js'
import { benchScenarios } from '../../bench/scenarios.js'

describe('jobs sharing an account', () => {
  it('are throttled, and all settle: the SDK retries (adaptively), then the scheduler asks again', async () => {
    // Change sets created together, against one request per second per operation.
    const scenarios = benchScenarios(20261123, { images: 0, changeSets: 3, stacks: 0 })
    // SDK retries 20 ms apart at first (the action's default is 250 ms): the test spends less wall time in them.
    const figures = await matrixBenchmark(scenarios, 1, { 'aws-retry-base-delay': '20ms' })
    expect(figures.jobs).toBe(3)
    expect(figures.throttledAnswers).toBeGreaterThan(0)
    expect(figures.throttledPerJobMax).toBeGreaterThan(0)
    expect(figures.failures).toBe(0)
  }, 60_000)
})
