/**
 * The scenario fields behind GetHookResult, DescribeEvents and the hook fields of stack events. Enum values are
 * checked against the model's lists (cloudformation.json), so a scenario cannot make the simulator answer
 * outside the model.
 */
import { HOOK_INVOCATION_ID } from './model.js'
import { at, list, oneOf, optStr, ScenarioError, sortedTimeline, str, type Raw, type Timed } from './scenario-fields.js'
import { shaped } from './scenario-fields.js'

/** Shape AnnotationStatus. */
const ANNOTATION_STATUSES = ['PASSED', 'FAILED', 'SKIPPED'] as const
/** Shape AnnotationSeverityLevel. */
const SEVERITY_LEVELS = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const
/** Shape HookTargetAction. */
const TARGET_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'IMPORT'] as const
/** Shape HookStatus. */
const HOOK_STATUSES = ['HOOK_IN_PROGRESS', 'HOOK_COMPLETE_SUCCEEDED', 'HOOK_COMPLETE_FAILED', 'HOOK_FAILED'] as const
/** Shape HookFailureMode (also ValidationFailureMode). */
const FAILURE_MODES = ['FAIL', 'WARN'] as const
/** Shape HookInvocationPoint. */
const INVOCATION_POINTS = ['PRE_PROVISION'] as const
/** Shape EventType. */
const EVENT_TYPES = [
  'STACK_EVENT',
  'PROGRESS_EVENT',
  'VALIDATION_ERROR',
  'PROVISIONING_ERROR',
  'HOOK_INVOCATION_ERROR'
] as const
/** Shape OperationType. */
const OPERATION_TYPES = [
  'CREATE_STACK',
  'UPDATE_STACK',
  'DELETE_STACK',
  'CONTINUE_ROLLBACK',
  'ROLLBACK',
  'CREATE_CHANGESET'
] as const
/** Shape ClientRequestToken. */
const CLIENT_REQUEST_TOKEN = /^[a-zA-Z0-9][-a-zA-Z0-9]{0,127}$/
/** Shape ValidationStatus. */
const VALIDATION_STATUSES = ['FAILED', 'SKIPPED'] as const

/** Shape Annotation: no member is required, so every field may be missing. */
export interface SimAnnotation {
  name?: string
  status?: string
  statusMessage?: string
  remediationMessage?: string
  remediationLink?: string
  severity?: string
}

/** What GetHookResult adds to a hook result's summary. */
export interface HookResultDetail {
  /** OriginalTypeName: the activated type behind an alias, e.g. AWS::Hooks::GuardHook. */
  originalTypeName?: string
  /** Shape HookTarget (TargetType is always RESOURCE, the enum's only value). */
  target?: { typeName: string; id: string; action: string }
  annotations: SimAnnotation[]
  /** A customer managed key encrypts the annotations: reading them needs kms:Decrypt on it. */
  kmsKeyId?: string
}

/** The Hook* fields of StackEvent and OperationEvent. */
export interface SimHookInvocation {
  type: string
  status: string
  reason?: string
  failureMode: string
  invocationPoint: string
  /** StackEvent.HookInvocationId: the id GetHookResult takes. */
  invocationId?: string
}

/** The Validation* fields of OperationEvent (early validation at change-set creation). */
export interface SimValidation {
  name: string
  status: string
  reason?: string
  path?: string
  failureMode: string
}

export interface SimOperationEvent extends Timed {
  type: string
  logicalId?: string
  resourceType?: string
  physicalId?: string
  status?: string
  reason?: string
  hook?: SimHookInvocation
  validation?: SimValidation
}

/** A change set's creation is an operation of type CREATE_CHANGESET with its own events. */
export interface ChangeSetOperation {
  operationId: string
  events: SimOperationEvent[]
}

/** A stack operation; a stack event belongs to the latest operation started at or before it. */
export interface SimStackOperation extends Timed {
  id: string
  type: string
  /**
   * StackEvent.ClientRequestToken: "All events triggered by a given stack operation are assigned the same client
   * request token". A rollback an operation triggers is given its token in the scenario.
   */
  clientRequestToken?: string
}

