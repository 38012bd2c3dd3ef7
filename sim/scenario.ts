/**
 * Scenario files: what the simulated account holds and how it changes over time. Every resource has a
 * timeline of states at offsets from the simulator's start (`-20m` for twenty minutes before it); before its
 * first entry it does not exist yet. Values are checked against AWS's models (sim/model.ts): a scenario cannot
 * make the simulator answer a status, type or identifier AWS never would.
 */
import { parseDenied, type Denial } from './access.js'
import {
  parseChangeSetOperation,
  parseHookInvocation,
  parseHookResultDetail,
  parseStackOperations,
  type ChangeSetOperation,
  type HookResultDetail,
  type SimHookInvocation,
  type SimStackOperation
} from './hook-scenario.js'
import { uuidFrom, workflowExecutionId } from './ids.js'
import * as model from './model.js'
import { parseScan, type SimScan } from './scan.js'
import {
  at,
  list,
  oneOf,
  optNum,
  optStr,
  ScenarioError,
  shaped,
  sortedTimeline,
  str,
  type Raw,
  type Timed
} from './scenario-fields.js'
import { parseOn, parseSteps, type SimStep } from './step-timeline.js'
import { normalizeEc2, type SimEc2 } from './ec2-scenario.js'
import { normalizeOutputs, type SimOutputs } from './outputs.js'

export { ScenarioError, type Timed }
export interface ImageState extends Timed {
  status: string
  reason?: string
}
export interface WorkflowState extends Timed {
  status: string
  message?: string
  succeeded?: number
  failed?: number
  skipped?: number
}
export interface SimWorkflow {
  id: string
  /** Listed without its id: WorkflowExecutionMetadata.workflowExecutionId is optional in the model. */
  listedWithoutId?: boolean
  arn: string
  type: string
  steps: number
  /** When each step finishes, as offsets; without it steps finish at an even pace while RUNNING. */
  stepsAt?: number[]
  /** The steps by name (ListWorkflowStepExecutions), when the scenario lists them. */
  stepExecutions?: SimStep[]
  parallelGroup?: string
  /**
   * When a later attempt superseded this one (RetryImage, 2025-11, retries a distribution on the same build):
   * from then on it is listed with `retried: true` (imagebuilder model, WorkflowExecutionMetadata.retried).
   */
  retriedAt?: number
  timeline: WorkflowState[]
}
export interface SimImage {
  arn: string
  name: string
  version: string
  type: string
  platform: string
  /** The ListImages `owner` filter it answers to (`Ownership`). */
  owner: string
  /** The account that shares it, for owners other than Self and Amazon. */
  ownerAccount: string
  tags: Record<string, string>
  /** Offset of the image's creation; negative for images older than the simulation. */
  created: number
  timeline: ImageState[]
  workflows: SimWorkflow[]
  scan?: SimScan
  /** What the build produced: AMIs per region and account, container image URIs. */
  outputs: SimOutputs
}
export interface SimChangeSet extends ChangeSetOperation {
  arn: string
  name: string
  stackName: string
  stackId: string
  timeline: ImageState[]
}
export interface SimHookResult extends HookResultDetail {
  id: string
  /** Listed without its id: HookResultSummary.HookResultId is optional in the model. */
  listedWithoutId?: boolean
  typeName: string
  typeArn: string
  typeVersionId: string
  failureMode: string
  invocationPoint: string
  targetType: string
  targetId: string
  executionTarget: string
  timeline: ImageState[]
}
export interface SimStackEvent extends Timed {
  logicalId: string
  resourceType: string
  status: string
  reason?: string
  physicalId?: string
  /** The Hook* fields of a stack event: a hook invoked for this resource during the stack operation. */
  hook?: SimHookInvocation
}
export interface SimStack {
  name: string
  id: string
  events: SimStackEvent[]
  operations: SimStackOperation[]
}
export type FaultKind =
  | 'error'
  | 'reset'
  | 'reset-mid-body'
  | 'malformed'
  | 'slow'
  | 'duplicate-item'
  | 'vanish'
  | 'same-token'
  | 'foreign-target'
