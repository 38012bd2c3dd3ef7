/**
 * The simulator held to AWS's service models as the SDK clients ship them: every operation it serves is driven
 * through the real SDK client, and every answer that went over the wire is checked for members the model has,
 * enum values it lists, identifier shapes and documented errors. An operation added to the simulator without
 * cases here fails the first test; every scenario file is explored and checked the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { readScenarioFile } from '../../scripts/scenario-file.js'
import { normalizeScenario, type Scenario } from '../../sim/scenario.js'
import type { RecordedCall } from '../../sim/server.js'
import { BASE_EXCEPTION, harness, MODELS, SERVED, serviceOf, type Send, type Service } from './harness.js'
import { WireCheck } from './wire-check.js'

const ACCOUNT = '123456789012'
const ib = (path: string) => `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/${path}`
const IMAGE = ib('web-ami/1.4.0/7')
const FAILED_IMAGE = ib('web-ami/1.4.0/6')
const CONTAINER = ib('web-ctr/2.0.0/1')
const CS = (name: string) =>
  `arn:aws:cloudformation:us-east-1:${ACCOUNT}:changeSet/${name}/0b1c2d3e-4f50-4172-8394-a5b6c7d8e9f0`
const STACK_ID = `arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/pc-image/6accc570-b080-11ec-845e-0e2dc6386985`
const HOOK = `arn:aws:cloudformation:us-east-1:${ACCOUNT}:type/hook/MyOrg-Security-Check`
const AMI = 'ami-0000000000000c001'
const NO_CHANGES =
  "The submitted information didn't contain changes. Submit different information to create a change set."

const SCENARIO = `
pageSize: { DescribeStackEvents: 3 }
lifecycle: { duration: 1m, outcome: SUCCESS }
images:
  - name: web-ami
    version: 1.4.0/7
    tags: { team: web }
    timeline: [{ at: 0s, status: BUILDING }, { at: 5m, status: DISTRIBUTING }, { at: 6m, status: FAILED, reason: Distribution failed }, { at: 7m, status: DISTRIBUTING }, { at: 9m, status: AVAILABLE }]
    workflows:
      - { type: BUILD, steps: 4, timeline: [{ at: 0s, status: RUNNING }, { at: 3m, status: COMPLETED }] }
      - { type: TEST, steps: 2, parallelGroup: g1, timeline: [{ at: 3m, status: RUNNING }, { at: 5m, status: COMPLETED }] }
      - { type: DISTRIBUTION, steps: 2, retriedAt: 7m, timeline: [{ at: 5m, status: RUNNING }, { at: 6m, status: FAILED, message: "Distribution to eu-west-1 failed" }] }
      - { type: DISTRIBUTION, steps: 2, timeline: [{ at: 7m, status: RUNNING }, { at: 9m, status: COMPLETED }] }
  - { name: web-ami, version: 1.4.0/6, age: 2d, timeline: [{ at: 0s, status: FAILED, reason: Build failed }] }
  - { name: web-ctr, version: 2.0.0/1, type: DOCKER, age: 1d }
  - { name: old-ami, version: 1.0.0/1, age: 200d }
  - { name: shared-ami, version: 1.0.0/1, owner: Shared, ownerAccount: "210987654321", age: 1d }
changeSets:
  - { name: pr-42, arn: ${CS('pr-42')}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: 2m, status: CREATE_COMPLETE }] }
  - { name: pr-43, arn: ${CS('pr-43')}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: 1m, status: CREATE_COMPLETE }] }
  - { name: pr-44, arn: ${CS('pr-44')}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: 1m, status: FAILED, reason: "${NO_CHANGES}" }] }
hookResults:
  - { typeName: "MyOrg::Security::Check", targetId: ${CS('pr-42')}, timeline: [{ at: 10s, status: HOOK_IN_PROGRESS }, { at: 1m, status: HOOK_COMPLETE_FAILED, reason: "no <b>encryption</b>" }] }
  - { typeName: "MyOrg::Cost::Check", failureMode: WARN, targetId: ${CS('pr-42')}, timeline: [{ at: 10s, status: HOOK_COMPLETE_SUCCEEDED }] }
  - { typeName: "MyOrg::Tags::Check", targetId: ${CS('pr-42')}, timeline: [{ at: 20s, status: HOOK_FAILED, reason: timeout }] }
  - { typeName: "MyOrg::Security::Check", targetType: CLOUD_CONTROL, targetId: tok-9, timeline: [{ at: 0s, status: HOOK_COMPLETE_SUCCEEDED }] }
  - { typeName: "MyOrg::Security::Check", targetId: ${CS('pr-1')}, timeline: [{ at: -30d, status: HOOK_COMPLETE_FAILED, reason: old }] }
  - { typeName: "MyOrg::Security::Check", targetId: ${CS('pr-0')}, timeline: [{ at: -100d, status: HOOK_COMPLETE_FAILED, reason: expired }] }
  - { typeName: "MyOrg::Stack::Check", targetType: STACK, targetId: ${STACK_ID}, timeline: [{ at: 0s, status: HOOK_COMPLETE_SUCCEEDED }] }
stacks:
  - name: pc-image
    id: ${STACK_ID}
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS, reason: User Initiated }
      - { at: 1s, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: CREATE_IN_PROGRESS }
      - { at: 10m, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: CREATE_COMPLETE }
      - { at: 10m, status: CREATE_COMPLETE }
      - { at: 11m, status: DELETE_IN_PROGRESS, reason: User Initiated }
      - { at: 12m, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: DELETE_COMPLETE }
      - { at: 12m, status: DELETE_COMPLETE }
`

interface Case {
  op: string
  input: Record<string, unknown>
  /** The error the call must reject with (its name; an instance of the SDK's class when it has one); none for a success. */
  expect?: string
  /** Minutes from the start at which the call is made (the clock only moves forward). */
  minute?: number
  /** What the answer must say besides conforming. */
  check?: (output: Record<string, unknown>) => void
}

