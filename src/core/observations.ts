/** Plain data: what each target looked like when waiting on it ended. The policy judges only this. */
import type { BuildOutputs } from './in-use.js'
import type { ImageScan } from './scan.js'

/**
 * Image Builder's `WorkflowExecutionStatus`. The statuses here and below are the ones AWS documents (the SDK's
 * enums); a status not listed is one the gate has never seen: it never counts as finished, so a target showing
 * it stays open.
 */
export const WORKFLOW_STATUSES = [
  'PENDING',
  'SKIPPED',
  'RUNNING',
  'COMPLETED',
  'FAILED',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_COMPLETED',
  'CANCELLED'
] as const
export const TERMINAL_WORKFLOW_STATUSES = ['COMPLETED', 'FAILED', 'SKIPPED', 'ROLLBACK_COMPLETED', 'CANCELLED'] as const
/** Image states after which no workflow of the build starts any more. */
export const TERMINAL_IMAGE_STATUSES = [
  'AVAILABLE',
  'FAILED',
  'CANCELLED',
  'DEPRECATED',
  'DISABLED',
  'DELETED'
] as const
/** Whether AWS's `status` is one of `statuses`: a status missing, or one the SDK does not list, is none of them. */
export function isOneOf(status: string | undefined, statuses: readonly string[]): boolean {
  return status !== undefined && statuses.includes(status)
}

/** A workflow execution that has ended: nothing more runs in it. */
export const workflowEnded = (status: string | undefined) => isOneOf(status, TERMINAL_WORKFLOW_STATUSES)

export const TERMINAL_HOOK_STATUSES = ['HOOK_COMPLETE_SUCCEEDED', 'HOOK_COMPLETE_FAILED', 'HOOK_FAILED'] as const
/** A hook that ran its check, whatever it found (HOOK_FAILED: the hook itself broke, so it checked nothing). */
export const CHECKED_HOOK_STATUSES = ['HOOK_COMPLETE_SUCCEEDED', 'HOOK_COMPLETE_FAILED'] as const
/** Change set statuses after which its creation, and so its hooks, has ended. */
export const CREATED_CHANGE_SET_STATUSES = [
  'CREATE_COMPLETE',
  'FAILED',
  'DELETE_PENDING',
  'DELETE_IN_PROGRESS',
  'DELETE_COMPLETE',
  'DELETE_FAILED'
] as const
/** Stack statuses after which nothing more happens without a new operation. */
export const TERMINAL_STACK_STATUSES = [
  'CREATE_COMPLETE',
  'CREATE_FAILED',
  'ROLLBACK_COMPLETE',
  'ROLLBACK_FAILED',
  'DELETE_COMPLETE',
  'DELETE_FAILED',
  'UPDATE_COMPLETE',
  'UPDATE_FAILED',
  'UPDATE_ROLLBACK_COMPLETE',
  'UPDATE_ROLLBACK_FAILED',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
  'IMPORT_ROLLBACK_FAILED'
] as const

export interface WorkflowExecution {
  id: string
  type: string
  status: string
  message?: string
  workflowArn?: string
  parallelGroup?: string
  totalSteps: number
  succeededSteps: number
  failedSteps: number
  skippedSteps: number
  startTime?: string
  endTime?: string
  /** A later attempt superseded it (RetryImage retries a distribution on the same build). */
  retried?: boolean
  /** Listed before but not in the last poll: its last known state. */
  notListed?: boolean
  /** Its steps (ListWorkflowStepExecutions), read once it ended other than COMPLETED or with a failed step. */
  steps?: WorkflowStep[]
}

/** One step of a workflow execution. */
export interface WorkflowStep {
  id: string
  name: string
  action: string
  status: string
  rollbackStatus?: string
  message?: string
  startTime?: string
  endTime?: string
}

/** A step of the build paused at WaitForAction (ListWaitingWorkflowSteps). */
export interface WaitingStep {
  /** The step execution id, which SendWorkflowStepAction answers. */
  id: string
  workflowExecutionId: string
  name: string
  action: string
  startTime?: string
  /** When the gate first saw it waiting. */
  seenAt: string
}

export interface ImageBuildObservation {
  kind: 'image-build'
  arn: string
  region: string
  /** `web-ami 1.4.0/7` */
  label: string
  imageStatus?: string
  imageReason?: string
  /** AMI or DOCKER: container images can only be deleted by a lifecycle update. */
  imageType?: string
  /** What the build produced, as of the last time the image was read. */
  outputs?: BuildOutputs
  executions: WorkflowExecution[]
  /** Steps of the build paused at WaitForAction when it was last read. */
  waiting?: WaitingStep[]
  scan?: ImageScan
  /** What could not be read (a permission the role lacks), said once in the report rather than failing the wait. */
  unread?: string[]
}

