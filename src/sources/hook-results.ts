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
import type { HookResultsObservation, HookResult } from '../core/observations.js'

const CHANGE_SET_CREATING = new Set(['CREATE_PENDING', 'CREATE_IN_PROGRESS'])

export interface HookWaitOptions {
  /** Hook type names (globs) that must report before the query settles, unless the grace period passes. */
  required: readonly string[]
  /** How long an empty list, or a missing required hook, is waited for. */
  graceMs: number
}

async function listAll(
  client: CloudFormationClient,
  query: HookQuery,
  signal: AbortSignal
): Promise<HookResultSummary[]> {
  const results: HookResultSummary[] = []
  let NextToken: string | undefined
  do {
    const page = await client.send(new ListHookResultsCommand({ ...query.filter, NextToken }), { abortSignal: signal })
    results.push(...(page.HookResults ?? []))
    // A token that repeats would loop for ever: stop, as the SDK paginators' stopOnSameToken does.
    NextToken = page.NextToken && page.NextToken !== NextToken ? page.NextToken : undefined
  } while (NextToken)
  return results
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
      const now = new Date(clock.now()).toISOString()
      const listed = (await listAll(client, query, signal)).map((r): HookResult => {
        const id = r.HookResultId ?? `${r.TypeName}@${r.TargetId}`
        if (!firstSeen.has(id)) firstSeen.set(id, now)
        const status = r.Status ?? 'UNKNOWN'
        if (status !== 'HOOK_IN_PROGRESS' && !finished.has(id)) finished.set(id, now)
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
      const inProgress = results.filter((r) => r.status === 'HOOK_IN_PROGRESS').length
      const missing = options.required.filter((glob) => !results.some((r) => matchesAny(r.typeName, [glob])))
      const creating = changeSet !== undefined && CHANGE_SET_CREATING.has(changeSet.Status ?? '')
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
