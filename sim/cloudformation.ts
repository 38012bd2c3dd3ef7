/**
 * CloudFormation operations (awsQuery): each takes the form parameters and returns the `<Op>Result` body. Shapes
 * and rules follow AWS's cloudformation service model (2010-05-15); each rule names where it comes from.
 */
import { guarded } from './access.js'
import { SimError } from './errors.js'
import { describeEvents, lastOperations, physicalId, stackEventDetail, stackEventId } from './events.js'
import { getHookResult } from './hook-detail.js'
import * as model from './model.js'
import { paginate } from './pagination.js'
import { stateAt, type SimStack } from './scenario.js'
import type { SimState } from './state.js'

type Params = Record<string, string>
export type CloudFormationHandler = (state: SimState, params: Params, elapsed: number) => Record<string, unknown>

const PAGE = { ListHookResults: 100, DescribeStackEvents: 100 }
/** How long hook invocations stay listed (the Hooks user guide, hooks-view-invocations: the last 90 days). */
const HOOK_RETENTION_MS = 90 * 86_400_000

/** ValidationError is CloudFormation's common error for a refused request (API reference, Common Errors). */
function validation(message: string): SimError {
  return new SimError('ValidationError', message)
}

function includes(values: readonly string[], value: string): boolean {
  return values.includes(value)
}

/** The parameter combinations of the ListHookResults operation documentation, and its input member docs. */
function checkHookQuery(p: Params): void {
  const { TargetType, TargetId, TypeArn, Status } = p
  if ((TargetType === undefined) !== (TargetId === undefined))
    throw validation('TargetType and TargetId must be specified together.')
  if (Status !== undefined && TypeArn === undefined)
    throw validation('Status can only be used in combination with TypeArn.')
  if (TargetType !== undefined && TypeArn !== undefined)
    throw validation('TypeArn cannot be combined with TargetType and TargetId.')
  if (TargetType !== undefined && !includes(model.HOOK_TARGET_TYPES, TargetType))
    throw validation(
      `1 validation error detected: Value '${TargetType}' at 'targetType' failed to satisfy constraint: Member must satisfy enum value set: [${model.HOOK_TARGET_TYPES.join(', ')}]`
    )
  // `ListHookResultsInput.TargetType`: "Currently, only CHANGE_SET and CLOUD_CONTROL are supported filter options."
  // The error AWS answers for STACK and RESOURCE is not documented; ValidationError is its error for a refused input.
  if (TargetType !== undefined && !includes(model.HOOK_TARGET_FILTERS, TargetType))
    throw validation(
      `TargetType ${TargetType} is not supported: only CHANGE_SET and CLOUD_CONTROL are supported filter options.`
    )
  if (Status !== undefined && !includes(model.HOOK_STATUSES, Status))
    throw validation(
      `1 validation error detected: Value '${Status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [${model.HOOK_STATUSES.join(', ')}]`
    )
}

