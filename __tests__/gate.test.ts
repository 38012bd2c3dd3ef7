/** The whole gate in virtual time against the simulator: hours of building are milliseconds of test. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { forecastCapMs } from '../src/wait/backoff.js'
import { actionSuite } from './helpers.js'

const arn = (name: string, version = '1.0.0/1') =>
  `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/${version}`

/** An image built BUILD -> TEST -> DISTRIBUTION over `minutes`, with the TEST workflow ending `testEnds`. */
function build(name: string, minutes: number, testEnds = 'COMPLETED', extra = ''): string {
  const m = (f: number) => `${Math.round(minutes * f * 60)}s`
  const failed = testEnds === 'COMPLETED'
  return `
  - name: ${name}
    version: 1.0.0/1
    timeline: [{ at: 0s, status: BUILDING }, { at: ${m(0.5)}, status: TESTING }, { at: ${m(0.9)}, status: ${failed ? 'DISTRIBUTING' : 'FAILED'} }${failed ? `, { at: ${m(1)}, status: AVAILABLE }` : ''}]
    workflows:
      - { type: BUILD, steps: 10, timeline: [{ at: 0s, status: RUNNING }, { at: ${m(0.5)}, status: COMPLETED }] }
      - { type: TEST, steps: 6, timeline: [{ at: ${m(0.5)}, status: RUNNING }, { at: ${m(0.9)}, status: ${testEnds}, message: "step RunTests ended ${testEnds}" }] }
${failed ? `      - { type: DISTRIBUTION, steps: 2, timeline: [{ at: ${m(0.9)}, status: RUNNING }, { at: ${m(1)}, status: COMPLETED }] }` : ''}${extra}`
}

const suite = actionSuite({ 'poll-min-delay': '10s', 'poll-max-delay': '2m', timeout: '3h' })
const gate = (scenario: string, values: Record<string, string>) => suite.run(scenario, values)

