/** L2: a scheduled cleanup: list every build version, select the stale ones, retire them under a rate limit. */
import type { CleanupResult, CleanupTarget } from '../core/lifecycle.js'
import type { LifecycleContext, LifecycleOptions } from './context.js'
import { execute } from './execute.js'
import type { PlannedRequest } from './plan.js'
import { buildRequest } from './request.js'
import { selectStale } from './stale.js'
import { listAllBuildVersions } from './versions.js'
import { count } from '../core/count.js'

/** Every version's decision, and the requests for the stale ones. */
export async function planCleanup(
  ctx: LifecycleContext,
  runIdentity: string,
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
  const decisions = selectStale(builds, rules, now, current)
  const stale = decisions.filter((d) => d.decision === 'act')
  ctx.log(`cleanup: ${count(builds.length, 'build version')} read, ${stale.length} stale`)
  const requests: PlannedRequest[] = stale.map(({ build }) => ({
    request: buildRequest(rules.action, build.arn, `${build.name} ${build.version}`, 'cleanup', runIdentity, now),
    region,
    trigger: 'cleanup'
  }))
  return { decisions, requests }
}

export async function runCleanup(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  target: CleanupTarget
): Promise<CleanupResult> {
  const { decisions, requests } = await planCleanup(ctx, options.runIdentity, target)
  return { decisions, entries: await execute(ctx, options, requests) }
}
