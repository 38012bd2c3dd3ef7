/**
 * L1, second half: make the planned requests (rate-limited, bounded concurrency) and follow each execution to
 * its end. A dry run makes no call and reports the requests as planned; one failure hides no other.
 */
import { ListLifecycleExecutionsCommand, StartResourceStateUpdateCommand } from '@aws-sdk/client-imagebuilder'
import { readAllPages } from '../core/listing.js'
import { describeAwsError, isPermanentAwsError } from '../core/aws-errors.js'
import { wire, type LifecycleEntry } from '../core/lifecycle.js'
import { waitForAll } from '../wait/scheduler.js'
import type { LifecycleContext, LifecycleOptions } from './context.js'
import { lifecycleExecutionTarget } from './follow.js'
import type { PlannedRequest } from './plan.js'
import { mapConcurrent } from './rate-limit.js'
import { errorName, sendWithResend, THROTTLED } from './resend.js'

function entryOf({ request, trigger, inUse }: PlannedRequest, mode: LifecycleEntry['mode']): LifecycleEntry {
  return { label: request.label, resourceArn: request.resourceArn, state: request.state, trigger, mode, request, inUse }
}

/** The client's update is already there: an execution pending or running for the resource (an earlier attempt). */
async function pendingExecution(ctx: LifecycleContext, p: PlannedRequest): Promise<string | undefined> {
  const op = 'ListLifecycleExecutions'
  const executions = await readAllPages(op, async (nextToken) => {
    const page = await ctx
      .imageBuilder(p.region)
      .send(new ListLifecycleExecutionsCommand({ resourceArn: p.request.resourceArn, nextToken }), {
        abortSignal: ctx.signal
      })
    return { items: page.lifecycleExecutions ?? [], next: page.nextToken }
  })
  return executions.find((e) => e.state?.status === 'PENDING' || e.state?.status === 'IN_PROGRESS')
    ?.lifecycleExecutionId
}

/**
 * Start one request; the entry says whether it started, and when it takes effect if that is later. Throttled
 * answers slow the pace and put the request back in line (nothing is lost to throttling); an answer lost twice
 * leaves it unknown whether the update started, and the entry says what to check.
 */
async function start(ctx: LifecycleContext, p: PlannedRequest, deadline: number): Promise<LifecycleEntry> {
  const entry = entryOf(p, 'started')
  const { request } = p
  const later = request.updateAt && request.updateAt.getTime() > ctx.clock.now()
  const send = () =>
    ctx.imageBuilder(p.region).send(new StartResourceStateUpdateCommand(wire(request)), { abortSignal: ctx.signal })
  try {
    // A scheduled update (updateAt) of an earlier attempt of this run is found again, not started twice: its
    // client token cannot match when the day of the re-run moves updateAt.
    const found = later ? await pendingExecution(ctx, p) : undefined
    if (found) {
      ctx.log(`${entry.label}: lifecycle execution ${found} is already pending for it; not starting another`)
      return { ...entry, executionId: found, scheduledFor: request.updateAt?.toISOString() }
    }
    const started = await sendWithResend(ctx, entry.label, send, deadline)
    const executionId = started.lifecycleExecutionId
    ctx.log(`${entry.label}: lifecycle execution ${executionId} started (${entry.state})`)
    return { ...entry, executionId, scheduledFor: executionId && later ? request.updateAt?.toISOString() : undefined }
  } catch (error) {
    const note = describeAwsError(error)
    ctx.log(`${entry.label}: ${note}`)
    if (isPermanentAwsError(error) || THROTTLED.has(errorName(error))) return { ...entry, mode: 'failed', note }
    return {
      ...entry,
      mode: 'unknown',
      note:
        `the answer was lost (${note}), so whether the update started is unknown: check ListLifecycleExecutions ` +
        `for ${request.resourceArn} (or the Image Builder console) before running again`
    }
  }
}

/** Follow the started executions to their end; an update scheduled for later is not waited for (days). */
async function follow(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  requests: PlannedRequest[],
  entries: LifecycleEntry[]
): Promise<LifecycleEntry[]> {
  const followed = entries.flatMap((entry, i) =>
    entry.executionId && !entry.scheduledFor ? [{ entry, region: requests[i]?.region ?? '' }] : []
  )
  if (!options.wait || followed.length === 0) return entries
  const targets = followed.map(({ entry, region }) =>
    lifecycleExecutionTarget(ctx.imageBuilder(region), entry.resourceArn, entry.executionId ?? '', entry.label)
  )
  const results = await waitForAll(targets, {
    clock: ctx.clock,
    timeoutMs: options.timeoutMs,
    backoff: options.backoff,
    random: ctx.random,
    signal: ctx.signal,
    isPermanent: isPermanentAwsError,
    describeError: describeAwsError,
    onPoll: (p) => ctx.log(`${p.label}: ${p.progress}`)
  })
  const ended = new Map(
    followed.map(({ entry }, i) => {
      const result = results[i]
      const s = result?.snapshot
      const note =
        result && result.outcome !== 'settled'
          ? `not finished: ${result.outcome}${result.error ? ` (${result.error})` : ''}`
          : undefined
      const done: LifecycleEntry = {
        ...entry,
        status: s?.status,
        statusReason: s?.reason,
        hasImpactedResources: s?.hasImpactedResources,
        startTime: s?.startTime,
        endTime: s?.endTime,
        ...(note ? { note } : {})
      }
      return [entry, done]
    })
  )
  return entries.map((e) => ended.get(e) ?? e)
}

export async function execute(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  requests: PlannedRequest[]
): Promise<LifecycleEntry[]> {
  if (options.dryRun) {
    for (const { request } of requests)
      ctx.log(`dry-run: would call StartResourceStateUpdate ${JSON.stringify(wire(request))}`)
    return requests.map((r) => entryOf(r, 'dry-run'))
  }
  const deadline = ctx.clock.now() + options.timeoutMs
  const entries = await mapConcurrent(requests, options.concurrency, (r) => start(ctx, r, deadline))
  return follow(ctx, options, requests, entries)
}
