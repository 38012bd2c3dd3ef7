/** Identifiers in AWS's shapes, derived from a seed so the same scenario always answers the same ids. */
import { createHash } from 'node:crypto'

/** A version-4-shaped UUID from a seed (lower-case hex, as `HookInvocationId` requires). */
export function uuidFrom(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** `WorkflowExecutionId`: `wf-<uuid>`. */
export function workflowExecutionId(seed: string): string {
  return `wf-${uuidFrom(seed)}`
}

/** `LifecycleExecutionId`: `lce-<uuid>`. */
export function lifecycleExecutionId(seed: string): string {
  return `lce-${uuidFrom(seed)}`
}
