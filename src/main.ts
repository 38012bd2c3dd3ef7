/** One run of the gate: inputs -> config -> wait on every target -> policy -> report -> exit status. */
import * as core from '@actions/core'
import { AwsClients } from './aws/clients.js'
import { describeAwsError, isPermanentAwsError } from './aws/errors.js'
import { ConfigError, parseConfig, type Config } from './config/config.js'
import { formatDuration } from './config/duration.js'
import { evaluate } from './policy/evaluate.js'
import type { Verdict } from './policy/types.js'
import { publish } from './report/outputs.js'
import { hookResultsTarget } from './sources/hook-results.js'
import type { Observation } from './sources/observations.js'
import { stackEventsTarget } from './sources/stack-events.js'
import { workflowExecutionsTarget } from './sources/workflow-executions.js'
import { systemClock, type Clock } from './wait/clock.js'
import { waitForAll, type Target } from './wait/scheduler.js'

export interface RunOptions {
  clock?: Clock
  signal?: AbortSignal
  random?: () => number
  /** Read inputs from here instead of the runner's INPUT_* variables. */
  readInput?: (name: string) => string
}

const PASSING: Verdict[] = ['pass', 'warn']

export async function gate(config: Config, options: RunOptions = {}): Promise<Verdict> {
  const clock = options.clock ?? systemClock
  const clients = new AwsClients(config.aws)
  const startedAt = clock.now()
  try {
    const { policy } = config
    const hookOptions = { required: policy.hooks.required, graceMs: policy.hooks.graceMs ?? config.emptyGraceMs }
    const targets: Target<Observation>[] = [
      ...config.imageBuilds.map((arn) => workflowExecutionsTarget(clients.imageBuilder(arn.region), arn, clock)),
      ...config.hookQueries.map((query) => hookResultsTarget(clients.cloudFormation(query.region), query, clock, hookOptions)),
      ...config.parallelClusterImages.map((image) => stackEventsTarget(clients.cloudFormation(image.region), image))
    ]
    const results = await waitForAll(targets, {
      clock,
      timeoutMs: config.timeoutMs,
      backoff: config.backoff,
      random: options.random,
      signal: options.signal,
      isPermanent: isPermanentAwsError,
      describeError: describeAwsError,
      onPoll: (e) => {
        const next = e.nextDelayMs === undefined ? '' : `, next check in ${formatDuration(e.nextDelayMs)}`
        const line = `${e.label}: ${e.progress}, ${formatDuration(e.elapsedMs)} elapsed${next}`
        if (e.error) core.warning(`${line}: ${e.error}`)
        else core.info(line)
      }
    })
    const evaluation = evaluate(results, policy)
    await publish({ evaluation, results, startedAt, finishedAt: clock.now() }, config.reportPath)
    if (!PASSING.includes(evaluation.verdict)) core.setFailed(`image-gate: ${evaluation.verdict}: ${evaluation.reason}`)
    else core.info(`image-gate: ${evaluation.verdict}: ${evaluation.reason}`)
    return evaluation.verdict
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
  return gate(config, options)
}
