/**
 * H1, early validation: the checks CloudFormation runs when it creates a change set (DescribeEvents with the
 * change set and the failed-events filter; its VALIDATION_ERROR events). Read once the change set has finished
 * creating. As with the hooks' detail, a refusal becomes a gap naming `cloudformation:DescribeEvents`: the change
 * set's own status still speaks for the verdict.
 */
import { DescribeEventsCommand, type CloudFormationClient, type OperationEvent } from '@aws-sdk/client-cloudformation'
import { readAllPages, sameJson, uniqueById, UntrustedAnswerError } from '../core/listing.js'
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
  const op = 'DescribeEvents'
  let events: OperationEvent[]
  try {
    const listed = await readAllPages<OperationEvent>(op, async (NextToken) => {
      const page = await client.send(
        new DescribeEventsCommand({ ChangeSetName: changeSetArn, Filters: { FailedEvents: true }, NextToken }),
        { abortSignal: signal }
      )
      return { items: page.OperationEvents ?? [], next: page.NextToken }
    })
    // The same event on two pages counts once; the same id with other contents is a contradiction.
    events = uniqueById(op, listed, (e) => e.EventId, sameJson)
  } catch (error) {
    // An untrusted listing fails the poll (retried), as every listing does; only AWS's refusals become gaps.
    if (signal.aborted || error instanceof UntrustedAnswerError) throw error
    const text = describeAwsError(error)
    return {
      gap: isAccessDenied(error) ? { permission: 'cloudformation:DescribeEvents', error: text } : { error: text }
    }
  }
  return { validation: events.filter((e) => e.EventType === 'VALIDATION_ERROR').map(toValidation) }
}
