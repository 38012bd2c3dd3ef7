/**
 * Each AWS behaviour the gate must handle has a scenario file in scenarios/; here each is read through the SDK
 * clients, to show the simulator answers as AWS does in it (the conformance test checks the answers' shapes).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { readScenarioFile } from '../../scripts/scenario-file.js'
import { harness } from './harness.js'

let h: Awaited<ReturnType<typeof harness>> | undefined
afterEach(async () => {
  await h?.stop()
  h = undefined
})

async function open(file: string) {
  const scenario = readScenarioFile(join('scenarios', file)).scenario
  h = await harness(scenario)
  return { ...h, scenario }
}

const s = (seconds: number) => seconds * 1000
const rows = (output: Record<string, unknown>, key: string) => (output[key] ?? []) as Record<string, unknown>[]

describe('CloudFormation Hooks', () => {
  it('answers a change set without hook invocations with 404 HookResultNotFound, before and after it is created', async () => {
    const { send, at, scenario } = await open('change-set-no-hooks.yml')
    const query = { TargetType: 'CHANGE_SET', TargetId: scenario.changeSets[0]?.arn }
    for (const second of [0, 10]) {
      at(s(second))
      const error = await send('ListHookResults', query).catch((e: unknown) => e)
      expect(error).toMatchObject({ name: 'HookResultNotFoundException', $metadata: { httpStatusCode: 404 } })
    }
    expect(await send('DescribeChangeSet', { ChangeSetName: query.TargetId })).toMatchObject({
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE'
    })
  })

  it('ends a change set with nothing to change FAILED, "didn\'t contain changes", and one that fails otherwise FAILED with its reason', async () => {
    for (const [file, reason] of [
      ['change-set-no-changes.yml', /didn't contain changes/],
      ['change-set-failed.yml', /^Template format error/]
    ] as const) {
      const { send, at, scenario, stop } = await open(file)
      at(s(5))
      const changeSet = await send('DescribeChangeSet', { ChangeSetName: scenario.changeSets[0]?.arn })
      expect(changeSet).toMatchObject({
        Status: 'FAILED',
        ExecutionStatus: 'UNAVAILABLE',
        StatusReason: expect.stringMatching(reason)
      })
      await expect(
        send('ListHookResults', { TargetType: 'CHANGE_SET', TargetId: scenario.changeSets[0]?.arn })
      ).rejects.toMatchObject({ name: 'HookResultNotFoundException' })
      await stop()
      h = undefined
    }
  })

  it('lists every invocation of the last 90 days without a filter, old failures included, each with InvokedAt', async () => {
    const { send, at, epoch } = { ...(await open('hooks-old-invocations.yml')), epoch: Date.UTC(2026, 10, 23, 12) }
    at(s(10))
    const results = rows(await send('ListHookResults', {}), 'HookResults')
    expect(results.map((r) => [r.Status, (r.InvokedAt as Date).getTime() - epoch])).toEqual([
      ['HOOK_COMPLETE_FAILED', -20 * 86_400_000],
      ['HOOK_COMPLETE_SUCCEEDED', 1000]
    ])
  })

  it('refuses STACK and RESOURCE target filters, and lists stack hooks by hook type', async () => {
    const { send, at, scenario } = await open('hooks-stack-target.yml')
    at(s(5))
    const stackId = scenario.stacks[0]?.id
    for (const TargetType of ['STACK', 'RESOURCE'])
      await expect(send('ListHookResults', { TargetType, TargetId: stackId })).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringContaining('only CHANGE_SET and CLOUD_CONTROL')
      })
    const byType = rows(await send('ListHookResults', { TypeArn: scenario.hookResults[0]?.typeArn }), 'HookResults')
    expect(byType).toEqual([
      expect.objectContaining({
        TargetType: 'STACK',
        TargetId: stackId,
        Status: 'HOOK_COMPLETE_SUCCEEDED',
        HookExecutionTarget: stackId
      })
    ])
    expect(byType[0]?.HookResultId).toMatch(/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/)
  })
})

describe('ParallelCluster image build stacks', () => {
  /** The stack's status and last events by name and by ID, at a moment. */
  async function read(send: Awaited<ReturnType<typeof open>>['send'], name: string, id: string) {
    const byName = await send('DescribeStacks', { StackName: name }).catch((e: Error) => e.message)
    const byId = rows(await send('DescribeStacks', { StackName: id }), 'Stacks')[0]?.StackStatus
    return { byName: typeof byName === 'string' ? byName : rows(byName, 'Stacks')[0]?.StackStatus, byId }
  }

  it('deletes the stack after the image is made; then only its stack ID reads it', async () => {
    const { send, at, scenario } = await open('demo-parallelcluster.yml')
    const { name, id } = scenario.stacks[0] as { name: string; id: string }
    at(s(11))
    expect(await read(send, name, id)).toEqual({ byName: 'CREATE_IN_PROGRESS', byId: 'CREATE_IN_PROGRESS' })
    at(s(12))
    expect(await read(send, name, id)).toEqual({ byName: 'DELETE_IN_PROGRESS', byId: 'DELETE_IN_PROGRESS' })
    at(s(18))
    expect(await read(send, name, id)).toEqual({
      byName: `Stack with id ${name} does not exist`,
      byId: 'DELETE_COMPLETE'
    })
    await expect(send('DescribeStackEvents', { StackName: name })).rejects.toMatchObject({ name: 'ValidationError' })
    const events = rows(await send('DescribeStackEvents', { StackName: id }), 'StackEvents')
    expect(
      events.find((e) => e.LogicalResourceId === 'ParallelClusterImage' && e.ResourceStatus === 'CREATE_COMPLETE')
    ).toBeDefined()
    expect(rows(await send('GetImage', { imageBuildVersionArn: scenario.images[0]?.arn }), 'image')).toMatchObject({
      state: { status: 'AVAILABLE' }
    })
  })

  it('can end DELETE_FAILED after a good image (ParallelCluster before 3.16.3); the stack stays readable by name', async () => {
    const { send, scenario } = await open('parallelcluster-delete-failed.yml')
    const { name, id } = scenario.stacks[0] as { name: string; id: string }
    expect(await read(send, name, id)).toEqual({ byName: 'DELETE_FAILED', byId: 'DELETE_FAILED' })
    const events = rows(await send('DescribeStackEvents', { StackName: name }), 'StackEvents')
    expect(events[0]).toMatchObject({
      ResourceStatus: 'DELETE_FAILED',
      ResourceStatusReason: expect.stringContaining('DeleteStackFunctionLog')
    })
    expect(
      events.find((e) => e.LogicalResourceId === 'DeleteStackFunctionLog' && e.ResourceStatus === 'DELETE_FAILED')
        ?.ResourceStatusReason
    ).toContain('logs:DeleteLogGroup')
  })

  it('can delete the stack before its image is made', async () => {
    const { send, at, scenario } = await open('parallelcluster-vanished.yml')
    const { name, id } = scenario.stacks[0] as { name: string; id: string }
    at(s(12))
    expect(await read(send, name, id)).toEqual({
      byName: `Stack with id ${name} does not exist`,
      byId: 'DELETE_COMPLETE'
    })
    const image = rows(await send('DescribeStackEvents', { StackName: id }), 'StackEvents').filter(
      (e) => e.LogicalResourceId === 'ParallelClusterImage'
    )
    expect(image.map((e) => e.ResourceStatus)).toEqual(['DELETE_COMPLETE', 'DELETE_IN_PROGRESS', 'CREATE_IN_PROGRESS'])
  })
})

