/** The simulated account: the scenario as seen at a moment, plus what callers changed (lifecycle runs). */
import { stateAt, type Scenario, type SimImage, type SimWorkflow } from './scenario.js'
import { effective, imageOf, stepCounts, type StepAnswer } from './step-timeline.js'

export const TERMINAL_WORKFLOW = new Set(['COMPLETED', 'FAILED', 'SKIPPED', 'ROLLBACK_COMPLETED', 'CANCELLED'])

export interface LifecycleRun {
  id: string
  resourceArn: string
  status: string
  clientToken: string
  /** The request, canonicalised, to tell a retry from a different request with the same token. */
  fingerprint: string
  startedAt: number
  /** When the state change takes effect (updateAt, or the start). */
  effectiveAt: number
}

export interface WorkflowView {
  workflow: SimWorkflow
  status: string
  message?: string
  succeeded: number
  failed: number
  skipped: number
  startedAt: number
  endedAt?: number
  retried: boolean
}

export class SimState {
  readonly lifecycleRuns: LifecycleRun[] = []
  /** Answers to WaitForAction steps (SendWorkflowStepAction). */
  readonly stepAnswers: StepAnswer[] = []

  constructor(
    readonly scenario: Scenario,
    /** Simulated epoch (ms) of offset 0. */
    private start: number
  ) {}

  get epoch(): number {
    return this.start
  }

  /** Move offset 0 to `epoch`: the scenario starts over from there (before any caller changed anything). */
  restart(epoch: number): void {
    this.start = epoch
  }

  image(arn: string): SimImage | undefined {
    return this.scenario.images.find((i) => i.arn === arn)
  }

  /** The image's state at `elapsed`, with finished lifecycle runs applied on top of its timeline. */
  imageState(image: SimImage, elapsed: number): { status: string; reason?: string } | undefined {
    const entry = stateAt(effective(this, image, image.timeline), elapsed)
    if (!entry) return undefined
    // `ImageState` has status and reason only: the timeline's offset is the simulator's own.
    const base = { status: entry.status, reason: entry.reason }
    const applied = this.lifecycleRuns
      .filter((r) => r.resourceArn === image.arn && this.lifecycleStatus(r, elapsed).status === 'SUCCESS')
      .at(-1)
    return applied ? { status: applied.status, reason: `Lifecycle execution ${applied.id}` } : base
  }

  lifecycleStatus(run: LifecycleRun, elapsed: number): { status: string; reason?: string; endedAt?: number } {
    const { duration, outcome, reason } = this.scenario.lifecycle
    if (elapsed < run.effectiveAt) return { status: 'PENDING' }
    const end = run.effectiveAt + duration
    if (elapsed < end) return { status: 'IN_PROGRESS' }
    return {
      status: outcome,
      reason: reason ?? (outcome === 'SUCCESS' ? undefined : 'Lifecycle action failed'),
      endedAt: end
    }
  }

  workflowView(workflow: SimWorkflow, elapsed: number): WorkflowView | undefined {
    const timeline = effective(this, imageOf(this, workflow), workflow.timeline)
    const current = stateAt(timeline, elapsed)
    const first = timeline[0]
    if (!current || !first) return undefined
    const terminal = TERMINAL_WORKFLOW.has(current.status)
    const next = timeline.find((e) => e.at > elapsed)
    const named = stepCounts(this, workflow, elapsed)
    const failed = current.failed ?? named?.failed ?? (current.status === 'FAILED' ? 1 : 0)
    const skipped = current.skipped ?? named?.skipped ?? (current.status === 'SKIPPED' ? workflow.steps : 0)
    let succeeded = current.succeeded ?? named?.succeeded
    if (succeeded === undefined) {
      if (terminal) succeeded = Math.max(0, workflow.steps - failed - skipped)
      else if (current.status === 'RUNNING' && workflow.stepsAt)
        succeeded = workflow.stepsAt.filter((t) => t <= elapsed).length
      else if (current.status === 'RUNNING' && next) {
        // Steps finish at an even pace between RUNNING and the next entry: progress to estimate from.
        const fraction = (elapsed - current.at) / (next.at - current.at)
        succeeded = Math.min(workflow.steps - 1, Math.floor(workflow.steps * fraction))
      } else succeeded = 0
    }
    return {
      workflow,
      status: current.status,
      message: current.message,
      succeeded,
      failed,
      skipped,
      startedAt: first.at,
      endedAt: terminal ? current.at : undefined,
      retried: workflow.retriedAt !== undefined && workflow.retriedAt <= elapsed
    }
  }

  iso(offset: number): string {
    return new Date(this.epoch + offset).toISOString()
  }
}
