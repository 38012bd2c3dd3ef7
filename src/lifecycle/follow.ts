/** Follow a started lifecycle execution (ListLifecycleExecutions for its resource, all pages) to its end. */
import { paginateListLifecycleExecutions, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
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
      let found: LifecycleExecution = { executionId, resourceArn, status: 'NOT_LISTED_YET' }
      const pages = paginateListLifecycleExecutions(
        { client, pageSize: 25, stopOnSameToken: true },
        { resourceArn },
        { abortSignal: signal }
      )
      search: for await (const page of pages)
        for (const e of page.lifecycleExecutions ?? [])
          if (e.lifecycleExecutionId === executionId) {
            found = {
              executionId,
              resourceArn,
              status: e.state?.status ?? 'UNKNOWN',
              reason: e.state?.reason,
              hasImpactedResources: e.resourcesImpactedSummary?.hasImpactedResources,
              startTime: e.startTime?.toISOString(),
              endTime: e.endTime?.toISOString()
            }
            break search
          }
      return {
        snapshot: found,
        settled: TERMINAL.has(found.status),
        progress: `lifecycle ${executionId} ${found.status}`
      }
    }
  }
}
