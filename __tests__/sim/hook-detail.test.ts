/**
 * GetHookResult, DescribeEvents and the hook fields of stack events, through the real CloudFormation client over
 * HTTP against the simulator, on the scenario files the demo and the action's tests use.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  CloudFormationClient,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  DescribeStacksCommand,
  GetHookResultCommand,
  HookResultNotFoundException,
  ListHookResultsCommand,
  paginateDescribeEvents,
  paginateDescribeStackEvents,
  type OperationEvent,
  type StackEvent
} from '@aws-sdk/client-cloudformation'
import { parse } from 'yaml'
import { normalizeScenario } from '../../sim/scenario.js'
import { simulate, type SimHarness } from '../helpers.js'

const GUARD = '0f3c1a52-7d4e-4b8a-9c21-5e6f7a8b9c0d'
const CHANGE_SET = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-8/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
const QUEUE = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'

let h: SimHarness | undefined
let cfn: CloudFormationClient | undefined

async function open(file: string, edit: (yaml: string) => string = (y) => y): Promise<CloudFormationClient> {
  h = await simulate(edit(readFileSync(`scenarios/${file}`, 'utf8')))
  cfn = new CloudFormationClient({ maxAttempts: 1 })
  return cfn
}

afterEach(async () => {
  cfn?.destroy()
  await h?.stop()
  h = undefined
})

const advance = (ms: number) => h?.clock.advance(ms)

describe('GetHookResult', () => {
  it('answers a Guard hook invocation with its target, original type and every annotation as given', async () => {
    const client = await open('hooks-guard-annotations.yml')
    advance(10_000)
    const r = await client.send(new GetHookResultCommand({ HookResultId: GUARD }))
    expect(r).toMatchObject({
      HookResultId: GUARD,
      TypeName: 'MyOrg::Guard::StorageRules',
      OriginalTypeName: 'AWS::Hooks::GuardHook',
      FailureMode: 'FAIL',
      InvocationPoint: 'PRE_PROVISION',
      Status: 'HOOK_COMPLETE_FAILED',
      Target: { TargetType: 'RESOURCE', TargetTypeName: 'AWS::S3::Bucket', TargetId: 'AssetsBucket', Action: 'CREATE' }
    })
    expect(r.InvokedAt).toBeInstanceOf(Date)
    expect(r.Annotations?.map((a) => [a.AnnotationName, a.Status, a.SeverityLevel])).toEqual([
      ['S3_BUCKET_PUBLIC_ACCESS_BLOCKED', 'FAILED', 'CRITICAL'],
      ['S3_BUCKET_SSE_ENABLED', 'FAILED', 'HIGH'],
      ['S3_BUCKET_LOGGING_ENABLED', 'FAILED', 'LOW'],
      ['S3_BUCKET_VERSIONING_ENABLED', 'PASSED', 'MEDIUM'],
      ['S3_BUCKET_REPLICATION', 'SKIPPED', undefined]
    ])
    // Hostile text crosses the XML answer unchanged: escaping is the action's job, not the wire's.
    expect(r.Annotations?.[0]?.StatusMessage).toBe(
      'Bucket <b>AssetsBucket</b> allows public access: PublicAccessBlockConfiguration is missing'
    )
    expect(r.Annotations?.[1]?.RemediationLink).toBe('javascript:alert(document.cookie)')
    expect(r.Annotations?.[2]?.RemediationLink).toBe('https://wiki.example.com/logging" onmouseover="alert(1)')
    expect(r.Annotations?.[4]).toEqual({
      AnnotationName: 'S3_BUCKET_REPLICATION',
      Status: 'SKIPPED',
      StatusMessage: 'Rule skipped: no replication requirement in this account'
    })
    const queue = await client.send(new GetHookResultCommand({ HookResultId: QUEUE }))
    expect(queue.Annotations?.[1]).toMatchObject({
      AnnotationName: 'SQS_QUEUE_DLQ',
      RemediationLink: 'data:text/html,<script>alert(1)</script>'
    })
    expect(queue.Annotations?.[1]?.SeverityLevel).toBeUndefined()
  })

  it('has no annotations while the hook runs, and answers HookResultNotFound before it is invoked', async () => {
    const client = await open('hooks-guard-annotations.yml')
    const before = await client.send(new GetHookResultCommand({ HookResultId: GUARD })).catch((e: unknown) => e)
    expect(before).toBeInstanceOf(HookResultNotFoundException)
    expect((before as HookResultNotFoundException).$metadata.httpStatusCode).toBe(404)
    advance(2_000)
    const running = await client.send(new GetHookResultCommand({ HookResultId: GUARD }))
    expect(running.Status).toBe('HOOK_IN_PROGRESS')
    expect(running.Annotations ?? []).toEqual([])
    await expect(
      client.send(new GetHookResultCommand({ HookResultId: '0f3c1a52-0000-4000-8000-000000000000' }))
    ).rejects.toBeInstanceOf(HookResultNotFoundException)
  })

  it('refuses an id outside the model pattern (a UUID) with ValidationError', async () => {
    const client = await open('hooks-guard-annotations.yml')
    await expect(client.send(new GetHookResultCommand({ HookResultId: 'hr-000001' }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining("at 'hookResultId' failed to satisfy constraint")
    })
  })

  it('answers AccessDenied (403) when the role lacks cloudformation:GetHookResult; ListHookResults still answers', async () => {
    const client = await open('hooks-detail-denied.yml')
    advance(10_000)
    const error = await client
      .send(new GetHookResultCommand({ HookResultId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d' }))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'AccessDenied',
      $fault: 'client',
      message: expect.stringContaining('not authorized to perform: cloudformation:GetHookResult')
    })
    expect((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(403)
    const listed = await client.send(
      new ListHookResultsCommand({
        TargetType: 'CHANGE_SET',
        TargetId: 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-9/2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a'
      })
    )
    expect(listed.HookResults?.map((r) => r.Status)).toEqual(['HOOK_COMPLETE_FAILED'])
  })

  it('refuses a result encrypted with a customer key the role cannot decrypt, naming kms:Decrypt and the key', async () => {
    const client = await open('hooks-kms-denied.yml')
    advance(10_000)
    await expect(
      client.send(new GetHookResultCommand({ HookResultId: '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e' }))
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      message: expect.stringMatching(/kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key\/1234abcd/)
    })
    // A result without a customer key is readable by the same role.
    const plain = await client.send(new GetHookResultCommand({ HookResultId: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f' }))
    expect(plain.Status).toBe('HOOK_COMPLETE_SUCCEEDED')
  })
})

describe('DescribeEvents for a change set (early validation)', () => {
  it('lists the failed validations newest first, with their operation, names, paths and failure modes', async () => {
    const client = await open('hooks-early-validation.yml')
    advance(10_000)
    const cs = await client.send(new DescribeChangeSetCommand({ ChangeSetName: CHANGE_SET }))
    expect(cs.Status).toBe('FAILED')
    expect(cs.StatusReason).toMatch(
      /^The following hook\(s\)\/validation failed: \[AWS::EarlyValidation::ResourceExistenceCheck/
    )
    const r = await client.send(
      new DescribeEventsCommand({ ChangeSetName: CHANGE_SET, Filters: { FailedEvents: true } })
    )
    const events = r.OperationEvents ?? []
    expect(events.map((e) => [e.EventType, e.LogicalResourceId, e.ValidationName, e.ValidationFailureMode])).toEqual([
      ['VALIDATION_ERROR', 'OldLogsBucket', 'AWS::EarlyValidation::S3BucketEmptinessCheck', 'WARN'],
      ['VALIDATION_ERROR', 'JobsQueue', 'AWS::EarlyValidation::PropertyValidation', 'FAIL'],
      ['VALIDATION_ERROR', 'AssetsBucket', 'AWS::EarlyValidation::ResourceExistenceCheck', 'FAIL']
    ])
    expect(events[2]).toMatchObject({
      OperationId: '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4',
      OperationType: 'CREATE_CHANGESET',
      OperationStatus: 'FAILED',
      ResourceType: 'AWS::S3::Bucket',
      PhysicalResourceId: 'web-service-assets',
      ValidationStatus: 'FAILED',
      ValidationPath: '/Resources/AssetsBucket/Properties/BucketName',
      ValidationStatusReason: "Resource of type 'AWS::S3::Bucket' with identifier 'web-service-assets' already exists."
    })
    expect(events[1]?.ValidationStatusReason).toContain('<script>x</script>')
    expect(events[0]?.Timestamp).toBeInstanceOf(Date)
    const byOperation = await client.send(
      new DescribeEventsCommand({ OperationId: '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4' })
    )
    expect(byOperation.OperationEvents).toHaveLength(3)
    const byName = await client.send(new DescribeEventsCommand({ ChangeSetName: 'pr-8', StackName: 'web-service' }))
    expect(byName.OperationEvents).toHaveLength(3)
  })

  it('shows the events as they happen, under an operation still IN_PROGRESS', async () => {
    const client = await open('hooks-early-validation.yml')
    advance(2_000)
    const r = await client.send(new DescribeEventsCommand({ ChangeSetName: CHANGE_SET }))
    expect(r.OperationEvents?.map((e) => [e.LogicalResourceId, e.OperationStatus])).toEqual([
      ['AssetsBucket', 'IN_PROGRESS']
    ])
  })

  it('refuses a call without ChangeSetName, OperationId or StackName, and an unknown change set', async () => {
    const client = await open('hooks-early-validation.yml')
    await expect(client.send(new DescribeEventsCommand({}))).rejects.toMatchObject({ name: 'ValidationError' })
    await expect(client.send(new DescribeEventsCommand({ ChangeSetName: `${CHANGE_SET}0` }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('does not exist')
    })
    // A change set named without its stack cannot be told from one of another stack.
    await expect(client.send(new DescribeEventsCommand({ ChangeSetName: 'pr-8' }))).rejects.toMatchObject({
      name: 'ValidationError'
    })
  })

  it('pages with NextToken through the SDK paginator', async () => {
    const client = await open('hooks-early-validation.yml', (y) => `pageSize: { DescribeEvents: 2 }\n${y}`)
    advance(10_000)
    const pages: OperationEvent[][] = []
    for await (const page of paginateDescribeEvents({ client }, { ChangeSetName: CHANGE_SET }))
      pages.push(page.OperationEvents ?? [])
    expect(pages.map((p) => p.length)).toEqual([2, 1])
    expect(new Set(pages.flat().map((e) => e.EventId)).size).toBe(3)
  })
})

describe('a stack operation that invoked hooks', () => {
  const STACK = 'web-service'
  const UPDATE = '8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b'
  const ROLLBACK = '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b'
  const TOKEN = 'deploy-web-service-118-1'

  async function stackEvents(client: CloudFormationClient): Promise<StackEvent[]> {
    const events: StackEvent[] = []
    for await (const page of paginateDescribeStackEvents({ client }, { StackName: STACK }))
      events.push(...(page.StackEvents ?? []))
    return events
  }

  it('carries HookInvocationId, HookStatus, HookType, HookFailureMode and the OperationId on stack events', async () => {
    const client = await open('hooks-stack-deployment.yml')
    advance(12_000)
    const events = await stackEvents(client)
    const hooked = events.filter((e) => e.HookInvocationId)
    expect(hooked.map((e) => [e.LogicalResourceId, e.HookType, e.HookStatus, e.HookFailureMode])).toEqual([
      ['JobsQueue', 'MyOrg::Guard::StorageRules', 'HOOK_COMPLETE_FAILED', 'FAIL'],
      ['BuildHost', 'MyOrg::Cost::InstanceSize', 'HOOK_COMPLETE_FAILED', 'WARN'],
      ['BuildHost', 'MyOrg::Tags::Required', 'HOOK_COMPLETE_SUCCEEDED', 'FAIL'],
      ['BuildHost', 'MyOrg::Cost::InstanceSize', 'HOOK_IN_PROGRESS', 'WARN'],
      ['JobsQueue', 'MyOrg::Guard::StorageRules', 'HOOK_IN_PROGRESS', 'FAIL']
    ])
    expect(hooked[0]).toMatchObject({
      OperationId: UPDATE,
      ClientRequestToken: TOKEN,
      HookInvocationPoint: 'PRE_PROVISION',
      HookStatusReason: expect.stringContaining('SQS_QUEUE_ENCRYPTED')
    })
    // The rollback the update triggered carries its token; the stack's creation was started without one.
    expect(events[0]).toMatchObject({
      ResourceStatus: 'UPDATE_ROLLBACK_COMPLETE',
      OperationId: ROLLBACK,
      ClientRequestToken: TOKEN
    })
    expect(events.at(-1)?.OperationId).toBe('0a1b2c3d-1111-4e5f-8a9b-0c1d2e3f4a5b')
    expect(events.at(-1)?.ClientRequestToken).toBeUndefined()
    // The invocation id is the id GetHookResult takes.
    const detail = await client.send(new GetHookResultCommand({ HookResultId: hooked[0]?.HookInvocationId }))
    expect(detail.Annotations?.[0]).toMatchObject({ AnnotationName: 'SQS_QUEUE_ENCRYPTED', SeverityLevel: 'HIGH' })
    expect(detail.Target).toMatchObject({ TargetTypeName: 'AWS::SQS::Queue', TargetId: 'JobsQueue' })
  })

  it('lists the stack operations newest first in DescribeStacks', async () => {
    const client = await open('hooks-stack-deployment.yml')
    advance(3_000)
    const during = await client.send(new DescribeStacksCommand({ StackName: STACK }))
    expect(during.Stacks?.[0]).toMatchObject({
      StackStatus: 'UPDATE_IN_PROGRESS',
      LastOperations: [{ OperationId: UPDATE, OperationType: 'UPDATE_STACK' }, { OperationType: 'CREATE_STACK' }]
    })
    advance(9_000)
    const after = await client.send(new DescribeStacksCommand({ StackName: STACK }))
    expect(after.Stacks?.[0]?.LastOperations?.[0]).toEqual({ OperationId: ROLLBACK, OperationType: 'ROLLBACK' })
  })

  it("gives the operation's failed events in DescribeEvents: the hook invocation error and the provisioning error", async () => {
    const client = await open('hooks-stack-deployment.yml')
    advance(12_000)
    const failed = await client.send(
      new DescribeEventsCommand({ StackName: STACK, OperationId: UPDATE, Filters: { FailedEvents: true } })
    )
    expect(
      failed.OperationEvents?.map((e) => [e.EventType, e.LogicalResourceId, e.HookType ?? e.ResourceStatus])
    ).toEqual([
      ['PROVISIONING_ERROR', 'JobsQueue', 'CREATE_FAILED'],
      ['HOOK_INVOCATION_ERROR', 'JobsQueue', 'MyOrg::Guard::StorageRules'],
      ['HOOK_INVOCATION_ERROR', 'BuildHost', 'MyOrg::Cost::InstanceSize']
    ])
    expect(
      failed.OperationEvents?.every((e) => e.OperationType === 'UPDATE_STACK' && e.OperationStatus === 'FAILED')
    ).toBe(true)
    const rollback = await client.send(new DescribeEventsCommand({ OperationId: ROLLBACK }))
    expect(rollback.OperationEvents?.[0]).toMatchObject({
      ResourceStatus: 'UPDATE_ROLLBACK_COMPLETE',
      OperationStatus: 'SUCCEEDED',
      EventType: 'STACK_EVENT'
    })
    await expect(client.send(new DescribeEventsCommand({ StackName: 'nope' }))).rejects.toMatchObject({
      name: 'ValidationError'
    })
  })
})

describe('scenario fields', () => {
  it('refuses values outside the model enums, naming where', () => {
    const bad = (annotation: string) => () =>
      normalizeScenario(
        parse(`hookResults:\n  - { typeName: A::B::C, targetId: x, annotations: [${annotation}] }`) as Record<
          string,
          unknown
        >
      )
    expect(bad('{ severity: SEVERE }')).toThrow(
      /hookResults\[0\]\.annotations\[0\]\.severity: "SEVERE" is not one of INFORMATIONAL, LOW/
    )
    expect(bad('{ status: WARNED }')).toThrow(/status: "WARNED" is not one of PASSED, FAILED, SKIPPED/)
    expect(bad('{}')).not.toThrow()
    const ops = () =>
      normalizeScenario(
        parse('stacks:\n  - { name: s, operations: [{ at: 0s, id: a, type: UPDATE }] }') as Record<string, unknown>
      )
    expect(ops).toThrow(/stacks\[0\]\.operations\[0\]\.type: "UPDATE" is not one of CREATE_STACK/)
    const stack = (fields: string) => () =>
      normalizeScenario(parse(`stacks:\n  - { name: s, ${fields} }`) as Record<string, unknown>)
    expect(stack('operations: [{ at: 0s, id: a, type: UPDATE_STACK, clientRequestToken: "-x y" }]')).toThrow(
      /operations\[0\]\.clientRequestToken: "-x y" does not have the shape of ClientRequestToken/
    )
    expect(
      stack(
        'events: [{ at: 0s, status: UPDATE_IN_PROGRESS, hook: { type: A::B::C, status: HOOK_IN_PROGRESS, ' +
          'invocationId: not-a-uuid } }]'
      )
    ).toThrow(/events\[0\]\.hook\.invocationId: "not-a-uuid" does not have the shape of HookInvocationId/)
  })

  it('denies each CloudFormation operation a scenario withholds', async () => {
    const client = await open('hooks-early-validation.yml', (y) => `denied: [cloudformation:DescribeEvents]\n${y}`)
    await expect(client.send(new DescribeEventsCommand({ ChangeSetName: CHANGE_SET }))).rejects.toMatchObject({
      name: 'AccessDenied'
    })
    expect((await client.send(new DescribeChangeSetCommand({ ChangeSetName: CHANGE_SET }))).Status).toBe(
      'CREATE_IN_PROGRESS'
    )
  })
})
