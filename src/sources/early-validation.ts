/**
 * H1, early validation: the checks CloudFormation runs when it creates a change set (DescribeEvents with the
 * change set and the failed-events filter; its VALIDATION_ERROR events). Read once the change set has finished
 * creating. As with the hooks' detail, a refusal becomes a gap naming `cloudformation:DescribeEvents`: the change
 * set's own status still speaks for the verdict.
 */
import { paginateDescribeEvents, type CloudFormationClient, type OperationEvent } from '@aws-sdk/client-cloudformation'
import { describeAwsError, isAccessDenied } from '../core/aws-errors.js'
import type { DetailGap, ValidationEvent } from '../core/observations.js'

function toValidation(e: OperationEvent): ValidationEvent {
  return {
    name: e.ValidationName ?? 'early validation',
    status: e.ValidationStatus ?? 'FAILED',
    failureMode: e.ValidationFailureMode ?? 'FAIL',
    reason: e.ValidationStatusReason ?? e.ResourceStatusReason,
    resource: e.LogicalResourceId
      ? { logicalId: e.LogicalResourceId, type: e.ResourceType, path: e.ValidationPath }
      : undefined
  }
}

export async function readValidation(
  client: CloudFormationClient,
  changeSetArn: string,
  signal: AbortSignal
): Promise<{ validation: ValidationEvent[] } | { gap: DetailGap }> {
  const events: OperationEvent[] = []
  try {
    const pages = paginateDescribeEvents(
      { client, stopOnSameToken: true },
      { ChangeSetName: changeSetArn, Filters: { FailedEvents: true } },
      { abortSignal: signal }
    )
    for await (const page of pages) events.push(...(page.OperationEvents ?? []))
  } catch (error) {
    if (signal.aborted) throw error
    const text = describeAwsError(error)
    return {
      gap: isAccessDenied(error) ? { permission: 'cloudformation:DescribeEvents', error: text } : { error: text }
    }
  }
  // The same event on two pages counts once.
  const seen = new Set<string>()
  const unique = events.filter((e) => !e.EventId || (!seen.has(e.EventId) && Boolean(seen.add(e.EventId))))
  return { validation: unique.filter((e) => e.EventType === 'VALIDATION_ERROR').map(toValidation) }
}
