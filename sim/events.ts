/**
 * Operations and their events: DescribeEvents (cloudformation.json: DescribeEventsInput, DescribeEventsOutput,
 * OperationEvent, EventFilter), the operation and hook fields of StackEvent, and Stack.LastOperations.
 * A change set's creation is a CREATE_CHANGESET operation whose events are the scenario's (early validation
 * errors, hook invocation errors); a stack's events belong to the stack operation in force when they happen.
 */
import { SimError } from './errors.js'
import type { SimHookInvocation, SimOperationEvent, SimStackOperation } from './hook-scenario.js'
import { paginate } from './pagination.js'
import { stateAt, type SimChangeSet, type SimStack, type SimStackEvent } from './scenario.js'
import type { SimState } from './state.js'

/** DescribeEvents has no page-size parameter and its page size is not documented: DescribeStackEvents' 100. */
const PAGE_SIZE = 100

/** The EventId a stack event has in DescribeStackEvents, and again in DescribeEvents. */
export function stackEventId(event: SimStackEvent, index: number): string {
  return `${event.logicalId}-${event.status}-${String(index).padStart(6, '0')}`
}

/** A stack event's PhysicalResourceId: the scenario's, else the stack's id for the stack, else a name. */
export function physicalId(stack: SimStack, event: SimStackEvent): string {
  return event.physicalId ?? (event.logicalId === stack.name ? stack.id : `${stack.name}-${event.logicalId}`)
}

function operationOf(stack: SimStack, event: SimStackEvent): SimStackOperation | undefined {
  return stateAt(stack.operations, event.at)
}

/** The Hook* members StackEvent and OperationEvent share. */
function hookFields(hook: SimHookInvocation | undefined): Record<string, unknown> {
  return {
    HookType: hook?.type,
    HookStatus: hook?.status,
    HookStatusReason: hook?.reason,
    HookInvocationPoint: hook?.invocationPoint,
    HookFailureMode: hook?.failureMode
  }
}

/**
 * StackEvent's OperationId, ClientRequestToken and Hook* members; HookInvocationId (StackEvent only) ties it to
 * GetHookResult.
 */
export function stackEventDetail(stack: SimStack, event: SimStackEvent): Record<string, unknown> {
  const operation = operationOf(stack, event)
  return {
    OperationId: operation?.id,
    ClientRequestToken: operation?.clientRequestToken,
    ...hookFields(event.hook),
    HookInvocationId: event.hook?.invocationId
  }
}

/** Stack.LastOperations: "the most recent operations performed on this stack", newest first. */
export function lastOperations(stack: SimStack, elapsed: number): Record<string, unknown>[] | undefined {
  const started = stack.operations.filter((o) => o.at <= elapsed).reverse()
  return started.length > 0 ? started.map((o) => ({ OperationType: o.type, OperationId: o.id })) : undefined
}

/**
 * Shape BeaconStackOperationStatus: from the stack's own status within the operation; an operation followed
 * by a rollback failed.
 */
function stackOperationStatus(stack: SimStack, operation: SimStackOperation, asOf: number): string {
  const next = stack.operations.find((o) => o.at > operation.at && o.at <= asOf)
  if (next?.type.includes('ROLLBACK') && !operation.type.includes('ROLLBACK')) return 'FAILED'
  const own = stack.events.filter(
    (e) => e.at <= asOf && e.logicalId === stack.name && operationOf(stack, e) === operation
  )
  const last = own.at(-1)?.status
  if (!last || last.endsWith('_IN_PROGRESS')) return 'IN_PROGRESS'
  if (last.endsWith('_FAILED')) return 'FAILED'
  // A rollback that completes ends a failed create or update, but is itself a successful ROLLBACK operation.
  return last.includes('ROLLBACK') && !operation.type.includes('ROLLBACK') ? 'FAILED' : 'SUCCEEDED'
}

function changeSetOperationStatus(status: string | undefined): string {
  if (!status || /PENDING|IN_PROGRESS/.test(status)) return 'IN_PROGRESS'
  return status === 'FAILED' ? 'FAILED' : 'SUCCEEDED'
}

/**
 * How a stack event is typed in DescribeEvents (the operation's documentation lists progress events,
 * provisioning errors and hook invocation errors; which stack event is which is our reading of it).
 */
function stackEventType(event: SimStackEvent): string {
  if (event.hook && /FAILED$/.test(event.hook.status)) return 'HOOK_INVOCATION_ERROR'
  return event.status.endsWith('_FAILED') ? 'PROVISIONING_ERROR' : 'STACK_EVENT'
}

interface Listed {
  at: number
  event: Record<string, unknown>
}

