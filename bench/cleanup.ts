/**
 * Cleanup throughput: 1,000 image build versions retired under a simulated limit of 50 requests per second,
 * by the bundled action on wall-clock time; then a re-run of the same job, which must start nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { runnerEnv } from '../scripts/runner-env.js'
import { spawnAction } from './spawn.js'

export interface CleanupThroughput {
  versions: number
  limitPerSecond: number
  configuredRate: number
  started: number
  sustainedPerSecond: number
  throttledAnswers: number
  failures: number
  rerunNewExecutions: number
  duplicateExecutions: number
}

export async function cleanupBenchmark(
  node: string,
  images = 10,
  perImage = 100,
  limit = 50,
  rate = 48
): Promise<CleanupThroughput> {
  const scenario = normalizeScenario({
    rateLimits: { StartResourceStateUpdate: limit },
    lifecycle: { duration: '1s', outcome: 'SUCCESS' },
    images: Array.from({ length: images * perImage }, (_, i) => ({
      name: `fleet-${Math.floor(i / perImage)}`,
      version: `1.0.0/${(i % perImage) + 1}`,
      age: '400d'
    }))
  })
  const sim = await startSimulator(scenario)
  const policy = 'version: 1\ncleanup:\n  state: DEPRECATED\n  keep: 0\n  states: [AVAILABLE]\n'
  const inputs = {
    mode: 'cleanup',
    'aws-region': 'us-east-1',
    policy,
    'lifecycle-rate': String(rate),
    'lifecycle-concurrency': '8',
    'lifecycle-wait': 'false'
  }
  // The same workflow run both times: a re-run of the job.
  const job = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_RUN_ID: '1000',
    GITHUB_REPOSITORY: 'bench/cleanup',
    GITHUB_JOB: 'cleanup'
  }
  const first = runnerEnv(sim, inputs, job)
  await spawnAction('dist/index.js', first.env, { node })
  const starts = sim.calls.filter((c) => c.operation === 'StartResourceStateUpdate')
  const accepted = starts.filter((c) => !c.error)
  const report = JSON.parse(readFileSync(join(first.dir, 'image-gate-report.json'), 'utf8')) as {
    lifecycle: { entries: { mode: string }[] }
  }
  const runsBefore = sim.state.lifecycleRuns.length
  await new Promise((r) => setTimeout(r, 1500))
  await spawnAction('dist/index.js', runnerEnv(sim, inputs, job).env, { node })
  await sim.stop()
  const perResource = new Map<string, number>()
  for (const run of sim.state.lifecycleRuns)
    perResource.set(run.resourceArn, (perResource.get(run.resourceArn) ?? 0) + 1)
  const span = ((accepted.at(-1)?.at ?? 0) - (accepted[0]?.at ?? 0)) / 1000
  return {
    versions: images * perImage,
    limitPerSecond: limit,
    configuredRate: rate,
    started: accepted.length,
    sustainedPerSecond: span > 0 ? (accepted.length - 1) / span : 0,
    throttledAnswers: starts.length - accepted.length,
    failures: report.lifecycle.entries.filter((e) => e.mode === 'failed').length,
    rerunNewExecutions: sim.state.lifecycleRuns.length - runsBefore,
    duplicateExecutions: [...perResource.values()].filter((n) => n > 1).length
  }
}
