/** Follow a started lifecycle execution (ListLifecycleExecutions for its resource, all pages) to its end. */
import {
  ListLifecycleExecutionsCommand,
  type ImagebuilderClient,
  type LifecycleExecution as ListedExecution
} from '@aws-sdk/client-imagebuilder'
import { readAllPages, sameJson, uniqueById } from '../core/listing.js'
import type { PollResult, Target } from '../core/poll.js'

const TERMINAL = new Set(['SUCCESS', 'FAILED', 'CANCELLED'])

export interface LifecycleExecution {
  executionId: string
  resourceArn: string
  status: string
  reason?: string
  hasImpactedResources?: boolean
  startTime?: string
  endTime?: string
}

export function lifecycleExecutionTarget(
  client: ImagebuilderClient,
  resourceArn: string,
  executionId: string,
  label: string
): Target<LifecycleExecution> {
  return {
    key: `lifecycle:${executionId}`,
    label,
    async poll(signal): Promise<PollResult<LifecycleExecution>> {
      // The whole listing, read by the one rule for listings: a repeated token or a contradictory item fails the
      // poll (retried) rather than hiding the execution or stopping short of it.
      const op = 'ListLifecycleExecutions'
      const listed = await readAllPages<ListedExecution>(op, async (nextToken) => {
        const page = await client.send(new ListLifecycleExecutionsCommand({ resourceArn, maxResults: 25, nextToken }), {
          abortSignal: signal
        })
        return { items: page.lifecycleExecutions ?? [], next: page.nextToken }
      })
      const e = uniqueById(op, listed, (x) => x.lifecycleExecutionId, sameJson).find(
        (x) => x.lifecycleExecutionId === executionId
      )
      const found: LifecycleExecution = e
        ? {
            executionId,
            resourceArn,
            status: e.state?.status ?? 'UNKNOWN',
            reason: e.state?.reason,
            hasImpactedResources: e.resourcesImpactedSummary?.hasImpactedResources,
            startTime: e.startTime?.toISOString(),
            endTime: e.endTime?.toISOString()
          }
        : { executionId, resourceArn, status: 'NOT_LISTED_YET' }
      return {
        snapshot: found,
        settled: TERMINAL.has(found.status),
        progress: `lifecycle ${executionId} ${found.status}`
      }
    }
  }
}
