/**
 * Polling, in virtual time: the gate against two baselines on the same scenarios, each charged the calls it
 * really makes. The baselines poll one status call per attempt (GetImage for an image build, DescribeChangeSet
 * for a change set, DescribeStacks for a stack) and read the detail once at the end (the workflow executions,
 * the hook results, the stack events, every page): an SDK waiter's schedule (the first attempt at once, then a
 * random delay between 30 s and 30 s * 2^(attempt-1), capped at 120 s, as @smithy/util-waiter and
 * CloudFormation's waiters do), and a fixed 30 s loop. The limit is one status call that sees the end and one
 * detail read: 2 calls, 0 s after the end.
 */
import {
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ListHookResultsCommand,
  paginateDescribeStackEvents
} from '@aws-sdk/client-cloudformation'
import { GetImageCommand, paginateListWorkflowExecutions } from '@aws-sdk/client-imagebuilder'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { AwsClients } from '../src/aws/clients.js'
import { VirtualClock } from '../sim/clock.js'
import { parseConfig } from '../src/config/config.js'
import { describeAwsError, isPermanentAwsError } from '../src/core/aws-errors.js'
import type { Clock } from '../src/core/clock.js'
import { TERMINAL_IMAGE_STATUSES } from '../src/core/observations.js'
import { servicesOf } from '../src/core/targets.js'
import { targetsOf } from '../src/main.js'
import { waitForAll } from '../src/wait/scheduler.js'
import { seeded } from './random.js'
import type { BenchScenario, Kind } from './scenarios.js'
import { mean, percentile, useSimulator } from './sim-env.js'

export const STRATEGIES = ['image-gate', 'SDK waiter', 'fixed 30 s'] as const
export type Strategy = (typeof STRATEGIES)[number]
export const LIMIT = { calls: 2, latencySeconds: 0 }

interface Run {
  kind: Kind
  failed: boolean
  calls: number
  byOperation: Record<string, number>
  /** Seconds from the target's end to the verdict. */
  latency: number
  decided: boolean
}

export interface Figures {
  scenarios: number
  failing: number
  callsPerTarget: number
  /** Mean calls per target, by operation: what each strategy is charged for. */
  callsByOperation: Record<string, number>
  latency: { p50: number; p95: number; max: number }
  /** p95 latency of the scenarios that end well and of those that fail. */
  latencyP95: { succeeding: number; failing: number }
  undecided: number
}

export type PollingResults = Record<Kind, Record<Strategy, Figures>>

/** What a waiter-style loop calls: one status call per attempt, and the detail once the status is terminal. */
interface Probe {
  status(signal: AbortSignal): Promise<boolean>
  detail(signal: AbortSignal): Promise<void>
}

const terminalImage = new Set<string>(TERMINAL_IMAGE_STATUSES)
// The waiters' acceptors: ChangeSetCreateComplete ends on CREATE_COMPLETE or FAILED; StackCreateComplete on
// CREATE_COMPLETE, or fails on any *_FAILED, *_COMPLETE of a rollback or delete.
const terminalChangeSet = new Set(['CREATE_COMPLETE', 'FAILED', 'DELETE_COMPLETE', 'DELETE_FAILED'])
const terminalStack = (status = '') => /_(COMPLETE|FAILED)$/.test(status)

function probeOf(scenario: BenchScenario, clients: AwsClients): Probe {
  const region = 'us-east-1'
  if (scenario.kind === 'image-build') {
    const client = clients.imageBuilder(region)
    const imageBuildVersionArn = scenario.inputs['image-build-version-arn'] as string
    return {
      status: async (abortSignal) =>
        terminalImage.has(
          (await client.send(new GetImageCommand({ imageBuildVersionArn }), { abortSignal })).image?.state?.status ?? ''
        ),
      detail: async (abortSignal) => {
        for await (const _page of paginateListWorkflowExecutions(
          { client },
          { imageBuildVersionArn },
          { abortSignal }
        ));
      }
    }
  }
  const client = clients.cloudFormation(region)
  if (scenario.kind === 'hooks') {
    const ChangeSetName = scenario.inputs['change-set-arn'] as string
    return {
      status: async (abortSignal) =>
        terminalChangeSet.has(
          (await client.send(new DescribeChangeSetCommand({ ChangeSetName }), { abortSignal })).Status ?? ''
        ),
      detail: async (abortSignal) => {
        let NextToken: string | undefined
        do
          NextToken = (
            await client.send(
              new ListHookResultsCommand({ TargetType: 'CHANGE_SET', TargetId: ChangeSetName, NextToken }),
              { abortSignal }
            )
          ).NextToken
        while (NextToken)
      }
    }
  }
  const StackName = scenario.inputs['parallelcluster-image-id'] as string
  return {
    status: async (abortSignal) =>
      terminalStack(
        (await client.send(new DescribeStacksCommand({ StackName }), { abortSignal })).Stacks?.[0]?.StackStatus
      ),
    detail: async (abortSignal) => {
      for await (const _page of paginateDescribeStackEvents({ client }, { StackName }, { abortSignal }));
    }
  }
}

