/** W1: the workflow executions of an image build version, with the image's own state to tell when more may come. */
import { GetImageCommand, paginateListWorkflowExecutions, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { ImageBuildVersionArn } from '../config/arn.js'
import type { Clock } from '../wait/clock.js'
import type { PollResult, Target } from '../wait/scheduler.js'
import {
  TERMINAL_IMAGE_STATUSES,
  TERMINAL_WORKFLOW_STATUSES,
  type ImageBuildObservation,
  type WorkflowExecution
} from './observations.js'

const terminalWorkflow = new Set<string>(TERMINAL_WORKFLOW_STATUSES)
const terminalImage = new Set<string>(TERMINAL_IMAGE_STATUSES)

/** Time until the soonest running workflow should finish, from its pace so far; undefined without progress data. */
export function estimateRemainingMs(executions: WorkflowExecution[], now: number): number | undefined {
  const estimates = executions.flatMap((e) => {
    const done = e.succeededSteps + e.failedSteps + e.skippedSteps
    if (terminalWorkflow.has(e.status) || !e.startTime || done === 0 || e.totalSteps <= done) return []
    const elapsed = now - Date.parse(e.startTime)
    return elapsed > 0 ? [((e.totalSteps - done) * elapsed) / done] : []
  })
  return estimates.length > 0 ? Math.min(...estimates) : undefined
}

function describe(observation: ImageBuildObservation): string {
  const workflows = observation.executions.map((e) => {
    const status = e.status.toLowerCase()
    return terminalWorkflow.has(e.status) ? `${e.type} ${status}` : `${e.type} ${status} ${e.succeededSteps + e.failedSteps + e.skippedSteps}/${e.totalSteps} steps`
  })
  return [`image ${observation.imageStatus ?? 'unknown'}`, workflows.join(', ') || 'no workflows yet'].join('; ')
}

export function workflowExecutionsTarget(client: ImagebuilderClient, arn: ImageBuildVersionArn, clock: Clock): Target<ImageBuildObservation> {
  const label = `${arn.name} ${arn.version}/${arn.build}`
  return {
    key: arn.arn,
    label,
    async poll(signal): Promise<PollResult<ImageBuildObservation>> {
      // The image first, then the list: an image already terminal here means the list read after it is complete.
      const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn.arn }), { abortSignal: signal })
      const executions: WorkflowExecution[] = []
      const pages = paginateListWorkflowExecutions(
        { client, pageSize: 25, stopOnSameToken: true },
        { imageBuildVersionArn: arn.arn },
        { abortSignal: signal }
      )
      for await (const page of pages) {
        for (const e of page.workflowExecutions ?? [])
          executions.push({
            id: e.workflowExecutionId ?? '',
            type: e.type ?? 'UNKNOWN',
            status: e.status ?? 'UNKNOWN',
            message: e.message,
            workflowArn: e.workflowBuildVersionArn,
            parallelGroup: e.parallelGroup,
            totalSteps: e.totalStepCount ?? 0,
            succeededSteps: e.totalStepsSucceeded ?? 0,
            failedSteps: e.totalStepsFailed ?? 0,
            skippedSteps: e.totalStepsSkipped ?? 0,
            startTime: e.startTime,
            endTime: e.endTime
          })
      }
      const snapshot: ImageBuildObservation = {
        kind: 'image-build',
        arn: arn.arn,
        region: arn.region,
        label,
        imageStatus: image?.state?.status,
        imageReason: image?.state?.reason,
        executions
      }
      const settled = terminalImage.has(snapshot.imageStatus ?? '') && executions.every((e) => terminalWorkflow.has(e.status))
      return {
        snapshot,
        settled,
        fingerprint: JSON.stringify([snapshot.imageStatus, executions.map((e) => [e.id, e.status])]),
        etaMs: estimateRemainingMs(executions, clock.now()),
        progress: describe(snapshot)
      }
    }
  }
}
