/**
 * Throttling: a matrix of jobs in one account, each a gate on its own target (image builds, change sets,
 * ParallelCluster stacks from the polling benchmark's scenarios), started at the same moment against one
 * simulator whose operations accept only so many requests per second (sim/server.ts: one-second windows per
 * operation and region; more are answered with the service's throttling error). Each job runs with the action's
 * own AWS settings (its attempts and backoff, the SDK's adaptive retry mode). Time is virtual while every job
 * sleeps and real while any is busy: the SDK's retry delays and its rate limiter's waits take real time, and so
 * move requests into later windows as they would against AWS.
 */
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { AwsClients } from '../src/aws/clients.js'
import { parseConfig } from '../src/config/config.js'
import { describeAwsError, isPermanentAwsError } from '../src/core/aws-errors.js'
import type { Clock } from '../src/core/clock.js'
import { servicesOf } from '../src/core/targets.js'
import { targetsOf } from '../src/main.js'
import { waitForAll } from '../src/wait/scheduler.js'
import { seeded } from './random.js'
import { benchScenarios, type BenchScenario } from './scenarios.js'
import { percentile, useSimulator } from './sim-env.js'

/** The throttling errors the simulator answers (sim/server.ts), by service. */
const THROTTLING = new Set(['CallRateLimitExceededException', 'Throttling'])

/** Virtual time that jumps to the next wake-up once every job sleeps, and runs as real time otherwise. */
export class MatrixClock implements Clock {
  private offset: number
  private sleepers: { at: number; wake: () => void; timer?: NodeJS.Timeout }[] = []
  private running = 0

  constructor(start = Date.UTC(2026, 10, 23, 12, 0, 0)) {
    this.offset = start - Date.now()
  }

  now(): number {
    return Date.now() + this.offset
  }

  advance(ms: number): void {
    this.offset += ms
  }

  /** Runs a job: while it runs, the clock waits for it before jumping. */
  async job<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1
    try {
      return await work()
    } finally {
      this.running -= 1
      this.jumpIfIdle()
    }
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    return new Promise((resolve) => {
      const sleeper = { at: this.now() + Math.max(0, ms), wake: resolve as () => void, timer: undefined }
      this.sleepers.push(sleeper)
      this.schedule()
      this.jumpIfIdle()
    })
  }

  private wake(sleeper: (typeof this.sleepers)[number]): void {
    clearTimeout(sleeper.timer)
    this.sleepers = this.sleepers.filter((s) => s !== sleeper)
    sleeper.wake()
  }

  /** Each sleeper wakes on real time too, while another job is busy. */
  private schedule(): void {
    for (const s of this.sleepers) {
      clearTimeout(s.timer)
      s.timer = setTimeout(() => this.wake(s), Math.max(0, s.at - this.now()))
    }
  }

  private jumpIfIdle(): void {
    if (this.sleepers.length === 0 || this.sleepers.length < this.running) return
    const next = this.sleepers.reduce((a, b) => (b.at < a.at ? b : a))
    if (next.at > this.now()) this.offset += next.at - this.now()
    this.schedule()
    this.wake(next)
  }
}

export interface MatrixFigures {
  jobs: number
  /** Requests per second each operation accepted. */
  limitPerSecond: number
  /** Jobs that ended other than settled (errored, timed out): what throttling must never cause. */
  failures: number
  calls: number
  /** Answers the simulator throttled, and the share of all calls. */
  throttledAnswers: number
  throttledShare: number
  /** Throttled answers each job's clients counted (what its summary says), most of any job. */
  throttledPerJobMax: number
  /** Polls whose every attempt was throttled (the scheduler asked again later). */
  pollsFailed: number
  latency: { p50: number; p95: number; max: number }
  wallSeconds: number
}

/** Every `at` and `end` offset of a scenario document moved by `by` milliseconds. */
function shifted(doc: unknown, by: number): unknown {
  if (Array.isArray(doc)) return doc.map((d) => shifted(d, by))
  if (!doc || typeof doc !== 'object') return doc
  return Object.fromEntries(
    Object.entries(doc).map(([key, value]) => {
      const offset = typeof value === 'string' ? /^(\d+)ms$/.exec(value) : null
      if ((key === 'at' || key === 'end') && offset) return [key, `${Number(offset[1]) + by}ms`]
      return [key, shifted(value, by)]
    })
  )
}