function stackEvents(state: SimState, stack: SimStack, asOf: number): Listed[] {
  return stack.events.flatMap((event, index): Listed[] => {
    if (event.at > asOf) return []
    const operation = operationOf(stack, event)
    return [
      {
        at: event.at,
        event: {
          EventId: stackEventId(event, index),
          StackId: stack.id,
          OperationId: operation?.id,
          ClientRequestToken: operation?.clientRequestToken,
          ...hookFields(event.hook),
          OperationType: operation?.type,
          OperationStatus: operation && stackOperationStatus(stack, operation, asOf),
          EventType: stackEventType(event),
          LogicalResourceId: event.logicalId,
          PhysicalResourceId: physicalId(stack, event),
          ResourceType: event.resourceType,
          Timestamp: new Date(state.epoch + event.at),
          ResourceStatus: event.status,
          ResourceStatusReason: event.reason
        }
      }
    ]
  })
}

function changeSetEvents(state: SimState, changeSet: SimChangeSet, asOf: number): Listed[] {
  const current = stateAt(changeSet.timeline, asOf)
  if (!current) return []
  const stackId = state.scenario.stacks.find((s) => s.name === changeSet.stackName)?.id
  return changeSet.events
    .filter((e) => e.at <= asOf)
    .map((e: SimOperationEvent, index): Listed => ({
      at: e.at,
      event: {
        EventId: `${changeSet.operationId}-${String(index).padStart(6, '0')}`,
        StackId: stackId,
        OperationId: changeSet.operationId,
        OperationType: 'CREATE_CHANGESET',
        OperationStatus: changeSetOperationStatus(current.status),
        EventType: e.type,
        LogicalResourceId: e.logicalId,
        PhysicalResourceId: e.physicalId,
        ResourceType: e.resourceType,
        Timestamp: new Date(state.epoch + e.at),
        ResourceStatus: e.status,
        ResourceStatusReason: e.reason,
        ...hookFields(e.hook),
        ValidationFailureMode: e.validation?.failureMode,
        ValidationName: e.validation?.name,
        ValidationStatus: e.validation?.status,
        ValidationStatusReason: e.validation?.reason,
        ValidationPath: e.validation?.path
      }
    }))
}

/**
 * What FailedEvents=true keeps ("only returns failed events within the operation"): the error event types, a
 * skipped validation excepted, and stack events whose resource or hook failed.
 */
function isFailed(event: Record<string, unknown>): boolean {
  if (event.EventType === 'VALIDATION_ERROR') return event.ValidationStatus !== 'SKIPPED'
  if (event.EventType !== 'STACK_EVENT' && event.EventType !== 'PROGRESS_EVENT') return true
  return String(event.ResourceStatus ?? '').endsWith('_FAILED')
}

function validation(message: string): SimError {
  return new SimError('ValidationError', message)
}

export function describeEvents(state: SimState, p: Record<string, string>, elapsed: number): Record<string, unknown> {
  const { StackName, ChangeSetName, OperationId } = p
  // The operation's documentation: "One of ChangeSetName, OperationId or StackName must be specified".
  if (!StackName && !ChangeSetName && !OperationId)
    throw validation('One of ChangeSetName, OperationId or StackName must be specified.')
  const onStack = (name: string, id?: string) => !StackName || StackName === name || StackName === id
  const named = (c: SimChangeSet) => c.arn === ChangeSetName || (c.name === ChangeSetName && !!StackName)
  // A change set by ARN, or by name together with its stack (DescribeEventsInput.StackName's documentation).
  const changeSets = state.scenario.changeSets.filter(
    (c) => stateAt(c.timeline, elapsed) && onStack(c.stackName) && (!ChangeSetName || named(c))
  )
  const stacks = ChangeSetName
    ? []
    : state.scenario.stacks.filter((s) => s.events.some((e) => e.at <= elapsed) && onStack(s.name, s.id))
  // What AWS answers for an unknown change set or stack here is not documented: as DescribeStackEvents answers.
  if (ChangeSetName && changeSets.length === 0) throw validation(`ChangeSet [${ChangeSetName}] does not exist`)
  if (StackName && stacks.length === 0 && changeSets.length === 0)
    throw validation(`Stack with id ${StackName} does not exist`)
  const failedOnly = p['Filters.FailedEvents'] === 'true'
  const size = state.scenario.pageSize.DescribeEvents ?? PAGE_SIZE
  const page = paginate('DescribeEvents', p.NextToken, size, elapsed, 'ValidationError', (asOf) =>
    [
      ...stacks.flatMap((s) => stackEvents(state, s, asOf)),
      ...changeSets.flatMap((c) => changeSetEvents(state, c, asOf))
    ]
      .filter((l) => (!OperationId || l.event.OperationId === OperationId) && (!failedOnly || isFailed(l.event)))
      // Newest first, as DescribeStackEvents lists; the sort is stable, so reversing first keeps ties newest first.
      .reverse()
      .sort((a, b) => b.at - a.at)
      .map((l) => l.event)
  )
  return { OperationEvents: page.items, NextToken: page.nextToken }
}
