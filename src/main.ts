/** One run of the gate: inputs -> config -> wait on every target -> policy -> lifecycle -> report -> exit status. */
import * as core from '@actions/core'
import { AwsClients } from './aws/clients.js'
import { describeAwsError, isNotFound, isPermanentAwsError } from './aws/errors.js'
import { parseImageBuildVersionArn, type ImageBuildVersionArn } from './config/arn.js'
import { ConfigError, parseConfig, type Config } from './config/config.js'
import { formatDuration } from './config/duration.js'
import { cleanupEvaluation, runCleanup, type CleanupResult } from './lifecycle/cleanup.js'
import { lifecycleStatus, runLifecycle, type LifecycleContext, type LifecycleEntry } from './lifecycle/run.js'
import { evaluate, type Evaluation } from './policy/evaluate.js'
import type { CleanupRules, LifecycleAction, Verdict } from './policy/types.js'
import { publish, type RunRecord } from './report/outputs.js'
import { hookResultsTarget } from './sources/hook-results.js'
import type { Observation } from './sources/observations.js'
import { stackEventsTarget } from './sources/stack-events.js'
import { workflowExecutionsTarget } from './sources/workflow-executions.js'
import { systemClock, type Clock } from './wait/clock.js'
import { RateLimiter } from './wait/rate-limit.js'
import { waitForAll, type PollEvent, type Target, type TargetResult } from './wait/scheduler.js'

export interface RunOptions {
  clock?: Clock
  signal?: AbortSignal
  random?: () => number
  /** Read inputs from here instead of the runner's INPUT_* variables. */
  readInput?: (name: string) => string
}

const PASSING: Verdict[] = ['pass', 'warn']

/** One line per target per poll as it happens, and each target's history kept for a log group at the end. */
function pollLog() {
  const history = new Map<string, string[]>()
  return {
    onPoll(e: PollEvent): void {
      const next = e.nextDelayMs === undefined ? '' : `, next check in ${formatDuration(e.nextDelayMs)}`
      const line = `${e.label}: ${e.progress}, ${formatDuration(e.elapsedMs)} elapsed${next}${e.error ? `: ${e.error}` : ''}`
      history.set(e.label, [...(history.get(e.label) ?? []), line])
      if (e.error) core.warning(line)
      else core.info(line)
    },
    /** With several targets the live lines interleave: a group per target lets each be read on its own. */
    groups(results: TargetResult<Observation>[]): void {
      if (results.length < 2) return
      for (const r of results) {
        core.startGroup(`${r.label}: ${r.outcome} after ${r.polls} poll(s), ${formatDuration(r.endedAt - r.startedAt)}`)
        for (const line of history.get(r.label) ?? []) core.info(line)
        core.endGroup()
      }
    }
  }
}

/** The targets a gate waits on, one per build, hook query and ParallelCluster image. */
export function targetsOf(config: Config, clients: AwsClients, clock: Clock): Target<Observation>[] {
  const hookOptions = { required: config.policy.hooks.required, graceMs: config.policy.hooks.graceMs ?? config.emptyGraceMs }
  return [
    ...config.imageBuilds.map((arn) => workflowExecutionsTarget(clients.imageBuilder(arn.region), arn, clock)),
    ...config.hookQueries.map((query) => hookResultsTarget(clients.cloudFormation(query.region), query, clock, hookOptions)),
    ...config.parallelClusterImages.map((image) =>
      stackEventsTarget(clients.cloudFormation(image.region), image, (arn) => {
        const parsed = parseImageBuildVersionArn(arn) as ImageBuildVersionArn
        return workflowExecutionsTarget(clients.imageBuilder(parsed.region), parsed, clock)
      })
    )
  ]
}

/** The lifecycle action the policy attaches to this verdict; timeouts, errors and cancellation trigger none. */
function actionFor(config: Config, verdict: Verdict): [string, LifecycleAction] | undefined {
  const { onPass, onWarn, onFail } = config.policy.lifecycle
  const action = verdict === 'pass' ? onPass : verdict === 'warn' ? onWarn : verdict === 'fail' ? onFail : undefined
  return action && [`on-${verdict}: ${action.target.startsWith('arn:') ? 'explicit ARN' : action.target}`, action]
}

function lifecycleContext(config: Config, options: RunOptions, clients: AwsClients, clock: Clock): LifecycleContext {
  const settings = config.lifecycle
  return {
    clients,
    clock,
    signal: options.signal,
    random: options.random,
    dryRun: settings.dryRun,
    wait: settings.wait,
    runIdentity: settings.runIdentity,
    limiter: new RateLimiter(clock, settings.rate),
    concurrency: settings.concurrency,
    backoff: config.backoff,
    timeoutMs: settings.timeoutMs,
    isPermanent: isPermanentAwsError,
    describeError: describeAwsError,
    log: (line) => core.info(line)
  }
}

