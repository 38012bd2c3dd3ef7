/** CloudFormation operations (awsQuery): each takes the form parameters and returns the `<Op>Result` body. */
import { SimError } from './errors.js'
import { paginate } from './pagination.js'
import { stateAt, type SimStack } from './scenario.js'
import type { SimState } from './state.js'

type Params = Record<string, string>
export type CloudFormationHandler = (state: SimState, params: Params, elapsed: number) => Record<string, unknown>

const PAGE = { ListHookResults: 100, DescribeStackEvents: 100 }
const TARGET_TYPES = new Set(['CHANGE_SET', 'STACK', 'RESOURCE', 'CLOUD_CONTROL'])
const HOOK_STATUSES = new Set(['HOOK_IN_PROGRESS', 'HOOK_COMPLETE_SUCCEEDED', 'HOOK_COMPLETE_FAILED', 'HOOK_FAILED'])

function validation(message: string): SimError {
  return new SimError('ValidationError', message)
}

const listHookResults: CloudFormationHandler = (state, p, elapsed) => {
  const { TargetType, TargetId, TypeArn, Status } = p
  if ((TargetType === undefined) !== (TargetId === undefined))
    throw validation('TargetType and TargetId must be specified together.')
  if (Status !== undefined && TypeArn === undefined)
    throw validation('Status can only be used in combination with TypeArn.')
  if (TargetType !== undefined && TypeArn !== undefined)
    throw validation('TypeArn cannot be combined with TargetType and TargetId.')
  if (TargetType !== undefined && !TARGET_TYPES.has(TargetType)) throw validation(`Invalid TargetType: ${TargetType}`)
  if (Status !== undefined && !HOOK_STATUSES.has(Status)) throw validation(`Invalid Status: ${Status}`)
  const byTarget = TargetType !== undefined
  const page = paginate(
    'ListHookResults',
    p.NextToken,
    state.scenario.pageSize.ListHookResults ?? PAGE.ListHookResults,
    elapsed,
    'ValidationError',
    (asOf) =>
      state.scenario.hookResults.flatMap((hook) => {
        const current = stateAt(hook.timeline, asOf)
        if (!current) return []
        if (byTarget && (hook.targetType !== TargetType || hook.targetId !== TargetId)) return []
        if (TypeArn !== undefined && hook.typeArn !== TypeArn) return []
        if (Status !== undefined && current.status !== Status) return []
        return [{ hook, current, invokedAt: hook.timeline[0]?.at ?? 0 }]
      })
  )
  return {
    TargetType,
    TargetId,
    HookResults: page.items.map(({ hook, current, invokedAt }) => ({
      HookResultId: hook.id,
      InvocationPoint: hook.invocationPoint,
      FailureMode: hook.failureMode,
      TypeName: hook.typeName,
      TypeVersionId: hook.typeVersionId,
      TypeConfigurationVersionId: '00000001',
      Status: current.status,
      HookStatusReason: current.reason,
      // As documented: only present when the request does not filter by target.
      InvokedAt: byTarget ? undefined : new Date(state.epoch + invokedAt),
      TargetType: hook.targetType,
      TargetId: hook.targetId,
      TypeArn: hook.typeArn,
      HookExecutionTarget: byTarget ? undefined : hook.executionTarget
    })),
    NextToken: page.nextToken
  }
}

const describeChangeSet: CloudFormationHandler = (state, p, elapsed) => {
  const name = p.ChangeSetName
  const changeSet = state.scenario.changeSets.find(
    (c) => c.arn === name || (c.name === name && c.stackName === p.StackName)
  )
  const current = changeSet && stateAt(changeSet.timeline, elapsed)
  if (!changeSet || !current) throw new SimError('ChangeSetNotFound', `ChangeSet [${name}] does not exist`)
  return {
    ChangeSetName: changeSet.name,
    ChangeSetId: changeSet.arn,
    StackName: changeSet.stackName,
    Status: current.status,
    StatusReason: current.reason,
    ExecutionStatus: current.status === 'CREATE_COMPLETE' ? 'AVAILABLE' : 'UNAVAILABLE',
    CreationTime: new Date(state.epoch + (changeSet.timeline[0]?.at ?? 0)),
    Changes: []
  }
}

function existingStack(state: SimState, name: string | undefined, elapsed: number): SimStack {
  const stack = state.scenario.stacks.find((s) => s.name === name || s.id === name)
  if (!stack || !stack.events.some((e) => e.at <= elapsed))
    throw validation(`Stack with id ${String(name)} does not exist`)
  return stack
}

const describeStacks: CloudFormationHandler = (state, p, elapsed) => {
  const stack = existingStack(state, p.StackName, elapsed)
  const own = stack.events.filter((e) => e.at <= elapsed && e.logicalId === stack.name)
  const last = own.at(-1)
  return {
    Stacks: [
      {
        StackName: stack.name,
        StackId: stack.id,
        CreationTime: new Date(state.epoch + (stack.events[0]?.at ?? 0)),
        StackStatus: last?.status ?? 'CREATE_IN_PROGRESS',
        StackStatusReason: last?.reason
      }
    ]
  }
}

const describeStackEvents: CloudFormationHandler = (state, p, elapsed) => {
  const stack = existingStack(state, p.StackName, elapsed)
  const page = paginate(
    'DescribeStackEvents',
    p.NextToken,
    state.scenario.pageSize.DescribeStackEvents ?? PAGE.DescribeStackEvents,
    elapsed,
    'ValidationError',
    (asOf) =>
      stack.events
        .map((event, index) => ({ event, index }))
        .filter(({ event }) => event.at <= asOf)
        .reverse()
  )
  return {
    StackEvents: page.items.map(({ event, index }) => ({
      StackId: stack.id,
      EventId: `${event.logicalId}-${event.status}-${String(index).padStart(6, '0')}`,
      StackName: stack.name,
      LogicalResourceId: event.logicalId,
      PhysicalResourceId:
        event.physicalId ?? (event.logicalId === stack.name ? stack.id : `${stack.name}-${event.logicalId}`),
      ResourceType: event.resourceType,
      Timestamp: new Date(state.epoch + event.at),
      ResourceStatus: event.status,
      ResourceStatusReason: event.reason,
      HookType: event.hook?.type,
      HookStatus: event.hook?.status,
      HookStatusReason: event.hook?.reason,
      HookFailureMode: event.hook?.failureMode,
      HookInvocationPoint: event.hook ? 'PRE_PROVISION' : undefined
    })),
    NextToken: page.nextToken
  }
}

export const cloudFormationOperations: Record<string, CloudFormationHandler> = {
  ListHookResults: listHookResults,
  DescribeChangeSet: describeChangeSet,
  DescribeStacks: describeStacks,
  DescribeStackEvents: describeStackEvents
}
