/**
 * W2, hook results: CloudFormation Hook results for a query. The SDK has no paginator for ListHookResults, so
 * this module follows NextToken itself. For a change set, hooks run while it is being created: an empty or
 * partial list before the change set has finished creating means "not yet", never "nothing to check"; once it
 * has, AWS's HookResultNotFound means no hook was invoked for it. Queries without a target list 90 days of
 * invocations: only those invoked in the query's window are judged.
 */
import {
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
  ListHookResultsCommand,
  type CloudFormationClient,
  type HookResultSummary
} from '@aws-sdk/client-cloudformation'
import { describeAwsError, isNoHookInvocations, isNotFound } from '../core/aws-errors.js'
import { matchesAny } from '../core/glob.js'
import type { HookQuery } from '../core/targets.js'
import type { Clock } from '../core/clock.js'
import type { PollResult, Target } from '../core/poll.js'
import { changeSetLookIn } from '../wait/forecast.js'
import { readValidation } from './early-validation.js'
import { HookDetails } from './hook-detail.js'
import { mergeListed } from './merge.js'
import {
  CREATED_CHANGE_SET_STATUSES,
  isOneOf,
  TERMINAL_HOOK_STATUSES,
  type HookResultsObservation,
  type HookResult
} from '../core/observations.js'
import { expectSame, readAllPages, sameJson, uniqueById } from '../core/listing.js'
import { count } from '../core/count.js'

const isFinished = (status: string) => isOneOf(status, TERMINAL_HOOK_STATUSES)

/** ListHookResults does not find a change set DescribeChangeSet has found: not final, asked again. */
class ListingLagsError extends Error {
  override name = 'ListingLags'
}

export interface HookWaitOptions {
  /** Hook type names (globs) that must report before the query settles, unless the grace period passes. */
  required: readonly string[]
  /** How long an empty list, or a missing required hook, is waited for. */
  graceMs: number
}

/**
 * Every result of the query, all pages, each once; only results about the query's target or hook type.
 * `none` when AWS answers that the target has no invocations.
 */
async function listAll(
  client: CloudFormationClient,
  query: HookQuery,
  signal: AbortSignal
): Promise<{ results: HookResultSummary[]; none: boolean }> {
  const op = 'ListHookResults'
  let results: HookResultSummary[]
  try {
    results = await readAllPages(op, async (NextToken) => {
      const page = await client.send(new ListHookResultsCommand({ ...query.filter, NextToken }), {
        abortSignal: signal
      })
      return { items: page.HookResults ?? [], next: page.NextToken }
    })
  } catch (error) {
    if (!isNoHookInvocations(error)) throw error
    return { results: [], none: true }
  }
  for (const r of results) {
    if (query.filter.TargetId !== undefined) expectSame(op, 'target', query.filter.TargetId, r.TargetId ?? '')
    if (query.filter.TypeArn !== undefined) expectSame(op, 'hook type', query.filter.TypeArn, r.TypeArn ?? '')
  }
  return { results: uniqueById(op, results, (r) => r.HookResultId, sameJson), none: false }
}

/** The start of the query's window, in epoch ms; undefined for target queries (every result counts). */
function windowStart(query: HookQuery, started: number): number | undefined {
  const since = query.invokedSince
  if (!since) return undefined
  return 'time' in since ? Date.parse(since.time) : started - since.beforeStartMs
}

