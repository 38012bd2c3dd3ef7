/**
 * Hook result queries from the inputs, refused at input time where ListHookResults would refuse them:
 * TargetType and TargetId only together; Status only with TypeArn; TypeArn not with a target; only CHANGE_SET and
 * CLOUD_CONTROL as target types.
 */
import { parseChangeSetArn, parseHookTypeArn } from '../core/arn.js'
import { parseDuration } from '../core/duration.js'
import { HOOK_STATUSES, HOOK_TARGET_TYPES, type HookFilter, type HookQuery } from '../core/targets.js'

export interface HookInputs {
  changeSetArns: string[]
  targetType: string
  targetIds: string[]
  typeArn: string
  status: string
  all: boolean
  /** hook-results-since: a duration before the gate started, or a time; empty for "since the gate started". */
  since: string
}

/** How far back ListHookResults lists invocations (the Hooks user guide: the last 90 days). */
const RETENTION_MS = 90 * 86_400_000

/** Where ListHookResults refuses a target type, what to use instead. */
const UNSUPPORTED_TARGET: Record<string, string> = {
  STACK:
    "ListHookResults filters only by CHANGE_SET and CLOUD_CONTROL targets: for the hooks of a stack's deployment " +
    'use stack (its stack events name each invocation) or hook-type-arn (each result says its stack), or ' +
    'change-set-arn for the hooks that run when a change set is created',
  RESOURCE:
    'ListHookResults filters only by CHANGE_SET and CLOUD_CONTROL targets: for resource hooks use hook-type-arn ' +
    '(each result names its target), or hook-target-type CLOUD_CONTROL with the HookRequestToken of a Cloud ' +
    'Control request'
}

type Problem = (input: string, value: string, fix: string) => void

export function parseHookQueries(inputs: HookInputs, defaultRegion: string | undefined, problem: Problem): HookQuery[] {
  const queries: HookQuery[] = []
  const regionOr = (input: string, value: string): string | undefined => {
    if (!defaultRegion)
      problem(input, value, 'the region cannot be told from this value: set aws-region (or AWS_REGION)')
    return defaultRegion
  }

  for (const text of inputs.changeSetArns) {
    const arn = parseChangeSetArn(text)
    if (typeof arn === 'string') problem('change-set-arn', text, arn)
    else
      queries.push({
        label: `change set ${arn.name}`,
        region: arn.region,
        filter: { TargetType: 'CHANGE_SET', TargetId: arn.arn },
        changeSetArn: arn.arn
      })
  }

  const { targetType, targetIds, typeArn, status } = inputs
  const ids = targetIds.join(', ')
  if (targetType && targetIds.length === 0)
    problem(
      'hook-target-id',
      '',
      `hook-target-type ${targetType} needs hook-target-id: ListHookResults takes TargetType and TargetId only together`
    )
  if (!targetType && targetIds.length > 0)
    problem(
      'hook-target-type',
      '',
      `hook-target-id needs hook-target-type (one of ${HOOK_TARGET_TYPES.join(', ')}): ListHookResults takes ` +
        `TargetType and TargetId only together`
    )
  const unsupported = UNSUPPORTED_TARGET[targetType]
  if (unsupported) problem('hook-target-type', targetType, unsupported)
  else if (targetType && !(HOOK_TARGET_TYPES as readonly string[]).includes(targetType))
    problem('hook-target-type', targetType, `use one of ${HOOK_TARGET_TYPES.join(', ')}`)
  if (status && !typeArn)
    problem(
      'hook-status',
      status,
      'hook-status filters the results of one hook: set hook-type-arn too (ListHookResults takes Status only with ' +
        'TypeArn)'
    )
  if (status && !(HOOK_STATUSES as readonly string[]).includes(status))
    problem('hook-status', status, `use one of ${HOOK_STATUSES.join(', ')}`)
  if (typeArn && (targetType || targetIds.length > 0))
    problem(
      'hook-type-arn',
      typeArn,
      'ListHookResults takes either a target (hook-target-type + hook-target-id) or a hook type (hook-type-arn), ' +
        'not both: use two steps'
    )
  if (inputs.all && (targetType || typeArn || targetIds.length > 0))
    problem(
      'all-hook-results',
      'true',
      'all-hook-results reads every hook result unfiltered: remove hook-target-type, hook-target-id and ' +
        'hook-type-arn, or set it to false'
    )

  if (targetType && targetIds.length > 0 && !typeArn && (HOOK_TARGET_TYPES as readonly string[]).includes(targetType)) {
    for (const id of targetIds) {
      const cs = targetType === 'CHANGE_SET' ? parseChangeSetArn(id) : undefined
      if (typeof cs === 'string') problem('hook-target-id', id, `a CHANGE_SET target is a change set ARN: ${cs}`)
      const region = cs && typeof cs !== 'string' ? cs.region : regionOr('hook-target-id', ids)
      if (region)
        queries.push({
          label: `${targetType.toLowerCase().replace('_', ' ')} ${cs && typeof cs !== 'string' ? cs.name : id}`,
          region,
          filter: { TargetType: targetType as HookFilter['TargetType'], TargetId: id },
          changeSetArn: cs && typeof cs !== 'string' ? cs.arn : undefined
        })
    }
  }
  const untargeted = (typeArn || inputs.all) && !targetType && targetIds.length === 0
  if (inputs.since && !untargeted)
    problem(
      'hook-results-since',
      inputs.since,
      'hook-results-since scopes hook-type-arn or all-hook-results (they list 90 days of invocations); remove it, ' +
        'or use one of those'
    )
  const invokedSince = untargeted ? parseSince(inputs.since, problem) : undefined
  if (typeArn && !targetType && targetIds.length === 0) {
    const arn = parseHookTypeArn(typeArn)
    if (typeof arn === 'string') problem('hook-type-arn', typeArn, arn)
    else
      queries.push({
        label: `hook ${arn.name}${status ? ` (${status})` : ''}`,
        region: arn.region,
        filter: { TypeArn: arn.arn, Status: (status || undefined) as HookFilter['Status'] },
        invokedSince
      })
  }
  if (inputs.all && !targetType && !typeArn && targetIds.length === 0) {
    const region = regionOr('all-hook-results', 'true')
    if (region) queries.push({ label: `all hook results in ${region}`, region, filter: {}, invokedSince })
  }
  return queries
}

/** hook-results-since: empty (since the gate started), a duration back from then (`6h`), or an ISO time. */
function parseSince(text: string, problem: Problem): HookQuery['invokedSince'] {
  if (!text) return { beforeStartMs: 0 }
  const ms = parseDuration(text)
  if (ms !== undefined && ms <= RETENTION_MS) return { beforeStartMs: ms }
  if (ms !== undefined)
    problem(
      'hook-results-since',
      text,
      'ListHookResults lists the invocations of the last 90 days only: use 90d or less'
    )
  else if (/^\d{4}-\d\d-\d\d/.test(text) && Number.isFinite(Date.parse(text)))
    return { time: new Date(Date.parse(text)).toISOString() }
  else
    problem(
      'hook-results-since',
      text,
      'use a duration such as 2h or 7d (invocations from that long before the gate started) or an ISO time such ' +
        'as 2026-11-23T00:00:00Z'
    )
  return { beforeStartMs: 0 }
}
