/** Hook results and ParallelCluster stack events through the whole gate, in virtual time. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { actionSuite, captureLog } from './helpers.js'

const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-42/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
const HOOK_TYPE = 'arn:aws:cloudformation:us-east-1:123456789012:type/hook/MyOrg-Security-Scan'

const suite = actionSuite({ 'poll-min-delay': '5s', 'poll-max-delay': '1m', timeout: '2h' })

async function gate(scenario: string, values: Record<string, string>) {
  const r = await suite.run(scenario, values)
  return { ...r, report: JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8')) }
}

const hook = (name: string, mode: string, end: string, at = '3m', target = CS) =>
  `  - { typeName: "${name}", failureMode: ${mode}, targetId: ${target}, typeArn: ` +
  `${HOOK_TYPE.replace('MyOrg-Security-Scan', name.replaceAll('::', '-'))}, timeline: [{ at: 30s, status: ` +
  `HOOK_IN_PROGRESS }, { at: ${at}, status: ${end}, reason: "${name} says ${end}" }] }`

const changeSet = (ready = '2m') => `changeSets:
  - { name: pr-42, arn: ${CS}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: ${ready}, status: CREATE_COMPLETE }] }`

describe('hook results of a change set', () => {
  it('fails on a FAIL-mode hook failure and warns on a WARN-mode one', async () => {
    const r = await gate(
      `${changeSet()}
hookResults:
${hook('MyOrg::Security::Scan', 'FAIL', 'HOOK_COMPLETE_FAILED')}
${hook('MyOrg::Cost::Check', 'WARN', 'HOOK_COMPLETE_FAILED')}
${hook('MyOrg::Tags::Check', 'FAIL', 'HOOK_COMPLETE_SUCCEEDED')}`,
      { 'change-set-arn': CS }
    )
    expect(r.verdict).toBe('fail')
    expect(r.out['failed-count']).toBe('1')
    expect(r.out['warning-count']).toBe('1')
    expect(r.md).toContain('MyOrg::Security::Scan says HOOK&#95;COMPLETE&#95;FAILED')
    expect(r.report.targets[0].snapshot.results).toHaveLength(3)
  })

  it('passes with only a WARN-mode failure as a warning', async () => {
    const r = await gate(
      `${changeSet()}\nhookResults:\n${hook('MyOrg::Cost::Check', 'WARN', 'HOOK_COMPLETE_FAILED')}`,
      { 'change-set-arn': CS }
    )
    expect(r.verdict).toBe('warn')
    expect(process.exitCode).toBeUndefined()
  })

  it('treats an empty list as "not yet" while the change set is still being created', async () => {
    // The only hook appears at 5m (after the first polls saw nothing); the change set completes at 6m.
    const late = `  - { typeName: "MyOrg::Security::Scan", failureMode: FAIL, targetId: ${CS}, timeline: [{ at: 5m, status: HOOK_IN_PROGRESS }, { at: 5m30s, status: HOOK_FAILED, reason: "Lambda timed out" }] }`
    const r = await gate(`${changeSet('6m')}\nhookResults:\n${late}`, { 'change-set-arn': CS })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('the hook itself failed: Lambda timed out')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(6 * 60_000)
  })

  it('waits for hooks still in progress after the change set is complete', async () => {
    const r = await gate(
      `${changeSet('1m')}\nhookResults:\n${hook('MyOrg::Security::Scan', 'FAIL', 'HOOK_COMPLETE_SUCCEEDED', '20m')}`,
      { 'change-set-arn': CS }
    )
    expect(r.verdict).toBe('pass')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(20 * 60_000)
  })

  it('reads results by hook type and status, and by a Cloud Control token', async () => {
    const scenario = `hookResults:
${hook('MyOrg::Security::Scan', 'FAIL', 'HOOK_COMPLETE_FAILED')}
  - { typeName: "MyOrg::Security::Scan", targetType: CLOUD_CONTROL, targetId: tok-9, typeArn: ${HOOK_TYPE}, timeline: [{ at: 0s, status: HOOK_COMPLETE_SUCCEEDED }] }`
    const byType = await gate(scenario, { 'hook-type-arn': HOOK_TYPE, 'hook-status': 'HOOK_COMPLETE_SUCCEEDED' })
    expect(byType.verdict).toBe('pass')
    expect(byType.sim.calls.find((c) => c.operation === 'ListHookResults')?.params).toEqual({
      TypeArn: HOOK_TYPE,
      Status: 'HOOK_COMPLETE_SUCCEEDED'
    })
    const byToken = await gate(scenario, {
      'hook-target-type': 'CLOUD_CONTROL',
      'hook-target-id': 'tok-9',
      'aws-region': 'us-east-1'
    })
    expect(byToken.verdict).toBe('pass')
    expect(byToken.sim.calls.find((c) => c.operation === 'ListHookResults')?.params).toEqual({
      TargetType: 'CLOUD_CONTROL',
      TargetId: 'tok-9'
    })
  })

  it('waits out the empty grace on an unfiltered query that finds nothing, then passes: nothing was invoked', async () => {
    const r = await gate('hookResults: []', {
      'all-hook-results': 'true',
      'aws-region': 'us-east-1',
      'empty-grace': '3m'
    })
    expect(r.verdict).toBe('pass')
    expect(r.md).toContain('This verdict covers the hooks invoked since 2026-11-23 12:00:00Z.')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(3 * 60_000)
  })

  it('fails when the change set does not exist, and says what to check', async () => {
    const r = await gate(changeSet(), { 'change-set-arn': CS.replace('pr-42', 'pr-43'), 'not-found-grace': '0s' })
    expect(r.verdict).toBe('error')
    expect(r.md).toContain('ChangeSetNotFoundException')
    expect(r.sim.count()).toBe(1)
  })
})

describe('ParallelCluster image stack events', () => {
  const events = (n: number, end: string) =>
    [
      '      - { at: 0s, status: CREATE_IN_PROGRESS }',
      ...Array.from(
        { length: n },
        (_, i) =>
          `      - { at: ${(i + 1) * 60}s, logicalId: Component${i}, resourceType: "AWS::ImageBuilder::Component", ` +
          `status: CREATE_COMPLETE }`
      ),
      end
    ].join('\n')

  it('passes a completed stack and reads only new events on each poll', async () => {
    const r = await gate(
      `pageSize: { DescribeStackEvents: 5 }\nstacks:\n  - name: alinux2-image\n    ` +
        `events:\n${events(40, `      - { at: 41m, status: CREATE_COMPLETE }`)}`,
      { 'parallelcluster-image-id': 'alinux2-image', 'aws-region': 'us-east-1' }
    )
    expect(r.verdict).toBe('pass')
    expect(r.report.targets[0].snapshot.resources).toHaveLength(40)
    expect(r.report.targets[0].snapshot.eventCount).toBe(42)
    // Reading every page each poll would cost ~9 pages per poll once all events exist.
    const polls = r.report.targets[0].polls as number
    expect(r.sim.count('DescribeStackEvents')).toBeLessThan(polls * 2)
  })

  it('fails a stack that rolls back and keeps the failed resource reason', async () => {
    const r = await gate(
      `stacks:
  - name: alinux2-image
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS }
      - { at: 10m, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: CREATE_FAILED, reason: "Image build failed" }
      - { at: 10m, status: ROLLBACK_IN_PROGRESS, reason: "The following resource(s) failed to create: [ParallelClusterImage]." }
      - { at: 11m, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: DELETE_COMPLETE }
      - { at: 12m, status: ROLLBACK_COMPLETE }`,
      { 'parallelcluster-image-id': 'alinux2-image', 'aws-region': 'us-east-1' }
    )
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('CREATE&#95;FAILED: Image build failed')
    expect(r.md).toContain(
      'stack ROLLBACK&#95;COMPLETE: The following resource(s) failed to create: &#91;ParallelClusterImage&#93;.'
    )
  })

  it('follows the Image Builder build the stack runs, for progress and to poll sparsely meanwhile', async () => {
    const image = 'arn:aws:imagebuilder:us-east-1:123456789012:image/parallelclusterimage-alinux2-image/3.2.1/1'
    const log = captureLog()
    const r = await gate(
      `stacks:
  - name: alinux2-image
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS }
      - { at: 1m, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: CREATE_IN_PROGRESS, physicalId: "${image}" }
      - { at: 61m, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: CREATE_COMPLETE, physicalId: "${image}" }
      - { at: 62m, status: CREATE_COMPLETE }
images:
  - name: parallelclusterimage-alinux2-image
    version: 3.2.1/1
    timeline: [{ at: 1m, status: BUILDING }, { at: 61m, status: AVAILABLE }]
    workflows: [{ type: BUILD, steps: 10, timeline: [{ at: 1m, status: RUNNING }, { at: 61m, status: COMPLETED }] }]`,
      { 'parallelcluster-image-id': 'alinux2-image', 'aws-region': 'us-east-1', 'poll-max-delay': '2m' }
    )
    expect(r.verdict).toBe('pass')
    expect(log.join('')).toMatch(
      /stack CREATE_IN_PROGRESS, 0\/1 resources complete; Image Builder BUILD running \d\/10 steps/
    )
    expect(r.report.targets[0].snapshot.imageBuild.executions).toHaveLength(1)
    // Once steps give an end estimate, polls spread out: an hour costs fewer polls than one every 30 s (124).
    expect(r.sim.count('DescribeStackEvents')).toBeLessThan(80)
  })

  it('waits on an image build, a change set and a stack concurrently in one step', async () => {
    const scenario = `${changeSet()}
hookResults:
${hook('MyOrg::Security::Scan', 'FAIL', 'HOOK_COMPLETE_SUCCEEDED')}
images:
  - { name: web, version: 1.0.0/1, timeline: [{ at: 0s, status: BUILDING }, { at: 30m, status: AVAILABLE }], workflows: [{ type: BUILD, timeline: [{ at: 0s, status: RUNNING }, { at: 30m, status: COMPLETED }] }] }
stacks:
  - name: alinux2-image
    events:
${events(3, '      - { at: 50m, status: CREATE_COMPLETE }')}`
    const log = captureLog()
    const r = await gate(scenario, {
      'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/web/1.0.0/1',
      'change-set-arn': CS,
      'parallelcluster-image-id': 'alinux2-image'
    })
    expect(r.verdict).toBe('pass')
    expect(r.report.targets.map((t: { outcome: string }) => t.outcome)).toEqual(['settled', 'settled', 'settled'])
    // Interleaved live lines, then one log group per target with its own history.
    const groups = log.filter((l) => l.startsWith('::group::')).map((l) => l.trim().replace(/, \d+.*$/, ''))
    expect(groups).toEqual(
      [
        '::group::web 1.0.0/1: settled after',
        '::group::change set pr-42: settled after',
        '::group::ParallelCluster image alinux2-image: settled after'
      ].map((g) => expect.stringContaining(g))
    )
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(50 * 60_000)
  })
})
