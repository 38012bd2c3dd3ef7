/**
 * The hooks of a stack operation (a deployment, e.g. an executed change set), from the stack's events.
 * DescribeStackEvents lists them newest first; the operation runs from the stack's start event (its own
 * CREATE_IN_PROGRESS, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS or IMPORT_IN_PROGRESS) to its final status, its
 * rollback included, and ends where the next operation starts. With a ClientRequestToken the start event is the
 * one that carries it (StackEvent.ClientRequestToken: "All events triggered by a given stack operation are
 * assigned the same client request token"); without one, the stack's latest. Events with Hook* members are the
 * hooks invoked; their HookInvocationId is the id GetHookResult takes (the input shape of both is
 * HookInvocationId), so a failed invocation's rules are read as for any hook result.
 */
import type { CloudFormationClient, StackEvent } from '@aws-sdk/client-cloudformation'
import type { Clock } from '../core/clock.js'
import { count } from '../core/count.js'
import {
  isOneOf,
  TERMINAL_HOOK_STATUSES,
  TERMINAL_STACK_STATUSES,
  type HookResult,
  type HookResultsObservation,
  type StackOperation
} from '../core/observations.js'
import type { PollResult, Target } from '../core/poll.js'
import type { StackDeployment } from '../core/targets.js'
import { HookDetails } from './hook-detail.js'
import type { HookWaitOptions } from './hook-results.js'
import { StackEventReader } from './stack-events.js'

/** The stack statuses an operation starts with (a rollback continues the operation it undoes). */
const STARTS = new Set(['CREATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'DELETE_IN_PROGRESS', 'IMPORT_IN_PROGRESS'])

/** The stack's own status events; a stack hook's events are on the stack too, but are hook events. */
function isOwn(e: StackEvent): boolean {
  return e.ResourceType === 'AWS::CloudFormation::Stack' && e.LogicalResourceId === e.StackName && !e.HookStatus
}

const isStart = (e: StackEvent): boolean => isOwn(e) && STARTS.has(e.ResourceStatus ?? '')
/** A stack status AWS has not documented never ends the operation. */
const isFinal = (status: string | undefined): boolean => isOneOf(status, TERMINAL_STACK_STATUSES)
const iso = (e: StackEvent): string | undefined => e.Timestamp?.toISOString()

/** The operation's hook invocations, one per HookInvocationId, each at its latest status. */
function invocations(events: StackEvent[]): HookResult[] {
  const byId = new Map<string, HookResult>()
  for (const e of events) {
    if (!e.HookStatus) continue
    // Before HookInvocationId (2025-09) an invocation is told apart by its hook and resource: in one operation a
    // hook runs once per resource (HookInvocationPoint has the one value PRE_PROVISION).
    const id = e.HookInvocationId ?? `${e.HookType}@${e.LogicalResourceId}`
    const before = byId.get(id)
    byId.set(id, {
      id,
      typeName: e.HookType ?? 'unknown',
      failureMode: e.HookFailureMode ?? 'FAIL',
      status: e.HookStatus,
      reason: e.HookStatusReason,
      invocationPoint: e.HookInvocationPoint,
      targetId: e.LogicalResourceId,
      resource: e.LogicalResourceId ? { logicalId: e.LogicalResourceId, type: e.ResourceType } : undefined,
      invokedAt: before?.invokedAt ?? iso(e),
      finishedAt: before?.finishedAt ?? (isOneOf(e.HookStatus, TERMINAL_HOOK_STATUSES) ? iso(e) : undefined)
    })
  }
  return [...byId.values()]
}

/** The operation as its events (oldest first, from its start event) tell it. */
function operationOf(base: StackOperation, events: StackEvent[]): StackOperation {
  const own = events.filter(isOwn)
  const failed = own.find((e) => /ROLLBACK_IN_PROGRESS$|_FAILED$/.test(e.ResourceStatus ?? ''))
  const last = own.at(-1)
  return {
    ...base,
    operationId: events[0]?.OperationId,
    startedAt: events[0] && iso(events[0]),
    status: last?.ResourceStatus,
    failureReason: failed?.ResourceStatusReason,
    endedAt: last && isFinal(last.ResourceStatus) ? iso(last) : undefined,
    eventCount: events.length
  }
}

export function stackOperationTarget(
  client: CloudFormationClient,
  deployment: StackDeployment,
  clock: Clock,
  options: Pick<HookWaitOptions, 'graceMs'>
): Target<HookResultsObservation> {
  const started = clock.now()
  const details = new HookDetails(client)
  const reader = new StackEventReader(client, deployment.name)
  const { token } = deployment
  const matches = (e: StackEvent) => isStart(e) && (!token || e.ClientRequestToken === token)
  /** The operation's events, oldest first, from its start event on; empty until it has started. */
  let operation: StackEvent[] = []
  let stackId: string | undefined

  return {
    key: `stack-operation:${deployment.region}:${deployment.stack}:${token ?? ''}`,
    label: deployment.label,
    async poll(signal): Promise<PollResult<HookResultsObservation>> {
      // Once known, by the stack ID: a deleted stack is readable by its ID only (DescribeStackEventsInput). Until
      // the operation is found, a read stops at its start event.
      const fresh = await reader.readNew(
        stackId ?? deployment.stack,
        signal,
        (e) => operation.length === 0 && matches(e)
      )
      stackId ??= fresh.find((e) => e.StackId)?.StackId
      if (operation.length === 0) {
        const start = fresh.findLastIndex(matches)
        if (start >= 0) operation = fresh.slice(start)
      } else operation.push(...fresh)
      // The operation ends where the next one starts.
      const next = operation.findIndex((e, k) => k > 0 && isStart(e))
      const events = next < 0 ? operation : operation.slice(0, next)
      const base: StackOperation = { stackName: deployment.name, stackId, token, eventCount: 0 }
      const op = events.length > 0 ? operationOf(base, events) : base
      const results = await details.fill(invocations(events), signal)
      const inProgress = results.filter((r) => !isOneOf(r.status, TERMINAL_HOOK_STATUSES)).length
      const graceOver = clock.now() - started >= options.graceMs
      const snapshot: HookResultsObservation = {
        kind: 'hook-results',
        label: deployment.label,
        region: deployment.region,
        filter: {},
        results,
        operation: op
      }
      const waiting = token ? `no operation with ClientRequestToken ${token} yet` : 'no operation yet'
      return {
        snapshot,
        // Not started after the grace: the policy says there is no such operation.
        settled: op.endedAt !== undefined || (events.length === 0 && graceOver),
        progress: op.startedAt
          ? `stack ${op.status ?? 'unknown'}, ${count(results.length, 'hook invocation')}` +
            `${inProgress > 0 ? `, ${inProgress} in progress` : ''}`
          : waiting
      }
    }
  }
}