const FAULT_KINDS: FaultKind[] = [
  'error',
  'reset',
  'reset-mid-body',
  'malformed',
  'slow',
  'duplicate-item',
  'vanish',
  'same-token',
  'foreign-target'
]

export interface SimFault {
  /** Operation name, e.g. `ListWorkflowExecutions`, or `*` for every operation. */
  operation: string
  /**
   * What goes wrong: `error` (an AWS error answer, the default), `reset` (connection closed before any
   * answer), `reset-mid-body`, `malformed` (a truncated body), `slow` (answered after `delay` of wall time),
   * `duplicate-item` (an item listed twice), `vanish` (an item left out of the listing), `same-token` (a
   * page answered with the pagination token it was asked with, as a broken paginator would), `foreign-target`
   * (the answer names another resource than the one asked about).
   */
  kind: FaultKind
  /** With `error`: the code, e.g. `CallRateLimitExceededException`, `Throttling`, `ServiceUnavailable`. */
  error?: string
  /** With `error`: the message (default: "Rate exceeded" for throttling, else "Injected <code>"). */
  message?: string
  /** With `slow`: wall-clock milliseconds. */
  delay: number
  /** How many calls fail; after that the operation answers normally. */
  times: number
  /** Calls of that operation answered normally before the fault starts. */
  after: number
}
export interface LifecycleBehaviour {
  /** How long a started lifecycle execution stays IN_PROGRESS. */
  duration: number
  outcome: 'SUCCESS' | 'FAILED' | 'CANCELLED'
  reason?: string
}
export interface Scenario {
  name: string
  account: string
  region: string
  /** Page-size caps per operation (defaults to the API's own maximum). */
  pageSize: Record<string, number>
  images: SimImage[]
  changeSets: SimChangeSet[]
  hookResults: SimHookResult[]
  stacks: SimStack[]
  lifecycle: LifecycleBehaviour
  faults: SimFault[]
  /** Requests per second each operation accepts (by the simulator's clock); more are throttled. */
  rateLimits: Record<string, number>
  /** IAM actions the caller is not allowed, e.g. `cloudformation:GetHookResult` or `kms:Decrypt`, maybe per region. */
  denied: Denial[]
  /** EC2 and Auto Scaling, per region: what references AMIs. */
  ec2: SimEc2
}

/** A timeline of states (`at`, a `status` of the model's list, `reason`), sorted by time. */
function states(raw: Raw[], where: string, allowed: readonly string[]): ImageState[] {
  return sortedTimeline(
    raw.map((e, k) => ({
      at: at(e.at, `${where}[${k}]`),
      status: oneOf(e.status, allowed, `${where}[${k}].status`),
      reason: optStr(e.reason),
      ...parseOn(e, `${where}[${k}]`)
    }))
  )
}

