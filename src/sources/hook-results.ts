/**
 * W2, hook results: CloudFormation Hook results for a query. The SDK has no paginator for ListHookResults, so
 * this module follows NextToken itself. For a change set, hooks run while it is being created: an empty or
 * partial list before the change set has finished creating means "not yet", never "nothing to check".
 */
import {
  DescribeChangeSetCommand,
  ListHookResultsCommand,
  type CloudFormationClient,
  type HookResultSummary
} from '@aws-sdk/client-cloudformation'
import { matchesAny } from '../core/glob.js'
import type { HookQuery } from '../core/targets.js'
import type { Clock } from '../core/clock.js'
import type { PollResult, Target } from '../core/poll.js'
import { mergeListed } from './merge.js'
import {
  CREATED_CHANGE_SET_STATUSES,
  TERMINAL_HOOK_STATUSES,
  type HookResultsObservation,
  type HookResult
} from '../core/observations.js'
import { expectSame, readAllPages, sameJson, uniqueById } from '../core/listing.js'

const isOneOf = (status: string | undefined, statuses: readonly string[]) =>
  status !== undefined && statuses.includes(status)
const isFinished = (status: string) => isOneOf(status, TERMINAL_HOOK_STATUSES)

export interface HookWaitOptions {
  /** Hook type names (globs) that must report before the query settles, unless the grace period passes. */
  required: readonly string[]
  /** How long an empty list, or a missing required hook, is waited for. */
  graceMs: number
}

/** Every result of the query, all pages, each once; only results about the query's target or hook type. */
async function listAll(
  client: CloudFormationClient,
  query: HookQuery,
  signal: AbortSignal
): Promise<HookResultSummary[]> {
  const op = 'ListHookResults'
  const results = await readAllPages(op, async (NextToken) => {
    const page = await client.send(new ListHookResultsCommand({ ...query.filter, NextToken }), { abortSignal: signal })
    return { items: page.HookResults ?? [], next: page.NextToken }
  })
  for (const r of results) {
    if (query.filter.TargetId !== undefined) expectSame(op, 'target', query.filter.TargetId, r.TargetId ?? '')
    if (query.filter.TypeArn !== undefined) expectSame(op, 'hook type', query.filter.TypeArn, r.TypeArn ?? '')
  }
  return uniqueById(op, results, (r) => r.HookResultId, sameJson)
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
  return {
    key: `hooks:${query.region}:${JSON.stringify(query.filter)}`,
    label: query.label,
    async poll(signal): Promise<PollResult<HookResultsObservation>> {
      // The change set first: once it has finished creating, the list read after it is complete.
      const changeSet = query.changeSetArn
        ? await client.send(new DescribeChangeSetCommand({ ChangeSetName: query.changeSetArn }), {
            abortSignal: signal
          })
        : undefined
      if (query.changeSetArn) expectSame('DescribeChangeSet', 'change set', query.changeSetArn, changeSet?.ChangeSetId)
      const now = new Date(clock.now()).toISOString()
      const listed = (await listAll(client, query, signal)).map((r): HookResult => {
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
      const results = mergeListed(previous, listed)
      previous = results
      const snapshot: HookResultsObservation = {
        kind: 'hook-results',
        label: query.label,
        region: query.region,
        filter: { ...query.filter },
        changeSetArn: query.changeSetArn,
        changeSetStatus: changeSet?.Status,
        changeSetReason: changeSet?.StatusReason,
        results
      }
      const graceOver = clock.now() - started >= options.graceMs
      // A status AWS has not documented counts as still in progress.
      const inProgress = results.filter((r) => !isFinished(r.status)).length
      const missing = options.required.filter((glob) => !results.some((r) => matchesAny(r.typeName, [glob])))
      const creating = changeSet !== undefined && !isOneOf(changeSet.Status, CREATED_CHANGE_SET_STATUSES)
      const settled = !creating && inProgress === 0 && (graceOver || (results.length > 0 && missing.length === 0))
      const parts = [
        changeSet ? `change set ${changeSet.Status}` : undefined,
        `${results.length} result(s)`,
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
