/**
 * The attempts of a retried workflow. RetryImage "retries an image distribution without rebuilding the image"
 * (imagebuilder model): the superseded attempt stays listed with `retried` (WorkflowExecutionMetadata) and the
 * retry runs as a new execution of the same type on the same build. The latest attempt is the one judged.
 */
import type { WorkflowExecution } from '../core/observations.js'

export interface Attempt {
  /** 1 for the first attempt. */
  attempt: number
  id: string
  status: string
  startTime?: string
  endTime?: string
  message?: string
  retried: boolean
}

/** The attempts of one workflow type of a build that was retried, oldest first; the last one is judged. */
export interface RetryHistory {
  type: string
  attempts: Attempt[]
}

const started = (e: WorkflowExecution) => {
  const at = Date.parse(e.startTime ?? '')
  return Number.isFinite(at) ? at : undefined
}

/** The executions of `type`, by start time; one without a start time cannot be placed and is left out. */
function attemptsOfType(type: string, executions: WorkflowExecution[]): WorkflowExecution[] {
  return executions
    .filter((e) => e.type === type && started(e) !== undefined)
    .sort((a, b) => (started(a) as number) - (started(b) as number))
}

/**
 * The attempt that judges a superseded one: the latest of its type started after it. An attempt not marked
 * `retried`, or with no later attempt listed yet, is judged itself (undefined).
 */
export function latestAttemptOf(e: WorkflowExecution, executions: WorkflowExecution[]): WorkflowExecution | undefined {
  const start = started(e)
  if (!e.retried || start === undefined) return undefined
  const latest = attemptsOfType(e.type, executions).at(-1)
  return latest && latest !== e && (started(latest) as number) > start ? latest : undefined
}

/** For each workflow type with a retried attempt, every attempt in order, with its status and times. */
export function retryHistories(executions: WorkflowExecution[]): RetryHistory[] {
  const types = [...new Set(executions.filter((e) => e.retried).map((e) => e.type))]
  return types.flatMap((type) => {
    const attempts = attemptsOfType(type, executions)
    if (attempts.length < 2) return []
    return [
      {
        type,
        attempts: attempts.map((e, i) => ({
          attempt: i + 1,
          id: e.id,
          status: e.status,
          startTime: e.startTime,
          endTime: e.endTime,
          message: e.message,
          retried: e.retried === true
        }))
      }
    ]
  })
}