const future = (days: number) => new Date(Date.UTC(2026, 10, 23, 12) + days * 86_400_000)
const role = 'arn:aws:iam::123456789012:role/lifecycle'
const list = (o: Record<string, unknown>, key: string) => o[key] as Record<string, unknown>[]

/** A StartResourceStateUpdate case: its client token, image, state, the rest of the request and the error expected. */
function update(clientToken: string, resourceArn: string, status: string, rest: object = {}, expect?: string): Case {
  return { op: 'StartResourceStateUpdate', input: { resourceArn, state: { status }, clientToken, ...rest }, expect }
}

/** In time order: every operation the simulator serves, its answers and the errors it documents. */
const CASES: Case[] = [
  {
    op: 'GetImage',
    input: { imageBuildVersionArn: IMAGE },
    check: (o) => expect(o.image).toMatchObject({ state: { status: 'BUILDING' } })
  },
  { op: 'GetImage', input: { imageBuildVersionArn: ib('nope/1.0.0/1') }, expect: 'ResourceNotFoundException' },
  // Operations whose answers the scenario files give (explored below): their documented errors here.
  { op: 'ListWorkflowStepExecutions', input: { workflowExecutionId: 'wf-1' }, expect: 'InvalidRequestException' },
  { op: 'ListImageScanFindings', input: { filters: [] }, expect: 'InvalidRequestException' },
  {
    op: 'SendWorkflowStepAction',
    input: {
      stepExecutionId: 'step-00000000-0000-4000-8000-000000000000',
      imageBuildVersionArn: IMAGE,
      action: 'RESUME',
      clientToken: 'a-1'
    },
    expect: 'ResourceNotFoundException'
  },
  {
    op: 'GetHookResult',
    input: { HookResultId: '00000000-0000-4000-8000-000000000000' },
    expect: 'HookResultNotFoundException'
  },
  { op: 'DescribeEvents', input: {}, expect: 'ValidationError' },
  {
    op: 'GetImage',
    input: { imageBuildVersionArn: 'arn:aws:imagebuilder:us-east-1:123:image/x' },
    expect: 'InvalidRequestException'
  },
  { op: 'ListWorkflowExecutions', input: { imageBuildVersionArn: IMAGE, maxResults: 1 } },
  {
    op: 'ListWorkflowExecutions',
    input: { imageBuildVersionArn: IMAGE, maxResults: 26 },
    expect: 'InvalidRequestException'
  },
  {
    op: 'ListWorkflowExecutions',
    input: { imageBuildVersionArn: IMAGE, nextToken: 'garbage' },
    expect: 'InvalidPaginationTokenException'
  },
  {
    op: 'ListImages',
    input: { owner: 'Self' },
    check: (o) => expect(list(o, 'imageVersionList').map((v) => v.owner)).toEqual([ACCOUNT, ACCOUNT, ACCOUNT])
  },
  {
    op: 'ListImages',
    input: { owner: 'Shared' },
    check: (o) => expect(list(o, 'imageVersionList').map((v) => v.owner)).toEqual(['210987654321'])
  },
  { op: 'ListImages', input: { owner: 'Nobody' }, expect: 'InvalidRequestException' },
  { op: 'ListImageBuildVersions', input: { imageVersionArn: ib('web-ami/1.4.0') } },
  { op: 'ListImageBuildVersions', input: {}, expect: 'InvalidRequestException' },
  {
    op: 'ListHookResults',
    input: { TargetType: 'CHANGE_SET', TargetId: CS('pr-43') },
    expect: 'HookResultNotFoundException'
  },
  { op: 'ListHookResults', input: { TargetType: 'STACK', TargetId: STACK_ID }, expect: 'ValidationError' },
  { op: 'ListHookResults', input: { TargetType: 'RESOURCE', TargetId: 'Bucket' }, expect: 'ValidationError' },
  { op: 'ListHookResults', input: { Status: 'HOOK_FAILED' }, expect: 'ValidationError' },
  { op: 'ListHookResults', input: { TargetType: 'CLOUD_CONTROL', TargetId: 'tok-9' } },
  {
    op: 'DescribeChangeSet',
    input: { ChangeSetName: CS('pr-44') },
    minute: 1,
    check: (o) =>
      expect(o).toMatchObject({ Status: 'FAILED', StatusReason: NO_CHANGES, ExecutionStatus: 'UNAVAILABLE' })
  },
  { op: 'DescribeChangeSet', input: { ChangeSetName: 'pr-42' }, expect: 'ValidationError' },
  { op: 'DescribeChangeSet', input: { ChangeSetName: 'pr-42', StackName: 'web' } },
  { op: 'DescribeChangeSet', input: { ChangeSetName: CS('pr-99') }, expect: 'ChangeSetNotFoundException' },
  {
    op: 'ListHookResults',
    input: { TargetType: 'CHANGE_SET', TargetId: CS('pr-42') },
    minute: 2,
    check: (o) => expect(list(o, 'HookResults')).toHaveLength(3)
  },
  {
    op: 'ListHookResults',
    input: {},
    // Every invocation of the last 90 days, the 30-day-old one included, the 100-day-old one not; hook types of stack operations too.
    check: (o) =>
      expect(list(o, 'HookResults').map((r) => r.HookStatusReason)).toEqual([
        'no <b>encryption</b>',
        undefined,
        'timeout',
        undefined,
        'old',
        undefined
      ])
  },
  {
    op: 'ListHookResults',
    input: { TypeArn: HOOK, Status: 'HOOK_COMPLETE_FAILED' },
    check: (o) => expect(list(o, 'HookResults').map((r) => r.HookStatusReason)).toEqual(['no <b>encryption</b>', 'old'])
  },
  {
    op: 'ListHookResults',
    input: { TypeArn: `${HOOK}-Nothing` },
    check: (o) => expect(o.HookResults ?? []).toEqual([])
  },
  {
    op: 'DescribeStacks',
    input: { StackName: 'pc-image' },
    check: (o) => expect(list(o, 'Stacks')[0]).toMatchObject({ StackStatus: 'CREATE_IN_PROGRESS' })
  },
  { op: 'DescribeStacks', input: {}, check: (o) => expect(list(o, 'Stacks')).toHaveLength(1) },
  { op: 'DescribeStacks', input: { StackName: 'nope' }, expect: 'ValidationError' },
  { op: 'DescribeStackEvents', input: { StackName: 'pc-image' } },
  { op: 'DescribeStackEvents', input: { StackName: 'pc-image', NextToken: 'garbage' }, expect: 'ValidationError' },
  {
    op: 'ListWorkflowExecutions',
    input: { imageBuildVersionArn: IMAGE },
    minute: 9,
    check: (o) =>
      expect(
        list(o, 'workflowExecutions')
          .filter((w) => w.type === 'DISTRIBUTION')
          .map((w) => [w.status, w.retried])
      ).toEqual([
        ['FAILED', true],
        ['COMPLETED', undefined]
      ])
  },
  // EC2 and Auto Scaling: the errors of "Error codes for the Amazon EC2 API" and Auto Scaling's common ones.
  { op: 'DescribeImageReferences', input: { ImageIds: [AMI] }, expect: 'InvalidParameterCombination' },
  {
    op: 'DescribeImageReferences',
    input: { ImageIds: ['web'], IncludeAllResourceTypes: true },
    expect: 'InvalidAMIID.Malformed'
  },
  {
    op: 'DescribeImageReferences',
    input: { ImageIds: [AMI], ResourceTypes: [{ ResourceType: 'ec2:Volume' }] },
    expect: 'InvalidParameterValue'
  },
  {
    op: 'DescribeImageReferences',
    input: { ImageIds: [AMI], IncludeAllResourceTypes: true, DryRun: true },
    expect: 'DryRunOperation'
  },
  {
    op: 'DescribeLaunchTemplateVersions',
    input: { LaunchTemplateId: 'web' },
    expect: 'InvalidLaunchTemplateId.Malformed'
  },
  { op: 'DescribeImages', input: { ImageIds: [AMI] }, expect: 'InvalidAMIID.NotFound' },
  {
    op: 'CreateImageUsageReport',
    input: { ImageId: AMI, ResourceTypes: [{ ResourceType: 'ec2:Instance' }] },
    expect: 'InvalidAMIID.NotFound'
  },
  {
    op: 'DescribeImageUsageReports',
    input: { ImageIds: Array.from({ length: 201 }, () => AMI) },
    expect: 'InvalidParameterValue'
  },
  {
    op: 'DescribeImageUsageReportEntries',
    input: { ImageIds: Array.from({ length: 201 }, () => AMI) },
    expect: 'InvalidParameterValue'
  },
  { op: 'DescribeAutoScalingGroups', input: { Filters: [{ Name: 'nope', Values: ['x'] }] }, expect: 'ValidationError' },
  { op: 'DescribeLaunchConfigurations', input: { NextToken: 'garbage' }, expect: 'InvalidNextToken' },
  update('t-1', IMAGE, 'DEPRECATED', { updateAt: future(30) }),
  update('t-1', IMAGE, 'DEPRECATED', { updateAt: future(30) }),
  update('t-1', IMAGE, 'DISABLED', {}, 'IdempotentParameterMismatchException'),
  update('t-2', IMAGE, 'DISABLED', {}, 'ResourceInUseException'),
  update('t-3', FAILED_IMAGE, 'DISABLED', {}, 'InvalidRequestException'),
  update('t-3', FAILED_IMAGE, 'DEPRECATED', {}, 'InvalidRequestException'),
  update('t-4', CONTAINER, 'DEPRECATED', {}, 'InvalidRequestException'),
  update('t-5', CONTAINER, 'DISABLED', { updateAt: future(1) }, 'InvalidRequestException'),
  update('t-6', CONTAINER, 'DELETED', { includeResources: { containers: true } }, 'InvalidRequestException'),
  update(
    't-7',
    FAILED_IMAGE,
    'DELETED',
    { exclusionRules: { amis: { lastLaunched: { value: 366, unit: 'DAYS' } } } },
    'InvalidRequestException'
  ),
  update('t-8', ib('nope/1.0.0/1'), 'DEPRECATED', {}, 'ResourceNotFoundException'),
  update('t-9', ib('old-ami/1.0.0/1'), 'DEPRECATED', { updateAt: future(-1) }, 'InvalidRequestException'),
  update('t-10', FAILED_IMAGE, 'DELETED', { includeResources: { amis: true, snapshots: true }, executionRole: role }),
  update('t-11', CONTAINER, 'DELETED', { includeResources: { containers: true }, executionRole: role }),
  { op: 'ListLifecycleExecutions', input: { resourceArn: FAILED_IMAGE }, minute: 11 },
  {
    op: 'GetImage',
    input: { imageBuildVersionArn: FAILED_IMAGE },
    check: (o) => expect(o.image).toMatchObject({ state: { status: 'DELETED' } })
  },
  update('t-12', FAILED_IMAGE, 'AVAILABLE', {}, 'InvalidRequestException'),
  {
    op: 'DescribeStacks',
    input: { StackName: 'pc-image' },
    minute: 11,
    check: (o) => expect(list(o, 'Stacks')[0]).toMatchObject({ StackStatus: 'DELETE_IN_PROGRESS' })
  },
  // Deleted: readable by stack ID only (DescribeStackEventsInput.StackName).
  { op: 'DescribeStacks', input: { StackName: 'pc-image' }, minute: 12, expect: 'ValidationError' },
  { op: 'DescribeStackEvents', input: { StackName: 'pc-image' }, expect: 'ValidationError' },
  {
    op: 'DescribeStacks',
    input: { StackName: STACK_ID },
    check: (o) =>
      expect(list(o, 'Stacks')[0]).toMatchObject({ StackStatus: 'DELETE_COMPLETE', DeletionTime: expect.any(Date) })
  },
  { op: 'DescribeStacks', input: {}, check: (o) => expect(o.Stacks ?? []).toEqual([]) },
  {
    op: 'DescribeStackEvents',
    input: { StackName: STACK_ID },
    check: (o) => expect(list(o, 'StackEvents')[0]).toMatchObject({ ResourceStatus: 'DELETE_COMPLETE' })
  }
]

