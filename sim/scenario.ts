/**
 * Scenario files: what the simulated account holds and how it changes over time. Every resource has a
 * timeline of states at offsets from the simulator's start; before its first entry it does not exist yet.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseDuration } from '../src/core/duration.js'

export interface Timed {
  /** Offset from the simulator's start, in milliseconds. */
  at: number
}
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
  arn: string
  type: string
  steps: number
  /** When each step finishes, as offsets; without it steps finish at an even pace while RUNNING. */
  stepsAt?: number[]
  parallelGroup?: string
  timeline: WorkflowState[]
}
export interface SimImage {
  arn: string
  name: string
  version: string
  type: string
  platform: string
  owner: string
  tags: Record<string, string>
  /** Offset of the image's creation; negative for images older than the simulation. */
  created: number
  timeline: ImageState[]
  workflows: SimWorkflow[]
}
export interface SimChangeSet {
  arn: string
  name: string
  stackName: string
  timeline: { at: number; status: string; reason?: string }[]
}
export interface SimHookResult {
  id: string
  typeName: string
  typeArn: string
  typeVersionId: string
  failureMode: string
  invocationPoint: string
  targetType: string
  targetId: string
  executionTarget: string
  timeline: { at: number; status: string; reason?: string }[]
}
export interface SimStackEvent extends Timed {
  logicalId: string
  resourceType: string
  status: string
  reason?: string
  physicalId?: string
  /** A hook's invocation on the resource, as stack events report it (StackEvent.HookType etc. in the model). */
  hook?: { type: string; status: string; failureMode: string; reason?: string }
}
export interface SimStack {
  name: string
  id: string
  events: SimStackEvent[]
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
}

type Raw = Record<string, unknown>

export class ScenarioError extends Error {}

function at(value: unknown, where: string): number {
  const ms = parseDuration(value as string | number)
  if (ms === undefined)
    throw new ScenarioError(`${where}: "at" must be a duration like 90s or 9m, got ${JSON.stringify(value)}`)
  return ms
}

function list(raw: unknown): Raw[] {
  return Array.isArray(raw) ? (raw as Raw[]) : []
}

function str(raw: Raw, key: string, where: string, fallback?: string): string {
  const value = raw[key] ?? fallback
  if (value === undefined || value === null) throw new ScenarioError(`${where}: "${key}" is required`)
  return String(value)
}

function optStr(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value)
}

function optNum(value: unknown): number | undefined {
  return value === undefined || value === null ? undefined : Number(value)
}

function sortedTimeline<T extends Timed>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.at - b.at)
}

