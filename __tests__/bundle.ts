/**
 * The bundled action (`node dist/index.js`, as the runner starts it) against the simulator on sped-up time: the
 * scenario starts with the bundle's first request, however long the process takes to start.
 */
import { afterEach } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseOutputs, runDist, runnerEnv } from '../scripts/runner-env.js'
import type { Scenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

/** Simulated time runs this many times faster than the wall clock, so a 20-second scenario takes 2 seconds. */
const SPEED = 10
/** Polling fast enough for the sped-up scenarios. */
const FAST = { 'poll-min-delay': '100ms', 'poll-max-delay': '300ms', timeout: '30s', 'aws-retry-base-delay': '1ms' }

/** Runs of the bundle, each on a fresh simulator, stopped after each test. */
export function bundleSuite() {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.stop()
    sim = undefined
  })
  /** Run the bundle on a scenario until it exits: its verdict, summary, log, outputs and the AWS calls it made. */
  return async function bundle(scenario: Scenario, inputs: Record<string, string>) {
    await sim?.stop()
    const t0 = Date.now()
    sim = await startSimulator(scenario, { now: () => t0 + (Date.now() - t0) * SPEED, startOnFirstCall: true })
    const runner = runnerEnv(sim, { ...FAST, ...inputs })
    const { code, stdout: log } = await runDist(runner.env)
    const out = parseOutputs(readFileSync(runner.output, 'utf8'))
    return { code, log, out, summary: readFileSync(runner.summary, 'utf8'), calls: sim.calls }
  }
}