/** Every problem of every answer the simulator gave. */
function problems(calls: RecordedCall[]): string[] {
  return calls.flatMap((call) => {
    // A region that does not answer closes the connection: nothing went over the wire to check.
    if (call.error === 'unreachable') return []
    const check = new WireCheck(MODELS[call.service])
    check.call(call)
    return check.problems
  })
}

/** Every call the simulator answered in this file, for the coverage check at its end. */
const ANSWERED: RecordedCall[] = []

describe('the simulator follows the service models', () => {
  it('serves only operations the SDK has', () => {
    for (const op of Object.values(SERVED).flat()) expect(() => MODELS[serviceOf(op)].operation(op)).not.toThrow()
  })

  describe('driven through the SDK clients', () => {
    let h: Awaited<ReturnType<typeof harness>>
    const outcomes: string[] = []
    beforeAll(async () => {
      h = await harness(normalizeScenario(parse(SCENARIO) as Record<string, unknown>))
      for (const c of CASES) {
        if (c.minute !== undefined) h.at(c.minute * 60_000)
        try {
          const output = await h.send(c.op, c.input)
          c.check?.(output)
          outcomes.push(`${c.op} ${JSON.stringify(c.input)}: ok`)
        } catch (error) {
          // The SDK's own class for a modelled error, its base exception class for a common one.
          const sdk = MODELS[serviceOf(c.op)].sdk
          const Class = (sdk[(error as Error).name] ?? sdk[BASE_EXCEPTION[serviceOf(c.op)]]) as new () => Error
          const requestId = (error as { $metadata?: { requestId?: string } }).$metadata?.requestId
          const name = error instanceof Class ? (error as Error).name : `${String(error)} (not an SDK error)`
          outcomes.push(...(requestId ? [] : [`${c.op}: the SDK found no request id in the error`]))
          outcomes.push(`${c.op} ${JSON.stringify(c.input)}: ${c.expect ? name : String(error)}`)
        }
      }
    })
    afterAll(async () => {
      ANSWERED.push(...h.sim.calls)
      await h.stop()
    })

    it('answers each case as AWS does: the result, or the SDK error class of the documented error', () => {
      expect(outcomes).toEqual(CASES.map((c) => `${c.op} ${JSON.stringify(c.input)}: ${c.expect ?? 'ok'}`))
    })

    it('sends only members, enum values, identifier shapes and errors the models have', () => {
      expect(h.sim.calls.length).toBeGreaterThanOrEqual(CASES.length)
      expect(problems(h.sim.calls)).toEqual([])
    })
  })

  it('finds what departs from the models: the check can fail', () => {
    const call = (
      service: Service,
      operation: string,
      status: number,
      headers: Record<string, string>,
      body: string
    ): RecordedCall => ({
      service,
      region: 'us-east-1',
      operation,
      params: {},
      at: 0,
      response: { status, headers: { 'x-amzn-requestid': 'r-1', ...headers }, body }
    })
    const image = { arn: IMAGE, owner: ACCOUNT, state: { status: 'BUILT', at: 3 } }
    const hook =
      '<HookResults><member><HookResultId>hr-000001</HookResultId><Status>HOOK_COMPLETE_FAILED</Status></member></HookResults>'
    expect(
      problems([
        call('imagebuilder', 'GetImage', 200, {}, JSON.stringify({ requestId: 'r-1', image })),
        call(
          'imagebuilder',
          'ListLifecycleExecutions',
          200,
          {},
          JSON.stringify({ requestId: 'r-1', lifecycleExecutions: [{ lifecycleExecutionId: 'lce-00000001' }] })
        ),
        call('imagebuilder', 'GetImage', 404, { 'x-amzn-errortype': 'NotThereException' }, '{"message":"no"}'),
        call(
          'imagebuilder',
          'StartResourceStateUpdate',
          400,
          { 'x-amzn-errortype': 'ResourceNotFoundException' },
          '{"message":"no"}'
        ),
        call(
          'cloudformation',
          'ListHookResults',
          200,
          {},
          `<ListHookResultsResponse><ListHookResultsResult>${hook}<Extra>1</Extra></ListHookResultsResult></ListHookResultsResponse>`
        ),
        call(
          'cloudformation',
          'ListHookResults',
          400,
          {},
          '<ErrorResponse><Error><Type>Sender</Type><Code>HookResultNotFound</Code></Error><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ErrorResponse>'
        ),
        call(
          'cloudformation',
          'DescribeStacks',
          200,
          {},
          '<DescribeStacksResponse><DescribeStacksResult><Stacks><member><StackName>s</StackName></member></Stacks></DescribeStacksResult></DescribeStacksResponse>'
        ),
        call(
          'ec2',
          'DescribeImageReferences',
          200,
          {},
          '<DescribeImageReferencesResponse><requestId>r</requestId><imageReferenceSet><member><imageId>ami-1</imageId></member></imageReferenceSet></DescribeImageReferencesResponse>'
        ),
        call('ec2', 'DescribeImages', 400, {}, '<ErrorResponse><Error><Code>Nope</Code></Error></ErrorResponse>'),
        call(
          'ec2',
          'DescribeImages',
          400,
          {},
          '<Response><Errors><Error><Code>InvalidAMIID.Gone</Code><Message>m</Message></Error></Errors><RequestID>r</RequestID></Response>'
        )
      ])
    ).toEqual([
      'GetImage@0ms.image.owner: not a member of Image',
      'GetImage@0ms.image.state.status: "BUILT" is not a ImageStatus (AVAILABLE, BUILDING, CANCELLED, CREATING, DELETED, DEPRECATED, DISABLED, DISTRIBUTING, FAILED, INTEGRATING, PENDING, TESTING)',
      'GetImage@0ms.image.state.at: not a member of ImageState',
      'ListLifecycleExecutions@0ms.requestId: not a member of ListLifecycleExecutionsResponse',
      expect.stringMatching(
        /^ListLifecycleExecutions@0ms.lifecycleExecutions\[0\].lifecycleExecutionId: "lce-00000001" does not have the shape of lifecycleExecutionId/
      ),
      expect.stringMatching(/^GetImage@0ms: error NotThereException is not documented for GetImage/),
      'StartResourceStateUpdate@0ms: error ResourceNotFoundException answered with HTTP 400, the model says 404',
      expect.stringMatching(
        /^ListHookResults@0ms.HookResults\[0\].HookResultId: "hr-000001" does not have the shape of HookResultId/
      ),
      'ListHookResults@0ms.Extra: not a member of ListHookResultsOutput',
      'ListHookResults@0ms: error envelope <ErrorResponse> with Error, ResponseMetadata: expected <ErrorResponse> with Error and RequestId',
      'DescribeStacks@0ms.Stacks[0].CreationTime: required member of Stack missing',
      'DescribeStacks@0ms.Stacks[0].StackStatus: required member of Stack missing',
      'DescribeImageReferences@0ms.imageReferenceSet.member: list items are <item> elements',
      'DescribeImages@0ms: error envelope <ErrorResponse>: expected <Response> with one Errors.Error and RequestID',
      expect.stringMatching(/^DescribeImages@0ms: error InvalidAMIID.Gone is not documented for DescribeImages/)
    ])
  })

  const files = readdirSync('scenarios').filter((f) => f.endsWith('.yml'))
  it.each(files)('answers only what the models allow throughout scenarios/%s', async (file) => {
    const scenario = readScenarioFile(join('scenarios', file)).scenario
    const h = await harness(scenario)
    try {
      // Every moment something changes, and a minute after the last.
      const moments = [
        ...scenario.images.flatMap((i) => [...i.timeline, ...i.workflows.flatMap((w) => w.timeline)]),
        ...scenario.changeSets.flatMap((c) => c.timeline),
        ...scenario.hookResults.flatMap((r) => r.timeline),
        ...scenario.stacks.flatMap((s) => s.events),
        { at: scenario.ec2.usageReportDelay }
      ].map((e) => Math.max(0, e.at))
      for (const at of [...new Set([...moments, Math.max(0, ...moments) + 60_000])].sort((a, b) => a - b)) {
        h.at(at)
        await explore(h.send, scenario)
      }
      expect(problems(h.sim.calls)).toEqual([])
    } finally {
      ANSWERED.push(...h.sim.calls)
      await h.stop()
    }
  })

  // Last, over every call above: an operation added to the simulator without a case here fails.
  it('was driven through every operation it serves, each answered successfully at least once', () => {
    const served = Object.values(SERVED).flat().sort()
    const succeeded = new Set(ANSWERED.filter((c) => c.response?.status === 200).map((c) => c.operation))
    expect(served.filter((op) => !succeeded.has(op))).toEqual([])
  })
})