/** Build a scenario from parsed YAML/JSON, filling defaults and turning every offset into milliseconds. */
export function normalizeScenario(doc: Raw): Scenario {
  const account = String(doc.account ?? '123456789012')
  const region = String(doc.region ?? 'us-east-1')
  const images = list(doc.images).map((img, i): SimImage => {
    const where = `images[${i}]`
    const name = str(img, 'name', where)
    const version = str(img, 'version', where, '1.0.0/1')
    const arn = str(img, 'arn', where, `arn:aws:imagebuilder:${region}:${account}:image/${name}/${version}`)
    const workflows = list(img.workflows).map((wf, j): SimWorkflow => {
      const wwhere = `${where}.workflows[${j}]`
      const type = str(wf, 'type', wwhere)
      return {
        id: str(wf, 'id', wwhere, `wf-${name}-${type.toLowerCase()}-${j}`),
        arn: str(
          wf,
          'arn',
          wwhere,
          `arn:aws:imagebuilder:${region}:aws:workflow/${type.toLowerCase()}/${type.toLowerCase()}-image/1.0.0/1`
        ),
        type,
        steps: Number(wf.steps ?? (Array.isArray(wf.stepsAt) ? wf.stepsAt.length : 1)),
        stepsAt: Array.isArray(wf.stepsAt) ? wf.stepsAt.map((t, k) => at(t, `${wwhere}.stepsAt[${k}]`)) : undefined,
        parallelGroup: optStr(wf.parallelGroup),
        timeline: sortedTimeline(
          list(wf.timeline).map((e, k) => ({
            at: at(e.at, `${wwhere}.timeline[${k}]`),
            status: str(e, 'status', `${wwhere}.timeline[${k}]`),
            message: optStr(e.message),
            succeeded: optNum(e.succeeded),
            failed: optNum(e.failed),
            skipped: optNum(e.skipped)
          }))
        )
      }
    })
    const timeline = sortedTimeline(
      list(img.timeline ?? [{ at: 0, status: 'AVAILABLE' }]).map((e, k) => ({
        at: at(e.at, `${where}.timeline[${k}]`),
        status: str(e, 'status', `${where}.timeline[${k}]`),
        reason: optStr(e.reason)
      }))
    )
    return {
      arn,
      name,
      version,
      type: String(img.type ?? 'AMI'),
      platform: String(img.platform ?? 'Linux'),
      owner: String(img.owner ?? 'Self'),
      tags: (img.tags as Record<string, string>) ?? {},
      created: img.age === undefined ? (timeline[0]?.at ?? 0) : -at(img.age, `${where}.age`),
      timeline,
      workflows
    }
  })
  const changeSets = list(doc.changeSets).map((cs, i): SimChangeSet => {
    const where = `changeSets[${i}]`
    const name = str(cs, 'name', where)
    const stackName = str(cs, 'stackName', where, 'stack')
    return {
      name,
      stackName,
      arn: str(
        cs,
        'arn',
        where,
        `arn:aws:cloudformation:${region}:${account}:changeSet/${name}/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
      ),
      timeline: sortedTimeline(
        list(cs.timeline ?? [{ at: 0, status: 'CREATE_COMPLETE' }]).map((e, k) => ({
          at: at(e.at, `${where}.timeline[${k}]`),
          status: str(e, 'status', `${where}.timeline[${k}]`),
          reason: optStr(e.reason)
        }))
      )
    }
  })
  const hookResults = list(doc.hookResults).map((h, i): SimHookResult => {
    const where = `hookResults[${i}]`
    const typeName = str(h, 'typeName', where)
    return {
      id: str(h, 'id', where, `hr-${String(i).padStart(6, '0')}`),
      typeName,
      typeArn: str(
        h,
        'typeArn',
        where,
        `arn:aws:cloudformation:${region}:${account}:type/hook/${typeName.replaceAll('::', '-')}`
      ),
      typeVersionId: String(h.typeVersionId ?? '00000001'),
      failureMode: String(h.failureMode ?? 'FAIL'),
      invocationPoint: String(h.invocationPoint ?? 'PRE_PROVISION'),
      targetType: String(h.targetType ?? 'CHANGE_SET'),
      targetId: str(h, 'targetId', where, changeSets[0]?.arn),
      executionTarget: String(h.executionTarget ?? h.targetId ?? changeSets[0]?.arn ?? ''),
      timeline: sortedTimeline(
        list(h.timeline).map((e, k) => ({
          at: at(e.at, `${where}.timeline[${k}]`),
          status: str(e, 'status', `${where}.timeline[${k}]`),
          reason: optStr(e.reason)
        }))
      )
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
        `arn:aws:cloudformation:${region}:${account}:stack/${name}/11111111-0000-4000-8000-${String(i).padStart(12, '0')}`
      ),
      events: sortedTimeline(
        list(s.events).map((e, k) => ({
          at: at(e.at, `${where}.events[${k}]`),
          logicalId: str(e, 'logicalId', `${where}.events[${k}]`, name),
          resourceType: str(e, 'resourceType', `${where}.events[${k}]`, 'AWS::CloudFormation::Stack'),
          status: str(e, 'status', `${where}.events[${k}]`),
          reason: optStr(e.reason),
          physicalId: optStr(e.physicalId),
          hook:
            e.hookStatus === undefined
              ? undefined
              : {
                  type: String(e.hookType ?? 'Org::Hook::Check'),
                  status: String(e.hookStatus),
                  failureMode: String(e.hookFailureMode ?? 'FAIL'),
                  reason: optStr(e.hookStatusReason)
                }
        }))
      )
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
      outcome: (lc.outcome as LifecycleBehaviour['outcome']) ?? 'SUCCESS',
      reason: optStr(lc.reason)
    },
    faults,
    rateLimits: (doc.rateLimits as Record<string, number>) ?? {}
  }
}

export function loadScenarioFile(path: string): Scenario {
  return normalizeScenario(parse(readFileSync(path, 'utf8')) as Raw)
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
