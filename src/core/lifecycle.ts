/**
 * Image Builder lifecycle updates as data: what a policy asks for, the requests that makes, and what became of
 * each. Shared by the policy (which parses them), the lifecycle (which runs them) and the report.
 */
import type { ImageBuildVersionArn } from './arn.js'
import type { BuildOutputs, InUseFinding } from './in-use.js'

export type ImageState = 'AVAILABLE' | 'DEPRECATED' | 'DISABLED' | 'DELETED'

/** Which builds an action applies to, parsed once when the policy is loaded. */
export type LifecycleTarget =
  | { kind: 'this-build' }
  /** Other builds of the same image, older than this one, past the newest `keep` of them. */
  | { kind: 'previous-versions'; keep: number }
  | { kind: 'build'; arn: ImageBuildVersionArn }

/**
 * Why StartResourceStateUpdate always refuses to set `target` on an image in state `current` (of type `type`), or
 * undefined. The rules of StartResourceStateUpdateRequest (imagebuilder model): the image must be AVAILABLE,
 * DEPRECATED, DISABLED, FAILED or CANCELLED; FAILED and CANCELLED images can only go to DELETED; container images
 * only to DELETED.
 */
export function refusedUpdate(current: string | undefined, target: ImageState, type?: string): string | undefined {
  if (type === 'DOCKER' && target !== 'DELETED')
    return `a container image can only be DELETED (StartResourceStateUpdate refuses ${target} for it)`
  if ((current === 'FAILED' || current === 'CANCELLED') && target !== 'DELETED')
    return `a ${current} image can only be DELETED (StartResourceStateUpdate refuses ${target} for it)`
  return undefined
}

/** How a target is named in messages: `this-build`, `previous-versions` or the ARN. */
export function targetText(target: LifecycleTarget): string {
  return target.kind === 'build' ? target.arn.arn : target.kind
}

/** The state change itself, whatever it applies to. */
export interface StateUpdate {
  state: ImageState
  include?: { amis?: boolean; snapshots?: boolean; containers?: boolean }
  exclude?: {
    isPublic?: boolean
    regions?: string[]
    sharedAccounts?: string[]
    lastLaunched?: { value: number; unit: 'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS' }
    tagMap?: Record<string, string>
  }
  /** ISO time, or `+30d` / `+12h`. */
  updateAt?: string
  executionRole?: string
}

/** A state update the policy asks for on a verdict. */
export interface LifecycleAction extends StateUpdate {
  target: LifecycleTarget
}

/** What a scheduled cleanup does: the state to set and which versions are stale. */
export interface CleanupRules {
  action: StateUpdate
  /** Image name globs; empty means every image the account owns. */
  images: string[]
  /** Newest versions per image never touched. */
  keep: number
  olderThanMs?: number
  states: string[]
  excludeTags: Record<string, string>
}

/** One StartResourceStateUpdate call, as the lifecycle makes it. */
export interface LifecycleRequest {
  /** `web-ami 1.4.0/6` */
  label: string
  resourceArn: string
  state: ImageState
  includeResources?: StateUpdate['include']
  exclusionRules?: { amis: NonNullable<StateUpdate['exclude']> }
  updateAt?: Date
  executionRole?: string
  clientToken: string
  /** Why this request exists, e.g. `on-pass: previous-versions`. */
  reason: string
}

/** The request as it goes on the wire. */
export function wire(r: LifecycleRequest) {
  return {
    resourceArn: r.resourceArn,
    state: { status: r.state },
    includeResources: r.includeResources,
    exclusionRules: r.exclusionRules,
    updateAt: r.updateAt,
    executionRole: r.executionRole,
    clientToken: r.clientToken
  }
}

/** `unknown`: the answer was lost both times it was asked, so whether the update started cannot be told. */
export type LifecycleMode = 'started' | 'dry-run' | 'skipped' | 'failed' | 'unknown'

