/**
 * What polling costs, through the whole gate against the simulator in virtual time: a change set's status alone
 * while it is created and its hook results once created; an image build's history read once, its step timing
 * only where it places the forecast, dense looks only where the build can end; a ParallelCluster stack's events
 * read rarely while its image builds.
 */
import { describe, expect, it } from '@jest/globals'
import { actionSuite } from '../helpers.js'
import { STACK_QUIET_MS } from '../../src/sources/parallelcluster-stack.js'
import { forecastCapMs } from '../../src/wait/backoff.js'
import { DENSE_MS } from '../../src/wait/forecast.js'

const suite = actionSuite({ 'poll-min-delay': '5s', 'poll-max-delay': '2m', timeout: '4h' })
/** The longest a look waits outside a forecast window: half of poll-max-delay. */
const SPARSE_MS = forecastCapMs({ minDelayMs: 5000, maxDelayMs: 120_000 })
const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-7/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'

const changeSet = (ready: string, end = 'CREATE_COMPLETE') => `changeSets:
  - { name: pr-7, arn: ${CS}, stackName: web, timeline: [{ at: 0s, status: CREATE_PENDING }, { at: 1s, status: CREATE_IN_PROGRESS }, { at: ${ready}, status: ${end} }] }
hookResults:
  - { typeName: "Org::Guard::Tags", failureMode: FAIL, targetId: ${CS}, timeline: [{ at: 3s, status: HOOK_IN_PROGRESS }, { at: 5s, status: HOOK_COMPLETE_SUCCEEDED, reason: ok }] }
  - { typeName: "Org::Lambda::Cost", failureMode: WARN, targetId: ${CS}, timeline: [{ at: 3s, status: HOOK_IN_PROGRESS }, { at: 6s, status: HOOK_COMPLETE_FAILED, reason: "over budget" }] }`

describe('a change set', () => {
  it('is read alone while it is created, and its hook results only once it is', async () => {
    const r = await suite.run(changeSet('23s'), { 'change-set-arn': CS })
    expect(r.verdict).toBe('warn')
    const ops = r.calls.map((c) => c.operation)
    // Its status until it is created; then its early validation and hook results (the failed one's detail), and
    // its status no more.
    const created = ops.findIndex((op) => op !== 'DescribeChangeSet')
    expect(created).toBeGreaterThan(1)
    expect(ops.slice(created)).not.toContain('DescribeChangeSet')
    expect(new Set(ops.slice(created))).toEqual(new Set(['DescribeEvents', 'ListHookResults', 'GetHookResult']))
    // The first listing after creation, confirmed by a second.
    expect(ops.filter((op) => op === 'ListHookResults')).toHaveLength(2)
    // Seen created within a dense step of its end.
    expect(r.sim.elapsed() - 23_000).toBeLessThanOrEqual(DENSE_MS)
    expect(r.calls[created]?.at).toBeGreaterThanOrEqual(23_000)
  })

  it('says in the summary how many answers AWS throttled, each retried', async () => {
    const faults = `\nfaults: [{ operation: DescribeChangeSet, error: Throttling, times: 2 }]`
    const r = await suite.run(changeSet('23s') + faults, { 'change-set-arn': CS })
    expect(r.verdict).toBe('warn')
    expect(r.md).toContain('AWS throttled 2 requests, each retried')
    expect((await suite.run(changeSet('23s'), { 'change-set-arn': CS })).md).not.toContain('throttled')
    // The SDK's adaptive rate limiter paces a throttled client in wall-clock time.
  }, 30_000)

  it('still fails on its own status when creating it failed', async () => {
    const r = await suite.run(changeSet('12s', 'FAILED'), { 'change-set-arn': CS })
    expect(r.verdict).toBe('fail')
  })
})

const m = 60_000
const ms = (t: number) => `${Math.round(t)}ms`

/**
 * A build of two workflows from `start`: BUILD (Launch, then Components), 20 s later DISTRIBUTION (Distribute);
 * the image is available 10 s after. `fail`: Components fails `fail` ms into it, rolls back for 40 s.
 */
function build(
  version: string,
  start: number,
  [launch, components, distribute]: number[],
  fail?: number,
  name = 'app'
) {
  const b0 = start + 5_000
  const launched = b0 + (launch as number)
  const failedAt = fail === undefined ? undefined : launched + fail
  const built = launched + (components as number)
  const d0 = built + 20_000
  const end = failedAt === undefined ? d0 + (distribute as number) + 10_000 : failedAt + 40_000
  const step = (name: string, action: string, at: number, to: number, failed = false) =>
    `{ name: ${name}, action: ${action}, at: ${ms(at)}, end: ${ms(to)}${failed ? ', status: FAILED' : ''} }`
  const buildSteps =
    failedAt === undefined
      ? [step('Launch', 'LaunchInstance', b0, launched), step('Components', 'ExecuteComponents', launched, built)]
      : [
          step('Launch', 'LaunchInstance', b0, launched),
          step('Components', 'ExecuteComponents', launched, failedAt, true)
        ]
  const buildTimeline =
    failedAt === undefined
      ? `[{ at: ${ms(b0)}, status: RUNNING }, { at: ${ms(built)}, status: COMPLETED }]`
      : `[{ at: ${ms(b0)}, status: RUNNING }, { at: ${ms(failedAt)}, status: ROLLBACK_IN_PROGRESS }, { at: ${ms(end)}, status: FAILED }]`
  const distribution =
    failedAt === undefined
      ? `
      - { type: DISTRIBUTION, steps: [${step('Distribute', 'DistributeImage', d0, d0 + (distribute as number))}], timeline: [{ at: ${ms(d0)}, status: RUNNING }, { at: ${ms(end - 10_000)}, status: COMPLETED }] }`
      : ''
  const image = `
  - name: ${name}
    version: ${version}
    timeline: [{ at: ${ms(start)}, status: PENDING }, { at: ${ms(b0)}, status: BUILDING }${failedAt === undefined ? `, { at: ${ms(d0)}, status: DISTRIBUTING }` : ''}, { at: ${ms(end)}, status: ${failedAt === undefined ? 'AVAILABLE' : 'FAILED'} }]
    workflows:
      - { type: BUILD, steps: [${buildSteps.join(', ')}], timeline: ${buildTimeline} }${distribution}`
  return { image, start, end }
}

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/app/1.0.0/3'

