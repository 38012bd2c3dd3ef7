/** The real SDK clients, unchanged, against the simulator over HTTP: paginators, error classes, both protocols. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ChangeSetNotFoundException,
  CloudFormationClient,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ListHookResultsCommand,
  paginateDescribeStackEvents,
  type HookResultSummary
} from '@aws-sdk/client-cloudformation'
import {
  CallRateLimitExceededException,
  GetImageCommand,
  IdempotentParameterMismatchException,
  ImagebuilderClient,
  InvalidPaginationTokenException,
  ListImageBuildVersionsCommand,
  ListImagesCommand,
  ListWorkflowExecutionsCommand,
  ResourceNotFoundException,
  StartResourceStateUpdateCommand,
  paginateListLifecycleExecutions,
  paginateListWorkflowExecutions
} from '@aws-sdk/client-imagebuilder'
import { simulate, type SimHarness } from '../helpers.js'

const IMAGE = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/7'
const CHANGE_SET = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-42/0b1c'

const SCENARIO = `
name: sdk
pageSize: { ListWorkflowExecutions: 3, ListHookResults: 4, DescribeStackEvents: 5 }
images:
  - name: web-ami
    version: 1.4.0/7
    tags: { team: web }
    timeline: [{ at: 0s, status: BUILDING }, { at: 10m, status: AVAILABLE }]
    workflows:
${Array.from({ length: 8 }, (_, i) => `      - { type: TEST, steps: 4, parallelGroup: g${i}, timeline: [{ at: ${i}s, status: RUNNING }, { at: 5m, status: COMPLETED }] }`).join('\n')}
  - name: web-ami
    version: 1.4.0/8
  - name: later
    version: 1.0.0/1
    timeline: [{ at: 1h, status: BUILDING }]
changeSets:
  - { name: pr-42, arn: ${CHANGE_SET}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: 2m, status: CREATE_COMPLETE }] }
hookResults:
${Array.from({ length: 10 }, (_, i) => `  - { typeName: "MyOrg::Security::Check${i}", failureMode: ${i % 2 ? 'WARN' : 'FAIL'}, targetId: ${CHANGE_SET}, timeline: [{ at: 0s, status: HOOK_IN_PROGRESS }, { at: 1m, status: HOOK_COMPLETE_FAILED, reason: "bad <b>${i}</b>" }] }`).join('\n')}
stacks:
  - name: image-abc
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS }
${Array.from({ length: 10 }, (_, i) => `      - { at: ${i + 1}s, logicalId: R${i}, resourceType: "AWS::ImageBuilder::Component", status: CREATE_COMPLETE }`).join('\n')}
      - { at: 20s, status: CREATE_COMPLETE }
faults:
  - { operation: ListImages, error: CallRateLimitExceededException, times: 1 }
`

let h: SimHarness
let ib: ImagebuilderClient
let cfn: CloudFormationClient

beforeAll(async () => {
  h = await simulate(SCENARIO)
  ib = new ImagebuilderClient({ maxAttempts: 1 })
  cfn = new CloudFormationClient({ maxAttempts: 1 })
})
afterAll(async () => {
  ib.destroy()
  cfn.destroy()
  await h.stop()
})

describe('Image Builder over restJson1', () => {
  it('pages ListWorkflowExecutions with the SDK paginator across 3 pages', async () => {
    h.clock.advance(60_000)
    const pages = []
    for await (const page of paginateListWorkflowExecutions({ client: ib }, { imageBuildVersionArn: IMAGE }))
      pages.push(page)
    expect(pages.map((p) => p.workflowExecutions?.length)).toEqual([3, 3, 2])
    const first = pages[0]?.workflowExecutions?.[0]
    expect(first).toMatchObject({ type: 'TEST', status: 'RUNNING', totalStepCount: 4, parallelGroup: 'g0' })
    expect(first?.totalStepsSucceeded).toBeGreaterThanOrEqual(0)
    expect(h.sim.calls.filter((c) => c.operation === 'ListWorkflowExecutions').map((c) => c.params.maxResults)).toEqual(
      [undefined, undefined, undefined]
    )
  })

  it('answers GetImage with the state of the moment', async () => {
    const before = await ib.send(new GetImageCommand({ imageBuildVersionArn: IMAGE }))
    expect(before.image?.state?.status).toBe('BUILDING')
    h.clock.advance(10 * 60_000)
    const after = await ib.send(new GetImageCommand({ imageBuildVersionArn: IMAGE }))
    expect(after.image).toMatchObject({
      name: 'web-ami',
      version: '1.4.0/7',
      state: { status: 'AVAILABLE' },
      tags: { team: 'web' }
    })
  })

  it('maps errors to the SDK exception classes', async () => {
    await expect(ib.send(new GetImageCommand({ imageBuildVersionArn: `${IMAGE}9` }))).rejects.toBeInstanceOf(
      ResourceNotFoundException
    )
    await expect(
      ib.send(
        new GetImageCommand({ imageBuildVersionArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image/later/1.0.0/1' })
      )
    ).rejects.toBeInstanceOf(ResourceNotFoundException)
    await expect(
      ib.send(new ListWorkflowExecutionsCommand({ imageBuildVersionArn: IMAGE, nextToken: 'garbage' }))
    ).rejects.toBeInstanceOf(InvalidPaginationTokenException)
    const error = await ib.send(new ListImagesCommand({})).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CallRateLimitExceededException)
    expect((error as CallRateLimitExceededException).$metadata.httpStatusCode).toBe(429)
  })

  it('lists images and their build versions', async () => {
    const images = await ib.send(new ListImagesCommand({ owner: 'Self' }))
    expect(images.imageVersionList?.map((i) => i.arn)).toEqual([
      'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0'
    ])
    const builds = await ib.send(
      new ListImageBuildVersionsCommand({ imageVersionArn: images.imageVersionList?.[0]?.arn })
    )
    expect(builds.imageSummaryList?.map((b) => b.version)).toEqual(['1.4.0/7', '1.4.0/8'])
  })

  it('starts lifecycle executions idempotently and follows them', async () => {
    const request = {
      resourceArn: IMAGE,
      state: { status: 'DEPRECATED' as const },
      includeResources: { amis: true },
      executionRole: 'lifecycle',
      clientToken: 'tok-1'
    }
    const first = await ib.send(new StartResourceStateUpdateCommand(request))
    const again = await ib.send(new StartResourceStateUpdateCommand(request))
    expect(again.lifecycleExecutionId).toBe(first.lifecycleExecutionId)
    await expect(
      ib.send(new StartResourceStateUpdateCommand({ ...request, state: { status: 'DISABLED' } }))
    ).rejects.toBeInstanceOf(IdempotentParameterMismatchException)
    const call = h.sim.calls.filter((c) => c.operation === 'StartResourceStateUpdate')[0]
    expect(call?.params).toEqual({
      resourceArn: IMAGE,
      state: { status: 'DEPRECATED' },
      includeResources: { amis: true },
      executionRole: 'lifecycle',
      clientToken: 'tok-1'
    })
    h.clock.advance(60_000)
    const runs = []
    for await (const page of paginateListLifecycleExecutions({ client: ib }, { resourceArn: IMAGE }))
      runs.push(...(page.lifecycleExecutions ?? []))
    expect(runs).toEqual([
      expect.objectContaining({ lifecycleExecutionId: first.lifecycleExecutionId, state: { status: 'SUCCESS' } })
    ])
    expect(runs[0]?.endTime).toBeInstanceOf(Date)
    const image = await ib.send(new GetImageCommand({ imageBuildVersionArn: IMAGE }))
    expect(image.image?.state?.status).toBe('DEPRECATED')
  })
})

describe('CloudFormation over awsQuery', () => {
  it('pages ListHookResults with NextToken (no SDK paginator exists) and decodes every field', async () => {
    const results: HookResultSummary[] = []
    let NextToken: string | undefined
    let pages = 0
    do {
      const page = await cfn.send(
        new ListHookResultsCommand({ TargetType: 'CHANGE_SET', TargetId: CHANGE_SET, NextToken })
      )
      results.push(...(page.HookResults ?? []))
      NextToken = page.NextToken
      pages += 1
    } while (NextToken)
    expect(pages).toBe(3)
    expect(results).toHaveLength(10)
    expect(results[1]).toMatchObject({
      TypeName: 'MyOrg::Security::Check1',
      FailureMode: 'WARN',
      Status: 'HOOK_COMPLETE_FAILED',
      HookStatusReason: 'bad <b>1</b>'
    })
    expect(results[1]?.InvokedAt).toBeUndefined()
    const all = await cfn.send(new ListHookResultsCommand({}))
    expect(all.HookResults?.[0]?.InvokedAt).toBeInstanceOf(Date)
  })

  it('refuses the parameter combinations the API refuses', async () => {
    await expect(cfn.send(new ListHookResultsCommand({ TargetType: 'CHANGE_SET' }))).rejects.toMatchObject({
      name: 'ValidationError'
    })
    await expect(cfn.send(new ListHookResultsCommand({ Status: 'HOOK_FAILED' }))).rejects.toMatchObject({
      name: 'ValidationError',
      $fault: 'client'
    })
  })

  it('describes change sets and maps ChangeSetNotFound', async () => {
    const cs = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: CHANGE_SET }))
    expect(cs).toMatchObject({ Status: 'CREATE_COMPLETE', StackName: 'web', ChangeSetName: 'pr-42' })
    await expect(cfn.send(new DescribeChangeSetCommand({ ChangeSetName: `${CHANGE_SET}x` }))).rejects.toBeInstanceOf(
      ChangeSetNotFoundException
    )
  })

  it('pages stack events newest first with the SDK paginator', async () => {
    const events = []
    let pages = 0
    for await (const page of paginateDescribeStackEvents({ client: cfn }, { StackName: 'image-abc' })) {
      pages += 1
      events.push(...(page.StackEvents ?? []))
    }
    expect(pages).toBe(3)
    expect(events).toHaveLength(12)
    expect(events[0]).toMatchObject({
      LogicalResourceId: 'image-abc',
      ResourceStatus: 'CREATE_COMPLETE',
      ResourceType: 'AWS::CloudFormation::Stack'
    })
    expect(events[0]?.Timestamp).toBeInstanceOf(Date)
    const stacks = await cfn.send(new DescribeStacksCommand({ StackName: 'image-abc' }))
    expect(stacks.Stacks?.[0]?.StackStatus).toBe('CREATE_COMPLETE')
    await expect(cfn.send(new DescribeStacksCommand({ StackName: 'nope' }))).rejects.toMatchObject({
      name: 'ValidationError'
    })
  })
})