describe('image build gate', () => {
  it('waits out a 90-minute build in under a thousandth of its time and passes it', async () => {
    const r = await gate(`images:${build('web-ami', 90)}`, { 'image-build-version-arn': arn('web-ami') })
    expect(r.verdict).toBe('pass')
    // Virtual time: the bound is relative, so a loaded machine measures the clock, not the machine.
    expect(r.wallMs).toBeLessThan((90 * 60_000) / 1000)
    expect(r.out.verdict).toBe('pass')
    expect(r.out['failed-count']).toBe('0')
    // The verdict follows the settling closely. Without earlier builds to forecast from, a look about once per
    // forecast cap (half of poll-max-delay's 2 m: how late a failure nobody foresaw is seen), a few more near the
    // end: far fewer than every 30 s (180).
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(90 * 60_000)
    expect(r.sim.elapsed()).toBeLessThan(92 * 60_000)
    const waiting = r.sim.calls.filter((c) => c.operation === 'ListWaitingWorkflowSteps').length
    expect(r.sim.count() - waiting).toBeLessThan(
      (90 * 60_000) / forecastCapMs({ minDelayMs: 5000, maxDelayMs: 120_000 }) + 35
    )
    // Paused steps are looked for when a step runs long, not at every poll.
    expect(waiting).toBeLessThanOrEqual(8)
    expect(r.md).toContain('image-gate: pass')
    expect(r.md).toMatch(/<td>DISTRIBUTION<\/td><td>COMPLETED<\/td><td>2 \/ 0 \/ 0 of 2<\/td><td>9m 00s<\/td>/)
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8'))
    expect(report).toMatchObject({
      version: 1,
      verdict: 'pass',
      targets: [{ outcome: 'settled', snapshot: { imageStatus: 'AVAILABLE' } }]
    })
    expect(process.exitCode).toBeUndefined()
  })

  it('fails a build whose TEST workflow fails and names it', async () => {
    const r = await gate(`images:${build('web-ami', 20, 'FAILED')}`, { 'image-build-version-arn': arn('web-ami') })
    expect(r.verdict).toBe('fail')
    expect(process.exitCode).toBe(1)
    expect(r.out['failed-count']).toBe('2')
    expect(r.md).toContain('TEST ended FAILED')
    expect(r.md.indexOf('Failing and warning items')).toBeLessThan(r.md.indexOf('<th>Workflow</th>'))
  })

  it('keeps waiting while the image is still distributing, though every listed workflow is done', async () => {
    // TEST completes at 10m; the DISTRIBUTION workflow is only listed from 14m, and fails at 20m.
    const scenario = `images:
  - name: late
    version: 1.0.0/1
    timeline: [{ at: 0s, status: TESTING }, { at: 10m, status: DISTRIBUTING }, { at: 20m, status: FAILED }]
    workflows:
      - { type: TEST, timeline: [{ at: 0s, status: RUNNING }, { at: 10m, status: COMPLETED }] }
      - { type: DISTRIBUTION, timeline: [{ at: 14m, status: RUNNING }, { at: 20m, status: FAILED }] }`
    const r = await gate(scenario, { 'image-build-version-arn': arn('late') })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('DISTRIBUTION ended FAILED')
  })

  it('waits on several builds concurrently and judges them all', async () => {
    const r = await gate(`images:${build('a', 30)}${build('b', 45, 'FAILED')}${build('c', 60)}`, {
      'image-build-version-arn': [arn('a'), arn('b'), arn('c')].join(', ')
    })
    expect(r.verdict).toBe('fail')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(60 * 60_000)
    for (const name of ['a', 'b', 'c']) expect(r.md).toContain(`>${name} 1.0.0/1</a>`)
    // The three builds' first polls share one account-wide listing of paused steps.
    const firstPolls = r.calls.filter((c) => c.operation === 'ListWaitingWorkflowSteps' && c.at === r.calls[0]?.at)
    expect(firstPolls).toHaveLength(1)
  })

  it('ends with a timeout verdict, never a pass, when the build outlasts the timeout', async () => {
    const r = await gate(`images:${build('slow', 300)}`, { 'image-build-version-arn': arn('slow'), timeout: '1h' })
    expect(r.verdict).toBe('timeout')
    expect(r.out.verdict).toBe('timeout')
    expect(process.exitCode).toBe(1)
    expect(r.sim.elapsed()).toBe(60 * 60_000)
    expect(r.md).toContain('did not settle in time')
  })

  it('rides out a throttling burst through the SDK retry strategy', async () => {
    const scenario = `images:${build('web-ami', 10)}
faults:
  - { operation: ListWorkflowExecutions, error: CallRateLimitExceededException, times: 3, after: 1 }
  - { operation: GetImage, error: ServiceUnavailableException, times: 2, after: 1 }`
    const r = await gate(scenario, { 'image-build-version-arn': arn('web-ami') })
    expect(r.verdict).toBe('pass')
    expect(r.sim.calls.filter((c) => c.error).map((c) => c.error)).toEqual([
      'CallRateLimitExceededException',
      'CallRateLimitExceededException',
      'CallRateLimitExceededException',
      'ServiceUnavailableException',
      'ServiceUnavailableException'
    ])
    // The SDK's adaptive rate limiter paces a throttled client in wall-clock time.
  }, 30_000)

  it('stops at once on a permanent error and says what to check', async () => {
    const r = await gate(`images:${build('web-ami', 10)}`, {
      'image-build-version-arn': arn('missing'),
      'not-found-grace': '0s'
    })
    expect(r.verdict).toBe('error')
    expect(r.sim.count()).toBe(1)
    expect(r.md).toContain('ResourceNotFoundException')
    expect(r.md).toContain('check the ARN and the region')
  })

  it('takes "not found" for eventual consistency during the grace, then as final', async () => {
    const late = await gate(
      `images:${build('web-ami', 10)}\nfaults: [{ operation: GetImage, error: ResourceNotFoundException, times: 2 }]`,
      {
        'image-build-version-arn': arn('web-ami')
      }
    )
    expect(late.verdict).toBe('pass')
    const missing = await gate(`images:${build('web-ami', 10)}`, {
      'image-build-version-arn': arn('missing'),
      'not-found-grace': '1m'
    })
    expect(missing.verdict).toBe('error')
    expect(missing.sim.elapsed()).toBeGreaterThanOrEqual(60_000)
    expect(missing.sim.elapsed()).toBeLessThan(2 * 60_000)
  })

  it('turns a retryable error that outlasts the retries into an error verdict at the timeout', async () => {
    const scenario = `images:${build('web-ami', 600)}
faults: [{ operation: ListWorkflowExecutions, error: ServiceException, times: 1000, after: 1 }]`
    const r = await gate(scenario, {
      'image-build-version-arn': arn('web-ami'),
      timeout: '20m',
      'aws-max-attempts': '2'
    })
    expect(r.verdict).toBe('error')
    expect(r.md).toContain('ServiceException')
  })

  it('refuses bad input before any AWS call', async () => {
    const r = await gate(`images:${build('web-ami', 10)}`, {
      'image-build-version-arn': arn('web-ami', '1.0.0'),
      timeout: 'soon'
    })
    expect(r.verdict).toBe('invalid-input')
    expect(r.sim.count()).toBe(0)
    expect(process.exitCode).toBe(1)
  })

  it('aborts on cancellation and still writes a summary marked cancelled', async () => {
    const controller = new AbortController()
    // The job is cancelled once 30 minutes have passed on the simulator's clock.
    const r = await suite.run(
      `images:${build('web-ami', 120)}`,
      { 'image-build-version-arn': arn('web-ami'), 'poll-max-delay': '4m' },
      (h) => ({
        signal: controller.signal,
        clock: {
          now: () => h.clock.now(),
          sleep: async (ms, signal) => {
            await h.clock.sleep(ms, signal)
            if (h.sim.elapsed() > 30 * 60_000) controller.abort(new Error('SIGTERM'))
          }
        }
      })
    )
    expect(r.verdict).toBe('cancelled')
    expect(r.md).toContain('image-gate: cancelled')
    expect(r.out.verdict).toBe('cancelled')
    expect(r.sim.count('ListWorkflowExecutions')).toBeGreaterThan(1)
  })
})

describe('pagination faults', () => {
  it('recovers from an invalid pagination token on the next poll', async () => {
    const scenario = `pageSize: { ListWorkflowExecutions: 1 }
images:${build('web-ami', 10)}
faults: [{ operation: ListWorkflowExecutions, error: InvalidPaginationTokenException, times: 1, after: 2 }]`
    const r = await gate(scenario, { 'image-build-version-arn': arn('web-ami') })
    expect(r.verdict).toBe('pass')
    expect(r.sim.calls.some((c) => c.error === 'InvalidPaginationTokenException')).toBe(true)
  })
})

it('sends the package version in the user agent of every AWS call', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  const r = await gate(`images:${build('web-ami', 20)}`, { 'image-build-version-arn': arn('web-ami') })
  expect(r.calls.length).toBeGreaterThan(0)
  for (const call of r.calls) expect(call.userAgent).toContain(`image-gate/${pkg.version}`)
})