/** Read everything a scenario holds, every page, by every documented way; errors are checked like answers. */
async function explore(send: Send, scenario: Scenario): Promise<void> {
  const pages = async (op: string, input: object, token: 'nextToken' | 'NextToken') => {
    let next: unknown
    do next = (await send(op, { ...input, [token]: next }).catch((): Record<string, unknown> => ({})))[token]
    while (next)
  }
  await pages('ListImages', {}, 'nextToken')
  for (const image of scenario.images) {
    await send('GetImage', { imageBuildVersionArn: image.arn }).catch(() => undefined)
    await pages('ListWorkflowExecutions', { imageBuildVersionArn: image.arn }, 'nextToken')
    await pages('ListImageBuildVersions', { imageVersionArn: image.arn.replace(/\/\d+$/, '') }, 'nextToken')
    await pages('ListLifecycleExecutions', { resourceArn: image.arn }, 'nextToken')
    for (const workflow of image.workflows)
      await pages('ListWorkflowStepExecutions', { workflowExecutionId: workflow.id }, 'nextToken')
    if (image.scan)
      await pages(
        'ListImageScanFindings',
        { filters: [{ name: 'imageBuildVersionArn', values: [image.arn] }] },
        'nextToken'
      )
  }
  await pages('ListImageScanFindings', {}, 'nextToken')
  // A step waiting for an action is answered (RESUME): the answer, and the scenario's path after it, are checked too.
  const waiting = await send('ListWaitingWorkflowSteps', {}).catch((): Record<string, unknown> => ({}))
  for (const step of (waiting.steps ?? []) as { stepExecutionId: string; imageBuildVersionArn: string }[]) {
    const { stepExecutionId, imageBuildVersionArn } = step
    const answer = { stepExecutionId, imageBuildVersionArn, action: 'RESUME', clientToken: stepExecutionId }
    await send('SendWorkflowStepAction', answer).catch(() => undefined)
  }
  for (const hook of scenario.hookResults) await send('GetHookResult', { HookResultId: hook.id }).catch(() => undefined)
  await pages('ListHookResults', {}, 'NextToken')
  for (const typeArn of new Set(scenario.hookResults.map((r) => r.typeArn)))
    await pages('ListHookResults', { TypeArn: typeArn }, 'NextToken')
  const targets = new Set([
    ...scenario.changeSets.map((c) => `CHANGE_SET ${c.arn}`),
    ...scenario.hookResults.map((r) => `${r.targetType} ${r.targetId}`)
  ])
  for (const target of targets) {
    const [TargetType, TargetId] = target.split(' ')
    await pages('ListHookResults', { TargetType, TargetId }, 'NextToken')
  }
  for (const changeSet of scenario.changeSets) {
    await send('DescribeChangeSet', { ChangeSetName: changeSet.arn }).catch(() => undefined)
    await pages('DescribeEvents', { ChangeSetName: changeSet.arn }, 'NextToken')
  }
  await send('DescribeStacks', {}).catch(() => undefined)
  for (const stack of scenario.stacks)
    for (const StackName of [stack.name, stack.id]) {
      await send('DescribeStacks', { StackName }).catch(() => undefined)
      await pages('DescribeStackEvents', { StackName }, 'NextToken')
      await pages('DescribeEvents', { StackName }, 'NextToken')
    }
  await exploreEc2(send, scenario)
}

