/** Plain data: what each target looked like when waiting on it ended. The policy judges only this. */

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

/** Scan states after which the scan changes no more: only COMPLETED is a clean one. */
export const TERMINAL_SCAN_STATUSES = ['COMPLETED', 'ABANDONED', 'FAILED', 'TIMED_OUT'] as const

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

export interface VulnerablePackage {
  name: string
  version?: string
  fixedInVersion?: string
}

/** A package vulnerability Image Builder collected for the build (ImageScanFinding). */
export interface ScanFinding {
  /** The vulnerability id, e.g. CVE-2026-31001. */
  id: string
  /** Free text in the API (Inspector's CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNTRIAGED). */
  severity: string
  /** Free text in the API (Inspector's YES, NO, PARTIAL). */
  fixAvailable?: string
  score?: number
  title?: string
  packages: VulnerablePackage[]
}

/** The build's vulnerability scan: GetImage's imageScanningConfiguration and scanState, then its findings. */
export interface ImageScan {
  enabled: boolean
  /** PENDING, SCANNING, COLLECTING, COMPLETED, ABANDONED, FAILED, TIMED_OUT. */
  status?: string
  reason?: string
  /** Read once the scan COMPLETED. */
  findings?: ScanFinding[]
}

export interface ImageBuildObservation {
  kind: 'image-build'
  arn: string
  region: string
  /** `web-ami 1.4.0/7` */
  label: string
  imageStatus?: string
  imageReason?: string
  executions: WorkflowExecution[]
  /** Steps of the build paused at WaitForAction when it was last read. */
  waiting?: WaitingStep[]
  scan?: ImageScan
  /** What could not be read (a permission the role lacks), said once in the report rather than failing the wait. */
  unread?: string[]
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
}

export interface HookResultsObservation {
  kind: 'hook-results'
  label: string
  region: string
  filter: Record<string, string | undefined>
  changeSetArn?: string
  changeSetStatus?: string
  changeSetReason?: string
  results: HookResult[]
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
  resources: StackResource[]
  eventCount: number
  /** The Image Builder build the stack runs, as last read while it was in progress. */
  imageBuild?: ImageBuildObservation
}

export type Observation = ImageBuildObservation | HookResultsObservation | ParallelClusterStackObservation