/** One account holding every scenario, each image renamed by its job so builds of one recipe stay apart. */
function account(scenarios: BenchScenario[], start: number) {
  const merged = {
    images: [] as unknown[],
    changeSets: [] as unknown[],
    hookResults: [] as unknown[],
    stacks: [] as unknown[]
  }
  const inputs = scenarios.map((s, j) => {
    const doc = shifted(s.doc, start - s.startAt) as Record<string, unknown[] | undefined>
    const rename = (name: string) => (s.kind === 'image-build' ? `${name}-job${j}` : name)
    merged.images.push(
      ...(doc.images ?? []).map((i) => ({ ...(i as object), name: rename((i as { name: string }).name) }))
    )
    merged.changeSets.push(...(doc.changeSets ?? []))
    merged.hookResults.push(...(doc.hookResults ?? []))
    merged.stacks.push(...(doc.stacks ?? []))
    const arn = s.inputs['image-build-version-arn']
    return arn
      ? { ...s.inputs, 'image-build-version-arn': arn.replace(`/${s.recipe}/`, `/${rename(s.recipe)}/`) }
      : s.inputs
  })
  return { doc: merged, inputs }
}

/** The operations the gate calls, each limited to `limit` requests per second in the account. */
const OPERATIONS = [
  'GetImage',
  'ListWorkflowExecutions',
  'ListWorkflowStepExecutions',
  'ListImageBuildVersions',
  'ListWaitingWorkflowSteps',
  'DescribeChangeSet',
  'DescribeEvents',
  'ListHookResults',
  'GetHookResult',
  'DescribeStackEvents'
]

/** The jobs of `scenarios` together, `limit` requests per second per operation; `inputs` over the action's own. */
export async function matrixBenchmark(
  scenarios: BenchScenario[],
  limit = 2,
  inputs: Record<string, string> = {}
): Promise<MatrixFigures> {
  const clock = new MatrixClock()
  const start = Math.max(...scenarios.map((s) => s.startAt))
  const { doc, inputs: jobInputs } = account(scenarios, start)
  const rateLimits = Object.fromEntries(OPERATIONS.map((op) => [op, limit]))
  const sim = await startSimulator(normalizeScenario({ ...doc, rateLimits }), { now: () => clock.now() })
  clock.advance(start)
  useSimulator(sim)
  const began = Date.now()
  const random = seeded(11)
  let pollsFailed = 0
  try {
    const jobs = await Promise.all(
      jobInputs.map((values, j) =>
        clock.job(async () => {
          const config = await parseConfig((name) => ({ timeout: '4h', ...inputs, ...values })[name] ?? '', process.env)
          if (config.mode !== 'gate') throw new Error('a matrix job names targets to wait on')
          const clients = await AwsClients.open({ ...config.aws, adaptive: true }, servicesOf(config.targets))
          try {
            const results = await waitForAll(await targetsOf(config, clients, clock), {
              clock,
              timeoutMs: config.waiting.timeoutMs,
              backoff: config.backoff,
              random,
              isPermanent: isPermanentAwsError,
              describeError: describeAwsError,
              onPoll: (e) => {
                if (e.error) pollsFailed += 1
              }
            })
            const settleAt =
              sim.state.epoch +
              start +
              ((scenarios[j] as BenchScenario).settleAt - (scenarios[j] as BenchScenario).startAt)
            return { results, throttled: clients.throttled(), latency: (clock.now() - settleAt) / 1000 }
          } finally {
            await clients.destroy()
          }
        })
      )
    )
    const throttledAnswers = sim.calls.filter((c) => THROTTLING.has(c.error ?? '')).length
    const latencies = jobs.map((j) => j.latency)
    return {
      jobs: jobs.length,
      limitPerSecond: limit,
      failures: jobs.filter((j) => j.results.some((r) => r.outcome !== 'settled')).length,
      calls: sim.count(),
      throttledAnswers,
      throttledShare: throttledAnswers / Math.max(1, sim.count()),
      throttledPerJobMax: Math.max(...jobs.map((j) => j.throttled)),
      pollsFailed,
      latency: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) },
      wallSeconds: (Date.now() - began) / 1000
    }
  } finally {
    await sim.stop()
  }
}

/** `jobs` of the polling benchmark's scenarios: half image builds, three in ten change sets, the rest stacks. */
export function matrixScenarios(jobs: number, seed = 20261123): BenchScenario[] {
  const images = Math.round(jobs / 2)
  const changeSets = Math.round(jobs * 0.3)
  return benchScenarios(seed, { images, changeSets, stacks: jobs - images - changeSets })
}
