/**
 * Polling efficiency, in virtual time: the gate's scheduler against a fixed 30 s interval and the AWS SDK
 * waiters' schedule (exponential backoff with jitter from 30 s to 120 s), each polling the same sources of the
 * same scenarios. Reports API calls per target and detection latency (last item settled -> verdict).
 */
import { parse } from 'yaml'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { AwsClients } from '../src/aws/clients.js'
import { describeAwsError, isPermanentAwsError } from '../src/core/aws-errors.js'
import { parseConfig } from '../src/config/config.js'
import { targetsOf } from '../src/main.js'
import type { Clock } from '../src/core/clock.js'
import { VirtualClock } from '../sim/clock.js'
import { waitForAll } from '../src/wait/scheduler.js'
import { type Target } from '../src/core/poll.js'
import { seeded } from './random.js'
import type { BenchScenario } from './scenarios.js'
import { mean, percentile, useSimulator } from './sim-env.js'

type Strategy = 'image-gate' | 'fixed 30 s' | 'SDK waiter 30-120 s'

export interface StrategyResult {
  strategy: Strategy
  callsPerTarget: { mean: number; total: number }
  latencySeconds: { mean: number; p50: number; p95: number; max: number }
  undecided: number
  /** The same figures per kind of source. */
  byKind: Record<string, { callsPerTarget: number; latencyMean: number; latencyP95: number }>
}

/** A baseline loop: poll, and if not settled sleep `delay(attempt)`; the first poll is immediate. */
async function baseline(
  target: Target<unknown>,
  clock: Clock,
  delay: (attempt: number) => number,
  deadline: number
): Promise<boolean> {
  const signal = new AbortController().signal
  for (let attempt = 1; clock.now() <= deadline; attempt++) {
    try {
      if ((await target.poll(signal)).settled) return true
    } catch {
      // a baseline keeps polling through errors, as shell loops do
    }
    await clock.sleep(delay(attempt))
  }
  return false
}

/** @smithy/util-waiter's schedule: a random delay between min and min * 2^(attempt-1), capped at max. */
function waiterDelay(minS: number, maxS: number, random: () => number) {
  const ceiling = Math.log(maxS / minS) / Math.log(2) + 1
  return (attempt: number) => {
    if (attempt > ceiling) return maxS * 1000
    const delay = minS * 2 ** (attempt - 1)
    return Math.round((minS + random() * (delay - minS)) * 1000)
  }
}

async function once(
  scenario: BenchScenario,
  strategy: Strategy,
  random: () => number
): Promise<{ calls: number; latency: number; decided: boolean }> {
  const clock = new VirtualClock()
  const sim = await startSimulator(normalizeScenario(parse(scenario.yaml) as Record<string, unknown>), {
    now: () => clock.now()
  })
  useSimulator(sim)
  const config = parseConfig((name) => ({ timeout: '4h', ...scenario.inputs })[name] ?? '', process.env)
  if (config.mode !== 'gate') throw new Error('a polling scenario names targets to wait on')
  const clients = new AwsClients({ maxAttempts: 3, retryBaseDelayMs: 1 })
  const start = clock.now()
  try {
    const targets = targetsOf(config, clients, clock)
    let decided: boolean
    if (strategy === 'image-gate') {
      const results = await waitForAll(targets, {
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
      decided = await baseline(targets[0] as Target<unknown>, clock, delay, start + config.waiting.timeoutMs)
    }
    return { calls: sim.count(), latency: (clock.now() - start - scenario.settleAt) / 1000, decided }
  } finally {
    clients.destroy()
    await sim.stop()
  }
}

export async function pollingBenchmark(scenarios: BenchScenario[]): Promise<StrategyResult[]> {
  const strategies: Strategy[] = ['image-gate', 'fixed 30 s', 'SDK waiter 30-120 s']
  const results: StrategyResult[] = []
  for (const strategy of strategies) {
    const random = seeded(7)
    const runs: { calls: number; latency: number; decided: boolean; kind: string }[] = []
    for (const scenario of scenarios) runs.push({ ...(await once(scenario, strategy, random)), kind: scenario.kind })
    const byKind = Object.fromEntries(
      [...new Set(runs.map((r) => r.kind))].map((kind) => {
        const of = runs.filter((r) => r.kind === kind)
        return [
          kind,
          {
            callsPerTarget: mean(of.map((r) => r.calls)),
            latencyMean: mean(of.map((r) => r.latency)),
            latencyP95: percentile(
              of.map((r) => r.latency),
              95
            )
          }
        ]
      })
    )
    const latencies = runs.map((r) => r.latency)
    results.push({
      strategy,
      callsPerTarget: { mean: mean(runs.map((r) => r.calls)), total: runs.reduce((a, r) => a + r.calls, 0) },
      latencySeconds: {
        mean: mean(latencies),
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        max: Math.max(...latencies)
      },
      undecided: runs.filter((r) => !r.decided).length,
      byKind
    })
  }
  return results
}
