/** One run of the gate: inputs -> config -> wait on every target -> policy -> lifecycle -> report -> exit status. */
import * as core from '@actions/core'
import { AwsClients } from './aws/clients.js'
import { parseConfig, type CleanupConfig, type Config, type GateConfig } from './config/config.js'
import { ConfigError } from './config/inputs.js'
import { describeAwsError, isNotFound, isPermanentAwsError } from './core/aws-errors.js'
import { systemClock, type Clock } from './core/clock.js'
import { lifecycleStatus, type CleanupResult, type LifecycleEntry } from './core/lifecycle.js'
import type { Observation } from './core/observations.js'
import type { Target, TargetResult } from './core/poll.js'
import type { Verdict } from './core/verdict.js'
import { runCleanup } from './lifecycle/cleanup.js'
import type { LifecycleContext } from './lifecycle/context.js'
import { runBuilds } from './lifecycle/plan.js'
import { RateLimiter } from './lifecycle/rate-limit.js'
import { runLifecycle } from './lifecycle/run.js'
import { actionFor, isPassing, targetVerdict } from './policy/actions.js'
import { cleanupEvaluation, cleanupListingFailed } from './policy/cleanup.js'
import { evaluate } from './policy/evaluate.js'
import { publish, type RunRecord } from './report/outputs.js'
import { logLine } from './report/log.js'
import { pollLog } from './report/poll-log.js'
import { targetsOf as sourceTargets } from './sources/targets.js'
import { waitForAll } from './wait/scheduler.js'

export interface RunOptions {
  clock?: Clock
  signal?: AbortSignal
  random?: () => number
  /** Read inputs from here instead of the runner's INPUT_* variables. */
  readInput?: (name: string) => string
}

/** The targets a gate waits on; hooks wait for their required results up to the policy's grace. */
export function targetsOf(config: GateConfig, clients: AwsClients, clock: Clock): Target<Observation>[] {
  const graceMs = config.policy.hooks.graceMs ?? config.waiting.emptyGraceMs
  return sourceTargets(config.targets, clients, clock, { required: config.policy.hooks.required, graceMs })
}

function lifecycleContext(config: Config, options: RunOptions, clients: AwsClients, clock: Clock): LifecycleContext {
  const limiter = new RateLimiter(clock, config.lifecycle.rate)
  const imageBuilder = (region: string) => clients.imageBuilder(region)
  return {
    imageBuilder,
    clock,
    random: options.random,
    signal: options.signal,
    limiter,
    log: (line) => logLine(line)
  }
}

/** Finish a run: write everything out and set the step's status. */
async function conclude(config: Config, record: Omit<RunRecord, 'dryRun'>): Promise<Verdict> {
  const { evaluation, lifecycleStatus: status } = record
  await publish({ ...record, dryRun: config.lifecycle.dryRun }, config.report)
  if (!isPassing(evaluation.verdict)) core.setFailed(`image-gate: ${evaluation.verdict}: ${evaluation.reason}`)
  else if (status === 'failed')
    core.setFailed('image-gate: a lifecycle update failed; see the lifecycle section of the job summary')
  else if (status === 'unknown')
    core.setFailed(
      'image-gate: whether a lifecycle update started is unknown (its answer was lost); see the lifecycle section ' +
        'of the job summary for what to check'
    )
  else logLine(`image-gate: ${evaluation.verdict}: ${evaluation.reason}`)
  return evaluation.verdict
}

/** Cleanup mode: retire stale image build versions, as the policy's cleanup section says. */
async function cleanup(
  config: CleanupConfig,
  options: RunOptions,
  clients: AwsClients,
  clock: Clock
): Promise<Verdict> {
  const startedAt = clock.now()
  const { dryRun } = config.lifecycle
  const options_ = { ...config.lifecycle, backoff: config.backoff }
  let result: CleanupResult
  try {
    result = await runCleanup(lifecycleContext(config, options, clients, clock), options_, config.cleanup)
  } catch (error) {
    // Listing failed: nothing was started.
    const evaluation = cleanupListingFailed(describeAwsError(error))
    const empty = { decisions: [], entries: [] }
    return conclude(config, {
      evaluation,
      results: [],
      lifecycle: [],
      lifecycleStatus: 'none',
      cleanup: empty,
      startedAt,
      finishedAt: clock.now()
    })
  }
  const evaluation = cleanupEvaluation(result, dryRun)
  const status = lifecycleStatus(result.entries, dryRun)
  return conclude(config, {
    evaluation,
    results: [],
    lifecycle: result.entries,
    lifecycleStatus: status,
    cleanup: result,
    startedAt,
    finishedAt: clock.now()
  })
}

async function gate(config: GateConfig, options: RunOptions, clients: AwsClients, clock: Clock): Promise<Verdict> {
  const startedAt = clock.now()
  const log = pollLog()
  const { notFoundGraceMs } = config.waiting
  const results: TargetResult<Observation>[] = await waitForAll(targetsOf(config, clients, clock), {
    clock,
    timeoutMs: config.waiting.timeoutMs,
    backoff: config.backoff,
    random: options.random,
    signal: options.signal,
    // A resource created moments ago may not be found yet: only after the grace is "not found" final.
    isPermanent: (error, elapsedMs) =>
      isPermanentAwsError(error) && !(isNotFound(error) && elapsedMs < notFoundGraceMs),
    describeError: describeAwsError,
    onPoll: (e) => log.onPoll(e)
  })
  log.groups(results)
  let evaluation = evaluate(results, config.policy)
  // Only data the gate has seen acts: a target that timed out, errored or was cancelled starts no update.
  const seen = results.every((r) => r.outcome === 'settled')
  const chosen = seen ? actionFor(config.policy.lifecycle, evaluation.verdict) : undefined
  let entries: LifecycleEntry[] = []
  if (chosen && !options.signal?.aborted) {
    core.startGroup(`lifecycle ${chosen.trigger}${config.lifecycle.dryRun ? ' (dry run)' : ''}`)
    const ctx = lifecycleContext(config, options, clients, clock)
    const own = config.targets.imageBuilds.filter((arn) => {
      const label = results.find((r) => r.key === arn.arn)?.label ?? ''
      return targetVerdict(evaluation.findings, label) === evaluation.verdict
    })
    entries = await runLifecycle(ctx, { ...config.lifecycle, backoff: config.backoff }, chosen, runBuilds(own, results))
    core.endGroup()
  }
  if (options.signal?.aborted && chosen)
    evaluation = {
      ...evaluation,
      verdict: 'cancelled',
      reason:
        `The job was cancelled during the lifecycle updates (the targets were ${evaluation.verdict}); ` +
        'see the lifecycle section for what was started.'
    }
  const status = lifecycleStatus(entries, config.lifecycle.dryRun)
  return conclude(config, {
    evaluation,
    results,
    lifecycle: entries,
    lifecycleStatus: status,
    startedAt,
    finishedAt: clock.now()
  })
}

/** The action's entry: every input error is reported before any AWS call. */
export async function run(options: RunOptions = {}): Promise<Verdict | 'invalid-input'> {
  let config: Config
  try {
    config = parseConfig(options.readInput ?? ((name) => core.getInput(name)))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    core.setFailed(error.message)
    return 'invalid-input'
  }
  if (config.report.comment?.token) core.setSecret(config.report.comment.token)
  const clock = options.clock ?? systemClock
  const clients = new AwsClients(config.aws)
  try {
    return config.mode === 'cleanup'
      ? await cleanup(config, options, clients, clock)
      : await gate(config, options, clients, clock)
  } finally {
    clients.destroy()
  }
}