/** @smithy/util-waiter's delay before attempt `attempt` (1-based, after the first call), in milliseconds. */
function waiterDelay(minS: number, maxS: number, random: () => number) {
  const ceiling = Math.log(maxS / minS) / Math.log(2) + 1
  return (attempt: number) => {
    if (attempt > ceiling) return maxS * 1000
    const delay = Math.min(maxS, minS * 2 ** (attempt - 1))
    return Math.round((minS + random() * (delay - minS)) * 1000)
  }
}

/** A baseline: status until terminal (errors are retried on the next attempt, as a waiter does), then the detail. */
async function baseline(
  probe: Probe,
  clock: Clock,
  delay: (attempt: number) => number,
  deadline: number
): Promise<boolean> {
  const signal = new AbortController().signal
  for (let attempt = 1; clock.now() <= deadline; attempt++) {
    const done = await probe.status(signal).catch(() => false)
    if (done) {
      await probe.detail(signal)
      return true
    }
    await clock.sleep(delay(attempt))
  }
  return false
}

async function once(scenario: BenchScenario, strategy: Strategy, random: () => number): Promise<Run> {
  const clock = new VirtualClock()
  const sim = await startSimulator(normalizeScenario(scenario.doc), { now: () => clock.now() })
  clock.advance(scenario.startAt)
  useSimulator(sim)
  const config = await parseConfig((name) => ({ timeout: '4h', ...scenario.inputs })[name] ?? '', process.env)
  if (config.mode !== 'gate') throw new Error('a polling scenario names targets to wait on')
  const clients = await AwsClients.open({ maxAttempts: 3, retryBaseDelayMs: 1 }, servicesOf(config.targets))
  const start = clock.now()
  try {
    let decided: boolean
    if (strategy === 'image-gate') {
      const results = await waitForAll(await targetsOf(config, clients, clock), {
        clock,
        timeoutMs: config.waiting.timeoutMs,
        backoff: config.backoff,
        random,
        isPermanent: isPermanentAwsError,
        describeError: describeAwsError
      })
      decided = results.every((r) => r.outcome === 'settled')
    } else {
      const delay = strategy === 'fixed 30 s' ? () => 30_000 : waiterDelay(30, 120, random)
      decided = await baseline(probeOf(scenario, clients), clock, delay, start + config.waiting.timeoutMs)
    }
    const byOperation: Record<string, number> = {}
    for (const call of sim.calls) byOperation[call.operation] = (byOperation[call.operation] ?? 0) + 1
    return {
      kind: scenario.kind,
      failed: scenario.failed,
      calls: sim.count(),
      byOperation,
      latency: (clock.now() - (sim.state.epoch + scenario.settleAt)) / 1000,
      decided
    }
  } finally {
    await clients.destroy()
    await sim.stop()
  }
}

function figures(runs: Run[]): Figures {
  const latencies = runs.map((r) => r.latency)
  const p95Of = (of: Run[]) =>
    percentile(
      of.map((r) => r.latency),
      95
    )
  return {
    scenarios: runs.length,
    failing: runs.filter((r) => r.failed).length,
    callsPerTarget: mean(runs.map((r) => r.calls)),
    callsByOperation: Object.fromEntries(
      [...new Set(runs.flatMap((r) => Object.keys(r.byOperation)))].map((op) => [
        op,
        mean(runs.map((r) => r.byOperation[op] ?? 0))
      ])
    ),
    latency: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) },
    latencyP95: { succeeding: p95Of(runs.filter((r) => !r.failed)), failing: p95Of(runs.filter((r) => r.failed)) },
    undecided: runs.filter((r) => !r.decided).length
  }
}

/** Every strategy (or those named) on every scenario, figures per kind. */
export async function pollingBenchmark(
  scenarios: BenchScenario[],
  strategies: readonly Strategy[] = STRATEGIES
): Promise<PollingResults> {
  const runs = {} as Record<Strategy, Run[]>
  for (const strategy of strategies) {
    // The same random stream for every strategy, so each sees the same jitter where it draws any.
    const random = seeded(7)
    runs[strategy] = []
    for (const scenario of scenarios) runs[strategy].push(await once(scenario, strategy, random))
  }
  const kinds = [...new Set(scenarios.map((s) => s.kind))]
  return Object.fromEntries(
    kinds.map((kind) => [
      kind,
      Object.fromEntries(
        strategies.map((strategy) => [strategy, figures(runs[strategy].filter((r) => r.kind === kind))])
      )
    ])
  ) as PollingResults
}
