/** What one run found and did, and where a run tells it: the GitHub runner, or a terminal and files. */
import type { InUseScope } from './in-use.js'
import type { CleanupResult, LifecycleEntry, LifecycleStatus, StepAnswer } from './lifecycle.js'
import type { Observation } from './observations.js'
import type { PollEvent, TargetResult } from './poll.js'
import type { Evaluation } from './verdict.js'

export interface RunRecord {
  evaluation: Evaluation
  results: TargetResult<Observation>[]
  lifecycle: LifecycleEntry[]
  lifecycleStatus: LifecycleStatus
  /** Answers to builds paused at WaitForAction (input answer-wait). */
  answers?: StepAnswer[]
  /** Set in cleanup mode: every version's decision. */
  cleanup?: CleanupResult
  dryRun: boolean
  /** What counted as in use, when the run could update builds. */
  inUse?: InUseScope
  /** Where the policy came from: a path, `inline policy` or `defaults`. */
  policySource: string
  startedAt: number
  finishedAt: number
  /** Answers AWS throttled during the run, each retried (by the SDK, or by the next poll). */
  throttled?: number
}

/** The run's side of its runner: the run itself knows no runner, only this. */
export interface RunSink {
  /** A line of the run's log. */
  info(line: string): void
  /** A titled part of the run, e.g. the lifecycle updates (a foldable group in GitHub's log). */
  group<T>(title: string, body: () => Promise<T>): Promise<T>
  /** One poll of one target, as it happens. */
  poll(event: PollEvent): void
  /** Waiting ended: each target's outcome. */
  waited(results: TargetResult<Observation>[]): void
  /** The run's end: write out what it found and did, and set the run's status from it. */
  finish(record: RunRecord): Promise<void>
}