export function hookResultsTarget(
  client: CloudFormationClient,
  query: HookQuery,
  clock: Clock,
  options: HookWaitOptions
): Target<HookResultsObservation> {
  const started = clock.now()
  const firstSeen = new Map<string, string>()
  let previous: HookResult[] | undefined
  const finished = new Map<string, string>()
  const details = new HookDetails(client)
  let validation: Awaited<ReturnType<typeof readValidation>> | undefined
  let changeSet: DescribeChangeSetCommandOutput | undefined
  let created = false
  let previousSnapshot: HookResultsObservation | undefined
  const emptySnapshot = (): HookResultsObservation => ({
    kind: 'hook-results',
    label: query.label,
    region: query.region,
    filter: { ...query.filter },
    changeSetArn: query.changeSetArn,
    results: []
  })
  /** One whole listing, each result mapped; only those invoked in the query's window. */
  async function readListed(signal: AbortSignal, since: number | undefined) {
    const now = new Date(clock.now()).toISOString()
    const { results: all, none } = await listAll(client, query, signal).catch((error: unknown) => {
      // DescribeChangeSet has found it created: a listing that does not find it yet lags, and is asked again.
      if (query.changeSetArn && isNotFound(error)) throw new ListingLagsError(describeAwsError(error))
      throw error
    })
    // An invocation without InvokedAt cannot be placed outside the window: it is judged.
    const inWindow = all.filter((r) => since === undefined || !r.InvokedAt || r.InvokedAt.getTime() >= since)
    const listed = inWindow.map((r): HookResult => {
      // Without an id a result is its own: never merged with another.
      const id = r.HookResultId ?? ''
      if (!firstSeen.has(id)) firstSeen.set(id, now)
      const status = r.Status ?? 'UNKNOWN'
      if (isFinished(status) && id && !finished.has(id)) finished.set(id, now)
      return {
        id,
        typeName: r.TypeName ?? 'unknown',
        typeArn: r.TypeArn,
        typeVersionId: r.TypeVersionId,
        failureMode: r.FailureMode ?? 'FAIL',
        status,
        reason: r.HookStatusReason,
        invocationPoint: r.InvocationPoint,
        targetType: r.TargetType,
        targetId: r.TargetId,
        executionTarget: r.HookExecutionTarget,
        invokedAt: r.InvokedAt?.toISOString() ?? firstSeen.get(id),
        finishedAt: finished.get(id)
      }
    })
    // Counts only: the raw answers go as soon as they are mapped (a confirming listing would hold two of them).
    return { total: all.length, none, inWindow: inWindow.length, listed }
  }

  return {
    key: `hooks:${query.region}:${JSON.stringify(query.filter)}`,
    label: query.label,
    async poll(signal): Promise<PollResult<HookResultsObservation>> {
      // While the change set is being created its status alone is read: its hooks run meanwhile, and a listing
      // then is partial. Once created (or failed) its status is final for the hooks: the list read after it is
      // complete, and the change set is not read again.
      if (query.changeSetArn && !created) {
        changeSet = await client.send(new DescribeChangeSetCommand({ ChangeSetName: query.changeSetArn }), {
          abortSignal: signal
        })
        expectSame('DescribeChangeSet', 'change set', query.changeSetArn, changeSet?.ChangeSetId)
        created = isOneOf(changeSet.Status, CREATED_CHANGE_SET_STATUSES)
        if (!created)
          return {
            snapshot: { ...(previousSnapshot ?? emptySnapshot()), changeSetStatus: changeSet.Status },
            settled: false,
            lookInMs: changeSetLookIn(clock.now() - (changeSet.CreationTime?.getTime() ?? started)),
            progress: `change set ${changeSet.Status}`
          }
      }
      // Early validation has run once the change set is created (or has failed): read it once, or until a read
      // that failed for another reason than a refusal succeeds.
      if (query.changeSetArn && created && (!validation || ('gap' in validation && !validation.gap.permission)))
        validation = await readValidation(client, query.changeSetArn, signal)
      const since = windowStart(query, started)
      let listing = await readListed(signal, since)
      let merged = mergeListed(previous, listing.listed)
      // One listing can leave a result out: for a change set, whose results are final once it is created, the
      // first listing is confirmed by another, and the results stand once a listing adds none.
      const adds = (listed: HookResult[], known: HookResult[]) => {
        const ids = new Set(known.map((k) => k.id))
        return listed.some((r) => r.id && !ids.has(r.id))
      }
      let confirmed = !query.changeSetArn || (previous !== undefined && !adds(listing.listed, previous))
      if (!confirmed) {
        const again = await readListed(signal, since)
        confirmed = !adds(again.listed, merged)
        merged = mergeListed(merged, again.listed)
        listing = again
      }
      const { total, none, inWindow } = listing
      const results = await details.fill(merged, signal)
      previous = results
      const snapshot: HookResultsObservation = (previousSnapshot = {
        kind: 'hook-results',
        label: query.label,
        region: query.region,
        filter: { ...query.filter },
        changeSetArn: query.changeSetArn,
        changeSetStatus: changeSet?.Status,
        changeSetReason: changeSet?.StatusReason,
        noInvocations: none || undefined,
        invokedSince: since === undefined ? undefined : new Date(since).toISOString(),
        outsideWindow: since === undefined ? undefined : total - inWindow,
        results,
        validation: validation && 'validation' in validation ? validation.validation : undefined,
        validationGap: validation && 'gap' in validation ? validation.gap : undefined
      })
      const graceOver = clock.now() - started >= options.graceMs
      // A status AWS has not documented counts as still in progress.
      const inProgress = results.filter((r) => !isFinished(r.status)).length
      const missing = options.required.filter((glob) => !results.some((r) => matchesAny(r.typeName, [glob])))
      // A change set's hooks have all run once it has been created: what is listed then is all there will be.
      const complete = created || results.length > 0
      const settled = confirmed && inProgress === 0 && (graceOver || (complete && missing.length === 0))
      const parts = [
        changeSet ? `change set ${changeSet.Status}` : undefined,
        none ? 'no hook invocations' : count(results.length, 'result'),
        inProgress > 0 ? `${inProgress} in progress` : undefined,
        missing.length > 0 && !graceOver ? `waiting for ${missing.join(', ')}` : undefined
      ]
      return {
        snapshot,
        settled,
        progress: parts.filter(Boolean).join(', ')
      }
    }
  }
}
