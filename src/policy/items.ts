/** How each item is named in findings; the report uses the same names to find a row's severity. */
import type { HookResult, StackResource, WorkflowExecution } from '../core/observations.js'

export const workflowItem = (e: WorkflowExecution): string => `${e.type} workflow ${e.id}`
export const hookItem = (r: HookResult): string => {
  const resource = r.detail?.resource ?? r.resource
  return `${r.typeName} (${r.failureMode})${resource ? ` on ${resource.logicalId}` : ''}`
}
export const resourceItem = (r: StackResource): string => `${r.logicalId} (${r.type})`
