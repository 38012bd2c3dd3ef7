/**
 * Class 4 at scale, on the virtual clock: a cleanup of 5,000 versions against an account that accepts fewer
 * updates a second than the configured rate. Throttled updates are paced, not lost: every version is updated
 * exactly once, and the run reports none failed.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { actionSuite } from '../helpers.js'

// A ceiling for the harness, not a figure under test: on a busy 2-core machine the 5,000 updates take minutes.
jest.setTimeout(300_000)

const COUNT = Number(process.env.SCALE_COUNT ?? 5000)
const SCENARIO = `lifecycle: { duration: 1s }
rateLimits: { StartResourceStateUpdate: 3 }
images:
${Array.from({ length: COUNT }, (_, i) => `  - { name: fleet, version: 1.0.${Math.floor(i / 100)}/${(i % 100) + 1}, age: 400d, timeline: [{ at: 0s, status: AVAILABLE }] }`).join('\n')}`

const suite = actionSuite({
  mode: 'cleanup',
  'aws-region': 'us-east-1',
  policy: 'version: 1\ncleanup: { state: DEPRECATED, keep: 0 }\n',
  'lifecycle-wait': 'false',
  // At 3 updates a second, 5,000 take at least 28 minutes: the lifecycle's time is set to hold them.
  'lifecycle-timeout': '60m'
})

describe('cleanup of 5,000 versions under throttling', () => {
  it('updates every version exactly once and reports none failed', async () => {
    const r = await suite.run(SCENARIO, {})
    const arns = r.sim.state.lifecycleRuns.map((run) => run.resourceArn)
    expect(new Set(arns).size).toBe(COUNT)
    expect(arns).toHaveLength(COUNT)
    expect(r.out['failed-count']).toBe('0')
    expect(r.out['acted-count']).toBe(String(COUNT))
  })
})