export function parseHookResultDetail(raw: Raw, where: string): HookResultDetail {
  const target = raw.target as Raw | undefined
  return {
    originalTypeName: optStr(raw.originalTypeName),
    target: target && {
      typeName: str(target, 'typeName', `${where}.target`),
      id: str(target, 'id', `${where}.target`),
      action: oneOf(target.action, TARGET_ACTIONS, `${where}.target.action`, 'CREATE')
    },
    annotations: list(raw.annotations).map((a, k) => {
      const here = `${where}.annotations[${k}]`
      return {
        name: optStr(a.name),
        status: a.status === undefined ? undefined : oneOf(a.status, ANNOTATION_STATUSES, `${here}.status`),
        statusMessage: optStr(a.statusMessage),
        remediationMessage: optStr(a.remediationMessage),
        remediationLink: optStr(a.remediationLink),
        severity: a.severity === undefined ? undefined : oneOf(a.severity, SEVERITY_LEVELS, `${here}.severity`)
      }
    }),
    kmsKeyId: optStr(raw.kmsKeyId)
  }
}

export function parseHookInvocation(raw: unknown, where: string): SimHookInvocation | undefined {
  if (raw === undefined || raw === null) return undefined
  const h = raw as Raw
  return {
    type: str(h, 'type', where),
    status: oneOf(h.status, HOOK_STATUSES, `${where}.status`),
    reason: optStr(h.reason),
    failureMode: oneOf(h.failureMode, FAILURE_MODES, `${where}.failureMode`, 'FAIL'),
    invocationPoint: oneOf(h.invocationPoint, INVOCATION_POINTS, `${where}.invocationPoint`, 'PRE_PROVISION'),
    invocationId:
      h.invocationId === undefined
        ? undefined
        : shaped(String(h.invocationId), HOOK_INVOCATION_ID, `${where}.invocationId`, 'HookInvocationId')
  }
}

function parseValidation(raw: unknown, where: string): SimValidation | undefined {
  if (raw === undefined || raw === null) return undefined
  const v = raw as Raw
  return {
    name: str(v, 'name', where),
    status: oneOf(v.status, VALIDATION_STATUSES, `${where}.status`, 'FAILED'),
    reason: optStr(v.reason),
    path: optStr(v.path),
    failureMode: oneOf(v.failureMode, FAILURE_MODES, `${where}.failureMode`, 'FAIL')
  }
}

export function parseChangeSetOperation(raw: Raw, where: string, defaultId: string): ChangeSetOperation {
  return {
    operationId: str(raw, 'operationId', where, defaultId),
    events: sortedTimeline(
      list(raw.events).map((e, k): SimOperationEvent => {
        const here = `${where}.events[${k}]`
        const validation = parseValidation(e.validation, `${here}.validation`)
        const hook = parseHookInvocation(e.hook, `${here}.hook`)
        const fallback = validation ? 'VALIDATION_ERROR' : hook ? 'HOOK_INVOCATION_ERROR' : undefined
        return {
          at: at(e.at, here),
          type: oneOf(e.type, EVENT_TYPES, `${here}.type`, fallback),
          logicalId: optStr(e.logicalId),
          resourceType: optStr(e.resourceType),
          physicalId: optStr(e.physicalId),
          status: optStr(e.status),
          reason: optStr(e.reason),
          hook,
          validation
        }
      })
    )
  }
}

export function parseStackOperations(raw: unknown, where: string): SimStackOperation[] {
  const operations = sortedTimeline(
    list(raw).map((o, k) => ({
      at: at(o.at, `${where}[${k}]`),
      id: str(o, 'id', `${where}[${k}]`),
      type: oneOf(o.type, OPERATION_TYPES, `${where}[${k}].type`),
      clientRequestToken:
        o.clientRequestToken === undefined
          ? undefined
          : shaped(
              String(o.clientRequestToken),
              CLIENT_REQUEST_TOKEN,
              `${where}[${k}].clientRequestToken`,
              'ClientRequestToken'
            )
    }))
  )
  const ids = operations.map((o) => o.id)
  const repeated = ids.find((id, k) => ids.indexOf(id) !== k)
  if (repeated) throw new ScenarioError(`${where}: operation id ${repeated} is used twice`)
  return operations
}