async function lifecycle(config: Config, options: RunOptions, clients: AwsClients, clock: Clock, evaluation: Evaluation, results: TargetResult<Observation>[]): Promise<LifecycleEntry[]> {
  const chosen = actionFor(config, evaluation.verdict)
  if (!chosen || options.signal?.aborted) return []
  const [trigger, action] = chosen
  const builds = config.imageBuilds.map((arn) => {
    const snapshot = results.find((r) => r.key === arn.arn)?.snapshot
    return { arn, imageStatus: snapshot?.kind === 'image-build' ? snapshot.imageStatus : undefined }
  })
  core.startGroup(`lifecycle ${trigger}${config.lifecycle.dryRun ? ' (dry run)' : ''}`)
  try {
    return await runLifecycle(lifecycleContext(config, options, clients, clock), action, trigger, builds)
  } catch (error) {
    // Planning failed (e.g. listing the previous versions): nothing was started; say so, and fail the step.
    return [{ label: action.target, resourceArn: action.target, state: action.state, trigger, mode: 'failed', note: describeAwsError(error) }]
  } finally {
    core.endGroup()
  }
}

/** Finish a run: write everything out and set the step's status. */
async function conclude(config: Config, record: Omit<RunRecord, 'dryRun'>): Promise<Verdict> {
  const { evaluation, lifecycleStatus: status } = record
  await publish({ ...record, dryRun: config.lifecycle.dryRun }, config.reportPath, config.comment)
  if (!PASSING.includes(evaluation.verdict)) core.setFailed(`image-gate: ${evaluation.verdict}: ${evaluation.reason}`)
  else if (status === 'failed') core.setFailed('image-gate: a lifecycle update failed; see the lifecycle section of the job summary')
  else core.info(`image-gate: ${evaluation.verdict}: ${evaluation.reason}`)
  return evaluation.verdict
}

/** Cleanup mode: retire stale image build versions, as the policy's cleanup section says. */
async function cleanup(config: Config, options: RunOptions, clients: AwsClients, clock: Clock): Promise<Verdict> {
  const startedAt = clock.now()
  const { region, current } = config.cleanup as NonNullable<Config['cleanup']>
  const ctx = lifecycleContext(config, options, clients, clock)
  let result: CleanupResult
  try {
    result = await runCleanup(ctx, clients.imageBuilder(region), region, config.policy.cleanup as CleanupRules, current)
  } catch (error) {
    // Listing failed: nothing was started.
    const reason = `Listing the image build versions failed: ${describeAwsError(error)}`
    result = { decisions: [], entries: [] }
    const evaluation: Evaluation = { verdict: 'error', reason, findings: [{ target: 'cleanup', item: 'listing', rule: 'cleanup', severity: 'fail', message: reason }] }
    return conclude(config, { evaluation, results: [], lifecycle: [], lifecycleStatus: 'none', cleanup: result, startedAt, finishedAt: clock.now() })
  }
  const evaluation = cleanupEvaluation(result, config.lifecycle.dryRun)
  const status = lifecycleStatus(result.entries, config.lifecycle.dryRun)
  return conclude(config, { evaluation, results: [], lifecycle: result.entries, lifecycleStatus: status, cleanup: result, startedAt, finishedAt: clock.now() })
}

export async function gate(config: Config, options: RunOptions = {}): Promise<Verdict> {
  const clock = options.clock ?? systemClock
  const clients = new AwsClients(config.aws)
  const startedAt = clock.now()
  try {
    if (config.mode === 'cleanup') return await cleanup(config, options, clients, clock)
    const log = pollLog()
    const results = await waitForAll(targetsOf(config, clients, clock), {
      clock,
      timeoutMs: config.timeoutMs,
      backoff: config.backoff,
      random: options.random,
      signal: options.signal,
      // A resource created moments ago may not be found yet: only after the grace is "not found" final.
      isPermanent: (error, elapsedMs) => isPermanentAwsError(error) && !(isNotFound(error) && elapsedMs < config.notFoundGraceMs),
      describeError: describeAwsError,
      onPoll: (e) => log.onPoll(e)
    })
    log.groups(results)
    const evaluation = evaluate(results, config.policy)
    const entries = await lifecycle(config, options, clients, clock, evaluation, results)
    const status = lifecycleStatus(entries, config.lifecycle.dryRun)
    return await conclude(config, { evaluation, results, lifecycle: entries, lifecycleStatus: status, startedAt, finishedAt: clock.now() })
  } finally {
    clients.destroy()
  }
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
  if (config.comment?.token) core.setSecret(config.comment.token)
  return gate(config, options)
}
