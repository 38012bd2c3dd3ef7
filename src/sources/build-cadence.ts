/**
 * When to look at an image build next: its earlier builds' history (read once, on the first poll) and where the
 * build is now give the window in which it can end (src/wait/build-forecast.ts). The running workflow's steps
 * (ListWorkflowStepExecutions) are read only when its step count changes, and only in the last workflow, where
 * the current step's start places the window; elsewhere a step's start is taken as when its count was first seen.
 */
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { ImageBuildVersionArn } from '../core/arn.js'
import type { Clock } from '../core/clock.js'
import { workflowEnded, type WorkflowExecution } from '../core/observations.js'
import { buildWindow, type BuildHistory } from '../wait/build-forecast.js'
import { lookIn } from '../wait/forecast.js'
import { listWorkflowSteps } from './build-details.js'
import { readBuildHistory } from './build-history.js'

const NO_HISTORY: BuildHistory = { order: [], steps: new Map(), samples: new Map() }

export function buildCadence(
  client: ImagebuilderClient,
  arn: ImageBuildVersionArn,
  clock: Clock,
  listExecutions: (arn: string, signal: AbortSignal) => Promise<WorkflowExecution[]>
) {
  let history: BuildHistory | undefined
  /** Per running workflow: its step count and when its current step started. */
  const current = new Map<string, { done: number; since: number }>()

  /**
   * The history, read once: a read that fails for any reason leaves none for this build. Read again at every
   * poll, a listing that cannot be read whole (a repeated token, a contradiction) would cost its pages each time.
   */
  async function historyOf(signal: AbortSignal): Promise<BuildHistory> {
    try {
      history ??= await readBuildHistory(client, arn, listExecutions, signal)
    } catch (error) {
      if (signal.aborted) throw error
      history = NO_HISTORY
    }
    return history
  }

  return {
    /** Milliseconds until the next look, or undefined when the history cannot tell. */
    async lookIn(executions: WorkflowExecution[], signal: AbortSignal): Promise<number | undefined> {
      const known = await historyOf(signal)
      const now = clock.now()
      const lastType = known.order.at(-1)
      for (const e of executions.filter((x) => !workflowEnded(x.status) && x.id)) {
        const done = e.succeededSteps + e.failedSteps + e.skippedSteps
        const seen = current.get(e.id)
        if (seen?.done === done) continue
        let since = done === 0 ? Date.parse(e.startTime ?? '') : now
        if (e.type === lastType) {
          // Where the window is placed from: the running step's own start, read once per step.
          const steps = await listWorkflowSteps(client, e.id, signal).catch(() => [])
          const running = steps.find((s) => s.status === 'RUNNING')
          since = Date.parse(running?.startTime ?? '') || since
        }
        current.set(e.id, { done, since: Number.isFinite(since) ? since : now })
      }
      return lookIn(buildWindow(known, executions, now, (e) => current.get(e.id)?.since))
    }
  }
}
