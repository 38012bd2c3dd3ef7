/** Cold start: process start of `node dist/index.js` to its first request at the simulator; bundle size. */
import { statSync } from 'node:fs'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { percentile } from './sim-env.js'
import { runnerEnv } from '../scripts/runner-env.js'
import { spawnAction } from './spawn.js'

export interface ColdStart {
  medianMs: number
  runs: number[]
  bundleBytes: number
  node: string
}

export async function coldStartBenchmark(runs = 9, node = process.execPath): Promise<ColdStart> {
  const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:image/cold/1.0.0/1'
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const sim = await startSimulator(normalizeScenario({ images: [{ name: 'cold', version: '1.0.0/1' }] }))
    const { env } = runnerEnv(sim, { 'image-build-version-arn': arn })
    const { startedAt } = await spawnAction('dist/index.js', env, node)
    const first = sim.calls[0]
    if (first) times.push(sim.state.epoch + first.at - startedAt)
    await sim.stop()
  }
  const { execFileSync } = await import('node:child_process')
  return {
    medianMs: percentile(times, 50),
    runs: times,
    bundleBytes: statSync('dist/index.js').size,
    node: execFileSync(node, ['--version']).toString().trim()
  }
}
