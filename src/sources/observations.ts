/** Plain data: what each target looked like when waiting on it ended. The policy judges only this. */

export const TERMINAL_WORKFLOW_STATUSES = ['COMPLETED', 'FAILED', 'SKIPPED', 'ROLLBACK_COMPLETED', 'CANCELLED'] as const
/** Image states after which no workflow of the build starts any more. */
export const TERMINAL_IMAGE_STATUSES = ['AVAILABLE', 'FAILED', 'CANCELLED', 'DEPRECATED', 'DISABLED', 'DELETED'] as const

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
}

export type Observation = ImageBuildObservation
