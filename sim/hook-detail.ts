/**
 * GetHookResult (cloudformation.json: GetHookResultInput, GetHookResultOutput, HookTarget, Annotation): one hook
 * invocation with its annotations, the per-rule detail and remediation guidance.
 */
import { authorize } from './access.js'
import { SimError } from './errors.js'
import { stateAt } from './scenario.js'
import type { SimState } from './state.js'

/** Shape HookInvocationId: HookResultId is a UUID, "Fixed length of 36". */
const HOOK_RESULT_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/

export function getHookResult(state: SimState, p: Record<string, string>, elapsed: number): Record<string, unknown> {
  const id = p.HookResultId
  // A value outside the input shape's pattern is refused with the standard constraint message.
  if (id !== undefined && !HOOK_RESULT_ID.test(id))
    throw new SimError(
      'ValidationError',
      `1 validation error detected: Value '${id}' at 'hookResultId' failed to satisfy constraint: ` +
        `Member must satisfy regular expression pattern: ${HOOK_RESULT_ID.source}`
    )
  const hook = state.scenario.hookResults.find((h) => h.id === id)
  const current = hook && stateAt(hook.timeline, elapsed)
  // The one error the model documents (HookResultNotFoundException, 404); its message is not documented.
  if (!hook || !current) throw new SimError('HookResultNotFound', `Hook result ${String(id)} was not found.`, 404)
  // The API reference: with a customer managed key, callers "must have kms:Decrypt permissions". How the answer
  // looks without it is not documented: modelled as the whole call refused, naming kms:Decrypt and the key.
  if (hook.kmsKeyId) authorize(state, 'kms:Decrypt', hook.kmsKeyId)
  const done = current.status !== 'HOOK_IN_PROGRESS'
  return {
    HookResultId: hook.id,
    InvocationPoint: hook.invocationPoint,
    FailureMode: hook.failureMode,
    TypeName: hook.typeName,
    OriginalTypeName: hook.originalTypeName,
    TypeVersionId: hook.typeVersionId,
    TypeConfigurationVersionId: '00000001',
    TypeArn: hook.typeArn,
    Status: current.status,
    HookStatusReason: current.reason,
    InvokedAt: new Date(state.epoch + (hook.timeline[0]?.at ?? 0)),
    Target: hook.target && {
      TargetType: 'RESOURCE',
      TargetTypeName: hook.target.typeName,
      TargetId: hook.target.id,
      Action: hook.target.action
    },
    // A hook writes its annotations when it finishes.
    Annotations: done
      ? hook.annotations.map((a) => ({
          AnnotationName: a.name,
          Status: a.status,
          StatusMessage: a.statusMessage,
          RemediationMessage: a.remediationMessage,
          RemediationLink: a.remediationLink,
          SeverityLevel: a.severity
        }))
      : []
  }
}