/** One rule a hook evaluated (GetHookResult's Annotation: no member is required, so each may be missing). */
export interface HookAnnotation {
  /** AnnotationName: a Guard rule id, a Control Tower control id, a Lambda hook's own name. */
  name?: string
  /** PASSED, FAILED or SKIPPED */
  status?: string
  message?: string
  remediation?: string
  /** RemediationLink as given: any scheme, so never trusted as a link. */
  link?: string
  /** SeverityLevel: INFORMATIONAL, LOW, MEDIUM, HIGH or CRITICAL */
  level?: string
}

/** The resource of the template a hook ran on (GetHookResult's Target). */
export interface TemplateResource {
  logicalId: string
  type?: string
  /** A path inside the template, e.g. `/Resources/Queue/Properties/VisibilityTimeout`. */
  path?: string
}

/** What GetHookResult adds to a listed result. */
export interface HookDetail {
  /** The type an aliased hook really is, e.g. AWS::Hooks::GuardHook. */
  originalTypeName?: string
  resource?: TemplateResource
  annotations: HookAnnotation[]
}

/** Why the detail could not be read; `permission` names what would show it, when that is the cause. */
export interface DetailGap {
  permission?: string
  error: string
}

export interface HookResult {
  id: string
  typeName: string
  typeArn?: string
  typeVersionId?: string
  failureMode: string
  status: string
  reason?: string
  invocationPoint?: string
  targetType?: string
  targetId?: string
  executionTarget?: string
  /** When AWS says it was invoked, or else when the gate first saw it (AWS omits it for target queries). */
  invokedAt?: string
  /** When the gate first saw it in a terminal status. */
  finishedAt?: string
  /** Listed before but not in the last poll: its last known state. */
  notListed?: boolean
  /** The resource the hook ran on, when the listing names it (a stack event's LogicalResourceId). */
  resource?: TemplateResource
  /** Read for results that failed: the rules with their remediation. */
  detail?: HookDetail
  detailGap?: DetailGap
}

/** A failed check of CloudFormation's early validation at change-set creation (DescribeEvents' VALIDATION_ERROR). */
export interface ValidationEvent {
  /** ValidationName, e.g. AWS::EarlyValidation::ResourceExistenceCheck */
  name: string
  /** FAILED or SKIPPED */
  status: string
  /** FAIL blocks the change set; WARN lets it be created. */
  failureMode: string
  reason?: string
  resource?: TemplateResource
}

export interface HookResultsObservation {
  kind: 'hook-results'
  label: string
  region: string
  filter: Record<string, string | undefined>
  changeSetArn?: string
  changeSetStatus?: string
  changeSetReason?: string
  /** AWS answered HookResultNotFound: no hook was invoked for the target (yet). */
  noInvocations?: boolean
  /** For queries without a target: invocations before this time were listed but not judged. */
  invokedSince?: string
  /** How many listed invocations were older than `invokedSince`. */
  outsideWindow?: number
  results: HookResult[]
  /** The change set's failed early validations, read once it has finished creating. */
  validation?: ValidationEvent[]
  validationGap?: DetailGap
  /** For the hooks of a stack operation: the operation, as its stack events tell it. */
  operation?: StackOperation
}

/** A stack operation (a deployment) from its stack events: from the stack's start event to its end. */
export interface StackOperation {
  stackName: string
  stackId?: string
  /** The ClientRequestToken asked for; undefined when the stack's latest operation is judged. */
  token?: string
  /** The start event's OperationId, when AWS gives one. */
  operationId?: string
  /** When the stack's start event (CREATE_IN_PROGRESS, UPDATE_IN_PROGRESS, ...) happened; unset before. */
  startedAt?: string
  /** The stack's latest status in the operation. */
  status?: string
  /** Why it failed or rolled back: the reason of its first failed or rollback status. */
  failureReason?: string
  /** When the stack reached a final status (`*_COMPLETE`, `*_FAILED`). */
  endedAt?: string
  /** Stack events read for the operation. */
  eventCount: number
}

export interface StackHookEvent {
  logicalId: string
  type: string
  status: string
  failureMode: string
  reason?: string
}

export interface StackResource {
  logicalId: string
  type: string
  physicalId?: string
  status: string
  reason?: string
  /** The reason of its last *_FAILED event, kept when a rollback moves it on. */
  failureReason?: string
  failedStatus?: string
  /** When it reached CREATE_COMPLETE, kept when the stack's deletion moves it on. */
  createdAt?: string
  firstAt: string
  lastAt: string
}

export interface ParallelClusterStackObservation {
  kind: 'parallelcluster-stack'
  label: string
  region: string
  /** The ParallelCluster image id the stack builds. */
  imageId: string
  stackName: string
  stackId?: string
  stackStatus?: string
  stackReason?: string
  /** When the stack's deletion started (ParallelCluster deletes it once the image is made). */
  deletionStartedAt?: string
  resources: StackResource[]
  /** Hook invocations the stack's events report, oldest first. */
  hookEvents?: StackHookEvent[]
  eventCount: number
  /** The Image Builder build the stack runs, as last read while it was in progress. */
  imageBuild?: ImageBuildObservation
}

export type Observation = ImageBuildObservation | HookResultsObservation | ParallelClusterStackObservation
