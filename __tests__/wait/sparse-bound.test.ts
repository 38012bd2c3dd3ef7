/**
 * The bound on how late a failure nobody could foresee is seen (half of poll-max-delay, README "Polling looks
 * where the end can be"): a step failing midway, its workflow rolling back for 40 s, then the image failing. It
 * holds with the looks jittered late. A step that fails while its workflow goes on does not end the build soon.
 */
import { describe, expect, it } from '@jest/globals'
import { actionSuite } from '../helpers.js'
import { forecastCapMs } from '../../src/wait/backoff.js'

const suite = actionSuite({ 'poll-min-delay': '5s', timeout: '4h' })
const m = 60_000
const ROLLBACK_MS = 40_000
/** Half of poll-max-delay's 2 m. */
const SPARSE_MS = forecastCapMs({ minDelayMs: 5000, maxDelayMs: 120_000 })

/** An earlier build of app 1.0.0: BUILD with Launch (2 min) then Components (20 min), from `start`. */
const earlier = (n: number, start: number) => `  - name: app
    version: 1.0.0/${n}
    timeline: [{ at: ${start}ms, status: BUILDING }, { at: ${start + 23 * m}ms, status: AVAILABLE }]
    workflows:
      - type: BUILD
        steps: [{ name: Launch, action: LaunchInstance, at: ${start}ms, end: ${start + 2 * m}ms }, { name: Components, action: ExecuteComponents, at: ${start + 2 * m}ms, end: ${start + 22 * m}ms }]
        timeline: [{ at: ${start}ms, status: RUNNING }, { at: ${start + 22 * m}ms, status: COMPLETED }]`

/** The build under the gate, from `start`, failing at `failed` (its workflow: `steps`, the start of its timeline). */
const failing = (n: number, start: number, failed: number, steps: string) => `  - name: app
    version: 1.0.0/${n}
    timeline: [{ at: ${start}ms, status: BUILDING }, { at: ${failed + ROLLBACK_MS}ms, status: FAILED }]
    workflows:
      - type: BUILD
        ${steps}
        timeline: [{ at: ${start}ms, status: RUNNING }, { at: ${failed}ms, status: ROLLBACK_IN_PROGRESS }, { at: ${failed + ROLLBACK_MS}ms, status: FAILED }]`

/** How late the image FAILED is seen, over failures every 7 s for two minutes from `from`. */
async function lateness(
  scenario: (failed: number) => string,
  arn: string,
  from: number,
  inputs: Record<string, string>,
  random: number,
  startsAt = 0
) {
  const late: number[] = []
  for (let failed = from; failed < from + 2 * m; failed += 7_000) {
    const r = await suite.run(scenario(failed), { 'image-build-version-arn': arn, ...inputs }, (h) => {
      h.clock.advance(startsAt)
      return { random: () => random }
    })
    expect(r.verdict).toBe('fail')
    late.push(r.sim.elapsed() - (failed + ROLLBACK_MS))
  }
  return Math.max(...late)
}

describe('an image build failing midway, which nothing foresees', () => {
  it('is seen failed within the sparse bound with the looks jittered late, far from its forecast end', async () => {
    const start = 60 * m
    const scenario = (failed: number) =>
      `images:\n${earlier(1, 0)}\n${earlier(2, 30 * m)}\n${failing(3, start, failed, `steps: [{ name: Launch, action: LaunchInstance, at: ${start}ms, end: ${start + 2 * m}ms }, { name: Components, action: ExecuteComponents, at: ${start + 2 * m}ms, end: ${failed}ms, status: FAILED }]`)}`
    const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:image/app/1.0.0/3'
    const late = await lateness(scenario, arn, start + 5 * m, { 'poll-max-delay': '2m' }, 0.999, start)
    expect(late).toBeLessThanOrEqual(SPARSE_MS - ROLLBACK_MS)
  })
})

describe('an image build whose workflow goes on after a failed step', () => {
  it('keeps its sparse looks: a step failed with onFailure Continue does not end the build soon', async () => {
    // The workflow document's `onFailure: Continue` (Image Builder user guide, workflow document schema): a step
    // fails at 5 min and the workflow runs on, neither rolling back nor failing, until 40 min.
    const r = await suite.run(
      `images:
  - name: app
    version: 1.0.0/1
    timeline: [{ at: 0s, status: BUILDING }, { at: 41m, status: AVAILABLE }]
    workflows:
      - { type: BUILD, steps: 6, timeline: [{ at: 0s, status: RUNNING }, { at: 5m, status: RUNNING, failed: 1 }, { at: 40m, status: COMPLETED, failed: 1 }] }`,
      {
        'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/app/1.0.0/1',
        'poll-max-delay': '2m'
      }
    )
    const looks = r.calls.filter((c) => c.operation === 'ListWorkflowExecutions' && c.at > 6 * m && c.at < 39 * m)
    // Dense looks would be 220 over those 33 minutes; the build's own pace, within the sparse bound, about 60.
    expect(looks.length).toBeLessThan((33 * m) / 20_000)
  })
})