/** Every region's AMIs, their references, launch templates, usage reports and Auto Scaling resources. */
async function exploreEc2(send: Send, scenario: Scenario): Promise<void> {
  const regions = new Set([scenario.region, ...Object.keys(scenario.ec2.regions), ...scenario.ec2.unreachable])
  for (const region of regions) {
    const pages = async (op: string, input: object): Promise<Record<string, unknown>[]> => {
      const answers: Record<string, unknown>[] = []
      let next: unknown
      do {
        const answer = await send(op, { ...input, NextToken: next }, region).catch((): Record<string, unknown> => ({}))
        answers.push(answer)
        next = answer.NextToken
      } while (next)
      return answers
    }
    const images = (await pages('DescribeImages', { Owners: ['self'] })).flatMap((a) => list(a, 'Images') ?? [])
    const ids = images.map((i) => i.ImageId as string)
    for (let i = 0; i < ids.length; i += 10)
      await pages('DescribeImageReferences', { ImageIds: ids.slice(i, i + 10), IncludeAllResourceTypes: true })
    for (const template of scenario.ec2.regions[region]?.launchTemplates ?? [])
      await pages('DescribeLaunchTemplateVersions', { LaunchTemplateId: template.id })
    await pages('DescribeAutoScalingGroups', {})
    await pages('DescribeLaunchConfigurations', {})
    if (ids[0]) {
      const resourceTypes = [{ ResourceType: 'ec2:Instance' }, { ResourceType: 'ec2:LaunchTemplate' }]
      await send('CreateImageUsageReport', { ImageId: ids[0], ResourceTypes: resourceTypes }, region).catch(() => ({}))
      await pages('DescribeImageUsageReports', { ImageIds: [ids[0]] })
      await pages('DescribeImageUsageReportEntries', { ImageIds: [ids[0]] })
    }
  }
}
