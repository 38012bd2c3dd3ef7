/** L2: a scheduled cleanup: list every build version, select the stale ones, retire them under a rate limit. */
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { Evaluation } from '../policy/evaluate.js'
import type { CleanupRules } from '../policy/types.js'
import { buildRequest } from './request.js'
import { execute, isFailed, type LifecycleContext, type LifecycleEntry } from './run.js'
import { selectStale, type CleanupDecision } from './stale.js'
import { listAllBuildVersions } from './versions.js'

export interface CleanupResult {
  decisions: CleanupDecision[]
  entries: LifecycleEntry[]
}

export async function runCleanup(ctx: LifecycleContext, client: ImagebuilderClient, region: string, rules: CleanupRules, current: ReadonlySet<string>): Promise<CleanupResult> {
  // Exact names filter on the server; globs need the whole list.
  const exact = rules.images.length > 0 && rules.images.every((n) => !/[*?]/.test(n))
  const builds = await listAllBuildVersions(client, { owner: 'Self', names: exact ? rules.images : undefined }, ctx.signal)
  const now = ctx.clock.now()
  const decisions = selectStale(builds, rules, now, current)
  ctx.log(`cleanup: ${builds.length} build version(s) read, ${decisions.filter((d) => d.decision === 'act').length} stale`)
  const requests = decisions
    .filter((d) => d.decision === 'act')
    .map((d) => ({ request: buildRequest(rules.action, d.build.arn, `${d.build.name} ${d.build.version}`, 'cleanup', ctx.runIdentity, now), region, trigger: 'cleanup' }))
  return { decisions, entries: await execute(ctx, requests) }
}

export function cleanupCounts({ decisions, entries }: CleanupResult) {
  return {
    acted: entries.filter((e) => e.mode === 'started' || e.mode === 'dry-run').length,
    kept: decisions.filter((d) => d.decision === 'kept').length,
    skipped: decisions.filter((d) => d.decision === 'skipped').length,
    failed: entries.filter(isFailed).length
  }
}

/** A cleanup passes when every update it started (or would start) went through. */
export function cleanupEvaluation(result: CleanupResult, dryRun: boolean): Evaluation {
  const counts = cleanupCounts(result)
  const findings = result.entries
    .filter(isFailed)
    .map((e) => ({ target: 'cleanup', item: e.label, rule: 'cleanup', severity: 'fail' as const, message: e.note ?? `${e.status}${e.statusReason ? `: ${e.statusReason}` : ''}` }))
  const did = dryRun ? 'would update' : 'updated'
  const reason = `${counts.acted} version(s) ${did} to ${result.entries[0]?.state ?? 'the target state'}, ${counts.kept} kept, ${counts.skipped} skipped, ${counts.failed} failed.`
  return { verdict: counts.failed > 0 ? 'fail' : 'pass', reason, findings }
}
