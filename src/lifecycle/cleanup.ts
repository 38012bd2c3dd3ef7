/** L2: a scheduled cleanup: list every build version, select the stale ones, retire them under a rate limit. */
import type { CleanupDecision, CleanupResult, CleanupTarget } from '../core/lifecycle.js'
import type { LifecycleContext, LifecycleOptions } from './context.js'
import { execute } from './execute.js'
import { count } from '../core/count.js'
import { goesAheadNote } from '../core/in-use.js'
import { findInUse, keptBy } from './in-use-guard.js'
import type { PlannedRequest } from './plan.js'
import { buildRequest } from './request.js'
import { selectStale } from './stale.js'
import { listAllBuildVersions } from './versions.js'

/** Every version's decision, and the requests for the stale ones that are not in use. */
export async function planCleanup(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  { region, rules, current }: CleanupTarget
) {
  // Exact names filter on the server; globs need the whole list.
  const exact = rules.images.length > 0 && rules.images.every((n) => !/[*?]/.test(n))
  const builds = await listAllBuildVersions(
    ctx.imageBuilder(region),
    { owner: 'Self', names: exact ? rules.images : undefined },
    ctx.signal
  )
  const now = ctx.clock.now()
  const { state } = rules.action
  const selected = selectStale(builds, rules, now, current)
  const found = await findInUse(
    ctx,
    options,
    state,
    selected.filter((d) => d.decision === 'act').map((d) => d.build)
  )
  const decisions = selected.map((d): CleanupDecision => {
    const inUse = d.decision === 'act' ? found.get(d.build.arn) : undefined
    const kept = keptBy(inUse, state)
    if (kept) return { ...d, decision: 'kept', why: kept, inUse }
    const note = goesAheadNote(inUse)
    return inUse ? { ...d, why: note ? `${d.why}; ${note}` : d.why, inUse } : d
  })
  const stale = decisions.filter((d) => d.decision === 'act')
  ctx.log(`cleanup: ${count(builds.length, 'build version')} read, ${stale.length} to update`)
  const requests: PlannedRequest[] = stale.map(({ build, inUse }) => ({
    request: buildRequest(
      rules.action,
      build.arn,
      `${build.name} ${build.version}`,
      'cleanup',
      options.runIdentity,
      now
    ),
    region,
    trigger: 'cleanup',
    inUse
  }))
  return { decisions, requests }
}

export async function runCleanup(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  target: CleanupTarget
): Promise<CleanupResult> {
  const { decisions, requests } = await planCleanup(ctx, options, target)
  return { decisions, entries: await execute(ctx, options, requests) }
}
