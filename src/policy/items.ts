/** How each item is named in findings; the report uses the same names to find a row's severity. */
import type { HookResult, StackResource, WorkflowExecution } from '../core/observations.js'

export const workflowItem = (e: WorkflowExecution): string => `${e.type} workflow ${e.id}`
export const hookItem = (r: HookResult): string => {
  const resource = r.detail?.resource ?? r.resource
  return `${r.typeName} (${r.failureMode})${resource ? ` on ${resource.logicalId}` : ''}`
}
export const resourceItem = (r: StackResource): string => `${r.logicalId} (${r.type})`
/** A build's vulnerability scan, and a vulnerability the allow-list names. */
export const SCAN_ITEM = 'vulnerability scan'
export const allowedItem = (id: string): string => `allowed ${id}`
/** A build paused at a WaitForAction step. */
export const WAITING_ITEM = 'waiting'
/** The gate's answer to a step paused at WaitForAction. */
export const answerItem = (step: string): string => `answer to step ${step}`
