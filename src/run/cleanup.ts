/** Cleanup: retire stale image build versions, as the policy's cleanup section says. */
import type { CleanupConfig } from '../config/config.js'
import { describeAwsError } from '../core/aws-errors.js'
import { lifecycleStatus, type CleanupResult } from '../core/lifecycle.js'
import type { Evaluation, Verdict } from '../core/verdict.js'
import { runCleanup } from '../lifecycle/cleanup.js'
import { cleanupEvaluation, cleanupListingFailed } from '../policy/cleanup.js'
import { lifecycleContext, type RunContext } from './context.js'

export async function cleanup(config: CleanupConfig, ctx: RunContext): Promise<Verdict> {
  const startedAt = ctx.clock.now()
  const { dryRun } = config.lifecycle
  const common = { results: [], dryRun, inUse: config.policy.inUse, policySource: config.policy.source, startedAt }
  // A cancelled job keeps what it had not started (the in-use check fails closed), and says it was cancelled.
  const marked = (evaluation: Evaluation): Evaluation =>
    ctx.signal?.aborted
      ? {
          ...evaluation,
          verdict: 'cancelled',
          reason: `The job was cancelled during the cleanup. ${evaluation.reason}`
        }
      : evaluation
  let result: CleanupResult
  try {
    result = await runCleanup(
      lifecycleContext(config, ctx),
      { ...config.lifecycle, backoff: config.backoff, inUse: config.policy.inUse },
      config.cleanup
    )
  } catch (error) {
    // Listing failed: nothing was started.
    const evaluation = marked(cleanupListingFailed(describeAwsError(error)))
    const empty = { decisions: [], entries: [] }
    await ctx.sink.finish({
      ...common,
      evaluation,
      lifecycle: [],
      lifecycleStatus: 'none',
      cleanup: empty,
      finishedAt: ctx.clock.now()
    })
    return evaluation.verdict
  }
  const evaluation = marked(cleanupEvaluation(result, dryRun))
  await ctx.sink.finish({
    ...common,
    evaluation,
    lifecycle: result.entries,
    lifecycleStatus: lifecycleStatus(result.entries, dryRun),
    cleanup: result,
    finishedAt: ctx.clock.now()
  })
  return evaluation.verdict
}
