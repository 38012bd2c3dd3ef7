/** Test plumbing: a simulator on a virtual clock, reached the standard way through AWS_* variables. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, jest } from '@jest/globals'
import { parse } from 'yaml'
import { parseOutputs } from '../scripts/runner-env.js'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { run, type RunOptions } from '../src/main.js'
import { VirtualClock } from '../sim/clock.js'

/**
 * @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it sees, so one file serves the whole
 * test process and is emptied for each harness.
 */
const SUMMARY_FILE = join(mkdtempSync(join(tmpdir(), 'image-gate-summary-')), 'summary.md')

export interface SimHarness {
  sim: Simulator
  clock: VirtualClock
  dir: string
  stop(): Promise<void>
}

/** Start a simulator for a scenario written as YAML, on a virtual clock, and point the SDK at it. */
export async function simulate(yaml: string): Promise<SimHarness> {
  const clock = new VirtualClock()
  const sim = await startSimulator(normalizeScenario(parse(yaml) as Record<string, unknown>), {
    now: () => clock.now()
  })
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-test-'))
  const env = {
    AWS_ENDPOINT_URL_IMAGEBUILDER: sim.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: sim.url,
    AWS_ENDPOINT_URL_EC2: sim.url,
    AWS_ENDPOINT_URL_AUTO_SCALING: sim.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: SUMMARY_FILE,
    RUNNER_TEMP: dir
  }
  for (const path of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY]) writeFileSync(path, '')
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  return {
    sim,
    clock,
    dir,
    async stop() {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
      await sim.stop()
    }
  }
}

/**
 * For suites that call the simulator through one SDK client: `open` starts a simulator for a scenario and a
 * client for it (`suite.client`); both are stopped after each test.
 */
export function sdkSuite<C extends { destroy(): void }>(makeClient: () => C) {
  let harness: SimHarness | undefined
  let client: C | undefined
  afterEach(async () => {
    client?.destroy()
    await harness?.stop()
    harness = undefined
    client = undefined
  })
  return {
    async open(yaml: string): Promise<SimHarness> {
      harness = await simulate(yaml)
      client = makeClient()
      return harness
    },
    get client(): C {
      if (!client) throw new Error('open a scenario first')
      return client
    }
  }
}

/** A scenario file of `scenarios/`, by name, with YAML appended. */
export function scenarioFile(name: string, extra = ''): string {
  return readFileSync(`scenarios/${name}.yml`, 'utf8') + extra
}

/** An input reader for `run`, from a plain object; unknown inputs read as empty, as on the runner. */
export function inputs(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

/** The outputs the action wrote to GITHUB_OUTPUT, as a map. */
export function outputs(dir: string): Record<string, string> {
  return parseOutputs(readFileSync(join(dir, 'output'), 'utf8'))
}

export function summary(): string {
  return readFileSync(SUMMARY_FILE, 'utf8')
}

/** Keep the action's log lines out of the test output. */
export function quiet(): void {
  captureLog()
}

/**
 * For suites that run the whole action: each call starts a fresh simulator for the scenario (or, given null,
 * runs again on the same one: a re-run of the job), runs the action on it with the suite's default inputs,
 * and gives back what it left and the AWS calls it made; the simulator is stopped after each test, the
 * action's log kept out of the test output and its exit code reset.
 */
export function actionSuite(defaults: Record<string, string>) {
  let current: SimHarness | undefined
  beforeEach(() => {
    quiet()
    process.exitCode = undefined
  })
  afterEach(async () => {
    await current?.stop()
    current = undefined
    process.exitCode = undefined
  })
  return {
    async run(
      scenario: string | null,
      values: Record<string, string>,
      options: (h: SimHarness) => Partial<RunOptions> = () => ({})
    ) {
      if (scenario !== null || !current) {
        await current?.stop()
        current = await simulate(scenario ?? '')
      }
      const h = current
      const before = h.sim.calls.length
      const started = Date.now()
      const verdict = await run({
        clock: h.clock,
        random: () => 0.5,
        readInput: inputs({ 'aws-retry-base-delay': '1ms', ...defaults, ...values }),
        ...options(h)
      })
      const out = outputs(h.dir)
      return {
        verdict,
        wallMs: Date.now() - started,
        harness: h,
        sim: h.sim,
        out,
        md: summary(),
        calls: h.sim.calls.slice(before)
      }
    }
  }
}

/** Capture what the action writes to stdout (its log and workflow commands) instead of printing it. */
export function captureLog(): string[] {
  const log: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log.push(String(chunk))
    return true
  })
  return log
}