const listHookResults: CloudFormationHandler = (state, p, elapsed) => {
  checkHookQuery(p)
  const { TargetType, TargetId, TypeArn, Status } = p
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
        const invokedAt = hook.timeline[0]?.at ?? 0
        if (!current || invokedAt < asOf - HOOK_RETENTION_MS) return []
        if (byTarget && (hook.targetType !== TargetType || hook.targetId !== TargetId)) return []
        if (TypeArn !== undefined && hook.typeArn !== TypeArn) return []
        if (Status !== undefined && current.status !== Status) return []
        return [{ hook, current, invokedAt }]
      })
  )
  // `HookResultNotFoundException` (404 HookResultNotFound): "The specified target doesn't have any requested Hook
  // invocations." A target with none is answered so, not with an empty list. For TypeArn or no filter the model
  // documents no such error: an empty list.
  if (byTarget && page.items.length === 0 && !p.NextToken)
    throw new SimError('HookResultNotFound', "The specified target doesn't have any requested Hook invocations.")
  return {
    TargetType,
    TargetId,
    HookResults: page.items.map(({ hook, current, invokedAt }) => ({
      HookResultId: hook.listedWithoutId ? undefined : hook.id,
      InvocationPoint: hook.invocationPoint,
      FailureMode: hook.failureMode,
      TypeName: hook.typeName,
      TypeVersionId: hook.typeVersionId,
      TypeConfigurationVersionId: '00000001',
      Status: current.status,
      HookStatusReason: current.reason,
      // `HookResultSummary.InvokedAt` and `HookExecutionTarget`: "Only shown in responses when the request does not
      // specify TargetType and TargetId filters."
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
  if (name === undefined)
    throw validation(
      "1 validation error detected: Value null at 'changeSetName' failed to satisfy constraint: Member must not be null"
    )
  // `DescribeChangeSetInput.StackName`: "If you specified the name of a change set, specify the stack name or ID".
  if (!name.startsWith('arn:') && p.StackName === undefined)
    throw validation('StackName must be specified if ChangeSetName is not specified as an ARN.')
  const changeSet = state.scenario.changeSets.find(
    (c) => c.arn === name || (c.name === name && (c.stackName === p.StackName || c.stackId === p.StackName))
  )
  const current = changeSet && stateAt(changeSet.timeline, elapsed)
  // `ChangeSetNotFoundException` (404 ChangeSetNotFound), documented for DescribeChangeSet.
  if (!changeSet || !current) throw new SimError('ChangeSetNotFound', `ChangeSet [${name}] does not exist`)
  return {
    ChangeSetName: changeSet.name,
    ChangeSetId: changeSet.arn,
    StackId: changeSet.stackId,
    StackName: changeSet.stackName,
    // A change set with nothing to change ends FAILED with a StatusReason saying it "didn't contain changes";
    // scenarios give that reason verbatim (see scenarios/change-set-no-changes.yml).
    Status: current.status,
    StatusReason: current.reason,
    ExecutionStatus: current.status === 'CREATE_COMPLETE' ? 'AVAILABLE' : 'UNAVAILABLE',
    CreationTime: new Date(state.epoch + (changeSet.timeline[0]?.at ?? 0)),
    Changes: []
  }
}

/** The stack's own events up to `elapsed`: its status is the last one's. */
function stackStatus(stack: SimStack, elapsed: number) {
  const own = stack.events.filter((e) => e.at <= elapsed && e.logicalId === stack.name)
  const deleting = own.find((e) => e.status === 'DELETE_IN_PROGRESS')
  return { last: own.at(-1), deletionStartedAt: deleting?.at }
}

/**
 * `DescribeStackEventsInput.StackName`: "Running stacks: You can specify either the stack's name or its unique stack
 * ID. Deleted stacks: You must specify the unique stack ID." A deleted stack's name is answered as any unknown
 * stack is: ValidationError "Stack with id <name> does not exist" (the DescribeStacks operation note).
 */
function existingStack(state: SimState, name: string | undefined, elapsed: number): SimStack {
  if (name === undefined)
    throw validation(
      "1 validation error detected: Value null at 'stackName' failed to satisfy constraint: Member must not be null"
    )
  const stack = state.scenario.stacks.find((s) => {
    if (!s.events.some((e) => e.at <= elapsed)) return false
    if (s.id === name) return true
    return s.name === name && stackStatus(s, elapsed).last?.status !== 'DELETE_COMPLETE'
  })
  if (!stack) throw validation(`Stack with id ${name} does not exist`)
  return stack
}

function describeStack(state: SimState, stack: SimStack, elapsed: number) {
  const { last, deletionStartedAt } = stackStatus(stack, elapsed)
  const status = last?.status ?? 'CREATE_IN_PROGRESS'
  return {
    StackName: stack.name,
    StackId: stack.id,
    CreationTime: new Date(state.epoch + (stack.events[0]?.at ?? 0)),
    // `Stack.DeletionTime`: "The time the stack was deleted." Given from the start of the deletion on.
    DeletionTime:
      status.startsWith('DELETE_') && deletionStartedAt !== undefined
        ? new Date(state.epoch + deletionStartedAt)
        : undefined,
    StackStatus: status,
    StackStatusReason: last?.reason,
    LastOperations: lastOperations(stack, elapsed)
  }
}

/** Without StackName, DescribeStacks describes every stack there is (its operation documentation); deleted ones are gone. */
const describeStacks: CloudFormationHandler = (state, p, elapsed) => {
  const stacks =
    p.StackName === undefined
      ? state.scenario.stacks.filter(
          (s) => s.events.some((e) => e.at <= elapsed) && stackStatus(s, elapsed).last?.status !== 'DELETE_COMPLETE'
        )
      : [existingStack(state, p.StackName, elapsed)]
  return { Stacks: stacks.map((s) => describeStack(state, s, elapsed)) }
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
      EventId: stackEventId(event, index),
      StackName: stack.name,
      LogicalResourceId: event.logicalId,
      PhysicalResourceId: physicalId(stack, event),
      ResourceType: event.resourceType,
      Timestamp: new Date(state.epoch + event.at),
      ResourceStatus: event.status,
      ResourceStatusReason: event.reason,
      ...stackEventDetail(stack, event)
    })),
    NextToken: page.nextToken
  }
}

/** Each behind its IAM action (a scenario's `denied` list). */
export const cloudFormationOperations: Record<string, CloudFormationHandler> = guarded('cloudformation', {
  ListHookResults: listHookResults,
  GetHookResult: getHookResult,
  DescribeChangeSet: describeChangeSet,
  DescribeEvents: describeEvents,
  DescribeStacks: describeStacks,
  DescribeStackEvents: describeStackEvents
})