/** Build a scenario from parsed YAML/JSON, filling defaults and turning every offset into milliseconds. */
export function normalizeScenario(doc: Raw): Scenario {
  const account = String(doc.account ?? '123456789012')
  const region = String(doc.region ?? 'us-east-1')
  const images = list(doc.images).map((img, i): SimImage => {
    const where = `images[${i}]`
    const name = str(img, 'name', where)
    const version = str(img, 'version', where, '1.0.0/1')
    const arn = shaped(
      str(img, 'arn', where, `arn:aws:imagebuilder:${region}:${account}:image/${name}/${version}`),
      model.IMAGE_BUILD_VERSION_ARN,
      `${where}.arn`,
      'ImageBuildVersionArn'
    )
    const workflows = list(img.workflows).map((wf, j): SimWorkflow => {
      const wwhere = `${where}.workflows[${j}]`
      const type = oneOf(wf.type, model.WORKFLOW_TYPES, `${wwhere}.type`)
      const id = shaped(
        str(wf, 'id', wwhere, workflowExecutionId(`${arn}#${j}`)),
        model.WORKFLOW_EXECUTION_ID,
        `${wwhere}.id`,
        'WorkflowExecutionId'
      )
      const stepExecutions = parseSteps(wf.steps, wwhere, id)
      return {
        id,
        listedWithoutId: wf.listedWithoutId === true || undefined,
        arn: shaped(
          str(
            wf,
            'arn',
            wwhere,
            `arn:aws:imagebuilder:${region}:aws:workflow/${type.toLowerCase()}/${type.toLowerCase()}-image/1.0.0/1`
          ),
          model.WORKFLOW_BUILD_VERSION_ARN,
          `${wwhere}.arn`,
          'WorkflowBuildVersionArn'
        ),
        type,
        steps: stepExecutions?.length ?? Number(wf.steps ?? (Array.isArray(wf.stepsAt) ? wf.stepsAt.length : 1)),
        stepExecutions,
        stepsAt: Array.isArray(wf.stepsAt) ? wf.stepsAt.map((t, k) => at(t, `${wwhere}.stepsAt[${k}]`)) : undefined,
        parallelGroup: optStr(wf.parallelGroup),
        retriedAt: wf.retriedAt === undefined ? undefined : at(wf.retriedAt, `${wwhere}.retriedAt`),
        timeline: sortedTimeline(
          list(wf.timeline).map((e, k) => ({
            at: at(e.at, `${wwhere}.timeline[${k}]`),
            status: oneOf(e.status, model.WORKFLOW_STATUSES, `${wwhere}.timeline[${k}].status`),
            message: optStr(e.message),
            succeeded: optNum(e.succeeded),
            failed: optNum(e.failed),
            skipped: optNum(e.skipped),
            ...parseOn(e, `${wwhere}.timeline[${k}]`)
          }))
        )
      }
    })
    const timeline = states(
      list(img.timeline ?? [{ at: 0, status: 'AVAILABLE' }]),
      `${where}.timeline`,
      model.IMAGE_STATUSES
    )
    return {
      arn,
      name,
      version,
      type: oneOf(img.type, model.IMAGE_TYPES, `${where}.type`, 'AMI'),
      platform: oneOf(img.platform, model.PLATFORMS, `${where}.platform`, 'Linux'),
      owner: oneOf(img.owner, model.OWNERSHIPS, `${where}.owner`, 'Self'),
      ownerAccount: String(img.ownerAccount ?? '111122223333'),
      tags: (img.tags as Record<string, string>) ?? {},
      created: img.age === undefined ? (timeline[0]?.at ?? 0) : -at(img.age, `${where}.age`),
      timeline,
      workflows,
      scan: parseScan(img.scan, where, region, account),
      outputs: normalizeOutputs(
        img,
        where,
        { arn, name, version, type: String(img.type ?? 'AMI') },
        { region, account }
      )
    }
  })
  const changeSets = list(doc.changeSets).map((cs, i): SimChangeSet => {
    const where = `changeSets[${i}]`
    const name = str(cs, 'name', where)
    const stackName = str(cs, 'stackName', where, 'stack')
    return {
      name,
      stackName,
      ...parseChangeSetOperation(cs, where, `22222222-0000-4000-8000-${String(i).padStart(12, '0')}`),
      stackId: str(
        cs,
        'stackId',
        where,
        `arn:aws:cloudformation:${region}:${account}:stack/${stackName}/${uuidFrom(`stack:${stackName}`)}`
      ),
      arn: str(
        cs,
        'arn',
        where,
        `arn:aws:cloudformation:${region}:${account}:changeSet/${name}/${uuidFrom(`changeSet:${name}:${i}`)}`
      ),
      timeline: states(
        list(cs.timeline ?? [{ at: 0, status: 'CREATE_COMPLETE' }]),
        `${where}.timeline`,
        model.CHANGE_SET_STATUSES
      )
    }
  })
  const hookResults = list(doc.hookResults).map((h, i): SimHookResult => {
    const where = `hookResults[${i}]`
    const typeName = str(h, 'typeName', where)
    const targetId = shaped(
      str(h, 'targetId', where, changeSets[0]?.arn),
      model.HOOK_TARGET_ID,
      `${where}.targetId`,
      'HookResultId'
    )
    return {
      ...parseHookResultDetail(h, where),
      listedWithoutId: h.listedWithoutId === true || undefined,
      id: shaped(
        str(h, 'id', where, uuidFrom(`hook:${i}:${typeName}:${targetId}`)),
        model.HOOK_INVOCATION_ID,
        `${where}.id`,
        'HookInvocationId'
      ),
      typeName,
      typeArn: shaped(
        str(
          h,
          'typeArn',
          where,
          `arn:aws:cloudformation:${region}:${account}:type/hook/${typeName.replaceAll('::', '-')}`
        ),
        model.HOOK_TYPE_ARN,
        `${where}.typeArn`,
        'HookTypeArn'
      ),
      typeVersionId: String(h.typeVersionId ?? '00000001'),
      failureMode: oneOf(h.failureMode, model.HOOK_FAILURE_MODES, `${where}.failureMode`, 'FAIL'),
      invocationPoint: oneOf(
        h.invocationPoint,
        model.HOOK_INVOCATION_POINTS,
        `${where}.invocationPoint`,
        'PRE_PROVISION'
      ),
      targetType: oneOf(h.targetType, model.HOOK_TARGET_TYPES, `${where}.targetType`, 'CHANGE_SET'),
      targetId,
      executionTarget: shaped(
        String(h.executionTarget ?? h.targetId ?? changeSets[0]?.arn ?? ''),
        model.HOOK_TARGET_ID,
        `${where}.executionTarget`,
        'HookResultId'
      ),
      timeline: states(list(h.timeline), `${where}.timeline`, model.HOOK_STATUSES)
    }
  })
  const stacks = list(doc.stacks).map((s, i): SimStack => {
    const where = `stacks[${i}]`
    const name = str(s, 'name', where)
    return {
      name,
      id: str(
        s,
        'id',
        where,
        `arn:aws:cloudformation:${region}:${account}:stack/${name}/${uuidFrom(`stack:${name}:${i}`)}`
      ),
      events: sortedTimeline(
        list(s.events).map((e, k) => {
          const here = `${where}.events[${k}]`
          const logicalId = str(e, 'logicalId', here, name)
          // The stack's own events carry StackStatus values, its resources' events ResourceStatus values.
          const statuses = logicalId === name ? model.STACK_STATUSES : model.RESOURCE_STATUSES
          return {
            at: at(e.at, here),
            logicalId,
            resourceType: str(e, 'resourceType', here, 'AWS::CloudFormation::Stack'),
            status: oneOf(e.status, statuses, `${here}.status`),
            reason: optStr(e.reason),
            physicalId: optStr(e.physicalId),
            hook: parseHookInvocation(e.hook, `${here}.hook`)
          }
        })
      ),
      operations: parseStackOperations(s.operations, `${where}.operations`)
    }
  })
  const lc = (doc.lifecycle as Raw | undefined) ?? {}
  const faults = list(doc.faults).map((f, i): SimFault => {
    const kind = String(f.kind ?? 'error') as FaultKind
    if (!FAULT_KINDS.includes(kind)) throw new ScenarioError(`faults[${i}]: unknown kind ${kind}`)
    return {
      operation: str(f, 'operation', `faults[${i}]`, '*'),
      kind,
      error: kind === 'error' ? str(f, 'error', `faults[${i}]`) : undefined,
      message: optStr(f.message),
      delay: f.delay === undefined ? 0 : at(f.delay, `faults[${i}].delay`),
      times: Number(f.times ?? 1),
      after: Number(f.after ?? 0)
    }
  })
  return {
    name: String(doc.name ?? 'scenario'),
    account,
    region,
    pageSize: (doc.pageSize as Record<string, number>) ?? {},
    images,
    changeSets,
    hookResults,
    stacks,
    lifecycle: {
      duration: at(lc.duration ?? '30s', 'lifecycle.duration'),
      outcome: oneOf(lc.outcome, model.LIFECYCLE_OUTCOMES, 'lifecycle.outcome', 'SUCCESS'),
      reason: optStr(lc.reason)
    },
    faults,
    rateLimits: (doc.rateLimits as Record<string, number>) ?? {},
    denied: parseDenied(doc.denied),
    ec2: normalizeEc2(doc.ec2 as Raw | undefined, { account })
  }
}

/** The entry of a timeline in force at `elapsed`, or undefined before the first one. */
export function stateAt<T extends Timed>(timeline: T[], elapsed: number): T | undefined {
  let current: T | undefined
  for (const entry of timeline) {
    if (entry.at > elapsed) break
    current = entry
  }
  return current
}