async function gateOn(current: (start: number) => ReturnType<typeof build>) {
  const earlier = [build('1.0.0/1', 0, [2 * m, 20 * m, 8 * m]), build('1.0.0/2', 60 * m, [2.2 * m, 21 * m, 7.5 * m])]
  const now = current(120 * m)
  const r = await suite.run(
    `images:${[...earlier, now].map((b) => b.image).join('')}`,
    { 'image-build-version-arn': ARN },
    (h) => {
      h.clock.advance(now.start)
      return {}
    }
  )
  const calls = r.calls.map((c) => ({ op: c.operation, at: c.at - now.start }))
  return { r, calls, end: now.end - now.start }
}

describe('an image build with earlier builds', () => {
  it('reads the history once, looks sparsely while far from the end and densely around it', async () => {
    const { r, calls, end } = await gateOn((start) => build('1.0.0/3', start, [2.1 * m, 20.5 * m, 7.8 * m]))
    expect(r.verdict).toBe('pass')
    const count = (op: string) => calls.filter((c) => c.op === op).length
    expect(count('ListImageBuildVersions')).toBe(1)
    // Two earlier builds' two workflows, and the current build's last workflow's one step.
    expect(count('ListWorkflowStepExecutions')).toBe(5)
    // Seen within a dense step of the image's end.
    expect(r.sim.elapsed() - (120 * m + end)).toBeLessThanOrEqual(DENSE_MS)
    const looks = calls.filter((c) => c.op === 'ListWorkflowExecutions' || c.op === 'GetImage').map((c) => c.at)
    const gaps = [...new Set(looks)].sort((a, b) => a - b).map((t, i, all) => (i ? t - (all[i - 1] as number) : 0))
    expect(Math.max(...gaps)).toBeLessThanOrEqual(SPARSE_MS)
    // Far fewer looks than dense polling all along: about one a minute, dense only near the end.
    expect(new Set(looks).size).toBeLessThan(end / SPARSE_MS + 25)
  })

  it('sees a failure midway through a step, which no history foresees, within the sparse cap and the rollback', async () => {
    const { r, end } = await gateOn((start) => build('1.0.0/3', start, [2 * m, 20 * m, 8 * m], 7.3 * m))
    expect(r.verdict).toBe('fail')
    expect(r.sim.elapsed() - (120 * m + end)).toBeLessThanOrEqual(SPARSE_MS)
  })

  it('never passes a build still running past its forecast', async () => {
    // Components take twice as long as ever before.
    const { r, end } = await gateOn((start) => build('1.0.0/3', start, [2 * m, 42 * m, 8 * m]))
    expect(r.verdict).toBe('pass')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(120 * m + end)
    expect(r.sim.elapsed() - (120 * m + end)).toBeLessThanOrEqual(DENSE_MS)
  })
})

/** The latest look may come a dense step late, jittered by up to 10%. */
const DENSE_LATE = DENSE_MS * 1.1

describe('a ParallelCluster image stack', () => {
  const IMAGE = 'arn:aws:imagebuilder:us-east-1:123456789012:image/parallelclusterimage-pc/3.14.0/1'

  /** The stack names its image at 1 min; CloudFormation reports the image 30 s after it ends, the stack 3 s later. */
  async function stackOn(fail?: number) {
    const image = build('3.14.0/1', 1 * m, [2 * m, 30 * m, 3 * m], fail, 'parallelclusterimage-pc')
    const resourceEnd = image.end + 30_000
    const settle = resourceEnd + 3_000
    const status = fail === undefined ? 'CREATE_COMPLETE' : 'CREATE_FAILED'
    const resource = `logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", physicalId: "${IMAGE}"`
    const r = await suite.run(
      `stacks:
  - name: pc
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS }
      - { at: 1m, ${resource}, status: CREATE_IN_PROGRESS }
      - { at: ${ms(resourceEnd)}, ${resource}, status: ${status} }
      - { at: ${ms(settle)}, status: ${status} }
images:${image.image}`,
      { 'parallelcluster-image-id': 'pc', 'aws-region': 'us-east-1' }
    )
    const events = r.calls.filter((c) => c.operation === 'DescribeStackEvents').map((c) => c.at)
    return { r, settle, imageEnd: image.end, events }
  }

  it('reads its events every few minutes while its image builds, then densely until the stack ends', async () => {
    const { r, settle, imageEnd, events } = await stackOn()
    expect(r.verdict).toBe('pass')
    const building = events.filter((t) => t > 2 * m && t < imageEnd)
    expect(building.length).toBeGreaterThan(0)
    expect(building.length).toBeLessThanOrEqual(Math.ceil((imageEnd - 2 * m) / STACK_QUIET_MS) + 1)
    expect(r.sim.elapsed() - settle).toBeLessThanOrEqual(DENSE_LATE)
  })

  it('sees its image fail midway, with no earlier build to forecast from, as soon as the stack reports it', async () => {
    const { r, settle } = await stackOn(7.3 * m)
    expect(r.verdict).toBe('fail')
    expect(r.sim.elapsed() - settle).toBeLessThanOrEqual(DENSE_LATE)
  })
})
