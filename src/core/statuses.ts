/**
 * The statuses AWS documents for each thing the gate reads (the SDK's enums: WorkflowExecutionStatus,
 * ImageStatus, HookStatus, ChangeSetStatus, StackStatus, LifecycleExecutionStatus). A status not listed here is
 * one the gate has never seen: it never counts as finished, so a target showing it stays open.
 */
export const WORKFLOW_FINISHED = ['COMPLETED', 'FAILED', 'SKIPPED', 'ROLLBACK_COMPLETED', 'CANCELLED'] as const
export const WORKFLOW_RUNNING = ['PENDING', 'RUNNING', 'ROLLBACK_IN_PROGRESS'] as const

/** Image states after which no workflow of the build starts any more. */
export const IMAGE_FINISHED = ['AVAILABLE', 'FAILED', 'CANCELLED', 'DEPRECATED', 'DISABLED', 'DELETED'] as const

export const HOOK_FINISHED = ['HOOK_COMPLETE_SUCCEEDED', 'HOOK_COMPLETE_FAILED', 'HOOK_FAILED'] as const
/** A hook that ran its check, whatever it found; HOOK_FAILED means the hook itself broke. */
export const HOOK_CHECKED = ['HOOK_COMPLETE_SUCCEEDED', 'HOOK_COMPLETE_FAILED'] as const

/** Change set statuses after which its hooks have run (creation ended). */
export const CHANGE_SET_CREATED = [
  'CREATE_COMPLETE',
  'FAILED',
  'DELETE_PENDING',
  'DELETE_IN_PROGRESS',
  'DELETE_COMPLETE',
  'DELETE_FAILED'
] as const

/** Stack statuses after which nothing more happens without a new operation. */
export const STACK_FINISHED = [
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

export const LIFECYCLE_FINISHED = ['SUCCESS', 'FAILED', 'CANCELLED'] as const

/** Whether `status` is one of `statuses` (a status AWS has not documented never is). */
export function isOneOf(status: string | undefined, statuses: readonly string[]): boolean {
  return status !== undefined && statuses.includes(status)
}