describe('Image Builder', () => {
  it('marks a distribution attempt a RetryImage superseded as retried, and lists the retry after it', async () => {
    const { send, at, scenario } = await open('distribution-retried.yml')
    const arn = scenario.images[0]?.arn
    const distributions = async () =>
      rows(await send('ListWorkflowExecutions', { imageBuildVersionArn: arn }), 'workflowExecutions')
        .filter((w) => w.type === 'DISTRIBUTION')
        .map((w) => [w.status, w.retried ?? false])
    expect(await distributions()).toEqual([
      ['FAILED', true],
      ['RUNNING', false]
    ])
    at(s(6))
    expect(await distributions()).toEqual([
      ['FAILED', true],
      ['COMPLETED', false]
    ])
    expect(rows(await send('GetImage', { imageBuildVersionArn: arn }), 'image')).toMatchObject({
      state: { status: 'AVAILABLE' }
    })
  })

  it('refuses DISABLED for a FAILED image; DELETED (with its resources and an execution role) is what it takes', async () => {
    const { send, at, scenario } = await open('lifecycle-failed-image.yml')
    const resourceArn = scenario.images[0]?.arn
    at(s(6))
    await expect(
      send('StartResourceStateUpdate', { resourceArn, state: { status: 'DISABLED' }, clientToken: 'a' })
    ).rejects.toMatchObject({
      name: 'InvalidRequestException',
      message: expect.stringContaining('can transition only to DELETED')
    })
    await expect(
      send('StartResourceStateUpdate', {
        resourceArn,
        state: { status: 'DELETED' },
        includeResources: { amis: true },
        clientToken: 'b'
      })
    ).rejects.toMatchObject({
      message: 'includeResources requires executionRole to also be specified.'
    })
    const started = await send('StartResourceStateUpdate', {
      resourceArn,
      state: { status: 'DELETED' },
      includeResources: { amis: true },
      executionRole: 'lifecycle',
      clientToken: 'c'
    })
    expect(started.lifecycleExecutionId).toMatch(/^lce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })
})