export interface LifecycleEntry {
  label: string
  resourceArn: string
  state: string
  /** Why the update was asked for, e.g. `on-pass: previous-versions`. */
  trigger: string
  mode: LifecycleMode
  /** The request as sent, or as it would have been sent in a dry run. */
  request?: LifecycleRequest
  executionId?: string
  status?: string
  statusReason?: string
  hasImpactedResources?: boolean
  startTime?: string
  endTime?: string
  /** Set when the update takes effect later (updateAt): it is started, not followed. */
  scheduledFor?: string
  /** Why it was skipped, or what went wrong. */
  note?: string
  /** What the in-use check found, when the update was checked. */
  inUse?: InUseFinding
}

export type LifecycleStatus = 'none' | 'dry-run' | 'started' | 'scheduled' | 'success' | 'failed' | 'unknown'

/** An update that did not go through: refused, failed, cancelled or not finished. */
export function isFailed(e: LifecycleEntry): boolean {
  return (
    e.mode !== 'skipped' &&
    e.mode !== 'unknown' &&
    (e.mode === 'failed' || e.status === 'FAILED' || e.status === 'CANCELLED' || e.note !== undefined)
  )
}

/**
 * One word for the whole: nothing to do, a dry run, any failed, all succeeded, all succeeded or scheduled for
 * later (updateAt), or started and not followed.
 */
export function lifecycleStatus(entries: LifecycleEntry[], dryRun: boolean): LifecycleStatus {
  const acted = entries.filter((e) => e.mode !== 'skipped')
  if (acted.length === 0) return 'none'
  if (dryRun) return 'dry-run'
  if (acted.some(isFailed)) return 'failed'
  if (acted.some((e) => e.mode === 'unknown')) return 'unknown'
  if (acted.every((e) => e.status === 'SUCCESS')) return 'success'
  return acted.every((e) => e.status === 'SUCCESS' || e.scheduledFor) ? 'scheduled' : 'started'
}

export interface BuildVersion {
  arn: string
  name: string
  /** `1.4.0/7` */
  version: string
  state?: string
  /** AMI or DOCKER. */
  type?: string
  dateCreated?: string
  tags?: Record<string, string>
  /** What the build produced (AMIs per region and account); unknown when Image Builder was not asked. */
  outputs?: BuildOutputs
}

export type Decision = 'act' | 'kept' | 'skipped'

export interface CleanupDecision {
  build: BuildVersion
  decision: Decision
  why: string
  /** What the in-use check found for a build the cleanup would have updated. */
  inUse?: InUseFinding
}

export interface CleanupResult {
  decisions: CleanupDecision[]
  entries: LifecycleEntry[]
}

export function cleanupCounts({ decisions, entries }: CleanupResult) {
  return {
    acted: entries.filter((e) => e.mode === 'started' || e.mode === 'dry-run').length,
    kept: decisions.filter((d) => d.decision === 'kept').length,
    skipped: decisions.filter((d) => d.decision === 'skipped').length,
    failed: entries.filter(isFailed).length
  }
}

/** What a cleanup runs over: a region, its rules, and the versions never touched. */
export interface CleanupTarget {
  region: string
  rules: CleanupRules
  current: ReadonlySet<string>
}

/** An answer to a build paused at a WaitForAction step (SendWorkflowStepAction), as sent or as a dry run shows it. */
export interface StepAnswer {
  /** The build, e.g. `web-ami 1.5.0/1`. */
  label: string
  imageBuildVersionArn: string
  region: string
  stepExecutionId: string
  /** The step's name, e.g. `ApproveRelease`. */
  step: string
  action: 'RESUME' | 'STOP'
  /** The verdict on what ran before the wait, which the answer follows. */
  verdict: string
  /** Text the user's workflow reads back (the step's outputs): escaped and cut to the API's 1024 characters. */
  reason: string
  clientToken: string
  mode: 'sent' | 'dry-run' | 'failed'
  /** What went wrong. */
  note?: string
}

/** The answer as it goes on the wire. */
export function answerWire(a: StepAnswer) {
  const { stepExecutionId, imageBuildVersionArn, action, reason, clientToken } = a
  return { stepExecutionId, imageBuildVersionArn, action, reason, clientToken }
}
