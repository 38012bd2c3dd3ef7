/** The verdict of a cleanup run: it passes when every update it started (or would start) went through. */
import { count } from '../core/count.js'
import { cleanupCounts, isFailed, type CleanupResult } from '../core/lifecycle.js'
import type { Evaluation } from '../core/verdict.js'

export function cleanupEvaluation(result: CleanupResult, dryRun: boolean): Evaluation {
  const counts = cleanupCounts(result)
  const findings = result.entries.filter(isFailed).map((e) => ({
    target: 'cleanup',
    item: e.label,
    rule: 'cleanup',
    severity: 'fail' as const,
    message: e.note ?? `${e.status}${e.statusReason ? `: ${e.statusReason}` : ''}`
  }))
  const did = dryRun ? 'would update' : 'updated'
  const state = result.entries[0]?.state ?? 'the target state'
  const reason =
    `${count(counts.acted, 'version')} ${did} to ${state}, ` +
    `${counts.kept} kept, ${counts.skipped} skipped, ${counts.failed} failed.`
  return { verdict: counts.failed > 0 ? 'fail' : 'pass', reason, findings }
}

/** Listing the versions failed: nothing was started, and the run ends in an error. */
export function cleanupListingFailed(error: string): Evaluation {
  const reason = `Listing the image build versions failed: ${error}`
  return {
    verdict: 'error',
    reason,
    findings: [{ target: 'cleanup', item: 'listing', rule: 'cleanup', severity: 'fail', message: reason }]
  }
}
