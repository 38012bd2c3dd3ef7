/**
 * L1: act on a verdict with StartResourceStateUpdate and follow each execution to its end. Dry-run makes no
 * mutating call; every resource is reported, whether it was updated, would have been, was skipped or failed.
 */
import { GetImageCommand, StartResourceStateUpdateCommand, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { AwsClients } from '../aws/clients.js'
import { parseImageBuildVersionArn, type ImageBuildVersionArn } from '../config/arn.js'
import type { LifecycleAction } from '../policy/types.js'
import type { BackoffOptions } from '../wait/backoff.js'
import type { Clock } from '../wait/clock.js'
import { mapConcurrent, type RateLimiter } from '../wait/rate-limit.js'
import { waitForAll } from '../wait/scheduler.js'
import { lifecycleExecutionTarget } from './follow.js'
import { buildRequest, type LifecycleRequest } from './request.js'
import { needsUpdate, selectPrevious, type BuildVersion } from './select.js'
import { listAllBuildVersions } from './versions.js'

export type LifecycleMode = 'started' | 'dry-run' | 'skipped' | 'failed'

export interface LifecycleEntry {
  label: string
  resourceArn: string
  state: string
  /** Why the update was asked for, e.g. `on-pass: previous-versions`. */
  trigger: string
  mode: LifecycleMode
  /** The request as sent, or as it would have been sent in a dry run. */
  request?: LifecycleRequest
  executionId?: string
  status?: string
  statusReason?: string
  hasImpactedResources?: boolean
  startTime?: string
  endTime?: string
  /** Set when the update takes effect later (updateAt): it is started, not followed. */
  scheduledFor?: string
  /** Why it was skipped, or what went wrong. */
  note?: string
}

export type LifecycleStatus = 'none' | 'dry-run' | 'started' | 'scheduled' | 'success' | 'failed'

export interface LifecycleContext {
  clients: AwsClients
  clock: Clock
  signal?: AbortSignal
  random?: () => number
  dryRun: boolean
  /** Follow started executions to their end. */
  wait: boolean
  runIdentity: string
  limiter: RateLimiter
  concurrency: number
  backoff: BackoffOptions
  timeoutMs: number
  isPermanent(error: unknown, elapsedMs: number): boolean
  describeError(error: unknown): string
  log(line: string): void
}

/** A build of this run: its ARN and the image state the gate last saw. */
export interface RunBuild {
  arn: ImageBuildVersionArn
  imageStatus?: string
}

function toBuild(arn: ImageBuildVersionArn, state?: string): BuildVersion {
  return { arn: arn.arn, name: arn.name, version: `${arn.version}/${arn.build}`, state }
}

/** Resolve the action's target to builds, each either to update or skipped with a reason. */
async function plan(ctx: LifecycleContext, action: LifecycleAction, builds: RunBuild[]): Promise<{ build: BuildVersion; region: string; skip?: string }[]> {
  if (action.target.startsWith('arn:')) {
    const arn = parseImageBuildVersionArn(action.target) as ImageBuildVersionArn
    const { image } = await ctx.clients.imageBuilder(arn.region).send(new GetImageCommand({ imageBuildVersionArn: arn.arn }), { abortSignal: ctx.signal })
    const { needed, why } = needsUpdate(image?.state?.status, action.state, true)
    return [{ build: toBuild(arn, image?.state?.status), region: arn.region, skip: needed ? undefined : why }]
  }
  if (builds.length === 0) return []
  if (action.target === 'this-build')
    return builds.map(({ arn, imageStatus }) => {
      const { needed, why } = needsUpdate(imageStatus, action.state, true)
      return { build: toBuild(arn, imageStatus), region: arn.region, skip: needed ? undefined : why }
    })
  const planned: { build: BuildVersion; region: string; skip?: string }[] = []
  for (const { arn } of builds) {
    // Every build of every semantic version of the image (ListImages by name, then each version's builds).
    const all = await listAllBuildVersions(ctx.clients.imageBuilder(arn.region), { names: [arn.name] }, ctx.signal)
    const selection = selectPrevious(all, toBuild(arn), action.keep, action.state)
    planned.push(...selection.selected.map((build) => ({ build, region: arn.region })), ...selection.skipped.map(({ build, why }) => ({ build, region: arn.region, skip: why })))
  }
  return planned
}

/** An update that did not go through: refused, failed, cancelled or not finished. */
export function isFailed(e: LifecycleEntry): boolean {
  return e.mode !== 'skipped' && (e.mode === 'failed' || e.status === 'FAILED' || e.status === 'CANCELLED' || e.note !== undefined)
}

/**
 * One word for the whole: nothing to do, a dry run, any failed, all succeeded, all succeeded or scheduled for
 * later (updateAt), or started and not followed.
 */
export function lifecycleStatus(entries: LifecycleEntry[], dryRun: boolean): LifecycleStatus {
  const acted = entries.filter((e) => e.mode !== 'skipped')
  if (acted.length === 0) return 'none'
  if (dryRun) return 'dry-run'
  if (acted.some(isFailed)) return 'failed'
  if (acted.every((e) => e.status === 'SUCCESS')) return 'success'
  return acted.every((e) => e.status === 'SUCCESS' || e.scheduledFor) ? 'scheduled' : 'started'
}

/** Start the requests (rate-limited, bounded concurrency), then follow them; one failure hides no other. */
export async function execute(ctx: LifecycleContext, requests: { request: LifecycleRequest; region: string; trigger: string }[]): Promise<LifecycleEntry[]> {
  const entries = requests.map(({ request, trigger }): LifecycleEntry => ({
    label: request.label,
    resourceArn: request.resourceArn,
    state: request.state,
    trigger,
    mode: ctx.dryRun ? 'dry-run' : 'started',
    request
  }))
  const clientOf = new Map(entries.map((e, i) => [e, ctx.clients.imageBuilder((requests[i] as (typeof requests)[number]).region)]))
  if (ctx.dryRun) {
    for (const e of entries) ctx.log(`dry-run: would call StartResourceStateUpdate ${JSON.stringify(wire(e.request as LifecycleRequest))}`)
    return entries
  }
  await mapConcurrent(entries, ctx.concurrency, async (entry) => {
    const request = entry.request as LifecycleRequest
    const start = async () => {
      await ctx.limiter.acquire(ctx.signal)
      return (clientOf.get(entry) as ImagebuilderClient).send(new StartResourceStateUpdateCommand(wire(request)), { abortSignal: ctx.signal })
    }
    try {
      // An answer lost on the way back (a reset, a garbled body) leaves it unknown whether the update started:
      // ask once more with the same client token, and Image Builder answers with the execution it started.
      const started = await start().catch((error: unknown) => {
        if (ctx.isPermanent(error, 0) || ctx.signal?.aborted) throw error
        ctx.log(`${entry.label}: ${ctx.describeError(error)}; asking again with the same client token`)
        return start()
      })
      entry.executionId = started.lifecycleExecutionId
      ctx.log(`${entry.label}: lifecycle execution ${entry.executionId} started (${entry.state})`)
    } catch (error) {
      entry.mode = 'failed'
      entry.note = ctx.describeError(error)
      ctx.log(`${entry.label}: ${entry.note}`)
    }
  })
  const now = ctx.clock.now()
  for (const e of entries)
    if (e.executionId && e.request?.updateAt && e.request.updateAt.getTime() > now) e.scheduledFor = e.request.updateAt.toISOString()
  // An update scheduled for later is not waited for: the job would wait days.
  const started = entries.filter((e) => e.executionId && !e.scheduledFor)
  if (!ctx.wait || started.length === 0) return entries
  const targets = started.map((e) => lifecycleExecutionTarget(clientOf.get(e) as ImagebuilderClient, e.resourceArn, e.executionId as string, e.label))
  const results = await waitForAll(targets, {
    clock: ctx.clock,
    timeoutMs: ctx.timeoutMs,
    backoff: ctx.backoff,
    random: ctx.random,
    signal: ctx.signal,
    isPermanent: ctx.isPermanent,
    describeError: ctx.describeError,
    onPoll: (p) => ctx.log(`${p.label}: ${p.progress}`)
  })
  results.forEach((result, i) => {
    const entry = started[i] as LifecycleEntry
    const s = result.snapshot
    Object.assign(entry, { status: s?.status, statusReason: s?.reason, hasImpactedResources: s?.hasImpactedResources, startTime: s?.startTime, endTime: s?.endTime })
    if (result.outcome !== 'settled') entry.note = `not finished: ${result.outcome}${result.error ? ` (${result.error})` : ''}`
  })
  return entries
}

/** The request as it goes on the wire. */
export function wire(r: LifecycleRequest) {
  return {
    resourceArn: r.resourceArn,
    state: { status: r.state },
    includeResources: r.includeResources,
    exclusionRules: r.exclusionRules,
    updateAt: r.updateAt,
    executionRole: r.executionRole,
    clientToken: r.clientToken
  }
}

export async function runLifecycle(ctx: LifecycleContext, action: LifecycleAction, trigger: string, builds: RunBuild[]): Promise<LifecycleEntry[]> {
  const planned = await plan(ctx, action, builds)
  const now = ctx.clock.now()
  const skipped: LifecycleEntry[] = planned
    .filter((p) => p.skip)
    .map((p) => ({ label: `${p.build.name} ${p.build.version}`, resourceArn: p.build.arn, state: action.state, trigger, mode: 'skipped', note: p.skip }))
  const requests = planned
    .filter((p) => !p.skip)
    .map((p) => ({ request: buildRequest(action, p.build.arn, `${p.build.name} ${p.build.version}`, trigger, ctx.runIdentity, now), region: p.region, trigger }))
  return [...(await execute(ctx, requests)), ...skipped]
}
