/**
 * Where an image build can end, from its earlier builds (src/sources/build-history.ts): the steps still to run
 * in the running workflow, then the workflows still to start, each step's duration as earlier builds ran it.
 * Pure code; the window it gives is turned into a delay by `lookIn` (forecast.ts).
 */
import { workflowEnded, type WorkflowExecution } from '../core/observations.js'
import { durationOf, settleWindow, type Duration, type Window } from './forecast.js'

/** What earlier builds say: per workflow type, in the order they ran, the durations of its start lag and steps. */
export interface BuildHistory {
  /** Workflow types in the order the latest earlier build ran them. */
  order: string[]
  /** Per workflow type, its step names in order (the latest earlier build's). */
  steps: Map<string, string[]>
  /** Durations in milliseconds, by `type` (from the previous workflow's end to its start) or `type/step`. */
  samples: Map<string, number[]>
}

const done = (e: WorkflowExecution) => e.succeededSteps + e.failedSteps + e.skippedSteps
/**
 * A workflow on its way to failing: it rolls back, or it ended other than completed. A failed step alone is not:
 * a step whose workflow document says `onFailure: Continue` fails while the workflow runs on for its remaining
 * steps; one that aborts turns the workflow's own status within the sparse bound.
 */
const failing = (e: WorkflowExecution) =>
  e.status.startsWith('ROLLBACK') || (workflowEnded(e.status) && !['COMPLETED', 'SKIPPED'].includes(e.status))

/** Where the build ends soon: look densely until it has. */
const IMMINENT: Window = { startMs: 0, endMs: Infinity }

/**
 * The window in which the build can end as expected, or undefined when its history cannot tell (none, or a
 * workflow or step it has not seen) and nothing is failing. `stepStartedAt` tells when a running workflow's
 * current step started (epoch ms), as read or as first seen.
 */
export function buildWindow(
  history: BuildHistory,
  executions: readonly WorkflowExecution[],
  now: number,
  stepStartedAt: (execution: WorkflowExecution) => number | undefined
): Window | undefined {
  // A failing build ends within its rollback, whatever its history says or lacks.
  if (executions.some(failing)) return IMMINENT
  // Distribution runs after build and test (Image Builder user guide, image workflows): once it has ended, the
  // image's own state comes next, with or without a history.
  const running = executions.filter((e) => !workflowEnded(e.status))
  if (running.length === 0 && executions.some((e) => e.type === 'DISTRIBUTION')) return IMMINENT
  if (history.order.length === 0) return undefined
  const duration = (key: string): Duration | undefined => durationOf(history.samples.get(key) ?? [])
  const stepsOf = (type: string) => (history.steps.get(type) ?? []).map((name) => duration(`${type}/${name}`))
  const started = new Set(executions.map((e) => e.type))
  // Each workflow yet to start: its lag after the one before, then its steps.
  const later = (after: number) =>
    history.order
      .slice(after + 1)
      .filter((type) => !started.has(type))
      .flatMap((type) => [duration(type), ...stepsOf(type)])
  const position = (e: WorkflowExecution) => history.order.indexOf(e.type)
  const window = (current: Duration | undefined, elapsed: number, ahead: (Duration | undefined)[]) =>
    current && ahead.every(Boolean) ? settleWindow(current, elapsed, ahead as Duration[]) : undefined
  if (running.length === 0) {
    const next = history.order.findIndex((type) => !started.has(type))
    // Every workflow ran: the image's own state comes next.
    if (next < 0) return IMMINENT
    const lastEnd = Math.max(...executions.map((e) => Date.parse(e.endTime ?? '')).filter(Number.isFinite), -Infinity)
    const type = history.order[next] as string
    return window(duration(type), Number.isFinite(lastEnd) ? now - lastEnd : 0, [...stepsOf(type), ...later(next)])
  }
  const last = running.reduce((a, b) => (position(b) > position(a) ? b : a))
  const at = position(last)
  const names = history.steps.get(last.type) ?? []
  if (at < 0 || done(last) >= names.length) return undefined
  const steps = stepsOf(last.type)
  const since = stepStartedAt(last) ?? Date.parse(last.startTime ?? '')
  const elapsed = Number.isFinite(since) ? Math.max(0, now - since) : 0
  return window(steps[done(last)], elapsed, [...steps.slice(done(last) + 1), ...later(at)])
}
